import { fail } from './failure';
import type { RegionState, Tag } from './region';
import type { StateServices } from './services';

/**
 * EIPs (VPC 2016-04-28): allocate (Available at once), release (Available → Releasing → gone),
 * associate (seed 002: Available → Associating → InUse) and unassociate (InUse → Unassociating →
 * Available) (reference/alibaba/resources.md §3).
 */

export interface Eip {
  id: string;
  ipAddress: string;
  name: string;
  description: string;
  status: string;
  instanceId: string;
  instanceType: string;
  privateIpAddress: string;
  mode: string;
  bandwidth: string;
  internetChargeType: string;
  isp: string;
  resourceGroupId: string;
  allocationTime: string;
  tags: Tag[];
}

export class ElasticIpRules {
  constructor(private readonly services: StateServices) {}

  allocate(
    s: RegionState,
    input: { bandwidth?: string; internetChargeType?: string; isp?: string; name?: string; description?: string; resourceGroupId?: string },
  ): Eip {
    const eip: Eip = {
      id: this.services.newId('eip', 21),
      ipAddress: this.services.nextPublicIp(),
      name: input.name ?? '',
      description: input.description ?? '',
      status: 'Available',
      instanceId: '',
      instanceType: '',
      privateIpAddress: '',
      mode: '',
      bandwidth: input.bandwidth ?? '5',
      internetChargeType: input.internetChargeType ?? 'PayByBandwidth',
      isp: input.isp ?? 'BGP',
      resourceGroupId: input.resourceGroupId ?? '',
      allocationTime: this.services.now(),
      tags: [],
    };
    s.eips.set(eip.id, eip);
    return eip;
  }

  /** Only an Available EIP is released (the page: "You can release only an EIP that is in the Available state"). */
  release(s: RegionState, allocationId: string): void {
    const eip = s.requireEip(allocationId);
    if (eip.status !== 'Available') fail('IncorrectEipStatus', `The EIP ${eip.id} is ${eip.status}.`);
    eip.status = 'Releasing';
    this.services.later(() => {
      if (s.eips.get(eip.id) === eip) s.eips.delete(eip.id);
    });
  }

  /** Seed 002: only Available EIPs, one EIP per target (NAT mode), targets must exist in the same region. */
  associate(
    s: RegionState,
    input: { allocationId: string; instanceId: string; instanceType: string; privateIpAddress?: string; mode?: string },
  ): void {
    const eip = s.requireEip(input.allocationId);
    if (eip.status !== 'Available') fail('IncorrectEipStatus', `The EIP ${eip.id} is ${eip.status}.`);
    let privateIp = '';
    switch (input.instanceType) {
      case 'EcsInstance': {
        const instance = s.instances.get(input.instanceId) ?? this.missingTarget(s, input.instanceId);
        if (instance.status !== 'Running' && instance.status !== 'Stopped') {
          fail('IncorrectInstanceStatus', `The instance ${instance.id} is ${instance.status}.`);
        }
        privateIp = s.enis.get(instance.primaryEniId)?.primaryIp ?? '';
        break;
      }
      case 'NetworkInterface': {
        const eni = s.enis.get(input.instanceId) ?? this.missingTarget(s, input.instanceId);
        if (eni.status !== 'Available' && eni.status !== 'InUse') {
          fail('InvalidStatus.EniStatusNotSupport', `The ENI ${eni.id} is ${eni.status}.`);
        }
        if (input.mode === 'BINDED' && eni.instanceId) fail('Eni.Attached', 'The eni should be detached from ecs when associating with direct eip.');
        if (input.mode === 'BINDED' && eni.secondaryIps.length > 0) fail('Eni.HasSubIp', 'Eni has sub ip can not bind direct eip.');
        privateIp = input.privateIpAddress ?? eni.primaryIp;
        if (privateIp !== eni.primaryIp && !eni.secondaryIps.includes(privateIp)) {
          fail('InvalidParameter', `The private IP address ${privateIp} does not belong to ${eni.id}.`);
        }
        break;
      }
      case 'HaVip': {
        const havip = s.haVips.get(input.instanceId) ?? this.missingTarget(s, input.instanceId);
        if (havip.status !== 'Available' && havip.status !== 'InUse') {
          fail('IncorrectHaVipStatus', "HaVip can be operated by this action only when it's status is Available or InUse.");
        }
        privateIp = havip.ipAddress;
        break;
      }
      case 'IpAddress':
        fail('OperationFailed.Ipv4GatewayNotOpenedInVpc', 'The operation is failed because Ipv4Gateway is not opened in Vpc.');
        break;
      default:
        // NAT gateways and CLB instances are not modelled: none exists.
        fail('InvalidParams.NotFound', 'instance not found');
    }
    const duplicate = [...s.eips.values()].find(
      (e) => e.id !== eip.id && e.instanceId === input.instanceId && e.privateIpAddress === privateIp && e.status !== 'Unassociating',
    );
    if (duplicate) fail('InvalidAssociation.Duplicated', 'Specified instance already is associated.');
    eip.status = 'Associating';
    eip.instanceId = input.instanceId;
    eip.instanceType = input.instanceType;
    eip.privateIpAddress = privateIp;
    eip.mode = input.instanceType === 'NetworkInterface' ? (input.mode ?? 'NAT') : 'NAT';
    this.services.later(() => {
      if (s.eips.get(eip.id) === eip && eip.status === 'Associating') eip.status = 'InUse';
    });
  }

  private missingTarget(s: RegionState, id: string): never {
    const elsewhere = this.services
      .otherRegions(s.account, s.region)
      .find((r) => r.instances.has(id) || r.enis.has(id) || r.haVips.has(id));
    if (elsewhere) fail('InvalidParameter.Mismatch', 'Specified elastic IP address and ECS instance are not in the same region.');
    return fail('InvalidInstanId.NotFound', 'Specified instance does not exist.');
  }

  /** InUse → Unassociating → Available; InstanceId, when given, must be what the EIP is associated with. */
  unassociate(s: RegionState, allocationId: string, instanceId?: string): void {
    const eip = s.requireEip(allocationId);
    if (eip.status !== 'InUse') fail('IncorrectEipStatus', `The EIP ${eip.id} is ${eip.status}.`);
    if (instanceId !== undefined && instanceId !== eip.instanceId) {
      fail('InvalidParameter', `The EIP ${eip.id} is not associated with ${instanceId}.`);
    }
    eip.status = 'Unassociating';
    this.services.later(() => {
      if (s.eips.get(eip.id) !== eip || eip.status !== 'Unassociating') return;
      Object.assign(eip, { status: 'Available', instanceId: '', instanceType: '', privateIpAddress: '', mode: '' });
    });
  }
}
