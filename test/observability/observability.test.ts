import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Observability } from '../../src/observability/observability';
import { ProviderCallTally } from '../../src/cache/call-tally';
import { providerCallEvent } from '../support/provider-call-event';

/** The provider-call observer joins netplane's request id (from the call's scope) to the providers'. */

const event = providerCallEvent;

function capturingLogger(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

describe('Observability provider-call observer', () => {
  it("logs each provider call at debug level with the id of the request whose scope it served, and null for background work", () => {
    const { logger, lines } = capturingLogger();
    const observability = new Observability({ metrics: { processMetrics: false }, logger });
    const observer = observability.providerCallObserver();
    observer.onCall!(event(1), new ProviderCallTally('req-logged'));
    observer.onCall!(event(2), undefined);
    expect(lines.map((l) => [l.msg, l.level, l.requestId, l.providerRequestId])).toEqual([
      ['provider call', 20, 'req-logged', 'provider-req-1'],
      ['provider call', 20, null, 'provider-req-2'],
    ]);
  });
});
