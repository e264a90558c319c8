import { ChildScope, type RequestScope } from '../domain/request-scope';

/**
 * The scope of one connection's list calls: a child of its request's scope. A connection paging
 * with a cursor asks for the lists AS OF the snapshot its first page came from; a first page (no
 * cursor) reads as of the window of its first list read, so a page whose fan-out or relationship
 * fields run past a window boundary still reads the lists of the window it started in instead of
 * fetching them again, and its cursors name that window. What the calls cost is recorded in the
 * request's scope (none: nowhere). Lists called with the request's scope (relationships,
 * mutations' re-reads) read as of the request's snapshot (ProviderCallTally.snapshot), if any.
 */
export class ListSnapshotScope extends ChildScope {
  /** The oldest window (start ms) any list of this scope was served from; null when none was cached. */
  served: number | null = null;
  /** True when the snapshot came from a cursor (it then also becomes the request's). */
  readonly fromCursor: boolean;

  /** `snapshot`: the snapshot asked for (a cursor's), null for the window of the scope's first list read. */
  constructor(
    private snapshot: number | null,
    request?: RequestScope,
  ) {
    super(request);
    this.fromCursor = snapshot !== null;
  }

  /** The window the scope's lists are read as of; null until its first read (or with the cache off). */
  override get asOf(): number | null {
    return this.snapshot;
  }

  /** Called by the cache at a list read: a scope without a snapshot takes the current window as its own. */
  override pin(window: number): void {
    this.snapshot ??= window;
  }

  override recordServed(window: number): void {
    this.served = this.served === null ? window : Math.min(this.served, window);
  }

  /** The snapshot the scope's cursors carry: what its lists were read as of. */
  get cursorSnapshot(): number | null {
    return this.snapshot ?? this.served;
  }
}
