import type { Result } from '../../domain/errors';
import type { ProviderCallEvent } from '../../domain/provider-call';
import type { RequestScope } from '../../domain/request-scope';
import type { ProviderName } from '../../domain/resources';
import type { RetryContext } from './retry';

/**
 * What a provider client tells whoever watches it (metrics, traces, logs) without knowing who
 * that is: the composition root passes an observer to the adapters, so providers never import
 * the observability layer. Events never carry credentials, URLs or provider messages (a message
 * may echo a key id); only the facts below and in ProviderCallEvent (src/domain/provider-call.ts).
 */

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
  /** `scope`: the request the call served (its id for the log lines); none for background work. */
  onCall?(event: ProviderCallEvent, scope: RequestScope | undefined): void;
  onRetry?(event: ProviderRetryEvent): void;
  /** A retryable failure was not repeated because the provider's retry budget was spent. */
  onRetryBudgetExhausted?(event: { provider: ProviderName; operation: string; code: string }): void;
}

/** What one attempt produced, with the HTTP status the Result itself does not keep. */
export interface AttemptOutcome<T> {
  result: Result<T>;
  httpStatus: number | null;
}

/** Runs one attempt and reports it to the scope it serves and to the observer; with neither it only runs it. */
export async function observeAttempt<T>(
  observer: ProviderCallObserver | undefined,
  scope: RequestScope | undefined,
  call: { provider: ProviderName; operation: string; attempt: number },
  run: () => Promise<AttemptOutcome<T>>,
): Promise<Result<T>> {
  if (!observer?.onCall && !scope) return (await run()).result;
  const startedAt = Date.now();
  const started = performance.now();
  const { result, httpStatus } = await run();
  const event: ProviderCallEvent = {
    ...call,
    startedAt,
    durationMs: performance.now() - started,
    httpStatus: result.ok ? httpStatus : (result.error.httpStatus ?? httpStatus),
    requestId: result.ok ? result.requestId : result.error.requestId,
    code: result.ok ? null : result.error.code,
    category: result.ok ? null : result.error.category,
  };
  scope?.recordCall(event);
  observer?.onCall?.(event, scope);
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
