import DataLoader from 'dataloader';
import type { ProviderAdapter } from '../../domain/adapter';
import { failed, type ProviderFailure, type Result } from '../../domain/errors';
import type { NodeTypeName } from '../../domain/global-id';
import type { RequestScope } from '../../domain/request-scope';
import type { Partition, ResourceRef } from '../../domain/resources';
import { netplaneFailure } from '../errors/netplane-errors';
import { asNode, type NodeOf } from './node.interface';

/** Where the GraphQL layer finds adapters; the gateway's AdapterRegistry implements it. */
export interface AdapterDirectory {
  /** Every configured (provider, account, region), in a stable order. */
  partitions(): Partition[];
  /** The adapter serving a partition, or undefined when it is not configured. */
  adapterFor(partition: Partition): ProviderAdapter | undefined;
}

/** A provider failure carried through DataLoader's promise rejection. */
export class ProviderFailureError extends Error {
  constructor(readonly failure: ProviderFailure) {
    super(`${failure.provider} ${failure.operation} failed: ${failure.code}: ${failure.message}`);
    this.name = 'ProviderFailureError';
  }
}

type ListCall<T, Q> = (adapter: ProviderAdapter, partition: Partition, query: Q, scope: RequestScope) => Promise<Result<T[]>>;

const partitionKey = (p: Partition): string => `${p.provider}\u0000${p.account}\u0000${p.region}`;

/**
 * One full list of a partition this request asked for, with the scope it was read in. The scope's
 * snapshot is read when the list is looked up, not when it was asked for: a connection's scope
 * without a cursor takes the window of its first read (the cache pins it), and its lists are then
 * the ones as of that window, which the request's relationship fields ask for, even in flight.
 */
interface FullList<T> {
  scope: RequestScope;
  listed: Promise<Result<T[]>>;
  /** Set once listed settles. */
  settled?: Result<T[]>;
}

const isUnfiltered = (query: object): boolean => Object.values(query).every((v) => v === undefined);

/**
 * The node views of one adapter answer, ordered by native id. Memoized by the answer's identity:
 * every request served the same cached answer shares them (nodes are never mutated), so a warm
 * fleet query does not rebuild 50,000 global ids.
 */
const nodeViews = new WeakMap<readonly object[], readonly object[]>();

function nodesOf<T extends ResourceRef>(nodeType: NodeTypeName, items: readonly T[]): NodeOf<T>[] {
  let nodes = nodeViews.get(items) as NodeOf<T>[] | undefined;
  if (!nodes) {
    nodes = items.map((item) => asNode(nodeType, item)).sort((a, b) => (a.nativeId < b.nativeId ? -1 : a.nativeId > b.nativeId ? 1 : 0));
    nodeViews.set(items, nodes);
  }
  return nodes;
}

/** Id indexes of node lists, built once per list: the lists are shared by every request served the same cached answer (nodesOf). */
const idIndexes = new WeakMap<readonly object[], Map<string, object>>();

/**
 * Request-scoped loaders of one resource kind, per (provider, account, region):
 *  - `byId` batches the native ids asked for in one tick into one list call with `ids`
 *    (the adapter chunks to the provider's maxima);
 *  - `all` lists a partition once per request (and snapshot), so relationship fields never cause
 *    N+1 calls.
 * Everything they load is primed into `byId`, so a later lookup of a listed item is free. Every
 * adapter call carries the request's scope (src/domain/request-scope.ts), or the one a connection
 * passes (its child, reading as of a cursor's snapshot).
 */
export class PartitionLoaders<T extends ResourceRef, Q extends { ids?: string[] }> {
  private readonly byIdLoaders = new Map<string, DataLoader<string, NodeOf<T> | null>>();
  /** Per partition: the full lists read, one per snapshot (a connection may read as of a cursor's, another now). */
  private readonly allLists = new Map<string, FullList<NodeOf<T>>[]>();
  private lastLoaded: (Partition & { asOf: number | null; result: Result<NodeOf<T>[]> }) | null = null;

  constructor(
    private readonly directory: AdapterDirectory,
    private readonly scope: RequestScope,
    readonly nodeType: NodeTypeName,
    private readonly listCall: ListCall<T, Q>,
    private readonly listOperation: string,
  ) {}

  /** Lists with a provider-side filter; an empty query shares the partition's `all` list. */
  async list(partition: Partition, query: Q, scope: RequestScope = this.scope): Promise<Result<NodeOf<T>[]>> {
    if (isUnfiltered(query)) return this.all(partition, scope);
    return this.fetch(partition, query, scope);
  }

  all(partition: Partition, scope: RequestScope = this.scope): Promise<Result<NodeOf<T>[]>> {
    const known = this.fullList(partition, scope.asOf);
    if (known) return known.listed;
    const key = partitionKey(partition);
    const entry: FullList<NodeOf<T>> = {
      scope,
      listed: this.fetch({ provider: partition.provider, account: partition.account, region: partition.region }, {} as Q, scope),
    };
    const lists = this.allLists.get(key);
    if (lists) lists.push(entry);
    else this.allLists.set(key, [entry]);
    void entry.listed.then(
      (result) => (entry.settled = result),
      () => undefined,
    );
    return entry.listed;
  }

