import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The overall deadline of a logical call, retries included. Whoever starts work with a time bound
 * (a mutation's `deadlineSeconds`) runs it inside `withCallDeadline`; the retry layer stops
 * repeating and the transport aborts the request in flight when the signal fires. Still carried in
 * async context (one of the exceptions eslint.config.mjs lists): the request scope
 * (src/domain/request-scope.ts) is the explicit way, and the deadline is to move there.
 */
const scope = new AsyncLocalStorage<AbortSignal>();

export function withCallDeadline<T>(signal: AbortSignal, run: () => Promise<T>): Promise<T> {
  return scope.run(signal, run);
}

/** The deadline of the call being made, if its caller set one. */
export function currentCallDeadline(): AbortSignal | undefined {
  return scope.getStore();
}

/** Waits `ms`, or less when `signal` fires first; true when the wait ran to its end. */
export function sleepUnlessAborted(ms: number, signal: AbortSignal | undefined, sleep: (ms: number) => Promise<void>): Promise<boolean> {
  if (!signal) return sleep(ms).then(() => true);
  if (signal.aborted) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    const onAbort = () => resolve(false);
    signal.addEventListener('abort', onAbort, { once: true });
    void sleep(ms).then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    });
  });
}
