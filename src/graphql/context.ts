import type { Principal } from '../auth/principal';
import { ProviderCallTally } from '../cache/call-tally';
import type { RequestScope } from '../domain/request-scope';
import type { NodeTypeName } from '../domain/global-id';
import type { Durability } from '../operations/durability';
import type { FanOutObserver } from './common/fan-out-observer';
import type { OperationUpdates } from './operations/operation-updated.resolver';
import type { AdapterDirectory, PartitionLoaders } from './common/partition-loaders';
import { elasticIpLoaders, type ElasticIpLoaders } from './elastic-ip/elastic-ip.loader';
import { networkInterfaceLoaders, type NetworkInterfaceLoaders } from './network-interface/network-interface.loader';
import { vifPeerLoaders, type VifPeerLoaders } from './vif-peer/vif-peer.loader';
import { virtualInterfaceLoaders, type VirtualInterfaceLoaders } from './virtual-interface/virtual-interface.loader';
import { virtualIpLoaders, type VirtualIpLoaders } from './virtual-ip/virtual-ip.loader';

export type { AdapterDirectory } from './common/partition-loaders';

export interface Loaders {
  NetworkInterface: NetworkInterfaceLoaders;
  VirtualIp: VirtualIpLoaders;
  ElasticIp: ElasticIpLoaders;
  VifPeer: VifPeerLoaders;
  VirtualInterface: VirtualInterfaceLoaders;
}

/** What every resolver receives; the gateway builds one per request. */
export interface NetplaneContext {
  requestId: string;
  adapters: AdapterDirectory;
  /**
   * The request's scope, passed to every adapter call it makes (the loaders hold it): what the
   * request cost upstream (extensions.providerCalls) and the provider calls its log line lists,
   * and the snapshot its lists read as of.
   */
  requestScope: ProviderCallTally;
  loaders: RequestLoaders;
  /** Who is calling (src/auth): mutations check its grants; `adapters` lists only the partitions it may read. */
  principal: Principal;
  /** Watches list fan-outs (metrics, traces); absent: nobody does. */
  fanOutObserver?: FanOutObserver;
  /** The changes of operations, for subscriptions (src/gateway/subscriptions-feed.ts); absent: the gateway keeps no operations. */
  operationUpdates?: OperationUpdates;
  /** Idempotency keys, operations and the journal (src/operations); absent: a gateway without a store. */
  durability?: Durability;
  /** The request's Idempotency-Key header, for its single mutation. */
  idempotencyKeyHeader?: string;
}

/**
 * Fresh loaders for one request (envelop §4.3): nothing cached outlives the request; every call
 * they make carries `scope`. Each kind is made the first time a resolver reads it, so a request
 * that reads no list (`{ __typename }`, a health probe, most mutations) makes none of the five.
 */
export class RequestLoaders implements Loaders {
  private networkInterface: NetworkInterfaceLoaders | undefined;
  private virtualIp: VirtualIpLoaders | undefined;
  private elasticIp: ElasticIpLoaders | undefined;
  private vifPeer: VifPeerLoaders | undefined;
  private virtualInterface: VirtualInterfaceLoaders | undefined;

  constructor(
    private readonly adapters: AdapterDirectory,
    private readonly scope: RequestScope,
  ) {}

  get NetworkInterface(): NetworkInterfaceLoaders {
    return (this.networkInterface ??= networkInterfaceLoaders(this.adapters, this.scope));
  }

  get VirtualIp(): VirtualIpLoaders {
    return (this.virtualIp ??= virtualIpLoaders(this.adapters, this.scope));
  }

  get ElasticIp(): ElasticIpLoaders {
    return (this.elasticIp ??= elasticIpLoaders(this.adapters, this.scope));
  }

  get VifPeer(): VifPeerLoaders {
    return (this.vifPeer ??= vifPeerLoaders(this.adapters, this.scope));
  }

  get VirtualInterface(): VirtualInterfaceLoaders {
    return (this.virtualInterface ??= virtualInterfaceLoaders(this.adapters, this.scope));
  }

  /** The loaders read so far (a kind never read has nothing in flight). */
  made(): AnyPartitionLoaders[] {
    return [this.networkInterface, this.virtualIp, this.elasticIp, this.vifPeer, this.virtualInterface].filter((kind) => kind !== undefined);
  }
}

export function createLoaders(adapters: AdapterDirectory, scope: RequestScope): RequestLoaders {
  return new RequestLoaders(adapters, scope);
}

/**
 * One request's context. `requestScope`: where the request's provider calls are recorded (a fresh
 * one by default); the gateway passes the principal from the request's credentials (src/gateway/context.ts).
 */
export function createContext(
  adapters: AdapterDirectory,
  requestId: string,
  principal: Principal,
  requestScope: ProviderCallTally = new ProviderCallTally(requestId),
): NetplaneContext {
  return { requestId, adapters, requestScope, loaders: createLoaders(adapters, requestScope), principal };
}

/**
 * Settles when every full list the request has asked for so far has: a connection waits for them
 * before handing its page to graphql-js, so the page's relationship fields find their lists loaded
 * and answer synchronously (common/partition-list-relation.ts). It waits for nothing the response
 * was not waiting for already, and starts no list.
 */
export async function listsAskedSettled(loaders: RequestLoaders): Promise<void> {
  const pending = loaders.made().flatMap((kind) => kind.listsInFlight());
  if (pending.length > 0) await Promise.all(pending);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the node resolver picks a loader by type name; each loader's item type differs
export type AnyPartitionLoaders = PartitionLoaders<any, { ids?: string[] }>;

export function loadersOf(context: NetplaneContext, type: NodeTypeName): AnyPartitionLoaders {
  return context.loaders[type];
}
