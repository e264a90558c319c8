import type { ProviderFailure, Result } from '../../domain/errors';
import { sleepUnlessAborted } from './deadline';

/**
 * The single retry layer of netplane (provider clients call this; nothing above or below retries).
 * Whether a call may be retried is decided by the caller's safety (reads and tokened mutations)
 * and by the catalog's `retryable` on the failure — never by the HTTP method.
 */

export interface RetryPolicy {
  /** Total attempts, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  factor: number;
  /** 'full' = uniform in [0, capped exponential]; 'none' = exactly the capped exponential. */
  jitter: 'full' | 'none';
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  factor: 2,
  jitter: 'full',
};

/** Delay before attempt `attempt + 1`, given that `attempt` (1-based) just failed. */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
  retryAfterMs?: number | null,
): number {
  const exponential = Math.min(policy.baseDelayMs * policy.factor ** Math.max(0, attempt - 1), policy.maxDelayMs);
  const jittered = policy.jitter === 'full' ? Math.floor(random() * exponential) : exponential;
  if (retryAfterMs != null && retryAfterMs > 0) return Math.min(Math.max(jittered, retryAfterMs), policy.maxDelayMs);
  return jittered;
}

/**
 * A token bucket shared by all calls to one provider: each retry spends a token, each success
 * refunds a fraction, so an outage cannot multiply the load we put on the provider.
 */
export class RetryBudget {
  private tokens: number;

  constructor(
    readonly capacity = 50,
    private readonly refundPerSuccess = 0.1,
  ) {
    this.tokens = capacity;
  }

  trySpend(): boolean {
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  recordSuccess(): void {
    this.tokens = Math.min(this.capacity, this.tokens + this.refundPerSuccess);
  }

  available(): number {
    return this.tokens;
  }
}

export interface RetryContext {
  policy: RetryPolicy;
  budget: RetryBudget;
  /** True for reads and for mutations carrying an idempotency token the provider honours. */
  safeToRepeat: boolean;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** The call's overall deadline (RequestScope.deadline): no repeat starts after it fires. */
  deadline?: AbortSignal;
  /** Told before each repeat (metrics, traces: src/providers/common/observer.ts). */
  onRetry?: (attempt: number, delayMs: number, failure: ProviderFailure) => void;
  /** Told when a retryable failure is not repeated because the budget is spent. */
  onRetryBudgetExhausted?: (failure: ProviderFailure) => void;
}

export function shouldRetry(failure: ProviderFailure, safeToRepeat: boolean): boolean {
  if (!failure.retryable) return false;
  // A failure the provider certainly did not apply can be repeated even without a token.
  return safeToRepeat || failure.outcome === 'NOT_APPLIED';
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface RetriedResult<T> {
  result: Result<T>;
  attempts: number;
}

export async function withRetry<T>(ctx: RetryContext, attempt: (n: number) => Promise<Result<T>>): Promise<RetriedResult<T>> {
  const sleep = ctx.sleep ?? realSleep;
  const deadline = ctx.deadline;
  for (let n = 1; ; n++) {
    const result = await attempt(n);
    if (result.ok) {
      ctx.budget.recordSuccess();
      return { result, attempts: n };
    }
    const failure = result.error;
    if (n >= ctx.policy.maxAttempts || !shouldRetry(failure, ctx.safeToRepeat) || deadline?.aborted) return { result, attempts: n };
    if (!ctx.budget.trySpend()) {
      ctx.onRetryBudgetExhausted?.(failure);
      return { result, attempts: n };
    }
    const retryAfterMs = failure.retryAfterSeconds != null ? failure.retryAfterSeconds * 1000 : null;
    const delayMs = backoffDelay(n, ctx.policy, ctx.random, retryAfterMs);
    ctx.onRetry?.(n, delayMs, failure);
    if (!(await sleepUnlessAborted(delayMs, deadline, sleep))) return { result, attempts: n };
  }
}
