import type { ListKind, MutationHandlers, ProviderAdapter } from '../domain/adapter';
import { MUTATION_NAMES } from '../domain/mutations';
import { failed, type ProviderFailure, type Result } from '../domain/errors';
import type { Partition } from '../domain/resources';
import type { RequestScope } from '../domain/request-scope';
import { FanOutOverloaded, KeyedLimiter, type ConcurrencyBounds } from './keyed-limiter';
import { TtlCache } from './ttl-cache';
import { reuseUnchanged } from './unchanged-items';
import { shareEqualStrings } from './shared-strings';
import { partitionId, type SharedListStore, type SharedSlot } from './shared-list-store';

/**
 * A ProviderAdapter decorator that makes fleet dashboards cheap upstream:
 *  - identical list calls in flight (same partition, kind and query) share one upstream call,
 *    whichever GraphQL requests asked;
 *  - successful list answers are kept to the end of the current `ttlMs` window (failures never
 *    are), so viewers polling the same dashboard cost at most one call per list per window,
 *    whatever their number;
 *  - a mutation through netplane drops every cached list of its partition (and only of it), before
 *    and after it runs, and a list already in flight across a mutation is not cached;
 *  - upstream list calls are bounded per partition and per provider;
 *  - a window's answers stay readable AS OF that window for `snapshotRetentionMs` after it ends:
 *    a connection paging with a cursor (src/cache/list-snapshot.ts) reads the snapshot its first
 *    page came from, without a provider call, however long the walk takes. A mutation drops its
 *    partition's snapshots too; a snapshot gone is replaced by a fresh list.
 * Each call records how it was answered in the request scope passed to it (src/domain/request-scope.ts),
 * and reads as of that scope's snapshot; a call that misses passes its scope upstream, so the
 * requests it sends count for the request that caused them (not for those that joined it).
 */

export interface CachedAdapterOptions {
  /** How long a list answer is served from memory; 0 disables the cache (coalescing stays). */
  ttlMs: number;
  bounds: ConcurrencyBounds;
  /** Milliseconds clock (tests may pass their own). */
  now?: () => number;
  /** Entries of every retained snapshot count toward it; the oldest are evicted first. */
  maxEntries?: number;
  /** How long after its window ends a snapshot is still served to cursors taken from it; 0 disables. */
  snapshotRetentionMs?: number;
  /** Told how each list call was answered (metrics); the cache does not know who listens. */
  observer?: CacheObserver;
  /**
   * Where the replicas behind one address share answers, fills in flight and invalidations
   * (src/cache/shared-list-store.ts); absent: this process alone.
   */
  shared?: SharedListStore;
  /** Bytes (estimated) the cached lists and retained snapshots may hold; least recently used evicted first. */
  maxBytes?: number;
}

/** hit: from memory; coalesced: joined an identical call in flight; miss: went upstream. */
export type CacheLookupResult = 'hit' | 'miss' | 'coalesced';

export interface CacheObserver {
  onListLookup(provider: ProviderAdapter['provider'], kind: ListKind, result: CacheLookupResult): void;
}

interface Stored {
  result: Result<unknown[]>;
  /** The window the answer was cached in; null when it was not cached. */
  window: number | null;
}


/** The default of `cache.maxBytes`: 128 MiB of cached lists and retained snapshots. */
export const DEFAULT_CACHE_MAX_BYTES = 128 * 1024 * 1024;

/**
 * Measured heap per JSON character of a cached list, with what lives as long as the list: its
 * items, the GraphQL layer's node views (global ids) and relationship indexes memoized by it. The
 * bench fleet (50,016 resources, ~430 JSON characters each) held 41 MB once listed and collected:
 * 1.8 bytes per character; 4, the earlier guess, counted twice the real size.
 */
const HEAP_BYTES_PER_JSON_CHAR = 2;

/**
 * An estimate of the memory a list answer holds, from a sample of its items (serialising a whole
 * list of thousands of items on every store would cost more than the list).
 */
export function estimateListBytes(items: readonly unknown[]): number {
  if (items.length === 0) return 64;
  const sample = items.length <= 16 ? items : [items[0], items[Math.floor(items.length / 2)], items[items.length - 1]];
  return Math.ceil((JSON.stringify(sample).length / sample.length) * items.length * HEAP_BYTES_PER_JSON_CHAR) + 64;
}

