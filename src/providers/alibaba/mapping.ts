import type {
  AddressFamily,
  EipBindingKind,
  ElasticIp,
  ElasticIpStatus,
  NetworkInterface,
  NetworkInterfaceStatus,
  Partition,
  VifPeer,
  VifPeerStatus,
  VirtualInterface,
  VirtualInterfaceStatus,
  VirtualIp,
  VirtualIpStatus,
} from '../../domain/resources';
import type {
  WireBgpPeer,
  WireCreateNetworkInterfaceResponse,
  WireEipAddress,
  WireHaVip,
  WireNetworkInterface,
  WireVirtualBorderRouter,
} from './wire';
import { noItems, orSharedEmpty } from '../common/empty-list';

/**
 * Wire → domain. Unknown statuses map to UNKNOWN (the verbatim value stays in providerStatus).
 * Each resource is one object literal, its partition fields spelled out: `{ ...partition, … }`
 * followed by twenty properties made V8 allocate ~9 KB per resource (~180 B spelled out), which at
 * fleet scale (every list of every window) was most of the gateway's garbage.
 */

export const ENI_STATUS: Readonly<Record<string, NetworkInterfaceStatus>> = {
  Available: 'AVAILABLE',
  Attaching: 'ATTACHING',
  InUse: 'IN_USE',
  Detaching: 'DETACHING',
  Deleting: 'DELETING',
};

export const HAVIP_STATUS: Readonly<Record<string, VirtualIpStatus>> = {
  Creating: 'CREATING',
  Available: 'AVAILABLE',
  InUse: 'IN_USE',
  Associating: 'ASSOCIATING',
  Unassociating: 'UNASSOCIATING',
  Deleting: 'DELETING',
};

export const EIP_STATUS: Readonly<Record<string, ElasticIpStatus>> = {
  Associating: 'ASSOCIATING',
  Unassociating: 'UNASSOCIATING',
  InUse: 'IN_USE',
  Available: 'AVAILABLE',
  Releasing: 'RELEASING',
};

export const BGP_PEER_STATUS: Readonly<Record<string, VifPeerStatus>> = {
  Pending: 'CREATING',
  Available: 'ACTIVE',
  Modifying: 'UPDATING',
  Deleting: 'DELETING',
  Deleted: 'DELETED',
};

export const VBR_STATUS: Readonly<Record<string, VirtualInterfaceStatus>> = {
  active: 'ACTIVE',
  deleting: 'DELETING',
  recovering: 'UPDATING',
  terminated: 'DOWN',
  terminating: 'DELETING',
  unconfirmed: 'PENDING_APPROVAL',
  pending: 'CREATING',
};

export const EIP_BINDING_KIND: Readonly<Record<string, EipBindingKind>> = {
  EcsInstance: 'INSTANCE',
  NetworkInterface: 'NETWORK_INTERFACE',
  HaVip: 'VIRTUAL_IP',
  Nat: 'NAT_GATEWAY',
  SlbInstance: 'LOAD_BALANCER',
  IpAddress: 'IP_ADDRESS',
};

function lookup<T extends string>(table: Readonly<Record<string, T>>, value: string | undefined, fallback: T): T {
  return value !== undefined && Object.prototype.hasOwnProperty.call(table, value) ? table[value]! : fallback;
}

const orNull = (s: string | undefined | null): string | null => (s === undefined || s === null || s === '' ? null : s);

