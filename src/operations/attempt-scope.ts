import type { AttemptOutcome } from '../store';
import { withCallDeadline } from '../providers/common/deadline';
import { TRANSPORT_CODES } from '../providers/common/failures';
import type { ProviderCallEvent, ProviderCallObserver } from '../providers/common/observer';
import { IdleStorage } from '../observability/idle-storage';

export type { ProviderCallEvent };

/**
 * The provider calls one mutation makes, heard from the provider-call observer the adapters
 * already report to (src/providers/common/observer.ts). The composition root adds
 * `mutationAttemptObserver` to that observer; a mutation runs its provider call inside
 * `collectProviderCalls` and reads what was heard, so the journal records every attempt without a
 * second instrumentation of the clients.
 */
const scope = new IdleStorage<ProviderCallEvent[]>();

export async function collectProviderCalls<T>(run: () => Promise<T>): Promise<{ value: T; calls: ProviderCallEvent[] }> {
  const calls: ProviderCallEvent[] = [];
  const value = await scope.run(calls, run);
  return { value, calls };
}

/**
 * Runs a mutation's provider call under its overall deadline (retries included: the retry layer
 * and the transport honour it) and collects the provider calls it made.
 */
export function callWithinDeadline<T>(deadlineMs: number, run: () => Promise<T>): Promise<{ value: T; calls: ProviderCallEvent[] }> {
  const signal = AbortSignal.timeout(deadlineMs);
  return collectProviderCalls(() => withCallDeadline(signal, run));
}

/** Whether an attempt changed the provider's state, from what the observer saw of it. */
export function attemptOutcome(call: ProviderCallEvent): AttemptOutcome {
  if (call.code === null) return 'APPLIED';
  if (call.code === TRANSPORT_CODES.CONNECT_FAILED) return 'NOT_APPLIED';
  // No answer, or a 5xx: the provider may have applied it.
  if (call.httpStatus === null || call.httpStatus >= 500) return 'UNKNOWN';
  return 'NOT_APPLIED';
}

/** Hands each provider call to the mutation it serves, if one is collecting. */
export const mutationAttemptObserver: ProviderCallObserver = {
  onCall(event) {
    scope.getStore()?.push(event);
  },
};

/** One observer telling several (metrics and traces, and the journal). */
export function observeAll(...observers: Array<ProviderCallObserver | undefined>): ProviderCallObserver {
  const present = observers.filter((o): o is ProviderCallObserver => o !== undefined);
  return {
    onCall: (event) => present.forEach((o) => o.onCall?.(event)),
    onRetry: (event) => present.forEach((o) => o.onRetry?.(event)),
    onRetryBudgetExhausted: (event) => present.forEach((o) => o.onRetryBudgetExhausted?.(event)),
  };
}
