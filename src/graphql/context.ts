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
  loaders: Loaders;
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

/** Fresh loaders for one request (envelop §4.3): nothing cached outlives the request; every call they make carries `scope`. */
export function createLoaders(adapters: AdapterDirectory, scope: RequestScope): Loaders {
  return {
    NetworkInterface: networkInterfaceLoaders(adapters, scope),
    VirtualIp: virtualIpLoaders(adapters, scope),
    ElasticIp: elasticIpLoaders(adapters, scope),
    VifPeer: vifPeerLoaders(adapters, scope),
    VirtualInterface: virtualInterfaceLoaders(adapters, scope),
  };
}

/**
 * Everything but the principal, which the gateway adds from the request's credentials (src/gateway/context.ts).
 * `requestScope`: where the request's provider calls are recorded (a fresh one by default).
 */
export function createContext(
  adapters: AdapterDirectory,
  requestId: string,
  requestScope: ProviderCallTally = new ProviderCallTally(requestId),
): Omit<NetplaneContext, 'principal'> {
  return { requestId, adapters, requestScope, loaders: createLoaders(adapters, requestScope) };
}

/**
 * Settles when every full list the request has asked for so far has: a connection waits for them
 * before handing its page to graphql-js, so the page's relationship fields find their lists loaded
 * and answer synchronously (common/partition-list-relation.ts). It waits for nothing the response
 * was not waiting for already, and starts no list.
 */
export async function listsAskedSettled(loaders: Loaders): Promise<void> {
  const pending = Object.values(loaders).flatMap((kind: AnyPartitionLoaders) => kind.listsInFlight());
  if (pending.length > 0) await Promise.all(pending);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the node resolver picks a loader by type name; each loader's item type differs
export type AnyPartitionLoaders = PartitionLoaders<any, { ids?: string[] }>;

export function loadersOf(context: NetplaneContext, type: NodeTypeName): AnyPartitionLoaders {
  return context.loaders[type];
}
