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

