import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Observability } from '../../src/observability/observability';
import { currentObservedRequest, MAX_LISTED_PROVIDER_CALLS } from '../../src/observability/request-scope';
import type { ProviderCallEvent } from '../../src/providers/common/observer';

/** The request scope that joins netplane's request id to the provider calls made for it. */

const event = (n: number): ProviderCallEvent => ({
  provider: 'ALIBABA',
  operation: 'DescribeNetworkInterfaces',
  attempt: 1,
  startedAt: Date.now(),
  durationMs: 1.25,
  httpStatus: 200,
  requestId: `provider-req-${n}`,
  code: null,
  category: null,
});

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

describe('Observability request scope', () => {
  it("records the provider calls made within a request under that request's id, listing at most MAX_LISTED_PROVIDER_CALLS", async () => {
    const observability = new Observability({ metrics: { processMetrics: false } });
    const observer = observability.providerCallObserver();
    const total = MAX_LISTED_PROVIDER_CALLS + 25;
    const observed = await observability.runRequest('req-many', async () => {
      for (let n = 0; n < total; n++) observer.onCall!(event(n));
      return currentObservedRequest()!;
    });
    expect(observed.requestId).toBe('req-many');
    expect(observed.providerCallCount).toBe(total);
    expect(observed.providerCalls).toHaveLength(MAX_LISTED_PROVIDER_CALLS);
    expect(observed.providerCalls[0]).toEqual({ provider: 'ALIBABA', operation: 'DescribeNetworkInterfaces', requestId: 'provider-req-0', status: 200, code: null, ms: 1.3 });
  });

  it('keeps concurrent requests apart', async () => {
    const observability = new Observability({ metrics: { processMetrics: false } });
    const observer = observability.providerCallObserver();
    const run = (id: string, calls: number) =>
      observability.runRequest(id, async () => {
        for (let n = 0; n < calls; n++) {
          await new Promise((resolve) => setImmediate(resolve));
          observer.onCall!(event(n));
        }
        return currentObservedRequest()!.providerCallCount;
      });
    expect(await Promise.all([run('a', 3), run('b', 5)])).toEqual([3, 5]);
  });

  it("logs each provider call at debug level with netplane's request id, and null outside a request", async () => {
    const { logger, lines } = capturingLogger();
    const observability = new Observability({ metrics: { processMetrics: false }, logger });
    const observer = observability.providerCallObserver();
    await observability.runRequest('req-logged', async () => observer.onCall!(event(1)));
    observer.onCall!(event(2));
    expect(lines.map((l) => [l.msg, l.level, l.requestId, l.providerRequestId])).toEqual([
      ['provider call', 20, 'req-logged', 'provider-req-1'],
      ['provider call', 20, null, 'provider-req-2'],
    ]);
  });
});
