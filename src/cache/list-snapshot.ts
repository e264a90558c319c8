import { AsyncLocalStorage } from 'node:async_hooks';

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

/** Runs `work` so that the list calls it causes read as of `scope.asOf` and record into `scope`. */
export function withListSnapshot<T>(scope: ListSnapshotScope, work: () => T): T {
  return storage.run(scope, work);
}

export function currentListSnapshot(): ListSnapshotScope | undefined {
  return storage.getStore();
}
