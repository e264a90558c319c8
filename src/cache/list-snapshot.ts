import type { RequestScope } from '../domain/request-scope';
import type { ProviderName } from '../domain/resources';

/**
 * The scope of one connection's list calls: a child of its request's scope. A connection paging
 * with a cursor asks for the lists AS OF the snapshot its first page came from; the cache records
 * the oldest window it actually served, which the connection writes into its new cursors. What
 * the calls cost is recorded in the request's scope (none: nowhere). Lists called with the
 * request's scope (relationships, mutations' re-reads) read as of the request's snapshot, if one
 * of its connections asked for one (ProviderCallTally.snapshot), else the current window.
 */
export class ListSnapshotScope implements RequestScope {
  /** The oldest window (start ms) any list of this scope was served from; null when none was cached. */
  served: number | null = null;

  /** `asOf`: the snapshot asked for, null for the current window. */
  constructor(
    readonly asOf: number | null,
    private readonly request?: RequestScope,
  ) {}

  recordServed(window: number): void {
    this.served = this.served === null ? window : Math.min(this.served, window);
  }

  recordSent(provider: ProviderName): void {
    this.request?.recordSent(provider);
  }

  recordCacheHit(ageMs: number): void {
    this.request?.recordCacheHit(ageMs);
  }

  recordCoalesced(): void {
    this.request?.recordCoalesced();
  }

  recordRead(partition: string): void {
    this.request?.recordRead(partition);
  }

  recordUncachedRead(): void {
    this.request?.recordUncachedRead();
  }
}
