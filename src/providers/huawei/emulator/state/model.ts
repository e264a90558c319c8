import type { EmulatorRuntime } from '../../../common/emulator/runtime';
import {
  COMPUTE_DEVICE_OWNER_PREFIX,
  intToIpv4,
  ipv4InCidr,
  ipv4Range,
  ipv4ToInt,
  type WireJob,
  type WirePort,
  type WirePublicip,
  type WireSubnet,
  type WireVifPeer,
  type WireVirtualInterface,
} from '../../wire';
import { apiError } from '../errors';

/**
 * The emulator's shared region model (moto's BackendDict role): state keyed by account then region,
 * one map per resource, the lookups raising the catalogued not-found, and the network every family
 * builds on (VPCs, subnets, servers, ports). The families (network-interfaces, virtual-ips,
 * elastic-ips, vif-peers) hold the rules of their operations. No HTTP here.
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

/**
 * A port as the emulator keeps it: the v1 wire port plus the Neutron timestamps (v1 answers leave
 * them out). updated_at keeps its creation value, so a change undone leaves the snapshot as it was.
 */
export interface PortRecord extends WirePort {
  created_at: string;
  updated_at: string;
}

export interface RegionState {
  projectId: string;
  vpcs: Map<string, VpcRecord>;
  subnets: Map<string, WireSubnet>;
  servers: Map<string, ServerRecord>;
  ports: Map<string, PortRecord>;
  publicips: Map<string, WirePublicip>;
  directConnects: Map<string, DirectConnectRecord>;
  vifs: Map<string, VifRecord>;
  vifPeers: Map<string, WireVifPeer>;
  jobs: Map<string, WireJob>;
  /** Ports a RUNNING NIC job is about to change: port id → job id. */
  portJobs: Map<string, string>;
}

export interface Page<T> {
  items: T[];
  hasMore: boolean;
}

/** Lists are ordered by id; `marker` is the id of the last item of the previous page. */
export function page<T extends { id: string }>(items: T[], marker: string | undefined, limit: number): Page<T> {
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const start = marker ? sorted.filter((i) => i.id > marker) : sorted;
  return { items: start.slice(0, limit), hasMore: start.length > limit };
}

export function clampLimit(limit: number | undefined, max: number): number {
  if (limit === undefined || !Number.isFinite(limit) || limit <= 0) return max;
  return Math.min(Math.floor(limit), max);
}

/** EIP v1 create_time: "yyyy-MM-dd HH:mm:ss" in UTC. */
export function huaweiTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
}

export const isComputePort = (port: WirePort): boolean => port.device_owner.startsWith(COMPUTE_DEVICE_OWNER_PREFIX);

