import { describe, expect, it } from 'vitest';
import { failed, ok, type ProviderFailure } from '../../../src/domain/errors';
import { ProviderCallTally } from '../../../src/cache/call-tally';
import type { ProviderCallEvent } from '../../../src/domain/provider-call';
import type { RequestScope } from '../../../src/domain/request-scope';
import { observeAttempt, retryHooks, type ProviderRetryEvent } from '../../../src/providers/common/observer';
import { RetryBudget, withRetry, type RetryPolicy } from '../../../src/providers/common/retry';

const policy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000, factor: 2, jitter: 'none' };

const throttled: ProviderFailure = {
  category: 'Throttled',
  provider: 'HUAWEI',
  operation: 'ListPorts',
  code: 'APIGW.0308',
  httpStatus: 429,
  message: 'The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute',
  requestId: 'req-429',
  retryable: true,
  documented: true,
  description: null,
  outcome: 'NOT_APPLIED',
};

function recorder() {
  const calls: ProviderCallEvent[] = [];
  const scopes: Array<RequestScope | undefined> = [];
  const retries: ProviderRetryEvent[] = [];
  const refused: Array<{ provider: string; operation: string; code: string }> = [];
  return {
    calls,
    scopes,
    retries,
    refused,
    observer: { onCall: (e: ProviderCallEvent, scope: RequestScope | undefined) => void (calls.push(e), scopes.push(scope)), onRetry: (e: ProviderRetryEvent) => retries.push(e), onRetryBudgetExhausted: (e: { provider: string; operation: string; code: string }) => refused.push(e) },
  };
}

describe('observeAttempt', () => {
  it('reports a success with its HTTP status and the provider request id', async () => {
    const { calls, observer } = recorder();
    const result = await observeAttempt(observer, undefined, { provider: 'ALIBABA', operation: 'DescribeHaVips', attempt: 1 }, async () => ({ result: ok(['x'], 'req-ok'), httpStatus: 200 }));
    expect(result).toEqual(ok(['x'], 'req-ok'));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ provider: 'ALIBABA', operation: 'DescribeHaVips', attempt: 1, httpStatus: 200, requestId: 'req-ok', code: null, category: null });
    expect(calls[0]!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('reports a failure with its code, category and request id, and never its message', async () => {
    const { calls, observer } = recorder();
    await observeAttempt(observer, undefined, { provider: 'HUAWEI', operation: 'ListPorts', attempt: 2 }, async () => ({ result: failed(throttled), httpStatus: 429 }));
    expect(calls[0]).toMatchObject({ attempt: 2, httpStatus: 429, requestId: 'req-429', code: 'APIGW.0308', category: 'Throttled' });
    expect(JSON.stringify(calls[0])).not.toContain('threshold');
  });

  it('records the call into the scope it served and hands the observer that scope', async () => {
    const { calls, scopes, observer } = recorder();
    const scope = new ProviderCallTally('req-netplane');
    await observeAttempt(observer, scope, { provider: 'ALIBABA', operation: 'DescribeHaVips', attempt: 1 }, async () => ({ result: ok([], 'req-ali'), httpStatus: 200 }));
    expect(scope.providerCalls).toEqual([{ provider: 'ALIBABA', operation: 'DescribeHaVips', requestId: 'req-ali', status: 200, code: null, ms: expect.any(Number) }]);
    expect(calls).toHaveLength(1);
    expect(scopes).toEqual([scope]);
  });

  it('runs the attempt alone without an observer or a scope', async () => {
    const result = await observeAttempt(undefined, undefined, { provider: 'HUAWEI', operation: 'ListPorts', attempt: 1 }, async () => ({ result: ok(1, null), httpStatus: 200 }));
    expect(result).toEqual(ok(1, null));
  });
});

describe('retry hooks', () => {
  it('tell the observer each retry with the failed attempt, its code and the delay before the next', async () => {
    const { retries, observer } = recorder();
    const slept: number[] = [];
    const answers = [failed<number>(throttled), failed<number>(throttled), ok(7, 'r')];
    const { result, attempts } = await withRetry(
      { policy, budget: new RetryBudget(), safeToRepeat: true, sleep: async (ms) => void slept.push(ms), ...retryHooks(observer, 'HUAWEI', 'ListPorts') },
      async (n) => answers[n - 1]!,
    );
    expect(result).toEqual(ok(7, 'r'));
    expect(attempts).toBe(3);
    expect(retries).toEqual([
      { provider: 'HUAWEI', operation: 'ListPorts', attempt: 1, delayMs: 100, code: 'APIGW.0308' },
      { provider: 'HUAWEI', operation: 'ListPorts', attempt: 2, delayMs: 200, code: 'APIGW.0308' },
    ]);
    expect(slept).toEqual([100, 200]);
  });

  it('tell the observer when the spent budget refuses a retry', async () => {
    const { retries, refused, observer } = recorder();
    const budget = new RetryBudget(1);
    budget.trySpend();
    const { attempts } = await withRetry(
      { policy, budget, safeToRepeat: true, sleep: async () => {}, ...retryHooks(observer, 'HUAWEI', 'ListPorts') },
      async () => failed<number>(throttled),
    );
    expect(attempts).toBe(1);
    expect(retries).toEqual([]);
    expect(refused).toEqual([{ provider: 'HUAWEI', operation: 'ListPorts', code: 'APIGW.0308' }]);
  });

  it('are absent without an observer', () => {
    expect(retryHooks(undefined, 'ALIBABA', 'DescribeHaVips')).toEqual({});
  });
});
