import { z } from 'zod';
import { COMPUTE_DEVICE_OWNER_PREFIX, VIP_DEVICE_OWNER } from '../wire';
import type { HuaweiState } from './state';

/**
 * The body of POST /_emulator/seed: resources for one account+region, so a test builds exactly the
 * state it needs. Ids are optional (seeded UUIDs otherwise); give them when other items refer to them.
 */
const id = z.string().min(1).optional();

export const seedFixtureSchema = z.object({
  account: z.string().min(1),
  region: z.string().min(1),
  vpcs: z.array(z.object({ id, name: z.string(), cidr: z.string() })).default([]),
  subnets: z.array(z.object({ id, vpc_id: z.string(), name: z.string(), cidr: z.string(), availability_zone: z.string().optional() })).default([]),
  servers: z.array(z.object({ id, name: z.string(), status: z.string().optional(), availability_zone: z.string().optional() })).default([]),
  nics: z
    .array(
      z.object({
        id,
        server_id: z.string(),
        subnet_id: z.string(),
        ip_address: z.string().optional(),
        status: z.string().optional(),
        name: z.string().optional(),
        security_groups: z.array(z.string()).optional(),
      }),
    )
    .default([]),
  vips: z
    .array(
      z.object({
        id,
        subnet_id: z.string(),
        ip_address: z.string().optional(),
        status: z.string().optional(),
        name: z.string().optional(),
        /** NIC ports that carry this VIP in their allowed_address_pairs. */
        bound_nic_ids: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  /** Any other port (network:dhcp, a private IP with an empty owner …). */
  ports: z
    .array(z.object({ id, subnet_id: z.string(), ip_address: z.string().optional(), device_owner: z.string().default(''), device_id: z.string().optional(), status: z.string().optional() }))
    .default([]),
  publicips: z
    .array(z.object({ id, public_ip_address: z.string(), status: z.string().optional(), port_id: z.string().optional(), bandwidth_size: z.number().int().positive().optional(), alias: z.string().optional() }))
    .default([]),
  direct_connects: z.array(z.object({ id, name: z.string(), bandwidth: z.number().int().positive().optional(), status: z.string().optional() })).default([]),
  virtual_interfaces: z
    .array(
      z.object({
        id,
        name: z.string(),
        direct_connect_id: z.string().optional(),
        vlan: z.number().int().min(0).max(3999).optional(),
        bandwidth: z.number().int().positive().optional(),
        status: z.string().optional(),
        description: z.string().optional(),
      }),
    )
    .default([]),
  vif_peers: z
    .array(
      z.object({
        id,
        vif_id: z.string(),
        name: z.string(),
        description: z.string().optional(),
        address_family: z.enum(['ipv4', 'ipv6']),
        local_gateway_ip: z.string(),
        remote_gateway_ip: z.string(),
        route_mode: z.enum(['static', 'bgp']).default('static'),
        bgp_asn: z.number().int().min(1).max(4294967295).nullable().default(null),
        remote_ep_group: z.array(z.string()).optional(),
        status: z.string().default('ACTIVE'),
      }),
    )
    .default([]),
});
export type SeedFixture = z.input<typeof seedFixtureSchema>;

export interface SeedResult {
  account: string;
  region: string;
  vpcs: string[];
  subnets: string[];
  servers: string[];
  nics: string[];
  vips: string[];
  ports: string[];
  publicips: string[];
  direct_connects: string[];
  virtual_interfaces: string[];
  vif_peers: string[];
}

export function applyFixture(state: HuaweiState, input: unknown): SeedResult {
  const f = seedFixtureSchema.parse(input);
  const { account, region } = f;
  const model = state.model;
  const serverAz = new Map<string, string>();
  const result: SeedResult = {
    account,
    region,
    vpcs: f.vpcs.map((v) => model.addVpc(account, region, v).id),
    subnets: f.subnets.map((s) => model.addSubnet(account, region, { id: s.id, vpcId: s.vpc_id, name: s.name, cidr: s.cidr, availabilityZone: s.availability_zone }).id),
    servers: f.servers.map((s) => {
      const server = model.addServer(account, region, { id: s.id, name: s.name, status: s.status, availabilityZone: s.availability_zone });
      serverAz.set(server.id, server.availability_zone);
      return server.id;
    }),
    nics: [],
    vips: [],
    ports: [],
    publicips: [],
    direct_connects: [],
    virtual_interfaces: [],
    vif_peers: [],
  };
  for (const n of f.nics) {
    const az = serverAz.get(n.server_id) ?? `${region}a`;
    result.nics.push(
      model.addPort(account, region, {
        id: n.id,
        name: n.name,
        subnetId: n.subnet_id,
        ipAddress: n.ip_address,
        deviceOwner: `${COMPUTE_DEVICE_OWNER_PREFIX}${az}`,
        deviceId: n.server_id,
        status: n.status ?? 'ACTIVE',
        securityGroups: n.security_groups,
      }).id,
    );
  }
  for (const p of f.ports) {
    result.ports.push(
      model.addPort(account, region, { id: p.id, subnetId: p.subnet_id, ipAddress: p.ip_address, deviceOwner: p.device_owner, deviceId: p.device_id, status: p.status }).id,
    );
  }
  for (const v of f.vips) {
    const vip = model.addPort(account, region, {
      id: v.id,
      name: v.name,
      subnetId: v.subnet_id,
      ipAddress: v.ip_address,
      deviceOwner: VIP_DEVICE_OWNER,
      status: v.status ?? (v.bound_nic_ids.length > 0 ? 'ACTIVE' : 'DOWN'),
    });
    const address = vip.fixed_ips[0]!.ip_address;
    for (const nicId of v.bound_nic_ids) state.virtualIps.carryAddress(account, region, nicId, address);
    result.vips.push(vip.id);
  }
  for (const e of f.publicips) {
    result.publicips.push(
      state.elasticIps.addPublicip(account, region, { id: e.id, publicIpAddress: e.public_ip_address, status: e.status, portId: e.port_id, bandwidthSize: e.bandwidth_size, alias: e.alias }).id,
    );
  }
  for (const d of f.direct_connects) result.direct_connects.push(state.vifPeers.addDirectConnect(account, region, d).id);
  for (const v of f.virtual_interfaces) {
    result.virtual_interfaces.push(
      state.vifPeers.addVif(account, region, { id: v.id, name: v.name, directConnectId: v.direct_connect_id, vlan: v.vlan, bandwidth: v.bandwidth, status: v.status, description: v.description }).id,
    );
  }
  for (const p of f.vif_peers) result.vif_peers.push(state.vifPeers.addVifPeer(account, region, p).id);
  return result;
}
