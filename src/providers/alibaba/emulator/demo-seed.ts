import { applyFixture, type AlibabaFixture } from './fixture';
import type { AlibabaState } from './state';

/**
 * The demo fleet of `npm start`, one per account × region, deterministic for a given seed: a VPC
 * with 2 vSwitches and 2 security groups, 3 ECS instances, ENIs in several states (one Attaching
 * that completes after the async delay), 2 HaVips (one InUse on an ENI), EIPs in every binding
 * (Available, on an ENI, on an instance, one Associating) and a VBR with 2 BGP peers.
 */
export function demoFixture(state: AlibabaState, account: string, region: string): AlibabaFixture {
  const vpc = state.newId('vpc');
  const [vswA, vswB] = [state.newId('vsw'), state.newId('vsw')];
  const [sgWeb, sgDb] = [state.newId('sg'), state.newId('sg')];
  const [web1, web2, db1] = [state.newId('i'), state.newId('i'), state.newId('i')];
  const [eniFree, eniWeb, eniDb, eniAttaching] = [state.newId('eni'), state.newId('eni'), state.newId('eni'), state.newId('eni')];
  const [havipFree, havipBound] = [state.newId('havip'), state.newId('havip')];
  const vbr = state.newId('vbr');
  const group = state.newId('bgpg');
  return {
    account,
    region,
    vpcs: [{ id: vpc, cidr: '192.168.0.0/16' }],
    vswitches: [
      { id: vswA, vpcId: vpc, cidr: '192.168.1.0/24', zoneId: `${region}-a` },
      { id: vswB, vpcId: vpc, cidr: '192.168.2.0/24', zoneId: `${region}-b` },
    ],
    securityGroups: [
      { id: sgWeb, vpcId: vpc },
      { id: sgDb, vpcId: vpc },
    ],
    instances: [
      { id: web1, vSwitchId: vswA, securityGroupId: sgWeb, instanceType: 'ecs.g7.large', eniLimit: 3, privateIpsPerEni: 10 },
      { id: web2, vSwitchId: vswA, securityGroupId: sgWeb, instanceType: 'ecs.g7.large', eniLimit: 3, privateIpsPerEni: 10 },
      { id: db1, vSwitchId: vswB, securityGroupId: sgDb, instanceType: 'ecs.r7.xlarge', eniLimit: 4, privateIpsPerEni: 15, status: 'Stopped' },
    ],
    networkInterfaces: [
      { id: eniFree, vSwitchId: vswA, securityGroupIds: [sgWeb], name: 'spare-eni', status: 'Available', tags: [{ key: 'env', value: 'demo' }] },
      { id: eniWeb, vSwitchId: vswA, securityGroupIds: [sgWeb], name: 'web-ha', status: 'InUse', instanceId: web1, secondaryCount: 2 },
      { id: eniDb, vSwitchId: vswB, securityGroupIds: [sgDb], name: 'db-data', status: 'InUse', instanceId: db1, secondaryCount: 1 },
      { id: eniAttaching, vSwitchId: vswA, securityGroupIds: [sgWeb], name: 'web2-extra', status: 'Attaching', instanceId: web2 },
    ],
    haVips: [
      { id: havipFree, vSwitchId: vswA, name: 'spare-vip', status: 'Available' },
      { id: havipBound, vSwitchId: vswA, name: 'web-vip', status: 'InUse', associatedInstanceType: 'NetworkInterface', associatedInstances: [eniWeb] },
    ],
    eips: [
      { name: 'spare-eip', status: 'Available' },
      { name: 'web-eip', status: 'InUse', instanceId: eniWeb, instanceType: 'NetworkInterface' },
      { name: 'db-eip', status: 'InUse', instanceId: db1, instanceType: 'EcsInstance', bandwidth: '10' },
      { name: 'web2-eip', status: 'Associating', instanceId: web2, instanceType: 'EcsInstance' },
    ],
    vbrs: [{ id: vbr, name: 'dc-uplink', status: 'active', vlanId: 100 }],
    bgpGroups: [{ id: group, vbrId: vbr, peerAsn: 65001, name: 'on-prem' }],
    bgpPeers: [
      { groupId: group, peerIpAddress: '10.0.0.2', name: 'primary-router', status: 'Available' },
      { groupId: group, peerIpAddress: '10.0.0.6', name: 'backup-router', status: 'Pending' },
    ],
  };
}

export function seedDemo(state: AlibabaState, demo: Array<{ account: string; regions: string[] }>): void {
  for (const { account, regions } of demo) {
    for (const region of regions) applyFixture(state, demoFixture(state, account, region));
  }
}
