import { fail } from './failure';
import type { RegionState, Tag } from './region';
import type { StateServices } from './services';

/**
 * ENIs (ECS 2014-05-26): create, modify, delete, attach, detach, assign and unassign secondary
 * private IPs, with the status machine Available → Attaching → InUse → Detaching → Available and
 * Available → Deleting → gone (reference/alibaba/resources.md §2).
 */

export interface Eni {
  id: string;
  name: string;
  description: string;
  status: string;
  type: 'Primary' | 'Secondary';
  vpcId: string;
  vSwitchId: string;
  zoneId: string;
  primaryIp: string;
  secondaryIps: string[];
  mac: string;
  securityGroupIds: string[];
  tags: Tag[];
  instanceId: string;
  deviceIndex: number | null;
  resourceGroupId: string;
  queueNumber: number;
  creationTime: string;
}

export const ENI_QUOTA_PER_REGION = 100;
export const AVAILABLE_ENI_SECONDARY_IP_LIMIT = 50;

const IP_CODES = { outside: 'InvalidVSwitchId.IpInvalid', taken: 'InvalidPrivateIpAddress.Duplicated' };

export class NetworkInterfaceRules {
  constructor(private readonly services: StateServices) {}

  create(
    s: RegionState,
    input: {
      vSwitchId: string;
      securityGroupIds: string[];
      primaryIp?: string;
      privateIps: string[];
      secondaryCount?: number;
      name?: string;
      description?: string;
      queueNumber?: number;
      resourceGroupId?: string;
      tags: Tag[];
    },
  ): Eni {
    const vsw = s.requireVSwitch(input.vSwitchId);
    this.checkSecurityGroups(s, vsw.vpcId, input.securityGroupIds, vsw.id);
    if (input.resourceGroupId !== undefined && !input.resourceGroupId.startsWith('rg-')) {
      fail('InvalidResourceGroup.NotFound', 'The ResourceGroup provided does not exist in our records.');
    }
    const managed = [...s.enis.values()].filter((e) => e.type === 'Secondary').length;
    if (managed >= ENI_QUOTA_PER_REGION) {
      fail('MaxEniCountExceeded', `The maximum number of ENIs (${ENI_QUOTA_PER_REGION}) in region ${s.region} has been reached.`);
    }
    const requested = [...(input.primaryIp ? [input.primaryIp] : []), ...input.privateIps];
    requested.forEach((ip) => s.checkRequestedIp(vsw, ip, IP_CODES));
    if (new Set(requested).size !== requested.length) fail('InvalidPrivateIpAddress.Duplicated', 'Specified private IP address is duplicated.');
    const needed = (input.primaryIp ? 0 : 1) + (input.secondaryCount ?? 0);
    const allocated =
      s.freeIps(vsw, needed, new Set(requested)) ?? fail('InvalidVSwitchId.IpNotEnough', `The vSwitch ${vsw.id} does not have enough free IP addresses.`);
    const primaryIp = input.primaryIp ?? allocated.shift()!;
    const eni: Eni = {
      id: this.services.newId('eni'),
      name: input.name ?? '',
      description: input.description ?? '',
      status: 'Available',
      type: 'Secondary',
      vpcId: vsw.vpcId,
      vSwitchId: vsw.id,
      zoneId: vsw.zoneId,
      primaryIp,
      secondaryIps: [...input.privateIps, ...allocated],
      mac: this.services.mac(),
      securityGroupIds: input.securityGroupIds,
      tags: input.tags,
      instanceId: '',
      deviceIndex: null,
      resourceGroupId: input.resourceGroupId ?? '',
      queueNumber: input.queueNumber ?? 1,
      creationTime: this.services.now(),
    };
    s.enis.set(eni.id, eni);
    return eni;
  }

  /** Security groups must exist, be of the VPC network type and be in the ENI's VPC. */
  private checkSecurityGroups(s: RegionState, vpcId: string, ids: string[], where: string): void {
    for (const sgId of ids) {
      const sg = s.requireSecurityGroup(sgId);
      if (sg.networkType !== 'vpc') fail('InvalidSecurityGroupId.NotVpc', `The security group ${sgId} is not of the VPC network type.`);
      if (sg.vpcId !== vpcId) fail('InvalidOperation.VpcMismatch', `The security group ${sgId} and ${where} are not in the same VPC.`);
    }
  }

  /** Name, description and the security group set (replaced whole); the change applies at once. */
  modify(s: RegionState, eniId: string, input: { name?: string; description?: string; securityGroupIds?: string[] }): void {
    const eni = s.requireEni(eniId);
    if (eni.status !== 'Available' && eni.status !== 'InUse') {
      fail('InvalidOperation.InvalidEniState', `The operation is not allowed in the current ENI state (${eni.status}).`);
    }
    if (input.securityGroupIds) this.checkSecurityGroups(s, eni.vpcId, input.securityGroupIds, eni.id);
    if (input.name !== undefined) eni.name = input.name;
    if (input.description !== undefined) eni.description = input.description;
    if (input.securityGroupIds) eni.securityGroupIds = [...input.securityGroupIds];
  }

  /** Secondary IPs the ENI may carry in its current state (seed 003: 50 when Available, instance type when InUse). */
  secondaryIpLimit(s: RegionState, eni: Eni): number {
    if (eni.status === 'InUse' && eni.instanceId) {
      const instance = s.instances.get(eni.instanceId);
      if (instance) return instance.privateIpsPerEni;
    }
    return AVAILABLE_ENI_SECONDARY_IP_LIMIT;
  }

