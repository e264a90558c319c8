/**
 * Waits `ms`, or less when `signal` (a call's overall deadline: RequestScope.deadline, passed to
 * the retry layer with each call) fires first; true when the wait ran to its end.
 */
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