  /** The full list of `partition` this request read as of `asOf` (null: the current window), if any. */
  private fullList(partition: Partition, asOf: number | null): FullList<NodeOf<T>> | undefined {
    return this.allLists.get(partitionKey(partition))?.find((list) => list.scope.asOf === asOf);
  }

  /**
   * The partition's full list when this request has already loaded it, else undefined: relationship
   * fields of a page answer from it synchronously (./relationship.ts) instead of with a promise each.
   */
  loaded(partition: Partition): Result<NodeOf<T>[]> | undefined {
    // A page's nodes come partition by partition: the last answer is most often the one asked for.
    // The request's snapshot (its scope's asOf) is the one relationship fields read as of.
    const asOf = this.scope.asOf;
    const last = this.lastLoaded;
    if (last && last.asOf === asOf && last.provider === partition.provider && last.account === partition.account && last.region === partition.region) return last.result;
    const result = this.fullList(partition, asOf)?.settled;
    if (result) this.lastLoaded = { provider: partition.provider, account: partition.account, region: partition.region, asOf, result };
    return result;
  }

  /** The full lists this request asked for that have not settled yet (never rejecting). */
  listsInFlight(): Promise<unknown>[] {
    const pending: Promise<unknown>[] = [];
    for (const lists of this.allLists.values()) for (const list of lists) if (!list.settled) pending.push(list.listed.catch(() => undefined));
    return pending;
  }

  /**
   * Resolves to null when the provider does not know the id; rejects with ProviderFailureError.
   * When this request lists the partition anyway, the answer comes from that list: no id batch.
   */
  async byId(ref: ResourceRef): Promise<NodeOf<T> | null> {
    const listed = this.fullList(ref, this.scope.asOf);
    if (listed) return this.fromList(await listed.listed, ref.nativeId);
    return this.byIdLoader(ref).load(ref.nativeId);
  }

  private fromList(result: Result<NodeOf<T>[]>, nativeId: string): NodeOf<T> | null {
    if (!result.ok) throw new ProviderFailureError(result.error);
    return this.find(result.value, nativeId);
  }

  /** The item of a list this loader served with `nativeId`. */
  find(list: readonly NodeOf<T>[], nativeId: string): NodeOf<T> | null {
    let index = idIndexes.get(list) as Map<string, NodeOf<T>> | undefined;
    if (!index) {
      index = new Map(list.map((item) => [item.nativeId, item]));
      idIndexes.set(list, index);
    }
    return index.get(nativeId) ?? null;
  }

  /** Replaces what this request knows about a resource (after a mutation re-read it). */
  remember(resource: T): NodeOf<T> {
    const node = asNode(this.nodeType, resource);
    this.byIdLoader(resource).clear(resource.nativeId).prime(resource.nativeId, node);
    this.allLists.delete(partitionKey(resource));
    this.lastLoaded = null;
    return node;
  }

  /** Reads resources again from the provider, bypassing what this request loaded before. */
  async reread(partition: Partition, ids: string[]): Promise<Result<NodeOf<T>[]>> {
    const fresh = await this.fetch(partition, { ids } as Q, this.scope);
    if (fresh.ok) for (const item of fresh.value) this.remember(item);
    return fresh;
  }

  private byIdLoader(partition: Partition): DataLoader<string, NodeOf<T> | null> {
    const key = partitionKey(partition);
    let loader = this.byIdLoaders.get(key);
    if (!loader) {
      const target: Partition = { provider: partition.provider, account: partition.account, region: partition.region };
      loader = new DataLoader<string, NodeOf<T> | null>(async (ids) => {
        const result = await this.fetch(target, { ids: [...ids] } as Q, this.scope);
        if (!result.ok) return ids.map(() => new ProviderFailureError(result.error));
        const found = new Map(result.value.map((item) => [item.nativeId, item]));
        return ids.map((id) => found.get(id) ?? null);
      });
      this.byIdLoaders.set(key, loader);
    }
    return loader;
  }

  private async fetch(partition: Partition, query: Q, scope: RequestScope): Promise<Result<NodeOf<T>[]>> {
    const adapter = this.directory.adapterFor(partition);
    if (!adapter) {
      return failed(
        netplaneFailure('partitionNotConfigured', {
          provider: partition.provider,
          operation: this.listOperation,
          message: `No ${partition.provider} account "${partition.account}" is configured for region "${partition.region}".`,
          requestId: null,
          resourceType: 'Partition',
          resourceId: `${partition.provider}/${partition.account}/${partition.region}`,
        }),
      );
    }
    const result = await this.listCall(adapter, partition, query, scope);
    if (!result.ok) return result;
    const nodes = nodesOf(this.nodeType, result.value);
    // A full list answers id lookups itself (byId consults it); only id/filter lists prime the loader.
    if (!isUnfiltered(query)) {
      const loader = this.byIdLoader(partition);
      for (const node of nodes) loader.clear(node.nativeId).prime(node.nativeId, node);
    }
    return { ok: true, value: nodes, requestId: result.requestId };
  }
}
