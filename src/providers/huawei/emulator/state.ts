import type { EmulatorRuntime } from '../../common/emulator/runtime';
import {
  COMPUTE_DEVICE_OWNER_PREFIX,
  VIP_DEVICE_OWNER,
  intToIpv4,
  ipFamily,
  ipv4InCidr,
  ipv4Range,
  ipv4ToInt,
  isUuid,
  parseCidr,
  type WireCreateVifPeer,
  type WireInterfaceAttachment,
  type WirePageInfo,
  type WirePort,
  type WirePrivateip,
  type WirePublicip,
  type WireSubnet,
  type WireVifPeer,
  type WireVirtualInterface,
} from '../wire';
import { apiError } from './errors';

/**
 * The emulator's state and every rule of it (moto's backend role): keyed by account then region,
 * one map per resource, one require<X>() per resource raising the catalogued not-found. No HTTP here.
 */

export interface CallContext {
  account: string;
  region: string;
  projectId: string;
  operation: string;
}

export interface VpcRecord {
  id: string;
  name: string;
  cidr: string;
  status: string;
}
export interface ServerRecord {
  id: string;
  name: string;
  status: string;
  availability_zone: string;
}
export interface DirectConnectRecord {
  id: string;
  name: string;
  bandwidth: number;
  status: string;
  device_id: string;
}
export type VifRecord = Omit<WireVirtualInterface, 'vif_peers'>;

export interface RegionState {
  projectId: string;
  vpcs: Map<string, VpcRecord>;
  subnets: Map<string, WireSubnet>;
  servers: Map<string, ServerRecord>;
  ports: Map<string, WirePort>;
  publicips: Map<string, WirePublicip>;
  directConnects: Map<string, DirectConnectRecord>;
  vifs: Map<string, VifRecord>;
  vifPeers: Map<string, WireVifPeer>;
}

/** Statuses in which a server's NICs can be changed (started or stopped). */
const SERVER_STABLE_STATUSES = new Set(['ACTIVE', 'SHUTOFF']);
const MAX_PORTS_LIMIT = 2000;

export interface Page<T> {
  items: T[];
  hasMore: boolean;
}

/** Lists are ordered by id; `marker` is the id of the last item of the previous page. */
function page<T extends { id: string }>(items: T[], marker: string | undefined, limit: number): Page<T> {
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const start = marker ? sorted.filter((i) => i.id > marker) : sorted;
  return { items: start.slice(0, limit), hasMore: start.length > limit };
}

export interface PortFilter {
  ids: string[];
  name?: string;
  deviceOwner?: string;
  deviceId?: string;
  networkId?: string;
  status?: string;
  macAddress?: string;
  /** Values like "ip_address=10.0.0.5" or "subnet_id=…". */
  fixedIps: string[];
  marker?: string;
  limit?: number;
}

export interface PublicipFilter {
  ids: string[];
  portIds: string[];
  publicIpAddresses: string[];
  marker?: string;
  limit?: number;
}

export interface VifFilter {
  ids: string[];
  statuses: string[];
  directConnectIds: string[];
  marker?: string;
  limit?: number;
}

export interface NewPort {
  id?: string;
  name?: string;
  subnetId: string;
  ipAddress?: string;
  deviceOwner: string;
  deviceId?: string;
  status?: string;
  macAddress?: string;
  securityGroups?: string[];
  allowedAddresses?: string[];
}

