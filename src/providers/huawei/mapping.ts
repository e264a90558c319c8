import type {
  ElasticIp,
  ElasticIpStatus,
  EipBinding,
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
import { COMPUTE_DEVICE_OWNER_PREFIX, type WirePort, type WirePublicip, type WireVifPeer, type WireVirtualInterface } from './wire';
import { noItems, orSharedEmpty } from '../common/empty-list';

/**
 * Wire → domain. Status tables with an UNKNOWN fallback; every field read defensively, since a
 * provider may omit what its model declares. Never throws. The partition fields are spelled out,
 * not spread: a spread followed by twenty properties costs ~9 KB of allocation per resource in V8
 * (see the Alibaba mapping).
 */

const PORT_STATUS: Record<string, NetworkInterfaceStatus> = { ACTIVE: 'IN_USE', DOWN: 'DOWN', BUILD: 'CREATING' };

/** A VIP port's own status says little (DOWN while bound); whether a NIC carries it decides IN_USE. */
const VIP_STATUS: Record<string, VirtualIpStatus> = { ACTIVE: 'AVAILABLE', DOWN: 'AVAILABLE', BUILD: 'CREATING' };

export const PUBLICIP_STATUS: Record<string, ElasticIpStatus> = {
  DOWN: 'AVAILABLE',
  ACTIVE: 'IN_USE',
  ELB: 'IN_USE',
  VPN: 'IN_USE',
  BINDING: 'ASSOCIATING',
  NOTIFYING: 'ASSOCIATING',
  PENDING_UPDATE: 'ASSOCIATING',
  PENDING_CREATE: 'CREATING',
  PENDING_DELETE: 'RELEASING',
  NOTIFY_DELETE: 'RELEASING',
  FREEZED: 'FROZEN',
  BIND_ERROR: 'ERROR',
  ERROR: 'ERROR',
};

export const VIF_PEER_STATUS: Record<string, VifPeerStatus> = {
  ACTIVE: 'ACTIVE',
  PENDING_CREATE: 'CREATING',
  BUILD: 'CREATING',
  PENDING_UPDATE: 'UPDATING',
  PENDING_DELETE: 'DELETING',
  DELETED: 'DELETED',
  DOWN: 'DOWN',
  ERROR: 'ERROR',
};

export const VIRTUAL_INTERFACE_STATUS: Record<string, VirtualInterfaceStatus> = {
  ACTIVE: 'ACTIVE',
  DOWN: 'DOWN',
  BUILD: 'CREATING',
  PENDING_CREATE: 'CREATING',
  PENDING_UPDATE: 'UPDATING',
  PENDING_DELETE: 'DELETING',
  DELETED: 'DELETED',
  ERROR: 'ERROR',
  AUTHORIZATION: 'PENDING_APPROVAL',
  REJECTED: 'REJECTED',
};

function lookup<S extends string>(table: Record<string, S>, status: unknown, fallback: S): S {
  return typeof status === 'string' && Object.hasOwn(table, status.toUpperCase()) ? table[status.toUpperCase()]! : fallback;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

function fixedAddresses(port: WirePort): string[] {
  return arr<{ ip_address?: unknown }>(port.fixed_ips)
    .map((f) => f?.ip_address)
    .filter((a): a is string => typeof a === 'string');
}

export function carriedAddresses(port: WirePort): string[] {
  return arr<{ ip_address?: unknown }>(port.allowed_address_pairs)
    .map((p) => p?.ip_address)
    .filter((a): a is string => typeof a === 'string');
}

/**
 * A NIC: a server's port (device_owner compute:<az>), or a port of no device at all, which CreatePort
 * makes and BatchAddServerNics can attach (device_owner empty).
 */
export const isNicPort = (port: WirePort): boolean =>
  typeof port.device_owner === 'string' && (port.device_owner.startsWith(COMPUTE_DEVICE_OWNER_PREFIX) || (port.device_owner === '' && !port.device_id));

/** `vpcOf` resolves a port's network (v1 subnet id) to its VPC, from one subnet list per page of results. */
export function toNetworkInterface(p: Partition, port: WirePort, vpcOf: (networkId: string) => string | null = () => null): NetworkInterface {
  const addresses = fixedAddresses(port);
  const owner = str(port.device_owner) ?? '';
  const networkId = str(port.network_id);
  const deviceId = str(port.device_id);
  return {
    provider: p.provider,
    account: p.account,
    region: p.region,
    nativeId: String(port.id),
    name: str(port.name),
    description: null,
    // A port of no device is free to attach: AVAILABLE, whatever its (DOWN) status says.
    status: deviceId === null && port.device_owner === '' ? 'AVAILABLE' : lookup(PORT_STATUS, port.status, 'UNKNOWN'),
    providerStatus: String(port.status ?? ''),
    interfaceType: null,
    primaryIp: addresses[0] ?? null,
    privateIps: orSharedEmpty(addresses.map((address, i) => ({ address, primary: i === 0 }))),
    macAddress: str(port.mac_address),
    vpcId: networkId ? vpcOf(networkId) : null,
    subnetId: networkId,
    zone: owner.startsWith(COMPUTE_DEVICE_OWNER_PREFIX) ? owner.slice(COMPUTE_DEVICE_OWNER_PREFIX.length) || null : str(port.zone_id),
    securityGroupIds: orSharedEmpty(arr<unknown>(port.security_groups).filter((s): s is string => typeof s === 'string')),
    attachment: deviceId ? { instanceId: deviceId, deviceIndex: null } : null,
    virtualIpAddresses: orSharedEmpty(carriedAddresses(port)),
    tags: noItems(),
    createdAt: null,
  };
}

/** `carriers` are the NIC ports whose allowed_address_pairs hold this VIP's address (computed by the adapter). */
export function toVirtualIp(p: Partition, port: WirePort, carriers: WirePort[], vpcOf: (networkId: string) => string | null = () => null): VirtualIp {
  const address = fixedAddresses(port)[0] ?? '';
  const networkId = str(port.network_id);
  const base = lookup(VIP_STATUS, port.status, 'UNKNOWN');
  return {
    provider: p.provider,
    account: p.account,
    region: p.region,
    nativeId: String(port.id),
    name: str(port.name),
    address,
    status: carriers.length > 0 && base !== 'CREATING' ? 'IN_USE' : base,
    providerStatus: String(port.status ?? ''),
    vpcId: networkId ? vpcOf(networkId) : null,
    subnetId: networkId,
    boundInterfaceIds: orSharedEmpty(carriers.map((c) => String(c.id))),
    boundInstanceIds: orSharedEmpty([...new Set(carriers.map((c) => str(c.device_id)).filter((d): d is string => d !== null))]),
    tags: noItems(),
    createdAt: null,
  };
}

/** EIP v1 create_time is "yyyy-MM-dd HH:mm:ss" in UTC. */
export function huaweiTimeToIso(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.\d+)?Z?$/.exec(value.trim());
  return m ? `${m[1]}T${m[2]}Z` : null;
}

export function toElasticIp(p: Partition, ip: WirePublicip): ElasticIp {
  const status = String(ip.status ?? '');
  const portId = str(ip.port_id);
  let boundTo: EipBinding | null = null;
  if (portId) {
    const kind = status === 'ELB' ? 'LOAD_BALANCER' : status === 'VPN' ? 'OTHER' : 'NETWORK_INTERFACE';
    boundTo = { kind, targetId: portId, providerType: status === 'ELB' || status === 'VPN' ? status : 'port', privateIpAddress: str(ip.private_ip_address) };
  }
  return {
    provider: p.provider,
    account: p.account,
    region: p.region,
    nativeId: String(ip.id),
    name: str(ip.alias),
    address: str(ip.public_ip_address) ?? str(ip.public_ipv6_address) ?? '',
    // PENDING_UPDATE of a bound EIP is the emulator's (and, inferred, the provider's) unbinding.
    status: status === 'PENDING_UPDATE' && portId ? 'UNASSOCIATING' : lookup(PUBLICIP_STATUS, status, 'UNKNOWN'),
    providerStatus: status,
    bandwidthMbps: num(ip.bandwidth_size),
    // A non-null profile means yearly/monthly (prepaid) billing.
    chargeType: ip.profile ? 'prePaid' : 'postPaid',
    boundTo,
    tags: noItems(),
    createdAt: huaweiTimeToIso(ip.create_time),
  };
}

export function toVifPeer(p: Partition, peer: WireVifPeer, vifId?: string): VifPeer {
  const receive = num(peer.receive_route_num);
  return {
    provider: p.provider,
    account: p.account,
    region: p.region,
    nativeId: String(peer.id),
    name: str(peer.name),
    description: str(peer.description),
    status: lookup(VIF_PEER_STATUS, peer.status, 'UNKNOWN'),
    providerStatus: String(peer.status ?? ''),
    addressFamily: String(peer.address_family ?? '').toLowerCase() === 'ipv6' ? 'IPV6' : 'IPV4',
    localGatewayIp: str(peer.local_gateway_ip),
    remoteGatewayIp: str(peer.remote_gateway_ip),
    routeMode: String(peer.route_mode ?? '').toLowerCase() === 'bgp' ? 'BGP' : 'STATIC',
    bgpAsn: num(peer.bgp_asn),
    bgpStatus: str(peer.bgp_status),
    remoteSubnets: orSharedEmpty(arr<unknown>(peer.remote_ep_group).filter((s): s is string => typeof s === 'string')),
    virtualInterfaceId: str(peer.vif_id) ?? vifId ?? '',
    deviceId: str(peer.device_id),
    bgpRouteLimit: num(peer.bgp_route_limit),
    // -1 means "static routing, not meaningful".
    receivedRouteCount: receive !== null && receive >= 0 ? receive : null,
  };
}

export function toVirtualInterface(p: Partition, vif: WireVirtualInterface): VirtualInterface {
  return {
    provider: p.provider,
    account: p.account,
    region: p.region,
    nativeId: String(vif.id),
    name: str(vif.name),
    description: str(vif.description),
    status: lookup(VIRTUAL_INTERFACE_STATUS, vif.status, 'UNKNOWN'),
    providerStatus: String(vif.status ?? ''),
    vlan: num(vif.vlan),
    bandwidthMbps: num(vif.bandwidth),
    directConnectId: str(vif.direct_connect_id),
    localGatewayIp: str(vif.local_gateway_v4_ip) ?? str(vif.local_gateway_v6_ip),
    remoteGatewayIp: str(vif.remote_gateway_v4_ip) ?? str(vif.remote_gateway_v6_ip),
  };
}
