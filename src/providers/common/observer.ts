import type { ProviderFailure, Result } from '../../domain/errors';
import type { ProviderName } from '../../domain/resources';
import type { RetryContext } from './retry';

/**
 * What a provider client tells whoever watches it (metrics, traces, logs) without knowing who
 * that is: the composition root passes an observer to the adapters, so providers never import
 * the observability layer. Events never carry credentials, URLs or provider messages (a message
 * may echo a key id); only the facts below.
 */

/** One HTTP request to a provider (every attempt and every page is one). */
export interface ProviderCallEvent {
  provider: ProviderName;
  operation: string;
  /** 1-based attempt of the logical call (a retry is attempt 2, 3 …). */
  attempt: number;
  /** Wall-clock start, epoch milliseconds. */
  startedAt: number;
  durationMs: number;
  /** The provider's HTTP status; null when the transport failed before an answer. */
  httpStatus: number | null;
  /** The provider's own request id (x-acs-request-id, X-Request-Id …), when it answered with one. */
  requestId: string | null;
  /** Null on success; else the provider code or netplane's transport code. */
  code: string | null;
  /** Null on success; else the netplane error category. */
  category: ProviderFailure['category'] | null;
}

/** A failed attempt the retry layer repeats after `delayMs`. */
export interface ProviderRetryEvent {
  provider: ProviderName;
  operation: string;
  /** The attempt that failed. */
  attempt: number;
  delayMs: number;
  code: string;
}

export interface ProviderCallObserver {
  onCall?(event: ProviderCallEvent): void;
  onRetry?(event: ProviderRetryEvent): void;
  /** A retryable failure was not repeated because the provider's retry budget was spent. */
  onRetryBudgetExhausted?(event: { provider: ProviderName; operation: string; code: string }): void;
}

/** What one attempt produced, with the HTTP status the Result itself does not keep. */
export interface AttemptOutcome<T> {
  result: Result<T>;
  httpStatus: number | null;
}

/** Runs one attempt and reports it; without an observer it only runs it. */
export async function observeAttempt<T>(
  observer: ProviderCallObserver | undefined,
  call: { provider: ProviderName; operation: string; attempt: number },
  run: () => Promise<AttemptOutcome<T>>,
): Promise<Result<T>> {
  if (!observer?.onCall) return (await run()).result;
  const startedAt = Date.now();
  const started = performance.now();
  const { result, httpStatus } = await run();
  observer.onCall({
    ...call,
    startedAt,
    durationMs: performance.now() - started,
    httpStatus: result.ok ? httpStatus : (result.error.httpStatus ?? httpStatus),
    requestId: result.ok ? result.requestId : result.error.requestId,
    code: result.ok ? null : result.error.code,
    category: result.ok ? null : result.error.category,
  });
  return result;
}

/** The retry layer's hooks (src/providers/common/retry.ts) that report to `observer` for one call. */
export function retryHooks(
  observer: ProviderCallObserver | undefined,
  provider: ProviderName,
  operation: string,
): Pick<RetryContext, 'onRetry' | 'onRetryBudgetExhausted'> {
  if (!observer) return {};
  return {
    onRetry: (attempt, delayMs, failure) => observer.onRetry?.({ provider, operation, attempt, delayMs, code: failure.code }),
    onRetryBudgetExhausted: (failure) => observer.onRetryBudgetExhausted?.({ provider, operation, code: failure.code }),
  };
}
