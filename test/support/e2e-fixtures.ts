import type { Harness } from './harness';

/**
 * Small, explicit emulator states for e2e tests (POST /_emulator/seed): known ids, so a test seeds
 * exactly what a condition needs and names the resources in its inputs.
 */

// ---------- Alibaba state ----------

export const ALI = { account: 'ali-prod', region: 'cn-hangzhou' };
export const ALI_TARGET = { provider: 'ALIBABA', ...ALI };
export const aliRef = (nativeId: string) => ({ provider: 'ALIBABA', ...ALI, nativeId });

/** Two VPCs; a roomy vSwitch and a /29 one with a single usable address; VPC and classic groups. */
export const ALI_NETWORK = {
  vpcs: [
    { id: 'vpc-e2ea', cidr: '10.0.0.0/16' },
    { id: 'vpc-e2eb', cidr: '10.1.0.0/16' },
  ],
  vswitches: [
    { id: 'vsw-e2ea', vpcId: 'vpc-e2ea', cidr: '10.0.1.0/24' },
    { id: 'vsw-e2etiny', vpcId: 'vpc-e2ea', cidr: '10.0.9.0/29' },
    { id: 'vsw-e2eb', vpcId: 'vpc-e2eb', cidr: '10.1.1.0/24' },
  ],
  securityGroups: [
    { id: 'sg-e2ea', vpcId: 'vpc-e2ea' },
    { id: 'sg-e2eb', vpcId: 'vpc-e2eb' },
    { id: 'sg-e2eclassic', vpcId: 'vpc-e2ea', networkType: 'classic' },
  ],
};

/**
 * A VBR with a BGP group (peer ASN 65001) for the BGP peer mutations; spread into seedAlibaba's
 * resources together with the peers a test needs.
 */
export const ALI_BGP = {
  vbrs: [{ id: 'vbr-e2ea', name: 'vbr-e2e' }],
  bgpGroups: [{ id: 'bgpg-e2ea', vbrId: 'vbr-e2ea', peerAsn: 65001 }],
};

export async function seedAlibaba(h: Harness, resources: Record<string, unknown>, where: { account: string; region: string } = ALI): Promise<void> {
  await h.control('alibaba', 'POST', 'seed', { ...where, ...ALI_NETWORK, ...resources });
}

// ---------- Huawei state ----------

export const HW = { account: 'hw-prod', region: 'ap-southeast-1' };
export const HW_TARGET = { provider: 'HUAWEI', ...HW };
export const hwRef = (nativeId: string, account = HW.account) => ({ provider: 'HUAWEI', account, region: HW.region, nativeId });
export const U = {
  vpcA: '0e2e0000-0000-4000-8000-00000000a001',
  vpcB: '0e2e0000-0000-4000-8000-00000000a002',
  subnetA: '0e2e0000-0000-4000-8000-00000000b001',
  subnetB: '0e2e0000-0000-4000-8000-00000000b002',
  serverA: '0e2e0000-0000-4000-8000-00000000c001',
  serverBusy: '0e2e0000-0000-4000-8000-00000000c002',
  nicA: '0e2e0000-0000-4000-8000-00000000d001',
  nicBusy: '0e2e0000-0000-4000-8000-00000000d002',
  dhcp: '0e2e0000-0000-4000-8000-00000000e001',
  vif: '0e2e0000-0000-4000-8000-00000000f001',
  missing: '0e2e0000-0000-4000-8000-0000000ff999',
  /** Lifecycle resources, seeded only by the tests that name them (HW_LIFECYCLE). */
  serverB: '0e2e0000-0000-4000-8000-00000000c003',
  portFree: '0e2e0000-0000-4000-8000-00000000d003',
  nicB: '0e2e0000-0000-4000-8000-00000000d004',
  vip: '0e2e0000-0000-4000-8000-00000000e101',
  vipBound: '0e2e0000-0000-4000-8000-00000000e102',
  eipFree: '0e2e0000-0000-4000-8000-00000000e201',
  eipBound: '0e2e0000-0000-4000-8000-00000000e202',
  vifTwo: '0e2e0000-0000-4000-8000-00000000f002',
  peerA: '0e2e0000-0000-4000-8000-00000000f101',
  peerB: '0e2e0000-0000-4000-8000-00000000f102',
};

