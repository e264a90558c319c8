import type { Principal } from '../auth/principal';
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

/** Fresh loaders for one request (envelop §4.3): nothing cached outlives the request. */
export function createLoaders(adapters: AdapterDirectory): Loaders {
  return {
    NetworkInterface: networkInterfaceLoaders(adapters),
    VirtualIp: virtualIpLoaders(adapters),
    ElasticIp: elasticIpLoaders(adapters),
    VifPeer: vifPeerLoaders(adapters),
    VirtualInterface: virtualInterfaceLoaders(adapters),
  };
}

/** Everything but the principal, which the gateway adds from the request's credentials (src/gateway/context.ts). */
export function createContext(adapters: AdapterDirectory, requestId: string): Omit<NetplaneContext, 'principal'> {
  return { requestId, adapters, loaders: createLoaders(adapters) };
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