/** The v1 port of a record (VPC v1 has no timestamps). */
export function v1Port(port: PortRecord): WirePort {
  const { created_at: _created, updated_at: _updated, ...wire } = port;
  return wire;
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

export class RegionModel {
  private accounts = new Map<string, Map<string, RegionState>>();

  constructor(
    readonly runtime: EmulatorRuntime,
    /** How long transitional states last on the emulator clock. */
    readonly asyncDelayMs: number,
  ) {}

  reset(): void {
    this.accounts.clear();
  }

  /** The state of one project, created empty on first use. */
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
        jobs: new Map(),
        portJobs: new Map(),
      };
      regions.set(region, state);
    }
    return state;
  }

  at(ctx: CallContext): RegionState {
    return this.region(ctx.account, ctx.region, ctx.projectId);
  }

  /** A configured project, for fixtures (which may not create projects). */
  projectOf(account: string, region: string): RegionState {
    const state = this.accounts.get(account)?.get(region);
    if (!state) throw new Error(`no project configured for ${account}/${region}`);
    return state;
  }

  entries(): Array<[account: string, region: string, state: RegionState]> {
    return [...this.accounts].flatMap(([account, regions]) => [...regions].map(([region, state]) => [account, region, state] as [string, string, RegionState]));
  }

  // ---------- lookups raising the catalogued not-found ----------

  /** A NIC = a compute port. Closest documented code for a missing NIC: Ecs.0307 (see error-catalog.ts). */
  requireNic(ctx: CallContext, nicId: string): PortRecord {
    const port = this.at(ctx).ports.get(nicId);
    if (!port || !isComputePort(port)) throw apiError(ctx.operation, 'Ecs.0307', `port [${nicId}] could not be found`);
    return port;
  }

  requireServer(ctx: CallContext, serverId: string): ServerRecord {
    const server = this.at(ctx).servers.get(serverId);
    if (!server) throw apiError(ctx.operation, 'Ecs.0114', serverId);
    return server;
  }

  /** VPC v1 ports: VPC.0508 "Port is invalid." (the EIP table's port-not-found row). */
  requirePort(ctx: CallContext, portId: string): PortRecord {
    const port = this.at(ctx).ports.get(portId);
    if (!port) throw apiError(ctx.operation, 'VPC.0508');
    return port;
  }

  portHolding(r: RegionState, subnetId: string, address: string): PortRecord | undefined {
    for (const p of r.ports.values()) {
      if (p.network_id === subnetId && p.fixed_ips.some((f) => f.ip_address === address)) return p;
    }
    return undefined;
  }

  /** The next free address of a subnet, or null when it has none. */
  freeIp(r: RegionState, subnet: WireSubnet): string | null {
    const [first, last] = ipv4Range(subnet.cidr)!;
    const used = new Set<number>();
    for (const p of r.ports.values()) if (p.network_id === subnet.id) for (const f of p.fixed_ips) used.add(ipv4ToInt(f.ip_address));
    // .0 network, .1 gateway; Huawei keeps the first few addresses for DHCP/DNS, start allocating at .10.
    for (let n = first + 10; n < last; n++) if (!used.has(n)) return intToIpv4(n);
    return null;
  }

  // ---------- building state (fixtures, demo, creations) ----------

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

  /** A port in a subnet (fixtures, and every operation that creates one); throws on bad fixture data. */
  addPort(account: string, region: string, p: NewPort): PortRecord {
    const r = this.projectOf(account, region);
    const subnet = r.subnets.get(p.subnetId);
    if (!subnet) throw new Error(`port: subnet ${p.subnetId} does not exist`);
    const address = p.ipAddress ?? this.freeIp(r, subnet);
    if (address === null) throw new Error(`port: subnet ${subnet.id} has no free address`);
    if (!ipv4InCidr(address, subnet.cidr)) throw new Error(`port: ${address} is not in ${subnet.cidr}`);
    if (this.portHolding(r, subnet.id, address)) throw new Error(`port: ${address} is already in use in ${subnet.id}`);
    const id = p.id ?? this.runtime.ids.uuid();
    const now = this.runtime.clock.nowIso();
    const port: PortRecord = {
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
      created_at: now,
      updated_at: now,
    };
    if (p.deviceOwner.startsWith(COMPUTE_DEVICE_OWNER_PREFIX)) {
      port.instance_id = port.device_id;
      port.instance_type = 'ecs';
    }
    r.ports.set(id, port);
    return port;
  }

  /** A port attached to a server becomes its NIC (device_owner compute:<az>); detached, it is a free port again. */
  setAttachment(port: PortRecord, server: ServerRecord | null): void {
    if (server) {
      port.device_id = server.id;
      port.device_owner = `${COMPUTE_DEVICE_OWNER_PREFIX}${server.availability_zone}`;
      port.zone_id = server.availability_zone;
      port.instance_id = server.id;
      port.instance_type = 'ecs';
      port.status = 'ACTIVE';
    } else {
      port.device_id = '';
      port.device_owner = '';
      delete port.instance_id;
      delete port.instance_type;
      port.status = 'DOWN';
    }
  }
}