export async function seedHuawei(h: Harness, resources: Record<string, unknown> = {}): Promise<void> {
  await h.control('huawei', 'POST', 'seed', {
    ...HW,
    vpcs: [
      { id: U.vpcA, name: 'vpc-a', cidr: '192.168.0.0/16' },
      { id: U.vpcB, name: 'vpc-b', cidr: '172.16.0.0/16' },
    ],
    subnets: [
      { id: U.subnetA, vpc_id: U.vpcA, name: 'subnet-a', cidr: '192.168.0.0/24' },
      { id: U.subnetB, vpc_id: U.vpcB, name: 'subnet-b', cidr: '172.16.0.0/24' },
    ],
    servers: [
      { id: U.serverA, name: 'web-1' },
      { id: U.serverBusy, name: 'web-rebooting', status: 'REBOOT' },
    ],
    nics: [
      { id: U.nicA, server_id: U.serverA, subnet_id: U.subnetA, ip_address: '192.168.0.10' },
      { id: U.nicBusy, server_id: U.serverBusy, subnet_id: U.subnetA, ip_address: '192.168.0.11' },
    ],
    ports: [{ id: U.dhcp, subnet_id: U.subnetA, ip_address: '192.168.0.2', device_owner: 'network:dhcp' }],
    virtual_interfaces: [{ id: U.vif, name: 'vif-e2e' }],
    ...resources,
  });
}

export const vifPeer = (over: Record<string, unknown> = {}) => ({
  target: HW_TARGET,
  vifId: U.vif,
  name: 'peer-e2e',
  addressFamily: 'IPV4',
  localGatewayIp: '10.10.10.1/30',
  remoteGatewayIp: '10.10.10.2/30',
  ...over,
});

/**
 * Huawei lifecycle resources on top of seedHuawei's network: a port not attached to any server, a
 * second server with a NIC, a free VIP port and one a NIC carries, a free and a bound EIP, and a
 * second VIF whose two peers (IPv4 and IPv6) can be deleted one at a time.
 */
export const HW_LIFECYCLE = {
  servers: [
    { id: U.serverA, name: 'web-1' },
    { id: U.serverBusy, name: 'web-rebooting', status: 'REBOOT' },
    { id: U.serverB, name: 'web-2' },
  ],
  nics: [
    { id: U.nicA, server_id: U.serverA, subnet_id: U.subnetA, ip_address: '192.168.0.10' },
    { id: U.nicBusy, server_id: U.serverBusy, subnet_id: U.subnetA, ip_address: '192.168.0.11' },
    { id: U.nicB, server_id: U.serverB, subnet_id: U.subnetA, ip_address: '192.168.0.12' },
  ],
  ports: [
    { id: U.dhcp, subnet_id: U.subnetA, ip_address: '192.168.0.2', device_owner: 'network:dhcp' },
    { id: U.portFree, subnet_id: U.subnetA, ip_address: '192.168.0.20' },
  ],
  vips: [
    { id: U.vip, subnet_id: U.subnetA, ip_address: '192.168.0.30' },
    { id: U.vipBound, subnet_id: U.subnetA, ip_address: '192.168.0.31', bound_nic_ids: [U.nicB] },
  ],
  publicips: [
    { id: U.eipFree, public_ip_address: '203.0.113.10' },
    { id: U.eipBound, public_ip_address: '203.0.113.11', port_id: U.nicA },
  ],
  virtual_interfaces: [
    { id: U.vif, name: 'vif-e2e' },
    { id: U.vifTwo, name: 'vif-e2e-two' },
  ],
  vif_peers: [
    { id: U.peerA, vif_id: U.vifTwo, name: 'peer-v4', address_family: 'ipv4', local_gateway_ip: '10.20.0.1/30', remote_gateway_ip: '10.20.0.2/30' },
    { id: U.peerB, vif_id: U.vifTwo, name: 'peer-v6', address_family: 'ipv6', local_gateway_ip: 'fd00:20::1/64', remote_gateway_ip: 'fd00:20::2/64' },
  ],
};
