import { AsyncLocalStorage } from 'node:async_hooks';
import type { ListSnapshotScope } from './list-snapshot';

/**
 * What one GraphQL request cost upstream: every HTTP request an adapter sent on its behalf
 * (pages and retries included), the list calls answered from the cache or by joining another
 * request's identical call in flight, and the age of the oldest cached answer it was given.
 * The gateway opens one tally per request; the transport and the cache record into the tally of
 * the request whose async context they run in.
 */
export class ProviderCallTally {
  actual = 0;
  readonly byProvider: Record<string, number> = {};
  cacheHits = 0;
  coalesced = 0;
  /** Age in ms of the oldest cached list answer served to this request (0 when none). */
  oldestAgeMs = 0;
  /**
   * The snapshot this request's cursors asked for: the lists its relationship fields load (outside
   * the connection's own scope) read as of it too, so a page and its relationships agree.
   */
  listSnapshot: ListSnapshotScope | null = null;
  /** The partitions (`provider\u0000account\u0000region\u0000`) whose lists this request read: a mutation of one invalidates a shared response. */
  readonly partitionsRead = new Set<string>();
  /** List calls this request made (answered from memory, joined or sent). */
  listReads = 0;
  /** Lists answered without being cached (failures, or overtaken by a mutation): the answer must not be shared past its execution. */
  uncachedReads = 0;

  recordSent(provider: string): void {
    this.actual++;
    this.byProvider[provider] = (this.byProvider[provider] ?? 0) + 1;
  }

  recordCacheHit(ageMs: number): void {
    this.cacheHits++;
    this.oldestAgeMs = Math.max(this.oldestAgeMs, ageMs);
  }

  recordCoalesced(): void {
    this.coalesced++;
  }

  recordRead(partition: string): void {
    this.partitionsRead.add(partition);
    this.listReads++;
  }

  recordUncachedRead(): void {
    this.uncachedReads++;
  }
}

const storage = new AsyncLocalStorage<ProviderCallTally>();

/** Runs `work` so that every provider call it causes is counted in `tally`. */
export function withProviderCallTally<T>(tally: ProviderCallTally, work: () => T): T {
  return storage.run(tally, work);
}

/** The tally of the request running now, if any (background work has none). */
export function currentTally(): ProviderCallTally | undefined {
  return storage.getStore();
}
