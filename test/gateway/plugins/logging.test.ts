import pino from 'pino';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../../../src/gateway';
import { useAlibabaAdapter } from '../../support/alibaba-adapter';
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

describe('loggingPlugin with provider calls', () => {
  const alibaba = useAlibabaAdapter();
  let upstream: RunningGateway;
  beforeAll(async () => {
    upstream = await gatewayWith([alibaba.adapter], { logger: pino({ level: 'info' }, sink) });
  });
  afterAll(async () => {
    await upstream.close();
  });

  it("lists on a request's line its own provider calls with their request ids, not a concurrent request's", async () => {
    await alibaba.reset();
    lines.length = 0;
    // Two documents: identical ones would share one execution (./shared-execution.ts).
    const query = (first: number) => `{ networkInterfaces(first: ${first}, filter: { providers: [ALIBABA] }) { edges { node { id } } } }`;
    await Promise.all([post(upstream.url, query(50), {}, { 'x-request-id': 'log-a' }), post(upstream.url, query(49), {}, { 'x-request-id': 'log-b' })]);
    const listed = (requestId: string): string[] => {
      const line = lines.find((l) => l.msg === 'graphql request' && l.requestId === requestId)!;
      const calls = line.providerCalls as Array<{ requestId: string }>;
      expect(line.providerCallCount).toBe(calls.length);
      return calls.map((c) => c.requestId);
    };
    const [a, b] = [listed('log-a'), listed('log-b')];
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBe(a.length);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    const answered = alibaba.emulators.alibaba!.core.runtime.calls.list().map((c) => c.requestId);
    expect([...a, ...b].sort()).toEqual(answered.sort());
  });
});
