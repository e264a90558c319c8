import { AsyncLocalStorage } from 'node:async_hooks';
import { currentTally } from './call-tally';

/**
 * Which cache window (snapshot) the list calls of one connection read from. A connection paging
 * with a cursor asks for the lists AS OF the snapshot its first page came from; a first page (no
 * cursor) reads as of the window of its first list read, so a page whose fan-out or relationship
 * fields run past a window boundary still reads the lists of the window it started in instead of
 * fetching them again, and its cursors name that window. Lists called outside a scope (mutations'
 * re-reads, background work) read the current window.
 */
export class ListSnapshotScope {
  /** The oldest window (start ms) any list of this scope was served from; null when none was cached. */
  served: number | null = null;
  /** True when the snapshot came from a cursor (it then also becomes the request's). */
  readonly fromCursor: boolean;

  /** `asOf`: the snapshot asked for, null for the window of the scope's first list read. */
  constructor(private snapshot: number | null) {
    this.fromCursor = snapshot !== null;
  }

  /** The window the scope's lists are read as of; null until its first read (or with the cache off). */
  get asOf(): number | null {
    return this.snapshot;
  }

  /** Called by the cache at a list read: a scope without a snapshot takes the current window as its own. */
  pin(window: number): void {
    this.snapshot ??= window;
  }

  recordServed(window: number): void {
    this.served = this.served === null ? window : Math.min(this.served, window);
  }

  /** The snapshot the scope's cursors carry: what its lists were read as of. */
  get cursorSnapshot(): number | null {
    return this.snapshot ?? this.served;
  }
}

const storage = new AsyncLocalStorage<ListSnapshotScope>();

/**
 * Runs `work` so that the list calls it causes read as of `scope.asOf` and record into `scope`.
 * The scope also becomes its request's (the first one with a cursor, else the first one): the
 * request's other lists (its relationship fields) read as of it, so a page and its relationships
 * agree and a walk's relationship lists are listed once, not again in each window it spans.
 */
export function withListSnapshot<T>(scope: ListSnapshotScope, work: () => T): T {
  const tally = currentTally();
  if (tally && (!tally.listSnapshot || (scope.fromCursor && !tally.listSnapshot.fromCursor))) tally.listSnapshot = scope;
  return storage.run(scope, work);
}

/** The connection's scope, else the request's snapshot, if any. */
export function currentListSnapshot(): ListSnapshotScope | undefined {
  return storage.getStore() ?? currentTally()?.listSnapshot ?? undefined;
}
