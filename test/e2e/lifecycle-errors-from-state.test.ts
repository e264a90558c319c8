import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { HuaweiClient } from '../../src/providers/huawei/client';
import { DEFAULT_RETRY_POLICY, RetryBudget } from '../../src/providers/common/retry';
import { HttpTransport } from '../../src/providers/common/transport';
import { PATHS, type WireJob } from '../../src/providers/huawei/wire';
import { ASYNC_DELAY_MS, HUAWEI_ACCOUNTS, useHarness } from '../support/harness';
import { ALI_BGP, ALI_NETWORK, ALI_TARGET, aliRef, HW_LIFECYCLE, HW_TARGET, hwRef, seedAlibaba, seedHuawei, U } from '../support/e2e-fixtures';
import { recordedCalls } from '../support/mutation-documents';
import { expectProducedByState, type StateCondition } from '../support/conditions-from-state';

/**
 * The documented conditions of the lifecycle mutations (issue 8 §3), produced by REAL emulator
 * state — never by fault injection: deleting what is attached or bound, attaching where the
 * instance's state or slots forbid it, detaching the primary ENI, unbinding or unassigning what is
 * not there, releasing a bound EIP, peers in a pending state, a not-found per resource kind. Each
 * case seeds what it needs (POST /_emulator/seed), calls the mutation through the gateway over
 * HTTP, and asserts the union member, the verbatim code and status, that the emulator itself
 * answered that code (its call log, whose request id the member quotes), and that the failed call
 * changed no state (GET /_emulator/snapshot before and after).
 */

const h = useHarness({}, { reset: 'empty' });

// ---------- Alibaba state ----------

