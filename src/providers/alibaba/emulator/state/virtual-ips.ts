import { fail } from './failure';
import type { RegionState } from './region';
import type { StateServices } from './services';

/**
 * HaVips (VPC 2016-04-28): create (Creating → Available), delete (Available, no EIP; Deleting →
 * gone), associate (Associating → InUse) and unassociate (Unassociating → InUse or Available)
 * (reference/alibaba/resources.md §4, the DeleteHaVip and UnassociateHaVip pages).
 */

export interface HaVip {
  id: string;
  ipAddress: string;
  name: string;
  description: string;
  status: string;
  vpcId: string;
  vSwitchId: string;
  associatedInstanceType: string;
  associatedInstances: string[];
  createTime: string;
}

/** ≤10 ECS instances or ≤10 ENIs per HaVip, not mixed (AssociateHaVip remarks). */
export const HAVIP_MAX_ASSOCIATIONS = 10;

const NOT_OPERABLE = "HaVip can be operated by this action only when it's status is Available or InUse.";

export class VirtualIpRules {
  constructor(private readonly services: StateServices) {}

  create(s: RegionState, input: { vSwitchId: string; ipAddress?: string; name?: string; description?: string }): HaVip {
    const vsw = s.requireVSwitch(input.vSwitchId, 'InvalidVSwitch.NotFound');
    let ip = input.ipAddress;
    if (ip !== undefined) {
      s.checkRequestedIp(vsw, ip, { outside: 'InvalidIPAddress.OutOfRange', taken: 'InvalidIPAddress.AlreadyUsed', reserved: 'InvalidIPAddress.NotAvailable' });
    }
    else ip = (s.freeIps(vsw, 1) ?? fail('InvalidVSwitchId.IpNotEnough', `The vSwitch ${vsw.id} has no free IP address.`))[0]!;
    const havip: HaVip = {
      id: this.services.newId('havip'),
      ipAddress: ip,
      name: input.name ?? '',
      description: input.description ?? '',
      status: 'Creating',
      vpcId: vsw.vpcId,
      vSwitchId: vsw.id,
      associatedInstanceType: '',
      associatedInstances: [],
      createTime: this.services.now(),
    };
    s.haVips.set(havip.id, havip);
    this.services.later(() => {
      if (s.haVips.get(havip.id) === havip && havip.status === 'Creating') havip.status = 'Available';
    });
    return havip;
  }

  /** Only an Available HaVip with no EIP associated is deleted. */
  delete(s: RegionState, haVipId: string): void {
    const havip = s.requireHaVip(haVipId);
    if (havip.status !== 'Available') fail('IncorrectStatus', `The HaVip ${havip.id} is ${havip.status}.`);
    if ([...s.eips.values()].some((e) => e.instanceType === 'HaVip' && e.instanceId === havip.id)) {
      fail('DependencyViolation.HaVipAssociatedWithEIP', `An EIP is associated with ${havip.id}.`);
    }
    havip.status = 'Deleting';
    this.services.later(() => {
      if (s.haVips.get(havip.id) === havip) s.haVips.delete(havip.id);
    });
  }

  associate(s: RegionState, haVipId: string, instanceId: string, instanceType: string): void {
    const havip = s.requireHaVip(haVipId);
    if (havip.status !== 'Available' && havip.status !== 'InUse') fail('IncorrectHaVipStatus', NOT_OPERABLE);
    let vSwitchId: string;
    if (instanceType === 'NetworkInterface') {
      vSwitchId = (s.enis.get(instanceId) ?? fail('InvalidInstanceId.NotFound', `The specified instance ${instanceId} does not exist.`)).vSwitchId;
    } else {
      const instance = s.instances.get(instanceId) ?? fail('InvalidInstanceId.NotFound', `The specified instance ${instanceId} does not exist.`);
      if (instance.status !== 'Running' && instance.status !== 'Stopped') {
        fail('IncorrectInstanceStatus', "ECS instance can be operated by this action only when it's status is Running or Stopped.");
      }
      vSwitchId = instance.vSwitchId;
    }
    if (vSwitchId !== havip.vSwitchId) fail('InvalidParameter.Mismatch', `The instance ${instanceId} is not in the vSwitch of ${havip.id}.`);
    if (havip.associatedInstanceType && havip.associatedInstanceType !== instanceType) {
      fail('InvalidParameter.Mismatch', `The HaVip ${havip.id} is already associated with instances of type ${havip.associatedInstanceType}.`);
    }
    if (havip.associatedInstances.includes(instanceId)) return;
    if (havip.associatedInstances.length >= HAVIP_MAX_ASSOCIATIONS) {
      fail('CountLimitExceeded.HaVipOnECSInstance', `A HaVip can be associated with at most ${HAVIP_MAX_ASSOCIATIONS} instances.`);
    }
    havip.associatedInstanceType = instanceType;
    havip.associatedInstances.push(instanceId);
    havip.status = 'Associating';
    this.services.later(() => {
      if (s.haVips.get(havip.id) === havip && havip.status === 'Associating') havip.status = 'InUse';
    });
  }

  /**
   * InUse → Unassociating → InUse (others still associated) or Available. The instance stays listed
   * until the change settles. Force only matters for routes pointing at the HaVip, which the
   * emulator does not model.
   */
  unassociate(s: RegionState, haVipId: string, instanceId: string): void {
    const havip = s.requireHaVip(haVipId);
    if (havip.status !== 'InUse') fail('IncorrectHaVipStatus', "HaVip can be operated by this action only when it's status is InUse.");
    if (!havip.associatedInstances.includes(instanceId)) fail('ResourceNotAssociated', 'The HaVip and ECS instance are not associated.');
    havip.status = 'Unassociating';
    this.services.later(() => {
      if (s.haVips.get(havip.id) !== havip || havip.status !== 'Unassociating') return;
      havip.associatedInstances = havip.associatedInstances.filter((id) => id !== instanceId);
      havip.status = havip.associatedInstances.length > 0 ? 'InUse' : 'Available';
      if (havip.associatedInstances.length === 0) havip.associatedInstanceType = '';
    });
  }
}
