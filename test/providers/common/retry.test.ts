import { describe, expect, it } from 'vitest';
import type { ProviderFailure } from '../../../src/domain/errors';
import { failed, ok } from '../../../src/domain/errors';
import { backoffDelay, RetryBudget, shouldRetry, withRetry, type RetryPolicy } from '../../../src/providers/common/retry';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000, factor: 2, jitter: 'none' };

const failure = (over: Partial<ProviderFailure> = {}): ProviderFailure => ({
  category: 'Throttled',
  provider: 'ALIBABA',
  operation: 'Op',
  code: 'Throttling',
  httpStatus: 400,
  message: 'm',
  requestId: null,
  retryable: true,
  documented: true,
  description: null,
  outcome: 'NOT_APPLIED',
  ...over,
});

describe('backoffDelay', () => {
  it('grows exponentially per attempt and is capped (every wait differs until the cap)', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('draws full jitter below the exponential bound', () => {
    const jittered = { ...policy, jitter: 'full' as const };
    expect(backoffDelay(3, jittered, () => 0.5)).toBe(200);
    expect(backoffDelay(3, jittered, () => 0)).toBe(0);
  });

  it('waits at least the provider retry-after hint, but never beyond the cap', () => {
    expect(backoffDelay(1, policy, Math.random, 700)).toBe(700);
    expect(backoffDelay(1, policy, Math.random, 60_000)).toBe(1_000);
  });
});

describe('shouldRetry', () => {
  it('retries retryable failures of safe calls, and unsafe calls only when nothing was applied', () => {
    expect(shouldRetry(failure(), false)).toBe(true);
    expect(shouldRetry(failure({ outcome: 'UNKNOWN', category: 'ProviderUnavailable' }), false)).toBe(false);
    expect(shouldRetry(failure({ outcome: 'UNKNOWN', category: 'ProviderUnavailable' }), true)).toBe(true);
    expect(shouldRetry(failure({ retryable: false }), true)).toBe(false);
  });
});

describe('withRetry', () => {
  const noSleep = async () => {};

  it('stops at the first success and reports the attempts', async () => {
    let calls = 0;
    const { result, attempts } = await withRetry({ policy, budget: new RetryBudget(), safeToRepeat: true, sleep: noSleep }, async () => {
      calls++;
      return calls < 3 ? failed<string>(failure()) : ok('done');
    });
    expect(result).toEqual({ ok: true, value: 'done', requestId: null });
    expect(attempts).toBe(3);
  });

  it('gives up after maxAttempts with the last failure', async () => {
    const { result, attempts } = await withRetry({ policy, budget: new RetryBudget(), safeToRepeat: true, sleep: noSleep }, async () =>
      failed<string>(failure()),
    );
    expect(result.ok).toBe(false);
    expect(attempts).toBe(4);
  });

  it('never repeats a mutation whose outcome is unknown', async () => {
    const { attempts } = await withRetry({ policy, budget: new RetryBudget(), safeToRepeat: false, sleep: noSleep }, async () =>
      failed<string>(failure({ outcome: 'UNKNOWN', category: 'ProviderUnavailable' })),
    );
    expect(attempts).toBe(1);
  });

  it('stops retrying when the shared budget is spent, so an outage does not multiply load', async () => {
    const budget = new RetryBudget(2, 0.1);
    const run = () => withRetry({ policy, budget, safeToRepeat: true, sleep: noSleep }, async () => failed<string>(failure()));
    expect((await run()).attempts).toBe(3); // two retries spend the budget
    expect((await run()).attempts).toBe(1);
    expect(budget.available()).toBeLessThan(1);
  });

  it('sleeps the backoff delays between attempts', async () => {
    const waits: number[] = [];
    await withRetry({ policy, budget: new RetryBudget(), safeToRepeat: true, sleep: async (ms) => void waits.push(ms) }, async () =>
      failed<string>(failure()),
    );
    expect(waits).toEqual([100, 200, 400]);
  });
});
