import { AsyncLocalStorage } from 'node:async_hooks';
import { currentTally } from './call-tally';

/**
 * Which cache window (snapshot) the list calls of one connection read from. A connection paging
 * with a cursor asks for the lists AS OF the snapshot its first page came from; the cache records
 * the oldest window it actually served, which the connection writes into its new cursors. Lists
 * called outside a scope (mutations' re-reads, background work) read the current window.
 */
export class ListSnapshotScope {
  /** The oldest window (start ms) any list of this scope was served from; null when none was cached. */
  served: number | null = null;

  /** `asOf`: the snapshot asked for, null for the current window. */
  constructor(readonly asOf: number | null) {}

  recordServed(window: number): void {
    this.served = this.served === null ? window : Math.min(this.served, window);
  }
}

const storage = new AsyncLocalStorage<ListSnapshotScope>();

/**
 * Runs `work` so that the list calls it causes read as of `scope.asOf` and record into `scope`.
 * A scope asking for a snapshot also becomes its request's: the request's other lists (its
 * relationship fields) read as of it.
 */
export function withListSnapshot<T>(scope: ListSnapshotScope, work: () => T): T {
  const tally = currentTally();
  if (tally && scope.asOf !== null) tally.listSnapshot ??= scope;
  return storage.run(scope, work);
}

/** The connection's scope, else the request's snapshot, if any. */
export function currentListSnapshot(): ListSnapshotScope | undefined {
  return storage.getStore() ?? currentTally()?.listSnapshot ?? undefined;
}