export class HuaweiState {
  private accounts = new Map<string, Map<string, RegionState>>();

  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly asyncDelayMs: number,
  ) {}

  reset(): void {
    this.accounts.clear();
  }

  region(account: string, region: string, projectId: string): RegionState {
    let regions = this.accounts.get(account);
    if (!regions) this.accounts.set(account, (regions = new Map()));
    let state = regions.get(region);
    if (!state) {
      state = {
        projectId,
        vpcs: new Map(),
        subnets: new Map(),
        servers: new Map(),
        ports: new Map(),
        publicips: new Map(),
        directConnects: new Map(),
        vifs: new Map(),
        vifPeers: new Map(),
      };
      regions.set(region, state);
    }
    return state;
  }

  private at(ctx: CallContext): RegionState {
    return this.region(ctx.account, ctx.region, ctx.projectId);
  }

  // ---------- lookups raising the catalogued not-found ----------

  /** A NIC = a compute port. Closest documented code for a missing NIC: Ecs.0307 (see error-catalog.ts). */
  requireNic(ctx: CallContext, nicId: string): WirePort {
    const port = this.at(ctx).ports.get(nicId);
    if (!port || !port.device_owner.startsWith(COMPUTE_DEVICE_OWNER_PREFIX)) {
      throw apiError(ctx.operation, 'Ecs.0307', `port [${nicId}] could not be found`);
    }
    return port;
  }

  requireBindSubnet(ctx: CallContext, subnetId: string): WireSubnet {
    const subnet = this.at(ctx).subnets.get(subnetId);
    if (!subnet) throw apiError(ctx.operation, 'Ecs.0038', subnetId);
    return subnet;
  }

  requireServer(ctx: CallContext, serverId: string): ServerRecord {
    const server = this.at(ctx).servers.get(serverId);
    if (!server) throw apiError(ctx.operation, 'Ecs.0114', serverId);
    return server;
  }

  requirePort(ctx: CallContext, portId: string): WirePort {
    const port = this.at(ctx).ports.get(portId);
    if (!port) throw apiError(ctx.operation, 'VPC.0508');
    return port;
  }

  requirePublicip(ctx: CallContext, publicipId: string): WirePublicip {
    const ip = this.at(ctx).publicips.get(publicipId);
    if (!ip) throw apiError(ctx.operation, 'VPC.0504');
    return ip;
  }

  requireVif(ctx: CallContext, vifId: string): VifRecord {
    const vif = this.at(ctx).vifs.get(vifId);
    if (!vif) throw apiError(ctx.operation, 'DC.0002');
    return vif;
  }

  requireVifPeer(ctx: CallContext, peerId: string): WireVifPeer {
    const peer = this.at(ctx).vifPeers.get(peerId);
    if (!peer) throw apiError(ctx.operation, 'DC.0002');
    return peer;
  }

  // ---------- ECS: bind / unbind a virtual IP (seed 000) ----------

  bindVirtualIp(ctx: CallContext, nicId: string, option: { subnet_id: string; ip_address: string; reverse_binding?: boolean }): { port_id: string } {
    if (!isUuid(option.subnet_id) || ipFamily(option.ip_address) === null) throw apiError(ctx.operation, 'Ecs.0005');
    const r = this.at(ctx);
    const nic = this.requireNic(ctx, nicId);
    const subnet = this.requireBindSubnet(ctx, option.subnet_id);
    this.requireStableServer(ctx, nic);
    const nicSubnet = r.subnets.get(nic.network_id);
    if (nicSubnet && nicSubnet.vpc_id !== subnet.vpc_id) throw apiError(ctx.operation, 'Ecs.0064');
    if (!ipv4InCidr(option.ip_address, subnet.cidr)) throw apiError(ctx.operation, 'Ecs.0039', option.ip_address, subnet.id);

    const holder = this.portHolding(r, subnet.id, option.ip_address);
    let vip: WirePort;
    if (!holder) {
      vip = this.addPort(ctx.account, ctx.region, { subnetId: subnet.id, ipAddress: option.ip_address, deviceOwner: VIP_DEVICE_OWNER, status: 'DOWN' });
    } else if (holder.device_owner === VIP_DEVICE_OWNER || holder.device_owner === '') {
      vip = holder;
    } else {
      throw apiError(ctx.operation, 'Ecs.0010', option.ip_address);
    }
    if (!nic.allowed_address_pairs.some((p) => p.ip_address === option.ip_address)) {
      nic.allowed_address_pairs.push({ ip_address: option.ip_address });
    }
    const nicIp = nic.fixed_ips[0]?.ip_address;
    if (option.reverse_binding && nicIp && !vip.allowed_address_pairs.some((p) => p.ip_address === nicIp)) {
      vip.allowed_address_pairs.push({ ip_address: nicIp, mac_address: nic.mac_address });
    }
    vip.status = 'ACTIVE';
    return { port_id: vip.id };
  }

  /** Unbind = the same PUT with empty subnet_id/ip_address: every virtual IP leaves the NIC. */
  unbindVirtualIp(ctx: CallContext, nicId: string): { port_id: string } {
    const r = this.at(ctx);
    const nic = this.requireNic(ctx, nicId);
    this.requireStableServer(ctx, nic);
    const released = nic.allowed_address_pairs.map((p) => p.ip_address);
    nic.allowed_address_pairs = [];
    const nicIp = nic.fixed_ips[0]?.ip_address;
    for (const port of r.ports.values()) {
      if (port.device_owner !== VIP_DEVICE_OWNER) continue;
      if (nicIp) port.allowed_address_pairs = port.allowed_address_pairs.filter((p) => p.ip_address !== nicIp);
      const address = port.fixed_ips[0]?.ip_address;
      if (address && released.includes(address) && !this.isBound(r, address)) port.status = 'DOWN';
    }
    return { port_id: nic.id };
  }

  private isBound(r: RegionState, address: string): boolean {
    for (const p of r.ports.values()) if (p.allowed_address_pairs.some((a) => a.ip_address === address)) return true;
    return false;
  }

  private requireStableServer(ctx: CallContext, nic: WirePort): void {
    const server = this.at(ctx).servers.get(nic.device_id);
    if (server && !SERVER_STABLE_STATUSES.has(server.status)) {
      throw apiError(ctx.operation, 'Ecs.0100', server.id);
    }
  }

  private portHolding(r: RegionState, subnetId: string, address: string): WirePort | undefined {
    for (const p of r.ports.values()) {
      if (p.network_id === subnetId && p.fixed_ips.some((f) => f.ip_address === address)) return p;
    }
    return undefined;
  }

  listServerInterfaces(ctx: CallContext, serverId: string): { interfaceAttachments: WireInterfaceAttachment[]; attachableQuantity: { free_nic: number } } {
    this.requireServer(ctx, serverId);
    const nics = [...this.at(ctx).ports.values()].filter((p) => p.device_id === serverId && p.device_owner.startsWith(COMPUTE_DEVICE_OWNER_PREFIX));
    return {
      interfaceAttachments: nics.map((p) => ({
        port_state: p.status,
        port_id: p.id,
        net_id: p.network_id,
        mac_addr: p.mac_address,
        fixed_ips: p.fixed_ips.map((f) => ({ subnet_id: f.subnet_id, ip_address: f.ip_address })),
        delete_on_termination: true,
        driver_mode: 'virtio',
        min_rate: 0,
        multiqueue_num: 1,
        pci_address: '',
      })),
      attachableQuantity: { free_nic: Math.max(0, 12 - nics.length) },
    };
  }

  // ---------- VPC ----------

  listPorts(ctx: CallContext, f: PortFilter): Page<WirePort> {
    const fixed = f.fixedIps.map((v) => {
      const i = v.indexOf('=');
      return i < 0 ? { key: 'ip_address', value: v } : { key: v.slice(0, i), value: v.slice(i + 1) };
    });
    const matches = [...this.at(ctx).ports.values()].filter(
      (p) =>
        (f.ids.length === 0 || f.ids.includes(p.id)) &&
        (f.name === undefined || p.name === f.name) &&
        (f.deviceOwner === undefined || p.device_owner === f.deviceOwner) &&
        (f.deviceId === undefined || p.device_id === f.deviceId) &&
        (f.networkId === undefined || p.network_id === f.networkId) &&
        (f.status === undefined || p.status === f.status) &&
        (f.macAddress === undefined || p.mac_address === f.macAddress) &&
        fixed.every(({ key, value }) =>
          p.fixed_ips.some((ip) => (key === 'subnet_id' ? ip.subnet_id === value : key === 'ip_address' ? ip.ip_address === value : false)),
        ),
    );
    return page(matches, f.marker, clampLimit(f.limit, MAX_PORTS_LIMIT));
  }

  showPort(ctx: CallContext, portId: string): WirePort {
    return this.requirePort(ctx, portId);
  }

  listSubnets(ctx: CallContext, f: { vpcId?: string; marker?: string; limit?: number }): Page<WireSubnet> {
    const matches = [...this.at(ctx).subnets.values()].filter((s) => f.vpcId === undefined || s.vpc_id === f.vpcId);
    return page(matches, f.marker, clampLimit(f.limit, MAX_PORTS_LIMIT));
  }

  /**
   * VPC v1 private IPs are ports with an empty device_owner. The VPC.06xx/07xx codes of this API were
   * not retrievable (reference gap), so malformed input and a missing subnet answer APIGW.0201.
   */
  createPrivateips(ctx: CallContext, items: Array<{ subnet_id: string; ip_address?: string }>): WirePrivateip[] {
    const r = this.at(ctx);
    for (const item of items) {
      const subnet = r.subnets.get(item.subnet_id);
      if (!subnet) throw apiError(ctx.operation, 'APIGW.0201');
      if (item.ip_address !== undefined && (!ipv4InCidr(item.ip_address, subnet.cidr) || this.portHolding(r, subnet.id, item.ip_address))) {
        throw apiError(ctx.operation, 'APIGW.0201');
      }
    }
    return items.map((item) =>
      toPrivateip(this.addPort(ctx.account, ctx.region, { subnetId: item.subnet_id, ipAddress: item.ip_address, deviceOwner: '', status: 'DOWN' })),
    );
  }

  listPrivateips(ctx: CallContext, subnetId: string, marker: string | undefined, limit: number | undefined): WirePrivateip[] {
    const ports = [...this.at(ctx).ports.values()].filter((p) => p.network_id === subnetId);
    return page(ports, marker, clampLimit(limit, MAX_PORTS_LIMIT)).items.map(toPrivateip);
  }

  listPublicips(ctx: CallContext, f: PublicipFilter): Page<WirePublicip> {
    const matches = [...this.at(ctx).publicips.values()].filter(
      (ip) =>
        (f.ids.length === 0 || f.ids.includes(ip.id)) &&
        (f.portIds.length === 0 || (ip.port_id !== undefined && f.portIds.includes(ip.port_id))) &&
        (f.publicIpAddresses.length === 0 || f.publicIpAddresses.includes(ip.public_ip_address)),
    );
    return page(matches, f.marker, clampLimit(f.limit, MAX_PORTS_LIMIT));
  }

  showPublicip(ctx: CallContext, publicipId: string): WirePublicip {
    return this.requirePublicip(ctx, publicipId);
  }

  /** Bind with a port_id, unbind with port_id null/"" (EIP v1 update). */
  updatePublicip(ctx: CallContext, publicipId: string, portId: string | null | undefined): WirePublicip {
    const ip = this.requirePublicip(ctx, publicipId);
    if (portId === undefined) return ip;
    if (portId === null || portId === '') {
      delete ip.port_id;
      delete ip.private_ip_address;
      ip.status = 'DOWN';
      return ip;
    }
    const port = this.requirePort(ctx, portId);
    if (ip.port_id) throw apiError(ctx.operation, 'VPC.0510');
    ip.port_id = port.id;
    ip.private_ip_address = port.fixed_ips[0]?.ip_address;
    ip.status = 'ACTIVE';
    return ip;
  }

  // ---------- DCaaS v3 ----------

  listVirtualInterfaces(ctx: CallContext, f: VifFilter): { items: WireVirtualInterface[]; pageInfo: WirePageInfo } {
    if (f.limit !== undefined && (!Number.isInteger(f.limit) || f.limit < 1 || f.limit > 2000)) throw apiError(ctx.operation, 'DC.0001');
    const r = this.at(ctx);
    const matches = [...r.vifs.values()].filter(
      (v) =>
        (f.ids.length === 0 || f.ids.includes(v.id)) &&
        (f.statuses.length === 0 || f.statuses.includes(v.status)) &&
        (f.directConnectIds.length === 0 || f.directConnectIds.includes(v.direct_connect_id)),
    );
    const p = page(matches, f.marker, f.limit ?? 2000);
    const items = p.items.map((v) => this.withPeers(r, v));
    const pageInfo: WirePageInfo = { current_count: items.length };
    if (f.marker) pageInfo.previous_marker = items[0]?.id ?? f.marker;
    if (p.hasMore) pageInfo.next_marker = items[items.length - 1]!.id;
    return { items, pageInfo };
  }

  showVirtualInterface(ctx: CallContext, vifId: string): WireVirtualInterface {
    return this.withPeers(this.at(ctx), this.requireVif(ctx, vifId));
  }

  private withPeers(r: RegionState, vif: VifRecord): WireVirtualInterface {
    return { ...vif, vif_peers: [...r.vifPeers.values()].filter((p) => p.vif_id === vif.id) };
  }

  /** Seed 001: checks in the order the documented codes suggest; PENDING_CREATE → ACTIVE after asyncDelayMs. */
  createVifPeer(ctx: CallContext, input: WireCreateVifPeer): WireVifPeer {
    const op = ctx.operation;
    const family = typeof input.address_family === 'string' ? input.address_family.toLowerCase() : '';
    if (typeof input.name !== 'string' || input.name.length > 64) throw apiError(op, 'DC.0001');
    if (input.description !== undefined && (typeof input.description !== 'string' || input.description.length > 128)) throw apiError(op, 'DC.0001');
    if (family !== 'ipv4' && family !== 'ipv6') throw apiError(op, 'DC.0001');
    if (typeof input.vif_id !== 'string' || input.vif_id.length !== 36) throw apiError(op, 'DC.0001');
    const routeMode = input.route_mode ?? 'static';
    if (routeMode !== 'static' && routeMode !== 'bgp') throw apiError(op, 'DC.0001');
    for (const gateway of [input.local_gateway_ip, input.remote_gateway_ip]) {
      const cidr = typeof gateway === 'string' ? parseCidr(gateway) : null;
      if (!cidr || cidr.family !== family) throw apiError(op, 'DC.0004');
    }
    if (input.remote_ep_group !== undefined && input.remote_ep_group !== null && !Array.isArray(input.remote_ep_group)) throw apiError(op, 'DC.0001');
    for (const cidr of input.remote_ep_group ?? []) if (typeof cidr !== 'string' || !parseCidr(cidr)) throw apiError(op, 'DC.0004');
    if (input.bgp_asn !== undefined && input.bgp_asn !== null) {
      if (!Number.isInteger(input.bgp_asn) || input.bgp_asn < 1 || input.bgp_asn > 4294967295) throw apiError(op, 'DC.0008');
    } else if (routeMode === 'bgp') {
      throw apiError(op, 'DC.0001');
    }
    const r = this.at(ctx);
    const vif = this.requireVif(ctx, input.vif_id);
    if ([...r.vifPeers.values()].some((p) => p.vif_id === vif.id && p.address_family === family)) throw apiError(op, 'DC.0001');

    const peer = this.addVifPeer(ctx.account, ctx.region, {
      vif_id: vif.id,
      name: input.name,
      description: input.description ?? '',
      address_family: family,
      local_gateway_ip: input.local_gateway_ip,
      remote_gateway_ip: input.remote_gateway_ip,
      route_mode: routeMode,
      bgp_asn: input.bgp_asn ?? null,
      bgp_md5: input.bgp_md5 ?? null,
      remote_ep_group: input.remote_ep_group ?? null,
      status: 'PENDING_CREATE',
    });
    return peer;
  }

  /** "A virtual interface must have at least one peer. The last peer cannot be deleted." */
  deleteVifPeer(ctx: CallContext, peerId: string): void {
    const r = this.at(ctx);
    const peer = this.requireVifPeer(ctx, peerId);
    const siblings = [...r.vifPeers.values()].filter((p) => p.vif_id === peer.vif_id);
    if (siblings.length <= 1) throw apiError(ctx.operation, 'DC.0001');
    r.vifPeers.delete(peer.id);
  }

  // ---------- building state (fixtures, demo, implicit creations) ----------

  private projectOf(account: string, region: string): RegionState {
    const state = this.accounts.get(account)?.get(region);
    if (!state) throw new Error(`no project configured for ${account}/${region}`);
    return state;
  }

  addVpc(account: string, region: string, v: { id?: string; name: string; cidr: string; status?: string }): VpcRecord {
    const r = this.projectOf(account, region);
    const vpc = { id: v.id ?? this.runtime.ids.uuid(), name: v.name, cidr: v.cidr, status: v.status ?? 'OK' };
    r.vpcs.set(vpc.id, vpc);
    return vpc;
  }

  addSubnet(account: string, region: string, s: { id?: string; vpcId: string; name: string; cidr: string; availabilityZone?: string }): WireSubnet {
    const r = this.projectOf(account, region);
    if (!r.vpcs.has(s.vpcId)) throw new Error(`subnet ${s.name}: vpc ${s.vpcId} does not exist`);
    const range = ipv4Range(s.cidr);
    if (!range) throw new Error(`subnet ${s.name}: ${s.cidr} is not an IPv4 CIDR`);
    const id = s.id ?? this.runtime.ids.uuid();
    const subnet: WireSubnet = {
      id,
      name: s.name,
      cidr: s.cidr,
      gateway_ip: intToIpv4(range[0] + 1),
      vpc_id: s.vpcId,
      neutron_network_id: id,
      neutron_subnet_id: this.runtime.ids.uuid(),
      status: 'ACTIVE',
      availability_zone: s.availabilityZone ?? `${region}a`,
    };
    r.subnets.set(id, subnet);
    return subnet;
  }

  addServer(account: string, region: string, s: { id?: string; name: string; status?: string; availabilityZone?: string }): ServerRecord {
    const r = this.projectOf(account, region);
    const server = { id: s.id ?? this.runtime.ids.uuid(), name: s.name, status: s.status ?? 'ACTIVE', availability_zone: s.availabilityZone ?? `${region}a` };
    r.servers.set(server.id, server);
    return server;
  }

  addPort(account: string, region: string, p: NewPort): WirePort {
    const r = this.projectOf(account, region);
    const subnet = r.subnets.get(p.subnetId);
    if (!subnet) throw new Error(`port: subnet ${p.subnetId} does not exist`);
    const address = p.ipAddress ?? this.nextFreeIp(r, subnet);
    if (!ipv4InCidr(address, subnet.cidr)) throw new Error(`port: ${address} is not in ${subnet.cidr}`);
    if (this.portHolding(r, subnet.id, address)) throw new Error(`port: ${address} is already in use in ${subnet.id}`);
    const id = p.id ?? this.runtime.ids.uuid();
    const port: WirePort = {
      id,
      name: p.name ?? '',
      network_id: subnet.id,
      admin_state_up: true,
      mac_address: p.macAddress ?? this.runtime.ids.mac('fa:16:3e'),
      fixed_ips: [{ subnet_id: subnet.neutron_subnet_id, ip_address: address }],
      device_id: p.deviceId ?? '',
      device_owner: p.deviceOwner,
      tenant_id: r.projectId,
      status: p.status ?? 'DOWN',
      security_groups: p.securityGroups ?? [],
      allowed_address_pairs: (p.allowedAddresses ?? []).map((ip_address) => ({ ip_address })),
      extra_dhcp_opts: [],
      'binding:vnic_type': 'normal',
      port_security_enabled: true,
      zone_id: p.deviceOwner.startsWith(COMPUTE_DEVICE_OWNER_PREFIX) ? p.deviceOwner.slice(COMPUTE_DEVICE_OWNER_PREFIX.length) : subnet.availability_zone,
    };
    if (p.deviceOwner.startsWith(COMPUTE_DEVICE_OWNER_PREFIX)) {
      port.instance_id = port.device_id;
      port.instance_type = 'ecs';
    }
    r.ports.set(id, port);
    return port;
  }

  /** Fixture helper: a NIC carries a virtual IP address (what a bind leaves behind). */
  carryAddress(account: string, region: string, nicId: string, address: string): void {
    const nic = this.projectOf(account, region).ports.get(nicId);
    if (!nic || !nic.device_owner.startsWith(COMPUTE_DEVICE_OWNER_PREFIX)) throw new Error(`vip: NIC ${nicId} does not exist`);
    if (!nic.allowed_address_pairs.some((p) => p.ip_address === address)) nic.allowed_address_pairs.push({ ip_address: address });
  }

  private nextFreeIp(r: RegionState, subnet: WireSubnet): string {
    const [first, last] = ipv4Range(subnet.cidr)!;
    const used = new Set<number>();
    for (const p of r.ports.values()) if (p.network_id === subnet.id) for (const f of p.fixed_ips) used.add(ipv4ToInt(f.ip_address));
    // .0 network, .1 gateway; Huawei keeps the first few addresses for DHCP/DNS, start allocating at .10.
    for (let n = first + 10; n < last; n++) if (!used.has(n)) return intToIpv4(n);
    throw apiError('AssociateServerVirtualIp', 'Ecs.0012');
  }

  addPublicip(
    account: string,
    region: string,
    e: { id?: string; publicIpAddress: string; status?: string; portId?: string; bandwidthSize?: number; alias?: string },
  ): WirePublicip {
    const r = this.projectOf(account, region);
    const id = e.id ?? this.runtime.ids.uuid();
    const ip: WirePublicip = {
      id,
      status: e.status ?? (e.portId ? 'ACTIVE' : 'DOWN'),
      profile: null,
      type: '5_bgp',
      public_ip_address: e.publicIpAddress,
      ip_version: 4,
      tenant_id: r.projectId,
      create_time: huaweiTime(this.runtime.clock.now()),
      bandwidth_id: this.runtime.ids.uuid(),
      bandwidth_name: `bandwidth-${id.slice(0, 4)}`,
      bandwidth_share_type: 'PER',
      bandwidth_size: e.bandwidthSize ?? 5,
      enterprise_project_id: '0',
    };
    if (e.alias) ip.alias = e.alias;
    if (e.portId) {
      const port = r.ports.get(e.portId);
      if (!port) throw new Error(`publicip: port ${e.portId} does not exist`);
      ip.port_id = port.id;
      ip.private_ip_address = port.fixed_ips[0]?.ip_address;
    }
    r.publicips.set(id, ip);
    if (ip.status === 'BINDING' || ip.status === 'PENDING_CREATE') {
      const target = ip.status === 'BINDING' ? 'ACTIVE' : 'DOWN';
      const from = ip.status;
      this.runtime.scheduler.after(this.asyncDelayMs, () => {
        if (ip.status === from) ip.status = target;
      });
    }
    return ip;
  }

  addDirectConnect(account: string, region: string, d: { id?: string; name: string; bandwidth?: number; status?: string }): DirectConnectRecord {
    const r = this.projectOf(account, region);
    const dc = { id: d.id ?? this.runtime.ids.uuid(), name: d.name, bandwidth: d.bandwidth ?? 1000, status: d.status ?? 'ACTIVE', device_id: `26.151.63.${100 + r.directConnects.size}` };
    r.directConnects.set(dc.id, dc);
    return dc;
  }

  addVif(
    account: string,
    region: string,
    v: { id?: string; name: string; directConnectId?: string; vlan?: number; bandwidth?: number; status?: string; description?: string },
  ): VifRecord {
    const r = this.projectOf(account, region);
    const dc = v.directConnectId ? r.directConnects.get(v.directConnectId) : undefined;
    if (v.directConnectId && !dc) throw new Error(`virtual interface ${v.name}: direct connect ${v.directConnectId} does not exist`);
    const vif: VifRecord = {
      id: v.id ?? this.runtime.ids.uuid(),
      name: v.name,
      admin_state_up: true,
      bandwidth: v.bandwidth ?? 100,
      create_time: this.runtime.clock.nowIso(),
      description: v.description ?? '',
      direct_connect_id: dc?.id ?? '',
      service_type: 'VGW',
      status: v.status ?? 'ACTIVE',
      tenant_id: r.projectId,
      type: 'private',
      vgw_id: this.runtime.ids.uuid(),
      vlan: v.vlan ?? 100 + r.vifs.size,
      route_limit: 50,
      enable_nqa: false,
      enable_bfd: false,
      lag_id: null,
      device_id: dc?.device_id ?? '26.151.63.100',
      enterprise_project_id: '0',
      tags: [],
      local_gateway_v4_ip: null,
      remote_gateway_v4_ip: null,
      address_family: 'ipv4',
      local_gateway_v6_ip: null,
      remote_gateway_v6_ip: null,
      remote_ep_group: [],
      service_ep_group: [],
      bgp_route_limit: 256,
      priority: 'normal',
      ies_id: null,
      reason: null,
      rate_limit: false,
      lgw_id: null,
      gateway_id: null,
      extend_attribute: null,
    };
    r.vifs.set(vif.id, vif);
    return vif;
  }

  addVifPeer(
    account: string,
    region: string,
    p: Pick<WireVifPeer, 'vif_id' | 'name' | 'address_family' | 'local_gateway_ip' | 'remote_gateway_ip' | 'route_mode' | 'bgp_asn' | 'status'> &
      Partial<Pick<WireVifPeer, 'id' | 'description' | 'bgp_md5' | 'remote_ep_group'>>,
  ): WireVifPeer {
    const r = this.projectOf(account, region);
    const vif = r.vifs.get(p.vif_id);
    if (!vif) throw new Error(`vif peer ${p.name}: virtual interface ${p.vif_id} does not exist`);
    const bgp = p.route_mode === 'bgp';
    const peer: WireVifPeer = {
      id: p.id ?? this.runtime.ids.uuid(),
      tenant_id: r.projectId,
      name: p.name,
      description: p.description ?? '',
      address_family: p.address_family,
      local_gateway_ip: p.local_gateway_ip,
      remote_gateway_ip: p.remote_gateway_ip,
      route_mode: p.route_mode,
      bgp_asn: p.bgp_asn,
      bgp_md5: p.bgp_md5 ?? null,
      remote_ep_group: p.remote_ep_group ?? null,
      service_ep_group: null,
      device_id: vif.device_id,
      bgp_route_limit: 256,
      // bgp_status values are not documented (reference gap); static peers report null.
      bgp_status: bgp ? (p.status === 'ACTIVE' ? 'ESTABLISHED' : 'DOWN') : null,
      status: p.status,
      vif_id: vif.id,
      receive_route_num: bgp ? 0 : -1,
      enable_nqa: false,
      enable_bfd: false,
      enable_gre: null,
      gre_status: null,
      local_gre_tunnel_ip: null,
      remote_gre_tunnel_ip: null,
    };
    r.vifPeers.set(peer.id, peer);
    if (peer.status === 'PENDING_CREATE') {
      this.runtime.scheduler.after(this.asyncDelayMs, () => {
        if (peer.status !== 'PENDING_CREATE') return;
        peer.status = 'ACTIVE';
        if (bgp) peer.bgp_status = 'ESTABLISHED';
      });
    }
    return peer;
  }

  snapshot(): unknown {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [account, regions] of this.accounts) {
      out[account] = {};
      for (const [region, r] of regions) {
        out[account][region] = {
          projectId: r.projectId,
          vpcs: [...r.vpcs.values()],
          subnets: [...r.subnets.values()],
          servers: [...r.servers.values()],
          ports: [...r.ports.values()],
          publicips: [...r.publicips.values()],
          directConnects: [...r.directConnects.values()],
          virtualInterfaces: [...r.vifs.values()].map((v) => this.withPeers(r, v)),
        };
      }
    }
    return out;
  }
}

function clampLimit(limit: number | undefined, max: number): number {
  if (limit === undefined || !Number.isFinite(limit) || limit <= 0) return max;
  return Math.min(Math.floor(limit), max);
}

function toPrivateip(p: WirePort): WirePrivateip {
  return {
    id: p.id,
    status: p.status,
    subnet_id: p.network_id,
    tenant_id: p.tenant_id,
    device_owner: p.device_owner,
    ip_address: p.fixed_ips[0]?.ip_address ?? '',
  };
}

/** EIP v1 create_time: "yyyy-MM-dd HH:mm:ss" in UTC. */
export function huaweiTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
}
