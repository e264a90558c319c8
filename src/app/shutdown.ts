import type { RunningNetplane } from './compose';

/**
 * What a replica does when its orchestrator stops it (SIGTERM, or Ctrl-C): it drains — stops
 * accepting, answers the requests and mutations in progress, bounded by `graceMs` — then closes the
 * store, Redis and the emulators, and exits 0. A second signal, or the deadline passing while
 * closing, forces the exit (1): the orchestrator's own kill would come next anyway.
 */

export interface ShutdownOptions {
  /** How long in-flight requests get to finish; the orchestrator's grace period should be longer. */
  graceMs: number;
  /** One line per stage; stderr by default (stdout carries only the ready line). */
  log?: (line: string) => void;
  exit?: (code: number) => never;
}

/** Closing the store, Redis and the emulators after the drain gets this long before the exit is forced. */
const CLOSE_MS = 5_000;

export function exitOnTermination(netplane: Pick<RunningNetplane, 'gateway' | 'close'>, options: ShutdownOptions): void {
  const log = options.log ?? ((line: string) => console.error(line));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`netplane: ${signal} again, exiting now`);
      exit(1);
    }
    stopping = true;
    log(`netplane: ${signal}, draining (up to ${options.graceMs} ms)`);
    const forced = setTimeout(() => {
      log('netplane: shutdown deadline passed, exiting now');
      exit(1);
    }, options.graceMs + CLOSE_MS);
    forced.unref();
    void (async () => {
      const drained = await netplane.gateway.drain(options.graceMs);
      if (!drained) log('netplane: grace period over with requests still in progress; closing them');
      await netplane.close();
      log('netplane: stopped');
      exit(0);
    })().catch((error: unknown) => {
      log(`netplane: shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
      exit(1);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
