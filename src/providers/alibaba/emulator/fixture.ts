import { z } from 'zod';
import { cidrContains, type AlibabaState, type Eni, type RegionState } from './state';

/**
 * The seed fixture of POST /_emulator/seed: exactly the resources a test needs, in one account and
 * region. Ids may be given (so a test can refer to them) or are generated from the seeded ids.
 * Every ECS instance gets its primary ENI, as on Alibaba.
 */

const id = z.string().min(1).optional();
const ipv4 = z.ipv4();
const tag = z.object({ key: z.string(), value: z.string() });

export const alibabaFixtureSchema = z.object({
  account: z.string().min(1),
  region: z.string().min(1),
  vpcs: z.array(z.object({ id, cidr: z.string().default('192.168.0.0/16') })).default([]),
  vswitches: z
    .array(z.object({ id, vpcId: z.string(), cidr: z.string(), zoneId: z.string().optional() }))
    .default([]),
  securityGroups: z
    .array(z.object({ id, vpcId: z.string(), networkType: z.enum(['vpc', 'classic']).default('vpc') }))
    .default([]),
  instances: z
    .array(
      z.object({
        id,
        vSwitchId: z.string(),
        securityGroupId: z.string().optional(),
        status: z.string().default('Running'),
        instanceType: z.string().default('ecs.g7.large'),
        eniLimit: z.number().int().min(1).default(3),
        privateIpsPerEni: z.number().int().min(0).default(10),
        primaryIp: ipv4.optional(),
      }),
    )
    .default([]),
  networkInterfaces: z
    .array(
      z.object({
        id,
        vSwitchId: z.string(),
        securityGroupIds: z.array(z.string()).default([]),
        name: z.string().default(''),
        description: z.string().default(''),
        primaryIp: ipv4.optional(),
        secondaryIps: z.array(ipv4).default([]),
        secondaryCount: z.number().int().min(0).default(0),
        status: z.enum(['Available', 'Attaching', 'InUse', 'Detaching', 'Deleting']).default('Available'),
        instanceId: z.string().optional(),
        tags: z.array(tag).default([]),
      }),
    )
    .default([]),
  haVips: z
    .array(
      z.object({
        id,
        vSwitchId: z.string(),
        ipAddress: ipv4.optional(),
        name: z.string().default(''),
        status: z.enum(['Creating', 'Available', 'InUse', 'Associating', 'Unassociating', 'Deleting']).default('Available'),
        associatedInstanceType: z.enum(['EcsInstance', 'NetworkInterface']).optional(),
        associatedInstances: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  eips: z
    .array(
      z.object({
        id,
        ipAddress: ipv4.optional(),
        name: z.string().default(''),
        status: z.enum(['Available', 'Associating', 'InUse', 'Unassociating', 'Releasing']).default('Available'),
        bandwidth: z.string().default('5'),
        instanceId: z.string().optional(),
        instanceType: z.enum(['EcsInstance', 'NetworkInterface', 'HaVip', 'Nat', 'SlbInstance', 'IpAddress']).optional(),
        privateIpAddress: ipv4.optional(),
      }),
    )
    .default([]),
  vbrs: z
    .array(
      z.object({
        id,
        name: z.string().default(''),
        status: z.string().default('active'),
        vlanId: z.number().int().default(10),
        localGatewayIp: ipv4.default('10.0.0.1'),
        peerGatewayIp: ipv4.default('10.0.0.2'),
        peeringSubnetMask: z.string().default('255.255.255.252'),
        physicalConnectionId: z.string().optional(),
      }),
    )
    .default([]),
  bgpGroups: z
    .array(
      z.object({
        id,
        vbrId: z.string(),
        peerAsn: z.union([z.string(), z.number()]).transform(String),
        localAsn: z.union([z.string(), z.number()]).transform(String).default('45104'),
        ipVersion: z.enum(['IPv4', 'IPv6']).default('IPv4'),
        name: z.string().default(''),
      }),
    )
    .default([]),
  bgpPeers: z
    .array(
      z.object({
        id,
        groupId: z.string(),
        peerIpAddress: z.string(),
        name: z.string().default(''),
        status: z.enum(['Pending', 'Available', 'Modifying', 'Deleting', 'Deleted']).default('Available'),
        bgpStatus: z.string().optional(),
      }),
    )
    .default([]),
});
export type AlibabaFixture = z.input<typeof alibabaFixtureSchema>;

export interface SeededResources {
  vpcs: string[];
  vswitches: string[];
  securityGroups: string[];
  instances: string[];
  networkInterfaces: string[];
  haVips: string[];
  eips: string[];
  vbrs: string[];
  bgpGroups: string[];
  bgpPeers: string[];
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`seed fixture refers to an unknown ${what}`);
  return value;
}

export function applyFixture(state: AlibabaState, input: unknown): SeededResources {
  const f = alibabaFixtureSchema.parse(input);
  const s: RegionState = state.region(f.account, f.region);
  const created: SeededResources = {
    vpcs: [], vswitches: [], securityGroups: [], instances: [], networkInterfaces: [], haVips: [], eips: [], vbrs: [], bgpGroups: [], bgpPeers: [],
  };
  const takeIps = (vSwitchId: string, count: number): string[] => {
    const vsw = need(s.vswitches.get(vSwitchId), `vSwitch ${vSwitchId}`);
    const ips = s.freeIps(vsw, count);
    if (!ips) throw new Error(`seed fixture: vSwitch ${vSwitchId} has no ${count} free addresses`);
    return ips;
  };
  const checkIp = (vSwitchId: string, ip: string): string => {
    const vsw = need(s.vswitches.get(vSwitchId), `vSwitch ${vSwitchId}`);
    if (!cidrContains(vsw.cidr, ip)) throw new Error(`seed fixture: ${ip} is outside ${vsw.cidr}`);
    return ip;
  };
  const addEni = (eni: Omit<Eni, 'mac' | 'creationTime' | 'resourceGroupId' | 'queueNumber' | 'deviceIndex'> & { deviceIndex?: number | null }) => {
    const full: Eni = { mac: state.mac(), creationTime: state.now(), resourceGroupId: '', queueNumber: 1, deviceIndex: null, ...eni };
    s.enis.set(full.id, full);
    return full;
  };

  for (const v of f.vpcs) {
    const vpc = { id: v.id ?? state.newId('vpc'), cidr: v.cidr };
    s.vpcs.set(vpc.id, vpc);
    created.vpcs.push(vpc.id);
  }
  for (const v of f.vswitches) {
    need(s.vpcs.get(v.vpcId), `VPC ${v.vpcId}`);
    const vsw = { id: v.id ?? state.newId('vsw'), vpcId: v.vpcId, cidr: v.cidr, zoneId: v.zoneId ?? `${f.region}-a` };
    s.vswitches.set(vsw.id, vsw);
    created.vswitches.push(vsw.id);
  }
  for (const g of f.securityGroups) {
    need(s.vpcs.get(g.vpcId), `VPC ${g.vpcId}`);
    const sg = { id: g.id ?? state.newId('sg'), vpcId: g.vpcId, networkType: g.networkType };
    s.securityGroups.set(sg.id, sg);
    created.securityGroups.push(sg.id);
  }
  for (const i of f.instances) {
    const vsw = need(s.vswitches.get(i.vSwitchId), `vSwitch ${i.vSwitchId}`);
    const instanceId = i.id ?? state.newId('i');
    const primary = addEni({
      id: state.newId('eni'),
      name: '',
      description: '',
      status: 'InUse',
      type: 'Primary',
      vpcId: vsw.vpcId,
      vSwitchId: vsw.id,
      zoneId: vsw.zoneId,
      primaryIp: i.primaryIp ? checkIp(vsw.id, i.primaryIp) : takeIps(vsw.id, 1)[0]!,
      secondaryIps: [],
      securityGroupIds: i.securityGroupId ? [i.securityGroupId] : [],
      tags: [],
      instanceId,
      deviceIndex: 0,
    });
    s.instances.set(instanceId, {
      id: instanceId,
      vpcId: vsw.vpcId,
      vSwitchId: vsw.id,
      zoneId: vsw.zoneId,
      status: i.status,
      instanceType: i.instanceType,
      eniLimit: i.eniLimit,
      privateIpsPerEni: i.privateIpsPerEni,
      primaryEniId: primary.id,
    });
    created.instances.push(instanceId);
  }
  for (const e of f.networkInterfaces) {
    const vsw = need(s.vswitches.get(e.vSwitchId), `vSwitch ${e.vSwitchId}`);
    e.securityGroupIds.forEach((g) => need(s.securityGroups.get(g), `security group ${g}`));
    const instance = e.instanceId ? need(s.instances.get(e.instanceId), `instance ${e.instanceId}`) : undefined;
    const primaryIp = e.primaryIp ? checkIp(vsw.id, e.primaryIp) : takeIps(vsw.id, 1)[0]!;
    const secondaries = e.secondaryIps.map((ip) => checkIp(vsw.id, ip));
    const eni = addEni({
      id: e.id ?? state.newId('eni'),
      name: e.name,
      description: e.description,
      status: e.status,
      type: 'Secondary',
      vpcId: vsw.vpcId,
      vSwitchId: vsw.id,
      zoneId: vsw.zoneId,
      primaryIp,
      secondaryIps: secondaries,
      securityGroupIds: e.securityGroupIds,
      tags: e.tags,
      instanceId: instance?.id ?? '',
      deviceIndex: instance && e.status === 'InUse' ? [...s.enis.values()].filter((x) => x.instanceId === instance.id).length : null,
    });
    if (e.secondaryCount > 0) eni.secondaryIps.push(...takeIps(vsw.id, e.secondaryCount));
    if (e.status === 'Attaching') {
      state.later(() => {
        if (s.enis.get(eni.id) === eni && eni.status === 'Attaching') {
          eni.status = 'InUse';
          eni.deviceIndex = 1;
        }
      });
    }
    created.networkInterfaces.push(eni.id);
  }
  for (const h of f.haVips) {
    const vsw = need(s.vswitches.get(h.vSwitchId), `vSwitch ${h.vSwitchId}`);
    const havip = {
      id: h.id ?? state.newId('havip'),
      ipAddress: h.ipAddress ? checkIp(vsw.id, h.ipAddress) : takeIps(vsw.id, 1)[0]!,
      name: h.name,
      description: '',
      status: h.status,
      vpcId: vsw.vpcId,
      vSwitchId: vsw.id,
      associatedInstanceType: h.associatedInstanceType ?? '',
      associatedInstances: h.associatedInstances,
      createTime: state.now(),
    };
    s.haVips.set(havip.id, havip);
    created.haVips.push(havip.id);
  }
  for (const e of f.eips) {
    const eip = state.elasticIps.allocate(s, { bandwidth: e.bandwidth, name: e.name });
    if (e.id) {
      s.eips.delete(eip.id);
      eip.id = e.id;
      s.eips.set(eip.id, eip);
    }
    if (e.ipAddress) eip.ipAddress = e.ipAddress;
    eip.status = e.status;
    if (e.instanceId) {
      eip.instanceId = e.instanceId;
      eip.instanceType = e.instanceType ?? 'EcsInstance';
      eip.privateIpAddress =
        e.privateIpAddress ??
        (eip.instanceType === 'NetworkInterface'
          ? (s.enis.get(e.instanceId)?.primaryIp ?? '')
          : eip.instanceType === 'EcsInstance'
            ? (s.enis.get(s.instances.get(e.instanceId)?.primaryEniId ?? '')?.primaryIp ?? '')
            : (s.haVips.get(e.instanceId)?.ipAddress ?? ''));
      eip.mode = 'NAT';
    }
    if (e.status === 'Associating') {
      state.later(() => {
        if (s.eips.get(eip.id) === eip && eip.status === 'Associating') eip.status = 'InUse';
      });
    }
    created.eips.push(eip.id);
  }
  for (const v of f.vbrs) {
    const vbr = {
      id: v.id ?? state.newId('vbr'),
      name: v.name,
      description: '',
      status: v.status,
      vlanId: v.vlanId,
      localGatewayIp: v.localGatewayIp,
      peerGatewayIp: v.peerGatewayIp,
      peeringSubnetMask: v.peeringSubnetMask,
      physicalConnectionId: v.physicalConnectionId ?? state.newId('pc'),
      creationTime: state.now(),
    };
    s.vbrs.set(vbr.id, vbr);
    created.vbrs.push(vbr.id);
  }
  for (const g of f.bgpGroups) {
    need(s.vbrs.get(g.vbrId), `VBR ${g.vbrId}`);
    const group = { id: g.id ?? state.newId('bgpg'), vbrId: g.vbrId, peerAsn: g.peerAsn, localAsn: g.localAsn, ipVersion: g.ipVersion, name: g.name };
    s.bgpGroups.set(group.id, group);
    created.bgpGroups.push(group.id);
  }
  for (const p of f.bgpPeers) {
    const group = need(s.bgpGroups.get(p.groupId), `BGP group ${p.groupId}`);
    const peer = {
      id: p.id ?? state.newId('bgp'),
      groupId: group.id,
      vbrId: group.vbrId,
      name: p.name,
      description: '',
      peerIpAddress: p.peerIpAddress,
      status: p.status,
      bgpStatus: p.bgpStatus ?? (p.status === 'Available' ? 'Established' : 'Idle'),
      enableBfd: false,
      bfdMultiHop: 0,
      ipVersion: group.ipVersion,
      gmtModified: state.now(),
    };
    s.bgpPeers.set(peer.id, peer);
    created.bgpPeers.push(peer.id);
  }
  return created;
}