  assignPrivateIps(s: RegionState, eniId: string, ips: string[], count: number | undefined): string[] {
    const eni = s.requireEni(eniId);
    if (eni.status !== 'Available' && eni.status !== 'InUse') {
      fail('InvalidOperation.InvalidEniState', `The operation is not allowed in the current ENI state (${eni.status}).`);
    }
    const adding = ips.length > 0 ? ips.length : (count ?? 0);
    const limit = this.secondaryIpLimit(s, eni);
    if (eni.secondaryIps.length + adding > limit) {
      fail('MaxEniPrivateIpsCountExceeded', `The maximum number of secondary private IP addresses of ${eni.id} is ${limit}.`);
    }
    const vsw = s.requireVSwitch(eni.vSwitchId);
    let assigned: string[];
    if (ips.length > 0) {
      for (const ip of ips) {
        if (ip === eni.primaryIp || eni.secondaryIps.includes(ip)) fail('InvalidIp.IpAssigned', `The IP address ${ip} is already assigned to ${eni.id}.`);
        s.checkRequestedIp(vsw, ip, IP_CODES);
      }
      assigned = ips;
    } else {
      assigned = s.freeIps(vsw, adding) ?? fail('QuotaExceeded.PrivateIpAddress', 'There is no enough private ip in the specified VSwitch.');
    }
    eni.secondaryIps.push(...assigned);
    return assigned;
  }

  unassignPrivateIps(s: RegionState, eniId: string, ips: string[]): void {
    const eni = s.requireEni(eniId);
    if (eni.status !== 'Available' && eni.status !== 'InUse') {
      fail('InvalidOperation.InvalidEniState', `The operation is not allowed in the current ENI state (${eni.status}).`);
    }
    const unknown = ips.find((ip) => !eni.secondaryIps.includes(ip));
    if (unknown !== undefined) fail('InvalidIp.IpUnassigned', `The IP address ${unknown} is not a secondary private IP address of ${eni.id}.`);
    eni.secondaryIps = eni.secondaryIps.filter((ip) => !ips.includes(ip));
  }

  /** Available → Attaching → InUse; the instance Running or Stopped, same zone and VPC, below its ENI limit. */
  attach(s: RegionState, eniId: string, instanceId: string): void {
    const eni = s.requireEni(eniId);
    const instance = s.requireInstance(instanceId);
    if (eni.status !== 'Available') fail('InvalidOperation.InvalidEniState', `The ENI ${eni.id} is ${eni.status}; it must be Available.`);
    if (instance.status !== 'Running' && instance.status !== 'Stopped') {
      fail('InvalidOperation.InvalidEcsState', `The instance ${instance.id} is ${instance.status}; it must be Running or Stopped.`);
    }
    if (instance.zoneId !== eni.zoneId) fail('InvalidOperation.AvailabilityZoneMismatch', `The ENI and the instance are in different zones.`);
    if (instance.vpcId !== eni.vpcId) fail('InvalidOperation.VpcMismatch', 'The ENI and the instance are in different VPCs.');
    const attached = [...s.enis.values()].filter((e) => e.instanceId === instance.id);
    if (attached.length >= instance.eniLimit) {
      fail('EniPerInstanceLimitExceeded', `The instance type ${instance.instanceType} supports at most ${instance.eniLimit} ENIs.`);
    }
    eni.status = 'Attaching';
    eni.instanceId = instance.id;
    const deviceIndex = Math.max(0, ...attached.map((e) => e.deviceIndex ?? 0)) + 1;
    this.services.later(() => {
      if (s.enis.get(eni.id) !== eni || eni.status !== 'Attaching') return;
      eni.status = 'InUse';
      eni.deviceIndex = deviceIndex;
    });
  }

  /**
   * InUse → Detaching → Available; never the primary ENI; the instance Running or Stopped. A
   * repeated detach of a Detaching ENI is accepted (the page: "re-initiate the request").
   */
  detach(s: RegionState, eniId: string, instanceId: string): void {
    const eni = s.requireEni(eniId);
    const instance = s.requireInstance(instanceId);
    if (eni.type === 'Primary') fail('InvalidOperation.DetachPrimaryEniNotAllowed', `The primary ENI ${eni.id} cannot be detached.`);
    if (eni.status !== 'InUse' && eni.status !== 'Detaching') {
      fail('InvalidOperation.InvalidEniState', `The ENI ${eni.id} is ${eni.status}; it must be InUse.`);
    }
    if (eni.instanceId !== instance.id) fail('InvalidParameter', 'InstanceId');
    if (instance.status !== 'Running' && instance.status !== 'Stopped') {
      fail('InvalidOperation.InvalidEcsState', `The instance ${instance.id} is ${instance.status}; it must be Running or Stopped.`);
    }
    if (eni.status === 'Detaching') return;
    eni.status = 'Detaching';
    this.services.later(() => {
      if (s.enis.get(eni.id) !== eni || eni.status !== 'Detaching') return;
      Object.assign(eni, { status: 'Available', instanceId: '', deviceIndex: null });
    });
  }

  /** Available → Deleting → gone. */
  delete(s: RegionState, eniId: string): void {
    const eni = s.requireEni(eniId);
    if (eni.status !== 'Available') fail('InvalidOperation.InvalidEniState', `The ENI ${eni.id} is ${eni.status}; it must be Available.`);
    eni.status = 'Deleting';
    this.services.later(() => {
      if (s.enis.get(eni.id) === eni) s.enis.delete(eni.id);
    });
  }
}
