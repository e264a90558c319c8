import pino from 'pino';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../../../src/gateway';
import { gatewayWith, post } from '../gateway-fixture';

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await gatewayWith([], { logger: pino({ level: 'info' }, sink) });
});
afterAll(async () => {
  await gateway.close();
});

describe('loggingPlugin', () => {
  it('logs one line per operation with request id, name, duration and error count, never the variables', async () => {
    lines.length = 0;
    await post(gateway.url, 'query Probe($secret: String!) { __type(name: $secret) { name } }', { secret: 'hunter2' }, { 'x-request-id': 'log-1' });
    const entry = lines.find((l) => l.msg === 'graphql request');
    expect(entry).toMatchObject({ requestId: 'log-1', operationName: 'Probe', operationType: 'query', errors: 0, status: 200 });
    expect(typeof entry?.durationMs).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('hunter2');
  });
});
