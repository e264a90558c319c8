import type { Result } from '../errors';
import type { ElasticIp, NetworkInterface, Partition, ProviderName, ResourceRef, VifPeer, VirtualIp } from '../resources';
import type { RequestScope } from '../request-scope';
import { isSupported, type InputOf, type MutationDescriptor, type ProviderOperationSpec } from './descriptor';
import * as elasticIp from './elastic-ip';
import * as networkInterface from './network-interface';
import * as vifPeer from './vif-peer';
import * as virtualIp from './virtual-ip';

export * from './descriptor';

/**
 * Every mutation netplane offers, by name, in lifecycle order per resource (the order docs and test
 * tables list them; listed explicitly: a module namespace's key order depends on the loader).
 */
export const MUTATIONS = {
  createNetworkInterface: networkInterface.createNetworkInterface,
  updateNetworkInterface: networkInterface.updateNetworkInterface,
  attachNetworkInterface: networkInterface.attachNetworkInterface,
  assignPrivateIpAddresses: networkInterface.assignPrivateIpAddresses,
  unassignPrivateIpAddresses: networkInterface.unassignPrivateIpAddresses,
  detachNetworkInterface: networkInterface.detachNetworkInterface,
  deleteNetworkInterface: networkInterface.deleteNetworkInterface,
  createVirtualIp: virtualIp.createVirtualIp,
  bindVirtualIp: virtualIp.bindVirtualIp,
  unbindVirtualIp: virtualIp.unbindVirtualIp,
  deleteVirtualIp: virtualIp.deleteVirtualIp,
  allocateElasticIp: elasticIp.allocateElasticIp,
  associateElasticIp: elasticIp.associateElasticIp,
  unassociateElasticIp: elasticIp.unassociateElasticIp,
  releaseElasticIp: elasticIp.releaseElasticIp,
  createVifPeer: vifPeer.createVifPeer,
  updateVifPeer: vifPeer.updateVifPeer,
  deleteVifPeer: vifPeer.deleteVifPeer,
} as const;

export type Mutations = typeof MUTATIONS;
export type MutationName = keyof Mutations;
export const MUTATION_NAMES = Object.keys(MUTATIONS) as MutationName[];

export function mutationDescriptor(name: MutationName): MutationDescriptor {
  return MUTATIONS[name];
}

/** What an adapter answers when a change was accepted; the GraphQL layer re-reads the resources. */
export interface MutationOutput {
  /** Native id of the resource a create made. */
  nativeId?: string;
  /** The created resource as the provider's answer described it (served if the re-read fails). */
  created?: NetworkInterface | VirtualIp | ElasticIp | VifPeer;
  /** Huawei ECS job of an asynchronous change (ShowJob). */
  jobId?: string | null;
  /** The virtual IP a bind or unbind concerned. */
  virtualIpNativeId?: string | null;
  /** Huawei: the VIP port id the ECS bind API returned. */
  virtualIpPortId?: string | null;
  /** Addresses AssignPrivateIpAddresses assigned. */
  assignedPrivateIps?: string[];
}

type TargetOf<M extends MutationName> = Mutations[M]['target'] extends { kind: 'partition' } ? Partition : ResourceRef;

/**
 * The adapter contract for mutations, derived from the descriptors: one handler per mutation the
 * provider offers, taking the target, the neutral input the descriptor declares and the scope of
 * the request it serves (none for background work).
 */
export type MutationHandlers = {
  [M in MutationName]: (target: TargetOf<M>, input: InputOf<Mutations[M]>, scope?: RequestScope) => Promise<Result<MutationOutput>>;
};

export type MutationInput<M extends MutationName> = InputOf<Mutations[M]>;

/** The provider operation that carries a mutation out, or undefined when the provider has none. */
export function providerOperationSpec(mutation: MutationName, provider: ProviderName): ProviderOperationSpec | undefined {
  const spec = mutationDescriptor(mutation).providers[provider];
  return isSupported(spec) ? spec : undefined;
}

export function providerOperation(mutation: MutationName, provider: ProviderName): string | undefined {
  return providerOperationSpec(mutation, provider)?.operation;
}

/** Why a provider offers no equivalent, and what to use instead; undefined when it does offer one. */
export function unsupportedReason(mutation: MutationName, provider: ProviderName): string | undefined {
  const spec = mutationDescriptor(mutation).providers[provider];
  return isSupported(spec) ? undefined : spec.unsupported;
}

/** Providers that offer a mutation. */
export function providersOf(mutation: MutationName): ProviderName[] {
  return (Object.keys(mutationDescriptor(mutation).providers) as ProviderName[]).filter((p) => providerOperation(mutation, p) !== undefined);
}

/** Every provider operation a mutation may call on a provider: its own and the ones it also calls. */
export function operationsOf(mutation: MutationName, provider: ProviderName): string[] {
  const spec = providerOperationSpec(mutation, provider);
  return spec ? [spec.operation, ...(spec.alsoCalls ?? [])] : [];
}