const ENI = { id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', primaryIp: '10.0.1.10' };
const HOST = { id: 'i-e2ehost', vSwitchId: 'vsw-e2ea' };
const attachedEni = { id: 'eni-e2eattached', vSwitchId: 'vsw-e2ea', status: 'InUse', instanceId: 'i-e2ehost' };
const boundHaVip = { id: 'havip-e2ebound', vSwitchId: 'vsw-e2ea', status: 'InUse', associatedInstanceType: 'NetworkInterface', associatedInstances: ['eni-e2eattached'] };
const peer = (id: string, status = 'Available', ip = '10.0.0.2') => ({ id, groupId: 'bgpg-e2ea', peerIpAddress: ip, status });

/** The primary ENI the emulator made for a seeded instance (its id is generated). */
async function primaryEniOf(instanceId: string): Promise<string> {
  type Region = { networkInterfaces: Array<{ id: string; type: string; instanceId?: string }> };
  const snapshot = (await h.control('alibaba', 'GET', 'snapshot')) as { accounts: Record<string, Record<string, Region>> };
  const eni = snapshot.accounts['ali-prod']!['cn-hangzhou']!.networkInterfaces.find((e) => e.type === 'Primary' && e.instanceId === instanceId);
  if (!eni) throw new Error(`no primary ENI for ${instanceId}`);
  return eni.id;
}

const ALIBABA: StateCondition[] = [
  // NetworkInterface
  {
    name: 'deleting an ENI attached to an instance',
    provider: 'alibaba',
    mutation: 'deleteNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { instances: [HOST], networkInterfaces: [attachedEni] });
      return { networkInterface: aliRef('eni-e2eattached') };
    },
    expected: { __typename: 'InvalidResourceState', code: 'InvalidOperation.InvalidEniState', httpStatus: 400, retryable: true },
  },
  {
    name: 'deleting an ENI that is still Attaching',
    provider: 'alibaba',
    mutation: 'deleteNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { instances: [HOST], networkInterfaces: [{ ...attachedEni, status: 'Attaching' }] });
      return { networkInterface: aliRef('eni-e2eattached') };
    },
    expected: { __typename: 'InvalidResourceState', code: 'InvalidOperation.InvalidEniState', httpStatus: 400, retryable: true },
  },
  {
    name: 'deleting an ENI that does not exist',
    provider: 'alibaba',
    mutation: 'deleteNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { networkInterface: aliRef('eni-e2emissing') };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidEniId.NotFound', httpStatus: 404 },
  },
  {
    name: 'changing an ENI that is being deleted',
    provider: 'alibaba',
    mutation: 'updateNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ ...ENI, status: 'Deleting' }] });
      return { networkInterface: aliRef('eni-e2eone'), description: 'late change' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'InvalidOperation.InvalidEniState', httpStatus: 400, retryable: true },
  },
  {
    name: 'giving an ENI the security group of another VPC',
    provider: 'alibaba',
    mutation: 'updateNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [ENI] });
      return { networkInterface: aliRef('eni-e2eone'), securityGroupIds: ['sg-e2eb'] };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidOperation.VpcMismatch', httpStatus: 403 },
  },
  {
    name: 'attaching to an instance that is Starting',
    provider: 'alibaba',
    mutation: 'attachNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { instances: [{ ...HOST, status: 'Starting' }], networkInterfaces: [ENI] });
      return { networkInterface: aliRef('eni-e2eone'), instanceId: 'i-e2ehost' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'InvalidOperation.InvalidEcsState', httpStatus: 400, retryable: true },
  },
  {
    name: 'attaching to an instance with no free ENI slot',
    provider: 'alibaba',
    mutation: 'attachNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { instances: [{ ...HOST, eniLimit: 1 }], networkInterfaces: [ENI] });
      return { networkInterface: aliRef('eni-e2eone'), instanceId: 'i-e2ehost' };
    },
    expected: { __typename: 'QuotaExceeded', code: 'EniPerInstanceLimitExceeded', httpStatus: 403 },
  },
  {
    name: 'attaching an ENI that is already InUse',
    provider: 'alibaba',
    mutation: 'attachNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { instances: [HOST, { id: 'i-e2eother', vSwitchId: 'vsw-e2ea' }], networkInterfaces: [attachedEni] });
      return { networkInterface: aliRef('eni-e2eattached'), instanceId: 'i-e2eother' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'InvalidOperation.InvalidEniState', httpStatus: 400, retryable: true },
  },
  {
    name: 'attaching to an instance in another zone',
    provider: 'alibaba',
    mutation: 'attachNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, {
        vswitches: [...ALI_NETWORK.vswitches, { id: 'vsw-e2ezoneb', vpcId: 'vpc-e2ea', cidr: '10.0.2.0/24', zoneId: 'cn-hangzhou-b' }],
        instances: [{ id: 'i-e2ezoneb', vSwitchId: 'vsw-e2ezoneb' }],
        networkInterfaces: [ENI],
      });
      return { networkInterface: aliRef('eni-e2eone'), instanceId: 'i-e2ezoneb' };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidOperation.AvailabilityZoneMismatch', httpStatus: 403 },
  },
  {
    name: 'attaching to an instance that does not exist',
    provider: 'alibaba',
    mutation: 'attachNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [ENI] });
      return { networkInterface: aliRef('eni-e2eone'), instanceId: 'i-e2emissing' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidEcsId.NotFound', httpStatus: 404 },
  },
  {
    name: 'detaching the primary ENI of an instance',
    provider: 'alibaba',
    mutation: 'detachNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { instances: [HOST] });
      return { networkInterface: aliRef(await primaryEniOf('i-e2ehost')), instanceId: 'i-e2ehost' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'InvalidOperation.DetachPrimaryEniNotAllowed', httpStatus: 400 },
  },
  {
    name: 'detaching an ENI that is not attached',
    provider: 'alibaba',
    mutation: 'detachNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { instances: [HOST], networkInterfaces: [ENI] });
      return { networkInterface: aliRef('eni-e2eone'), instanceId: 'i-e2ehost' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'InvalidOperation.InvalidEniState', httpStatus: 400, retryable: true },
  },
  {
    name: 'detaching from an instance the ENI is not attached to',
    provider: 'alibaba',
    mutation: 'detachNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { instances: [HOST, { id: 'i-e2eother', vSwitchId: 'vsw-e2ea' }], networkInterfaces: [attachedEni] });
      return { networkInterface: aliRef('eni-e2eattached'), instanceId: 'i-e2eother' };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidParameter', httpStatus: 400 },
  },
  {
    name: 'unassigning an address the ENI does not carry',
    provider: 'alibaba',
    mutation: 'unassignPrivateIpAddresses',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ ...ENI, secondaryIps: ['10.0.1.20'] }] });
      return { networkInterface: aliRef('eni-e2eone'), privateIpAddresses: ['10.0.1.21'] };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidIp.IpUnassigned', httpStatus: 403 },
  },
  {
    name: 'unassigning while the ENI is Attaching',
    provider: 'alibaba',
    mutation: 'unassignPrivateIpAddresses',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ ...ENI, status: 'Attaching', secondaryIps: ['10.0.1.20'] }] });
      return { networkInterface: aliRef('eni-e2eone'), privateIpAddresses: ['10.0.1.20'] };
    },
    expected: { __typename: 'InvalidResourceState', code: 'InvalidOperation.InvalidEniState', httpStatus: 400, retryable: true },
  },

  {
    name: 'changing an ENI that does not exist',
    provider: 'alibaba',
    mutation: 'updateNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { networkInterface: aliRef('eni-e2emissing'), description: 'renamed' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidEniId.NotFound', httpStatus: 404 },
  },
  {
    name: 'detaching from an instance that is Starting',
    provider: 'alibaba',
    mutation: 'detachNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { instances: [{ ...HOST, status: 'Starting' }], networkInterfaces: [attachedEni] });
      return { networkInterface: aliRef('eni-e2eattached'), instanceId: 'i-e2ehost' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'InvalidOperation.InvalidEcsState', httpStatus: 400, retryable: true },
  },

  // VirtualIp (HaVip)
  {
    name: 'binding a HaVip that is still Creating',
    provider: 'alibaba',
    mutation: 'bindVirtualIp',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [ENI], haVips: [{ id: 'havip-e2enew', vSwitchId: 'vsw-e2ea', status: 'Creating' }] });
      return { networkInterface: aliRef('eni-e2eone'), virtualIpId: 'havip-e2enew' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'IncorrectHaVipStatus', httpStatus: 400, retryable: true },
  },
  {
    name: 'creating a HaVip on an address an ENI holds',
    provider: 'alibaba',
    mutation: 'createVirtualIp',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [ENI] });
      return { target: ALI_TARGET, subnetId: 'vsw-e2ea', ipAddress: '10.0.1.10' };
    },
    expected: { __typename: 'ResourceConflict', code: 'InvalidIPAddress.AlreadyUsed', httpStatus: 400 },
  },
  {
    name: 'creating a HaVip in a vSwitch that does not exist',
    provider: 'alibaba',
    mutation: 'createVirtualIp',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { target: ALI_TARGET, subnetId: 'vsw-e2emissing' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidVSwitch.NotFound', httpStatus: 400 },
  },
  {
    name: 'deleting a HaVip still bound to an ENI',
    provider: 'alibaba',
    mutation: 'deleteVirtualIp',
    arrange: async () => {
      await seedAlibaba(h, { instances: [HOST], networkInterfaces: [attachedEni], haVips: [boundHaVip] });
      return { virtualIp: aliRef('havip-e2ebound') };
    },
    expected: { __typename: 'InvalidResourceState', code: 'IncorrectStatus', httpStatus: 400, retryable: true },
  },
  {
    name: 'deleting a HaVip an EIP is associated with',
    provider: 'alibaba',
    mutation: 'deleteVirtualIp',
    arrange: async () => {
      await seedAlibaba(h, {
        haVips: [{ id: 'havip-e2eeip', vSwitchId: 'vsw-e2ea' }],
        eips: [{ id: 'eip-e2eonvip', status: 'InUse', instanceId: 'havip-e2eeip', instanceType: 'HaVip' }],
      });
      return { virtualIp: aliRef('havip-e2eeip') };
    },
    expected: { __typename: 'ResourceConflict', code: 'DependencyViolation.HaVipAssociatedWithEIP', httpStatus: 400 },
  },
  {
    name: 'deleting a HaVip that does not exist',
    provider: 'alibaba',
    mutation: 'deleteVirtualIp',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { virtualIp: aliRef('havip-e2emissing') };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidHaVipId.NotFound', httpStatus: 404 },
  },
  {
    name: 'unbinding a HaVip that is not bound',
    provider: 'alibaba',
    mutation: 'unbindVirtualIp',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [ENI], haVips: [{ id: 'havip-e2ea', vSwitchId: 'vsw-e2ea' }] });
      return { networkInterface: aliRef('eni-e2eone'), virtualIpId: 'havip-e2ea' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'IncorrectHaVipStatus', httpStatus: 400, retryable: true },
  },
  {
    name: 'unbinding a HaVip from an ENI it is not bound to',
    provider: 'alibaba',
    mutation: 'unbindVirtualIp',
    arrange: async () => {
      await seedAlibaba(h, { instances: [HOST], networkInterfaces: [attachedEni, ENI], haVips: [boundHaVip] });
      return { networkInterface: aliRef('eni-e2eone'), virtualIpId: 'havip-e2ebound' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'ResourceNotAssociated', httpStatus: 400 },
  },
  {
    name: 'binding a HaVip that already has 10 ENIs',
    provider: 'alibaba',
    mutation: 'bindVirtualIp',
    arrange: async () => {
      const tenEnis = Array.from({ length: 10 }, (_, i) => ({ id: `eni-e2ebound${i}`, vSwitchId: 'vsw-e2ea' }));
      await seedAlibaba(h, {
        networkInterfaces: [...tenEnis, ENI],
        haVips: [{ id: 'havip-e2efull', vSwitchId: 'vsw-e2ea', status: 'InUse', associatedInstanceType: 'NetworkInterface', associatedInstances: tenEnis.map((e) => e.id) }],
      });
      return { networkInterface: aliRef('eni-e2eone'), virtualIpId: 'havip-e2efull' };
    },
    expected: { __typename: 'QuotaExceeded', code: 'CountLimitExceeded.HaVipOnECSInstance', httpStatus: 400 },
  },
  {
    name: 'binding a HaVip of another vSwitch',
    provider: 'alibaba',
    mutation: 'bindVirtualIp',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [ENI], haVips: [{ id: 'havip-e2etiny', vSwitchId: 'vsw-e2etiny' }] });
      return { networkInterface: aliRef('eni-e2eone'), virtualIpId: 'havip-e2etiny' };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidParameter.Mismatch', httpStatus: 400 },
  },

  // ElasticIp
  {
    name: 'releasing an EIP that is associated',
    provider: 'alibaba',
    mutation: 'releaseElasticIp',
    arrange: async () => {
      await seedAlibaba(h, { instances: [HOST], eips: [{ id: 'eip-e2ebound', status: 'InUse', instanceId: 'i-e2ehost', instanceType: 'EcsInstance' }] });
      return { elasticIp: aliRef('eip-e2ebound') };
    },
    expected: { __typename: 'InvalidResourceState', code: 'IncorrectEipStatus', httpStatus: 400, retryable: true },
  },
  {
    name: 'releasing an EIP that does not exist',
    provider: 'alibaba',
    mutation: 'releaseElasticIp',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { elasticIp: aliRef('eip-e2emissing') };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidAllocationId.NotFound', httpStatus: 404 },
  },
  {
    name: 'unassociating an EIP that is not associated',
    provider: 'alibaba',
    mutation: 'unassociateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, { eips: [{ id: 'eip-e2efree' }] });
      return { elasticIp: aliRef('eip-e2efree') };
    },
    expected: { __typename: 'InvalidResourceState', code: 'IncorrectEipStatus', httpStatus: 400, retryable: true },
  },
  {
    name: 'unassociating an EIP from an instance it is not associated with',
    provider: 'alibaba',
    mutation: 'unassociateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, {
        instances: [HOST, { id: 'i-e2eother', vSwitchId: 'vsw-e2ea' }],
        eips: [{ id: 'eip-e2ebound', status: 'InUse', instanceId: 'i-e2ehost', instanceType: 'EcsInstance' }],
      });
      return { elasticIp: aliRef('eip-e2ebound'), instanceId: 'i-e2eother', instanceType: 'ECS_INSTANCE' };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidParameter', httpStatus: 400 },
  },
  {
    name: 'associating an EIP that is still Associating',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, {
        instances: [HOST],
        networkInterfaces: [ENI],
        eips: [{ id: 'eip-e2ebusy', status: 'Associating', instanceId: 'i-e2ehost', instanceType: 'EcsInstance' }],
      });
      return { elasticIp: aliRef('eip-e2ebusy'), instanceId: 'eni-e2eone', instanceType: 'NETWORK_INTERFACE' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'IncorrectEipStatus', httpStatus: 400, retryable: true },
  },

  {
    name: 'unassociating an EIP that does not exist',
    provider: 'alibaba',
    mutation: 'unassociateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { elasticIp: aliRef('eip-e2emissing') };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidAllocationId.NotFound', httpStatus: 404 },
  },

  // VifPeer (BGP peers)
  {
    name: 'a ninth BGP peer on a VBR',
    provider: 'alibaba',
    mutation: 'createVifPeer',
    arrange: async () => {
      await seedAlibaba(h, { ...ALI_BGP, bgpPeers: Array.from({ length: 8 }, (_, i) => peer(`bgp-e2e${i}`, 'Available', `10.0.0.${i * 4 + 2}`)) });
      return { target: ALI_TARGET, bgpGroupId: 'bgpg-e2ea', remoteGatewayIp: '10.0.0.50' };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidParameter', httpStatus: 400 },
  },
  {
    name: 'a peer in a BGP group that does not exist',
    provider: 'alibaba',
    mutation: 'createVifPeer',
    arrange: async () => {
      await seedAlibaba(h, { ...ALI_BGP });
      return { target: ALI_TARGET, bgpGroupId: 'bgpg-e2emissing', remoteGatewayIp: '10.0.0.50' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidBgpGroupId.NotFound', httpStatus: 404 },
  },
  {
    name: 'changing a peer that is still Pending',
    provider: 'alibaba',
    mutation: 'updateVifPeer',
    arrange: async () => {
      await seedAlibaba(h, { ...ALI_BGP, bgpPeers: [peer('bgp-e2epending', 'Pending')] });
      return { vifPeer: aliRef('bgp-e2epending'), remoteGatewayIp: '10.0.0.30' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'IncorrectStatus', httpStatus: 400, retryable: true },
  },
  {
    name: 'moving a peer to a BGP group that does not exist',
    provider: 'alibaba',
    mutation: 'updateVifPeer',
    arrange: async () => {
      await seedAlibaba(h, { ...ALI_BGP, bgpPeers: [peer('bgp-e2eup')] });
      return { vifPeer: aliRef('bgp-e2eup'), bgpGroupId: 'bgpg-e2emissing' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidBgpGroupId.NotFound', httpStatus: 404 },
  },
  {
    name: 'deleting a peer that is still Pending',
    provider: 'alibaba',
    mutation: 'deleteVifPeer',
    arrange: async () => {
      await seedAlibaba(h, { ...ALI_BGP, bgpPeers: [peer('bgp-e2epending', 'Pending')] });
      return { vifPeer: aliRef('bgp-e2epending') };
    },
    expected: { __typename: 'ResourceConflict', code: 'DependencyViolation.BgpPeer', httpStatus: 400, retryable: true },
  },
  {
    name: 'deleting a peer that is being modified',
    provider: 'alibaba',
    mutation: 'deleteVifPeer',
    arrange: async () => {
      await seedAlibaba(h, { ...ALI_BGP, bgpPeers: [peer('bgp-e2emodifying', 'Modifying')] });
      return { vifPeer: aliRef('bgp-e2emodifying') };
    },
    expected: { __typename: 'ResourceConflict', code: 'DependencyViolation.BgpPeer', httpStatus: 400, retryable: true },
  },
  {
    name: 'deleting a peer that does not exist',
    provider: 'alibaba',
    mutation: 'deleteVifPeer',
    arrange: async () => {
      await seedAlibaba(h, { ...ALI_BGP });
      return { vifPeer: aliRef('bgp-e2emissing') };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidBgpPeerId.NotFound', httpStatus: 404 },
  },
];

// ---------- Huawei state ----------

/** Twelve NICs on web-1 (its own and eleven more): the ECS limit per server (MAX_NICS_PER_SERVER). */
const twelveNics = [
  ...HW_LIFECYCLE.nics,
  ...Array.from({ length: 11 }, (_, i) => ({ id: `0e2e0000-0000-4000-8000-0000000d1${String(i).padStart(3, '0')}`, server_id: U.serverA, subnet_id: U.subnetA, ip_address: `192.168.0.${100 + i}` })),
];

/**
 * Statuses and categories are the catalog's: Huawei's error-code tables list VPC.0504 and VPC.0508
 * with HTTP 500, and Ecs.0213 ("Failed to update the port attributes") as a server-side failure.
 */
const HUAWEI: StateCondition[] = [
  // NetworkInterface (ports, ECS NIC jobs)
  {
    name: 'creating a port on an address another port holds',
    provider: 'huawei',
    mutation: 'createNetworkInterface',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { target: HW_TARGET, vSwitchId: U.subnetA, primaryIpAddress: '192.168.0.10' };
    },
    expected: { __typename: 'ResourceConflict', code: 'VPC.0701', httpStatus: 409 },
  },
  {
    name: 'creating a VIP port on an address a NIC holds',
    provider: 'huawei',
    mutation: 'createVirtualIp',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { target: HW_TARGET, subnetId: U.subnetA, ipAddress: '192.168.0.12' };
    },
    expected: { __typename: 'ResourceConflict', code: 'VPC.0701', httpStatus: 409 },
  },
  {
    name: 'deleting a port attached to a server',
    provider: 'huawei',
    mutation: 'deleteNetworkInterface',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { networkInterface: hwRef(U.nicA) };
    },
    expected: { __typename: 'InvalidParameter', code: 'VPC.2500', httpStatus: 400 },
  },
  {
    name: 'deleting a port that does not exist',
    provider: 'huawei',
    mutation: 'deleteNetworkInterface',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { networkInterface: hwRef(U.missing) };
    },
    expected: { __typename: 'ResourceNotFound', code: 'VPC.0508', httpStatus: 500 },
  },
  {
    name: 'changing a port that does not exist',
    provider: 'huawei',
    mutation: 'updateNetworkInterface',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { networkInterface: hwRef(U.missing), networkInterfaceName: 'renamed' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'VPC.0508', httpStatus: 500 },
  },
  {
    name: 'attaching to a server that is rebooting',
    provider: 'huawei',
    mutation: 'attachNetworkInterface',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { networkInterface: hwRef(U.portFree), instanceId: U.serverBusy };
    },
    expected: { __typename: 'InvalidResourceState', code: 'Ecs.0100', httpStatus: 400 },
  },
  {
    name: 'attaching to a server with no free NIC slot',
    provider: 'huawei',
    mutation: 'attachNetworkInterface',
    arrange: async () => {
      await seedHuawei(h, { ...HW_LIFECYCLE, nics: twelveNics });
      return { networkInterface: hwRef(U.portFree), instanceId: U.serverA };
    },
    expected: { __typename: 'QuotaExceeded', code: 'Ecs.0050', httpStatus: 400 },
  },
  {
    name: 'attaching to a server that does not exist',
    provider: 'huawei',
    mutation: 'attachNetworkInterface',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { networkInterface: hwRef(U.portFree), instanceId: U.missing };
    },
    expected: { __typename: 'ResourceNotFound', code: 'Ecs.0114', httpStatus: 404 },
  },
  {
    name: 'detaching from a server that is rebooting',
    provider: 'huawei',
    mutation: 'detachNetworkInterface',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { networkInterface: hwRef(U.nicBusy), instanceId: U.serverBusy };
    },
    expected: { __typename: 'InvalidResourceState', code: 'Ecs.0100', httpStatus: 400 },
  },

  // VirtualIp (VIP ports; the ECS NIC PUT)
  {
    name: 'deleting a VIP port a NIC still carries',
    provider: 'huawei',
    mutation: 'deleteVirtualIp',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { virtualIp: hwRef(U.vipBound) };
    },
    expected: { __typename: 'InvalidParameter', code: 'VPC.2500', httpStatus: 400 },
  },
  {
    name: 'deleting a VIP port that does not exist',
    provider: 'huawei',
    mutation: 'deleteVirtualIp',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { virtualIp: hwRef(U.missing) };
    },
    expected: { __typename: 'ResourceNotFound', code: 'VPC.0508', httpStatus: 500 },
  },
  {
    name: 'unbinding from a NIC that carries no virtual IP',
    provider: 'huawei',
    mutation: 'unbindVirtualIp',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { networkInterface: hwRef(U.nicA) };
    },
    expected: { __typename: 'ProviderUnavailable', code: 'Ecs.0213', httpStatus: 400 },
  },
  {
    name: 'unbinding on a server that is rebooting',
    provider: 'huawei',
    mutation: 'unbindVirtualIp',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { networkInterface: hwRef(U.nicBusy) };
    },
    expected: { __typename: 'InvalidResourceState', code: 'Ecs.0100', httpStatus: 400 },
  },
  {
    // The adapter reads the NIC's port first (ShowPort, the descriptor's alsoCalls): the port's own not-found answers.
    name: 'unbinding from a NIC that does not exist',
    provider: 'huawei',
    mutation: 'unbindVirtualIp',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { networkInterface: hwRef(U.missing) };
    },
    expected: { __typename: 'ResourceNotFound', code: 'VPC.0508', httpStatus: 500 },
  },

  // ElasticIp (publicips)
  {
    name: 'releasing an EIP bound to a port',
    provider: 'huawei',
    mutation: 'releaseElasticIp',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { elasticIp: hwRef(U.eipBound) };
    },
    expected: { __typename: 'ResourceConflict', code: 'VPC.0510', httpStatus: 409 },
  },
  {
    name: 'releasing an EIP that does not exist',
    provider: 'huawei',
    mutation: 'releaseElasticIp',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { elasticIp: hwRef(U.missing) };
    },
    expected: { __typename: 'ResourceNotFound', code: 'VPC.0504', httpStatus: 500 },
  },
  {
    name: 'associating an EIP that is already bound',
    provider: 'huawei',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { elasticIp: hwRef(U.eipBound), instanceId: U.nicB };
    },
    expected: { __typename: 'ResourceConflict', code: 'VPC.0510', httpStatus: 409 },
  },
  {
    name: 'associating with a port another EIP is bound to',
    provider: 'huawei',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { elasticIp: hwRef(U.eipFree), instanceId: U.nicA };
    },
    expected: { __typename: 'ResourceConflict', code: 'VPC.0510', httpStatus: 409 },
  },
  {
    name: 'associating an EIP that is still being unbound (PENDING_UPDATE)',
    provider: 'huawei',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedHuawei(h, { ...HW_LIFECYCLE, publicips: [{ id: U.eipFree, public_ip_address: '203.0.113.10', status: 'PENDING_UPDATE' }] });
      return { elasticIp: hwRef(U.eipFree), instanceId: U.nicB };
    },
    expected: { __typename: 'ResourceConflict', code: 'VPC.0510', httpStatus: 409 },
  },
  {
    name: 'associating with a port that does not exist',
    provider: 'huawei',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { elasticIp: hwRef(U.eipFree), instanceId: U.missing };
    },
    expected: { __typename: 'ResourceNotFound', code: 'VPC.0508', httpStatus: 500 },
  },
  {
    name: 'unassociating an EIP that is still binding',
    provider: 'huawei',
    mutation: 'unassociateElasticIp',
    arrange: async () => {
      await seedHuawei(h, { ...HW_LIFECYCLE, publicips: [{ id: U.eipBound, public_ip_address: '203.0.113.11', port_id: U.nicA, status: 'BINDING' }] });
      return { elasticIp: hwRef(U.eipBound) };
    },
    expected: { __typename: 'ResourceConflict', code: 'VPC.0510', httpStatus: 409 },
  },
  {
    name: 'unassociating an EIP that does not exist',
    provider: 'huawei',
    mutation: 'unassociateElasticIp',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { elasticIp: hwRef(U.missing) };
    },
    expected: { __typename: 'ResourceNotFound', code: 'VPC.0504', httpStatus: 500 },
  },

  // VifPeer (DCaaS v3)
  {
    name: 'deleting a peer that is PENDING_CREATE',
    provider: 'huawei',
    mutation: 'deleteVifPeer',
    arrange: async () => {
      await seedHuawei(h, { ...HW_LIFECYCLE, vif_peers: HW_LIFECYCLE.vif_peers.map((p) => (p.id === U.peerA ? { ...p, status: 'PENDING_CREATE' } : p)) });
      return { vifPeer: hwRef(U.peerA) };
    },
    expected: { __typename: 'InvalidParameter', code: 'DC.0001', httpStatus: 400 },
  },
  {
    name: 'deleting a peer that is already PENDING_DELETE',
    provider: 'huawei',
    mutation: 'deleteVifPeer',
    arrange: async () => {
      await seedHuawei(h, { ...HW_LIFECYCLE, vif_peers: HW_LIFECYCLE.vif_peers.map((p) => (p.id === U.peerA ? { ...p, status: 'PENDING_DELETE' } : p)) });
      return { vifPeer: hwRef(U.peerA) };
    },
    expected: { __typename: 'InvalidParameter', code: 'DC.0001', httpStatus: 400 },
  },
  {
    name: 'deleting the last peer of a virtual interface',
    provider: 'huawei',
    mutation: 'deleteVifPeer',
    arrange: async () => {
      await seedHuawei(h, { ...HW_LIFECYCLE, vif_peers: HW_LIFECYCLE.vif_peers.filter((p) => p.id === U.peerA) });
      return { vifPeer: hwRef(U.peerA) };
    },
    expected: { __typename: 'InvalidParameter', code: 'DC.0001', httpStatus: 400 },
  },
  {
    name: 'deleting a peer that does not exist',
    provider: 'huawei',
    mutation: 'deleteVifPeer',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { vifPeer: hwRef(U.missing) };
    },
    expected: { __typename: 'ResourceNotFound', code: 'DC.0002', httpStatus: 400 },
  },
  {
    name: 'changing a peer that is PENDING_UPDATE',
    provider: 'huawei',
    mutation: 'updateVifPeer',
    arrange: async () => {
      await seedHuawei(h, { ...HW_LIFECYCLE, vif_peers: HW_LIFECYCLE.vif_peers.map((p) => (p.id === U.peerA ? { ...p, status: 'PENDING_UPDATE' } : p)) });
      return { vifPeer: hwRef(U.peerA), name: 'renamed' };
    },
    expected: { __typename: 'InvalidParameter', code: 'DC.0001', httpStatus: 400 },
  },
  {
    name: 'changing a peer that does not exist',
    provider: 'huawei',
    mutation: 'updateVifPeer',
    arrange: async () => {
      await seedHuawei(h, HW_LIFECYCLE);
      return { vifPeer: hwRef(U.missing), name: 'renamed' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'DC.0002', httpStatus: 400 },
  },
];

