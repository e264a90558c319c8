import type { ErrorCatalog } from './catalog';
import type { Result } from './errors';
import type {
  ElasticIp,
  NetworkInterface,
  Partition,
  ProviderName,
  ResourceRef,
  Tag,
  VifPeer,
  VirtualInterface,
  VirtualIp,
} from './resources';

/**
 * The contract between the GraphQL layer and a provider. Adapters talk to their provider only over
 * HTTP, never throw for provider or transport failures (they return a failed Result), and page
 * through the provider's list APIs at the largest page size each allows.
 */

/** The resource lists an adapter serves (one list method each). */
export type ListKind = 'NetworkInterface' | 'VirtualIp' | 'ElasticIp' | 'VifPeer' | 'VirtualInterface';

// ---------- read filters (pushed down to the provider API where it supports them) ----------

export interface NetworkInterfaceQuery {
  ids?: string[];
  vpcId?: string;
  subnetId?: string;
  instanceId?: string;
  ipAddress?: string;
  /** Every one must be carried; a tag without value matches any value. */
  tags?: Array<{ key: string; value?: string }>;
}

export interface VirtualIpQuery {
  ids?: string[];
  vpcId?: string;
  subnetId?: string;
  address?: string;
}

export interface ElasticIpQuery {
  ids?: string[];
  address?: string;
  /** Native id of the bound target (ENI, instance, port …). */
  boundToId?: string;
}

export interface VifPeerQuery {
  ids?: string[];
  virtualInterfaceId?: string;
}

export interface VirtualInterfaceQuery {
  ids?: string[];
}

// ---------- mutation inputs (the seed pages' parameters, in neutral names) ----------

/** Alibaba ECS CreateNetworkInterface (seed 004). */
export interface CreateNetworkInterfaceInput {
  vSwitchId: string;
  primaryIpAddress?: string;
  securityGroupId?: string;
  securityGroupIds?: string[];
  networkInterfaceName?: string;
  description?: string;
  privateIpAddresses?: string[];
  secondaryPrivateIpAddressCount?: number;
  queueNumber?: number;
  resourceGroupId?: string;
  tags?: Tag[];
  clientToken?: string;
}

/** Alibaba ECS AssignPrivateIpAddresses (seed 003). */
export interface AssignPrivateIpAddressesInput {
  privateIpAddresses?: string[];
  secondaryPrivateIpAddressCount?: number;
  clientToken?: string;
}

export interface AssignPrivateIpAddressesOutput {
  networkInterfaceId: string;
  assignedPrivateIps: string[];
}

export const EIP_INSTANCE_TYPES = ['Nat', 'SlbInstance', 'EcsInstance', 'NetworkInterface', 'HaVip', 'IpAddress'] as const;
export type EipInstanceType = (typeof EIP_INSTANCE_TYPES)[number];
export const EIP_ASSOCIATION_MODES = ['NAT', 'MULTI_BINDED', 'BINDED'] as const;
export type EipAssociationMode = (typeof EIP_ASSOCIATION_MODES)[number];

/** Alibaba VPC AssociateEipAddress (seed 002). */
export interface AssociateElasticIpInput {
  instanceId: string;
  instanceType?: EipInstanceType;
  instanceRegionId?: string;
  privateIpAddress?: string;
  mode?: EipAssociationMode;
  vpcId?: string;
  clientToken?: string;
}

/** Huawei ECS "bind a virtual IP address to a NIC" (seed 000). */
export interface BindVirtualIpInput {
  subnetId: string;
  ipAddress: string;
  reverseBinding?: boolean;
}

export interface BindVirtualIpOutput {
  /** The virtual IP port id the provider returned. */
  portId: string;
}

/** Huawei DCaaS "create a VIF peer" (seed 001). */
export interface CreateVifPeerInput {
  name: string;
  description?: string;
  addressFamily: 'ipv4' | 'ipv6';
  localGatewayIp: string;
  remoteGatewayIp: string;
  routeMode?: 'static' | 'bgp';
  bgpAsn?: number;
  bgpMd5?: string;
  remoteEpGroup?: string[];
  vifId: string;
}

export interface MutationHandlers {
  createNetworkInterface(partition: Partition, input: CreateNetworkInterfaceInput): Promise<Result<NetworkInterface>>;
  assignPrivateIpAddresses(
    networkInterface: ResourceRef,
    input: AssignPrivateIpAddressesInput,
  ): Promise<Result<AssignPrivateIpAddressesOutput>>;
  /** Resolves once the provider accepted the request; the EIP is then typically Associating. */
  associateElasticIp(elasticIp: ResourceRef, input: AssociateElasticIpInput): Promise<Result<null>>;
  bindVirtualIp(networkInterface: ResourceRef, input: BindVirtualIpInput): Promise<Result<BindVirtualIpOutput>>;
  createVifPeer(partition: Partition, input: CreateVifPeerInput): Promise<Result<VifPeer>>;
}

export interface ProviderAdapter extends Partial<MutationHandlers> {
  readonly provider: ProviderName;
  readonly catalog: ErrorCatalog;
  /** The (account, region) partitions this adapter is configured for. */
  partitions(): Partition[];

  listNetworkInterfaces(partition: Partition, query: NetworkInterfaceQuery): Promise<Result<NetworkInterface[]>>;
  listVirtualIps(partition: Partition, query: VirtualIpQuery): Promise<Result<VirtualIp[]>>;
  listElasticIps(partition: Partition, query: ElasticIpQuery): Promise<Result<ElasticIp[]>>;
  listVifPeers(partition: Partition, query: VifPeerQuery): Promise<Result<VifPeer[]>>;
  listVirtualInterfaces(partition: Partition, query: VirtualInterfaceQuery): Promise<Result<VirtualInterface[]>>;

  /**
   * Provider calls one unfiltered list of `kind` in a partition holding `items` resources costs
   * (pages at the API's largest page size × the calls each page needs). Optional: query cost
   * estimates assume one call per list when an adapter does not say.
   */
  estimateListCalls?(kind: ListKind, items: number): number;

  /** Releases connections (undici pools). */
  close(): Promise<void>;
}
