/**
 * The provider-neutral resource model. Every resource knows where it lives (its partition) and
 * carries both the normalized status and the provider's verbatim status string.
 */

export const PROVIDERS = ['ALIBABA', 'HUAWEI'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** The unit of fan-out: one provider account in one region. */
export interface Partition {
  provider: ProviderName;
  account: string;
  region: string;
}

export interface ResourceRef extends Partition {
  nativeId: string;
}

export interface Tag {
  key: string;
  value: string;
}

export const NETWORK_INTERFACE_STATUSES = [
  'CREATING',
  'AVAILABLE',
  'ATTACHING',
  'IN_USE',
  'DETACHING',
  'DELETING',
  'DOWN',
  'UNKNOWN',
] as const;
export type NetworkInterfaceStatus = (typeof NETWORK_INTERFACE_STATUSES)[number];

export const VIRTUAL_IP_STATUSES = [
  'CREATING',
  'AVAILABLE',
  'ASSOCIATING',
  'IN_USE',
  'UNASSOCIATING',
  'DELETING',
  'UNKNOWN',
] as const;
export type VirtualIpStatus = (typeof VIRTUAL_IP_STATUSES)[number];

export const ELASTIC_IP_STATUSES = [
  'CREATING',
  'AVAILABLE',
  'ASSOCIATING',
  'IN_USE',
  'UNASSOCIATING',
  'RELEASING',
  'FROZEN',
  'ERROR',
  'UNKNOWN',
] as const;
export type ElasticIpStatus = (typeof ELASTIC_IP_STATUSES)[number];

export const VIF_PEER_STATUSES = [
  'CREATING',
  'ACTIVE',
  'UPDATING',
  'DELETING',
  'DELETED',
  'DOWN',
  'ERROR',
  'UNKNOWN',
] as const;
export type VifPeerStatus = (typeof VIF_PEER_STATUSES)[number];

export const VIRTUAL_INTERFACE_STATUSES = [
  'CREATING',
  'ACTIVE',
  'UPDATING',
  'DELETING',
  'DELETED',
  'DOWN',
  'ERROR',
  'PENDING_APPROVAL',
  'REJECTED',
  'UNKNOWN',
] as const;
export type VirtualInterfaceStatus = (typeof VIRTUAL_INTERFACE_STATUSES)[number];

export interface PrivateIp {
  address: string;
  primary: boolean;
}

export interface Attachment {
  instanceId: string;
  deviceIndex: number | null;
}

/** A subnet (Alibaba vSwitch, Huawei VPC v1 subnet) as the checks of an address need it; not a GraphQL node. */
export interface Subnet {
  readonly nativeId: string;
  readonly vpcId: string;
  /** The IPv4 CIDR block. */
  readonly cidr: string;
}

export interface NetworkInterface extends ResourceRef {
  name: string | null;
  description: string | null;
  status: NetworkInterfaceStatus;
  providerStatus: string;
  /** PRIMARY or SECONDARY where the provider says; null where it has no such notion. */
  interfaceType: 'PRIMARY' | 'SECONDARY' | null;
  primaryIp: string | null;
  privateIps: PrivateIp[];
  macAddress: string | null;
  vpcId: string | null;
  subnetId: string | null;
  zone: string | null;
  securityGroupIds: string[];
  attachment: Attachment | null;
  /** Addresses of virtual IPs this interface carries (Huawei allowed_address_pairs). */
  virtualIpAddresses: string[];
  tags: Tag[];
  createdAt: string | null;
}

export interface VirtualIp extends ResourceRef {
  name: string | null;
  address: string;
  status: VirtualIpStatus;
  providerStatus: string;
  vpcId: string | null;
  subnetId: string | null;
  /** Native ids of the network interfaces (or instances) the virtual IP is bound to. */
  boundInterfaceIds: string[];
  boundInstanceIds: string[];
  tags: Tag[];
  createdAt: string | null;
}

export const EIP_BINDING_KINDS = [
  'NETWORK_INTERFACE',
  'INSTANCE',
  'VIRTUAL_IP',
  'NAT_GATEWAY',
  'LOAD_BALANCER',
  'IP_ADDRESS',
  'OTHER',
] as const;
export type EipBindingKind = (typeof EIP_BINDING_KINDS)[number];

export interface EipBinding {
  kind: EipBindingKind;
  /** The native id of what the EIP is bound to (ENI id, instance id, port id, HaVip id …). */
  targetId: string;
  /** The provider's own word for the target type (Alibaba InstanceType, Huawei port owner). */
  providerType: string;
  privateIpAddress: string | null;
}

export interface ElasticIp extends ResourceRef {
  name: string | null;
  address: string;
  status: ElasticIpStatus;
  providerStatus: string;
  bandwidthMbps: number | null;
  chargeType: string | null;
  boundTo: EipBinding | null;
  tags: Tag[];
  createdAt: string | null;
}

export type AddressFamily = 'IPV4' | 'IPV6';
export type RouteMode = 'STATIC' | 'BGP';

export interface VifPeer extends ResourceRef {
  name: string | null;
  description: string | null;
  status: VifPeerStatus;
  providerStatus: string;
  addressFamily: AddressFamily;
  localGatewayIp: string | null;
  remoteGatewayIp: string | null;
  routeMode: RouteMode;
  bgpAsn: number | null;
  bgpStatus: string | null;
  remoteSubnets: string[];
  /** Native id of the virtual interface (Huawei VIF, Alibaba VBR) the peer belongs to. */
  virtualInterfaceId: string;
  /** Alibaba: the BGP group (of the VBR) the peer is in; Huawei has no groups. */
  bgpGroupId?: string | null;
  deviceId: string | null;
  bgpRouteLimit: number | null;
  receivedRouteCount: number | null;
}

export interface VirtualInterface extends ResourceRef {
  name: string | null;
  description: string | null;
  status: VirtualInterfaceStatus;
  providerStatus: string;
  vlan: number | null;
  bandwidthMbps: number | null;
  directConnectId: string | null;
  localGatewayIp: string | null;
  remoteGatewayIp: string | null;
}