const CONDITIONS = [...ALIBABA, ...HUAWEI];
const produced: string[] = [];

describe('lifecycle conditions produced by real emulator state', () => {
  it.each(CONDITIONS.map((c) => [c.provider, c.name, c] as const))('%s: %s', async (_provider, _name, c) => {
    produced.push(await expectProducedByState(h, c));
  });

  /**
   * BatchDeleteServerNics checks only the server and that the port exists when it is called; whether
   * the port is attached to that server is the job's to find (Ecs.0611 in its sub-job). So the
   * mutation's synchronous answer is a success carrying the job id, and the documented failure shows
   * only in ShowJob once the job has run — with the port exactly as it was.
   */
  async function detachUnattachedPort(): Promise<{ jobId: string; before: unknown }> {
    await seedHuawei(h, HW_LIFECYCLE);
    await h.control('huawei', 'DELETE', 'calls');
    const before = await h.control('huawei', 'GET', 'snapshot');
    const document = parse(
      'mutation M($input: DetachNetworkInterfaceInput!) { detachNetworkInterface(input: $input) { __typename ... on DetachNetworkInterfaceSuccess { jobId asynchronous requestId } } }',
    );
    const { data, errors } = await h.gql<Record<string, { __typename: string; jobId?: string; asynchronous?: boolean; requestId?: string }>, { input: Record<string, unknown> }>(
      document as never,
      { input: { networkInterface: hwRef(U.portFree), instanceId: U.serverA } },
    );
    expect(errors).toBeUndefined();
    const answer = data['detachNetworkInterface']!;
    expect(answer).toMatchObject({ __typename: 'DetachNetworkInterfaceSuccess', asynchronous: true });
    expect(answer.jobId).toMatch(/\S/);
    const [accepted] = await recordedCalls(h, 'huawei', 'BatchDeleteServerNics');
    expect(accepted).toMatchObject({ status: 200, code: null });
    expect(answer.requestId).toBe(accepted!.requestId);
    await h.advanceClock(ASYNC_DELAY_MS * 2);
    return { jobId: answer.jobId!, before };
  }

  it('huawei: detaching a port that is not attached is accepted with a job id; the job applies nothing', async () => {
    const { before } = await detachUnattachedPort();
    expect(await h.control('huawei', 'GET', 'snapshot'), 'the failed job changed no state').toEqual(before);
    produced.push('huawei detachNetworkInterface BatchDeleteServerNics accepted, job changes nothing');
  });

  // A failed job is a 200 whose body carries error_code: the client must read it as the job, not as an error.
  it('huawei: ShowJob then reads the job as FAIL with Ecs.0611 in its sub-job', async () => {
    const { jobId } = await detachUnattachedPort();
    const account = HUAWEI_ACCOUNTS[0]!;
    const project = account.projects[0]!;
    const transport = new HttpTransport();
    const client = new HuaweiClient({
      credentials: { ak: account.ak, sk: account.sk },
      region: project.region,
      projectId: project.projectId,
      endpoint: h.emulators.huawei.url,
      transport,
      retry: DEFAULT_RETRY_POLICY,
      retryBudget: new RetryBudget(),
    });
    try {
      const job = await client.call<WireJob>('ShowJob', { method: 'GET', service: 'ecs', path: PATHS.job(project.projectId, jobId) }, { safeToRepeat: true });
      expect(job.ok ? 'ok' : job.error).toBe('ok');
      if (job.ok) {
        expect(job.value.status).toBe('FAIL');
        expect(job.value.entities.sub_jobs?.[0]).toMatchObject({ status: 'FAIL', error_code: 'Ecs.0611' });
      }
    } finally {
      await transport.close();
    }
  });

  it('counts the lifecycle conditions produced by state', () => {
    console.log(
      `lifecycle errors from state: ${produced.length} documented conditions produced by real emulator state (${ALIBABA.length} Alibaba, ${HUAWEI.length} Huawei; ${new Set(produced).size} distinct codes/operations)`,
    );
    expect(produced.length).toBe(CONDITIONS.length + 1);
  });
});
