import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failed, ok, type ProviderFailure } from '../../../src/domain/errors';
import { DEFAULT_RETRY_POLICY, RetryBudget, withRetry } from '../../../src/providers/common/retry';
import { DEFAULT_TRANSPORT_OPTIONS, HttpTransport, TransportFault } from '../../../src/providers/common/transport';

/** The overall deadline of a call, retries included, passed with it: the retry layer and the transport honour it. */

const retryable: ProviderFailure = {
  category: 'Throttled',
  provider: 'ALIBABA',
  operation: 'CreateNetworkInterface',
  code: 'Throttling',
  httpStatus: 400,
  message: 'throttled',
  requestId: null,
  retryable: true,
  documented: true,
  description: null,
  outcome: 'NOT_APPLIED',
};

describe('withRetry under a deadline', () => {
  it('stops repeating once the deadline passed, answering the last failure', async () => {
    let attempts = 0;
    const started = Date.now();
    const { result, attempts: made } = await withRetry(
      { policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 50, baseDelayMs: 100, maxDelayMs: 100, jitter: 'none' }, budget: new RetryBudget(), safeToRepeat: true, deadline: AbortSignal.timeout(150) },
      async () => {
        attempts++;
        return failed(retryable);
      },
    );
    expect(result.ok).toBe(false);
    expect(made).toBe(attempts);
    expect(attempts).toBeLessThanOrEqual(3);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('without a deadline it repeats as the policy says', async () => {
    let attempts = 0;
    const { result } = await withRetry({ policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 3, baseDelayMs: 1, jitter: 'none' }, budget: new RetryBudget(), safeToRepeat: true }, async () => {
      attempts++;
      return attempts < 3 ? failed(retryable) : ok('done');
    });
    expect(result).toEqual({ ok: true, value: 'done', requestId: null });
  });
});

describe('HttpTransport under a deadline', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // Accepts the request and never answers: the provider has it, nobody knows what it did.
    server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('aborts a request in flight at the deadline: a DEADLINE fault that may have reached the provider', async () => {
    const transport = new HttpTransport({ ...DEFAULT_TRANSPORT_OPTIONS, requestTimeoutMs: 15_000 });
    const started = Date.now();
    const fault = await transport.send({ method: 'POST', url, headers: {} }, { deadline: AbortSignal.timeout(200) }).catch((e: unknown) => e);
    expect(fault).toBeInstanceOf(TransportFault);
    expect(fault).toMatchObject({ kind: 'DEADLINE', mayHaveReachedProvider: true });
    expect(Date.now() - started).toBeLessThan(2_000);
    await transport.close();
  });

  it('does not send a request whose deadline already passed (it never reached the provider)', async () => {
    const transport = new HttpTransport();
    const signal = AbortSignal.abort();
    const fault = await transport.send({ method: 'POST', url, headers: {} }, { deadline: signal }).catch((e: unknown) => e);
    expect(fault).toMatchObject({ kind: 'DEADLINE', mayHaveReachedProvider: false });
    await transport.close();
  });
});