function numberOrNull(s: string | number | undefined | null): number | null {
  if (s === undefined || s === null || s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

type EniFields = Partial<WireNetworkInterface> & Pick<WireNetworkInterface, 'NetworkInterfaceId'>;

export function toNetworkInterface(partition: Partition, eni: EniFields | WireCreateNetworkInterfaceResponse): NetworkInterface {
  const wire = eni as EniFields;
  const ips = wire.PrivateIpSets?.PrivateIpSet ?? [];
  const attachedTo = orNull(wire.Attachment?.InstanceId) ?? orNull(wire.InstanceId);
  const status = wire.Status ?? '';
  return {
    provider: 'ALIBABA',
    account: partition.account,
    region: partition.region,
    nativeId: wire.NetworkInterfaceId,
    name: orNull(wire.NetworkInterfaceName),
    description: orNull(wire.Description),
    status: lookup(ENI_STATUS, status, 'UNKNOWN'),
    providerStatus: status,
    interfaceType: wire.Type === 'Primary' ? 'PRIMARY' : wire.Type === 'Secondary' ? 'SECONDARY' : null,
    primaryIp: orNull(wire.PrivateIpAddress) ?? ips.find((ip) => ip.Primary)?.PrivateIpAddress ?? null,
    privateIps: orSharedEmpty(ips.map((ip) => ({ address: ip.PrivateIpAddress, primary: ip.Primary === true }))),
    macAddress: orNull(wire.MacAddress),
    vpcId: orNull(wire.VpcId),
    subnetId: orNull(wire.VSwitchId),
    zone: orNull(wire.ZoneId),
    securityGroupIds: orSharedEmpty(wire.SecurityGroupIds?.SecurityGroupId ?? []),
    attachment: attachedTo ? { instanceId: attachedTo, deviceIndex: wire.Attachment?.DeviceIndex ?? null } : null,
    virtualIpAddresses: noItems(),
    tags: orSharedEmpty((wire.Tags?.Tag ?? []).map((t) => ({ key: t.TagKey, value: t.TagValue }))),
    createdAt: orNull(wire.CreationTime),
  };
}

export function toVirtualIp(partition: Partition, havip: WireHaVip): VirtualIp {
  const associated = havip.AssociatedInstances?.associatedInstance ?? [];
  return {
    provider: 'ALIBABA',
    account: partition.account,
    region: partition.region,
    nativeId: havip.HaVipId,
    name: orNull(havip.Name),
    address: havip.IpAddress,
    status: lookup(HAVIP_STATUS, havip.Status, 'UNKNOWN'),
    providerStatus: havip.Status ?? '',
    vpcId: orNull(havip.VpcId),
    subnetId: orNull(havip.VSwitchId),
    boundInterfaceIds: havip.AssociatedInstanceType === 'NetworkInterface' ? orSharedEmpty(associated) : noItems(),
    boundInstanceIds: havip.AssociatedInstanceType === 'EcsInstance' ? orSharedEmpty(associated) : noItems(),
    tags: orSharedEmpty((havip.Tags?.Tag ?? []).map((t) => ({ key: t.Key, value: t.Value }))),
    createdAt: orNull(havip.CreateTime),
  };
}

export function toElasticIp(partition: Partition, eip: WireEipAddress): ElasticIp {
  const target = orNull(eip.InstanceId);
  return {
    provider: 'ALIBABA',
    account: partition.account,
    region: partition.region,
    nativeId: eip.AllocationId,
    name: orNull(eip.Name),
    address: eip.IpAddress,
    status: lookup(EIP_STATUS, eip.Status, 'UNKNOWN'),
    providerStatus: eip.Status ?? '',
    bandwidthMbps: numberOrNull(eip.Bandwidth),
    chargeType: orNull(eip.InternetChargeType),
    boundTo: target
      ? {
          kind: lookup(EIP_BINDING_KIND, eip.InstanceType, 'OTHER'),
          targetId: target,
          providerType: eip.InstanceType ?? '',
          privateIpAddress: orNull(eip.PrivateIpAddress),
        }
      : null,
    tags: orSharedEmpty((eip.Tags?.Tag ?? []).map((t) => ({ key: t.Key, value: t.Value }))),
    createdAt: orNull(eip.AllocationTime),
  };
}

export function toVifPeer(partition: Partition, peer: WireBgpPeer): VifPeer {
  const family: AddressFamily = peer.IpVersion?.toLowerCase() === 'ipv6' ? 'IPV6' : 'IPV4';
  return {
    provider: 'ALIBABA',
    account: partition.account,
    region: partition.region,
    nativeId: peer.BgpPeerId,
    name: orNull(peer.Name),
    description: orNull(peer.Description),
    status: lookup(BGP_PEER_STATUS, peer.Status, 'UNKNOWN'),
    providerStatus: peer.Status ?? '',
    addressFamily: family,
    localGatewayIp: null,
    remoteGatewayIp: orNull(peer.PeerIpAddress),
    routeMode: 'BGP',
    bgpAsn: numberOrNull(peer.PeerAsn),
    bgpStatus: orNull(peer.BgpStatus),
    remoteSubnets: noItems(),
    virtualInterfaceId: peer.RouterId,
    bgpGroupId: orNull(peer.BgpGroupId),
    deviceId: null,
    bgpRouteLimit: numberOrNull(peer.RouteLimit),
    receivedRouteCount: numberOrNull(peer.ReceivedRouteCount),
  };
}

export function toVirtualInterface(partition: Partition, vbr: WireVirtualBorderRouter): VirtualInterface {
  return {
    provider: 'ALIBABA',
    account: partition.account,
    region: partition.region,
    nativeId: vbr.VbrId,
    name: orNull(vbr.Name),
    description: orNull(vbr.Description),
    status: lookup(VBR_STATUS, vbr.Status, 'UNKNOWN'),
    providerStatus: vbr.Status ?? '',
    vlan: numberOrNull(vbr.VlanId),
    bandwidthMbps: numberOrNull(vbr.Bandwidth) || null,
    directConnectId: orNull(vbr.PhysicalConnectionId),
    localGatewayIp: orNull(vbr.LocalGatewayIp),
    remoteGatewayIp: orNull(vbr.PeerGatewayIp),
  };
}