/** The typed answer of a list refused because its provider's fan-out queue is full (fanout.maxQueued): throttled by netplane, retry shortly. */
export function fanOutOverloaded(provider: ProviderAdapter['provider'], kind: ListKind, error: FanOutOverloaded): ProviderFailure {
  return {
    category: 'Throttled',
    provider,
    operation: `list ${kind}`,
    code: 'netplane.FanOutOverloaded',
    httpStatus: null,
    message: error.message,
    requestId: null,
    retryable: true,
    retryAfterSeconds: 1,
    documented: false,
    description: 'netplane refused the list before calling the provider: too many upstream calls were already waiting (fanout.maxQueued).',
    outcome: 'NOT_APPLIED',
  };
}

const partitionPrefix = (p: Partition): string => `${p.account}\u0000${p.region}\u0000`;
/** The partition prefix a cache key starts with (keys are `${partitionPrefix}${kind}\u0000…`). */
const partitionPrefixOf = (key: string): string => key.slice(0, key.indexOf('\u0000', key.indexOf('\u0000') + 1) + 1);
/** A partition as replicas name it to each other (the provider included: one store serves every adapter). */
const sharedPartition = (p: Partition): Partition => ({ provider: p.provider, account: p.account, region: p.region });

/** Same query → same key, whatever the property order; unset filters do not count. */
function queryKey(query: object): string {
  const entries = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

// The mutation handlers are assigned in the constructor, one per mutation the inner adapter offers.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging -- declaration merging types them from the descriptors
export interface CachedAdapter extends Partial<MutationHandlers> {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class CachedAdapter implements ProviderAdapter {
  readonly provider: ProviderAdapter['provider'];
  readonly catalog: ProviderAdapter['catalog'];
  readonly listNetworkInterfaces: ProviderAdapter['listNetworkInterfaces'];
  readonly listVirtualIps: ProviderAdapter['listVirtualIps'];
  readonly listElasticIps: ProviderAdapter['listElasticIps'];
  readonly listVifPeers: ProviderAdapter['listVifPeers'];
  readonly listVirtualInterfaces: ProviderAdapter['listVirtualInterfaces'];
  /** Passed through uncached: read by dry runs only, which want the subnets as they are now. */
  readonly listSubnets?: ProviderAdapter['listSubnets'];

  private readonly cache: TtlCache<Result<unknown[]>>;
  private readonly inFlight = new Map<string, Promise<Stored>>();
  /** Bumped by every mutation of a partition: a list that saw the bump is not cached. */
  private readonly generations = new Map<string, number>();
  /** Items the last unfiltered list of (partition, kind) returned, for cost estimates. */
  private readonly observed = new Map<string, number>();
  private readonly limiter: KeyedLimiter;
  private readonly now: () => number;
  /** The lists cached so far whose equal strings are one string (shared-strings.ts): a list is walked once. */
  private readonly stringsShared = new WeakSet<readonly unknown[]>();
  /** Told of every invalidation (shared GraphQL responses that read the partition are dropped). */
  private readonly invalidationListeners = new Set<(partition: string) => void>();
  /** The shared generation of each partition this replica last saw (partition prefix → generation). */
  private readonly sharedGenerations = new Map<string, number>();

  constructor(
    private readonly inner: ProviderAdapter,
    readonly options: CachedAdapterOptions,
  ) {
    this.provider = inner.provider;
    this.catalog = inner.catalog;
    this.now = options.now ?? Date.now;
    this.cache = new TtlCache(
      options.ttlMs,
      this.now,
      options.maxEntries,
      options.snapshotRetentionMs ?? 0,
      {
        maxBytes: options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES,
        sizeOf: (result) => (result.ok ? estimateListBytes(result.value) : 0),
        holderOf: (result) => (result.ok ? result.value : undefined),
      },
      // A list fetched again keeps the objects of its previous window's answer that did not change.
      (previous, next) => {
        if (!previous.ok || !next.ok) return next;
        const value = reuseUnchanged(previous.value, next.value);
        return value === next.value ? next : { ...next, value };
      },
      // Every mutation drops its partition's lists (twice): by its group, not by a walk of every partition's.
      partitionPrefixOf,
    );
    this.limiter = new KeyedLimiter(options.bounds);
    // Another replica's mutation: drop this replica's view of the partition now, not at its next list.
    options.shared?.onInvalidate((partition) => {
      if (partition.provider === this.provider) this.dropLocal(partitionPrefix(partition));
    });
    this.listNetworkInterfaces = (p, q, scope) => this.list('NetworkInterface', p, q, scope, () => inner.listNetworkInterfaces(p, q, scope));
    this.listVirtualIps = (p, q, scope) => this.list('VirtualIp', p, q, scope, () => inner.listVirtualIps(p, q, scope));
    this.listElasticIps = (p, q, scope) => this.list('ElasticIp', p, q, scope, () => inner.listElasticIps(p, q, scope));
    this.listVifPeers = (p, q, scope) => this.list('VifPeer', p, q, scope, () => inner.listVifPeers(p, q, scope));
    this.listVirtualInterfaces = (p, q, scope) => this.list('VirtualInterface', p, q, scope, () => inner.listVirtualInterfaces(p, q, scope));
    if (inner.listSubnets) this.listSubnets = inner.listSubnets.bind(inner);
    for (const name of MUTATION_NAMES) {
      const handler = inner[name] as ((target: Partition, input: unknown, scope?: RequestScope) => Promise<Result<unknown>>) | undefined;
      if (!handler) continue;
      const wrapped = async (target: Partition, input: unknown, scope?: RequestScope): Promise<Result<unknown>> => {
        await this.invalidateEverywhere(target);
        try {
          return await handler.call(inner, target, input, scope);
        } finally {
          // Whatever the outcome: a failed or timed-out change may still have been applied.
          await this.invalidateEverywhere(target);
        }
      };
      (this as Record<string, unknown>)[name] = wrapped;
    }
  }

  partitions(): Partition[] {
    return this.inner.partitions();
  }

  /** Provider calls a cold (uncached) unfiltered list of `kind` in `partition` is expected to cost. */
  estimateListCalls(kind: ListKind, items: number): number {
    return this.inner.estimateListCalls?.(kind, items) ?? 1;
  }

  /** The same, sized from what this partition held the last time it was listed (one page when never). */
  estimatePartitionListCalls(partition: Partition, kind: ListKind, asOf?: number | null): number {
    // A cursor's snapshot still retained is served from memory: no call.
    if (asOf != null && this.cache.getAsOf(`${partitionPrefix(partition)}${kind}\u0000${queryKey({})}`, asOf)) return 0;
    return this.estimateListCalls(kind, this.observed.get(`${partitionPrefix(partition)}${kind}`) ?? 0);
  }

  /** Cached lists and retained snapshots held, and their estimated bytes (what `maxBytes` bounds). */
  cacheStats(): { entries: number; bytes: number } {
    return { entries: this.cache.size, bytes: this.cache.bytes };
  }

  /** Drops the partition's cached lists and detaches later callers from its lists in flight, on every replica. */
  invalidate(partition: Partition): void {
    void this.invalidateEverywhere(partition);
  }

  /** The same, settled once the other replicas will see it (Redis unreachable: this replica only). */
  async invalidateEverywhere(partition: Partition): Promise<void> {
    this.dropLocal(partitionPrefix(partition));
    await this.options.shared?.invalidate(sharedPartition(partition)).catch(() => undefined);
  }

  private dropLocal(prefix: string): void {
    this.generations.set(prefix, (this.generations.get(prefix) ?? 0) + 1);
    this.cache.deleteGroup(prefix);
    for (const key of [...this.inFlight.keys()]) if (key.startsWith(prefix)) this.inFlight.delete(key);
    const partitionKey = `${this.provider}\u0000${prefix}`;
    for (const listener of this.invalidationListeners) listener(partitionKey);
  }

  /** The cache's clock: answers shared per cache window (src/gateway/plugins/shared-execution.ts) follow the same windows. */
  clock(): number {
    return this.now();
  }

  /** `listener` hears `provider\u0000account\u0000region\u0000` of every partition invalidated; returns its removal. */
  onInvalidate(listener: (partition: string) => void): () => void {
    this.invalidationListeners.add(listener);
    return () => this.invalidationListeners.delete(listener);
  }

  /** Another replica's invalidation drops what this one holds of the partition before it is served. */
  private async followSharedGeneration(partition: Partition): Promise<number | undefined> {
    const prefix = partitionPrefix(partition);
    const generation = await this.options.shared?.generation(sharedPartition(partition)).catch(() => undefined);
    if (generation === undefined) return undefined;
    const seen = this.sharedGenerations.get(prefix);
    if (seen !== generation) {
      if (seen !== undefined) this.dropLocal(prefix);
      this.sharedGenerations.set(prefix, generation);
    }
    return generation;
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private list<T>(kind: ListKind, partition: Partition, query: object, scope: RequestScope | undefined, call: () => Promise<Result<T[]>>): Promise<Result<T[]>> {
    if (!this.options.shared) return this.listHere(kind, partition, query, scope, call);
    return this.followSharedGeneration(partition).then(() => this.listHere(kind, partition, query, scope, call));
  }

  private listHere<T>(kind: ListKind, partition: Partition, query: object, scope: RequestScope | undefined, call: () => Promise<Result<T[]>>): Promise<Result<T[]>> {
    const prefix = partitionPrefix(partition);
    const key = `${prefix}${kind}\u0000${queryKey(query)}`;
    if (this.cache.ttlMs > 0) scope?.pin(this.cache.windowOf(this.now()));
    const asOf = scope?.asOf ?? null;
    const cached = (asOf !== null ? this.cache.getAsOf(key, asOf) : undefined) ?? this.cache.get(key);
    scope?.recordRead(`${this.provider}\u0000${prefix}`);
    if (cached) {
      scope?.recordCacheHit(this.now() - cached.storedAt);
      this.options.observer?.onListLookup(this.provider, kind, 'hit');
      scope?.recordServed(cached.window);
      return Promise.resolve(cached.value as Result<T[]>);
    }
    const pending = this.inFlight.get(key);
    if (pending) scope?.recordCoalesced();
    this.options.observer?.onListLookup(this.provider, kind, pending ? 'coalesced' : 'miss');
    const stored = pending ?? this.start(kind, partition, key, query, call as () => Promise<Result<unknown[]>>);
    return stored.then(({ result, window }) => {
      if (window !== null) scope?.recordServed(window);
      else scope?.recordUncachedRead();
      return result as Result<T[]>;
    });
  }

  private start(kind: ListKind, partition: Partition, key: string, query: object, call: () => Promise<Result<unknown[]>>): Promise<Stored> {
    const prefix = partitionPrefix(partition);
    const generation = this.generations.get(prefix) ?? 0;
    const upstream = () =>
      this.limiter.run(this.provider, prefix, call).catch((error: unknown) => {
        if (error instanceof FanOutOverloaded) return failed<unknown[]>(fanOutOverloaded(this.provider, kind, error));
        throw error;
      });
    const started: Promise<Stored> = (this.options.shared ? this.fromShared(this.options.shared, partition, key, upstream) : upstream())
      .then((fetched) => {
        let result = fetched;
        let window: number | null = null;
        if (result.ok && (this.generations.get(prefix) ?? 0) === generation) {
          // What the cache keeps (an unchanged list: the previous window's) is what every caller gets.
          if (queryKey(query) === '[]') this.observed.set(`${prefix}${kind}`, result.value.length);
          const entry = this.cache.set(key, result);
          if (entry) ({ value: result, window } = entry);
          if (entry && result.ok) this.shareStrings(result.value);
        }
        return { result, window };
      })
      .finally(() => {
        if (this.inFlight.get(key) === started) this.inFlight.delete(key);
      });
    this.inFlight.set(key, started);
    return started;
  }

  /** A list kept for windows holds one string per value; an unchanged list relisted is the earlier object, walked already. */
  private shareStrings(items: readonly unknown[]): void {
    if (this.stringsShared.has(items)) return;
    shareEqualStrings(items);
    this.stringsShared.add(items);
  }

  /** The answer another replica filled or is filling, else this replica's own call, offered to the others. */
  private async fromShared(shared: SharedListStore, partition: Partition, key: string, upstream: () => Promise<Result<unknown[]>>): Promise<Result<unknown[]>> {
    const generation = this.sharedGenerations.get(partitionPrefix(partition));
    // Redis unreachable when the generation was read: this replica alone, as without sharing.
    if (generation === undefined || this.cache.ttlMs <= 0) return upstream();
    const now = this.now();
    const window = this.cache.windowOf(now);
    const slot: SharedSlot = {
      partition: partitionId(partition),
      generation,
      key,
      window,
      keepMs: window + this.cache.ttlMs + this.cache.retentionMs - now,
    };
    let filledHere = false;
    try {
      const answer = await shared.getOrFill(slot, () => {
        filledHere = true;
        return upstream();
      });
      return answer.result;
    } catch (error) {
      // Redis failed before this replica called upstream: call as without sharing (never call twice).
      if (filledHere) throw error;
      return upstream();
    }
  }
}
