import { describe, expect, it } from 'vitest';
import { HuaweiClient } from '../../src/providers/huawei/client';
import { DEFAULT_RETRY_POLICY, RetryBudget } from '../../src/providers/common/retry';
import { HttpTransport } from '../../src/providers/common/transport';
import { PATHS } from '../../src/providers/huawei/wire';
import { HUAWEI_ACCOUNTS, MISCONFIGURED, useHarness } from '../support/harness';
import { ALI, ALI_NETWORK, ALI_TARGET, aliRef, HW_TARGET, hwRef, seedAlibaba, seedHuawei, U, vifPeer } from '../support/e2e-fixtures';
import { runMutation } from '../support/mutation-documents';
import { expectProducedByState, type StateCondition } from '../support/conditions-from-state';

/**
 * Documented error conditions produced by REAL emulator state — never by fault injection. Each case
 * seeds exactly the resources it needs through POST /_emulator/seed, calls the mutation through the
 * gateway over HTTP, and asserts the typed member, the verbatim code and status, that the emulator
 * itself answered that code (its call log), and that the failed call changed no state.
 */

const h = useHarness({ misconfiguredAccounts: true }, { reset: 'empty' });

// ---------- the conditions ----------

const CONDITIONS: StateCondition[] = [
  // AssignPrivateIpAddresses (seed 003)
  {
    name: 'assigning to an ENI that does not exist',
    provider: 'alibaba',
    mutation: 'assignPrivateIpAddresses',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { networkInterface: aliRef('eni-e2emissing'), secondaryPrivateIpAddressCount: 1 };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidEniId.NotFound', httpStatus: 404 },
  },
  {
    name: 'assigning an address another ENI holds',
    provider: 'alibaba',
    mutation: 'assignPrivateIpAddresses',
    arrange: async () => {
      await seedAlibaba(h, {
        networkInterfaces: [
          { id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', primaryIp: '10.0.1.10' },
          { id: 'eni-e2etwo', vSwitchId: 'vsw-e2ea', primaryIp: '10.0.1.11' },
        ],
      });
      return { networkInterface: aliRef('eni-e2eone'), privateIpAddresses: ['10.0.1.11'] };
    },
    expected: { __typename: 'ResourceConflict', code: 'InvalidPrivateIpAddress.Duplicated', httpStatus: 400 },
  },
  {
    name: 'assigning an address the ENI already carries',
    provider: 'alibaba',
    mutation: 'assignPrivateIpAddresses',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', primaryIp: '10.0.1.10', secondaryIps: ['10.0.1.20'] }] });
      return { networkInterface: aliRef('eni-e2eone'), privateIpAddresses: ['10.0.1.20'] };
    },
    expected: { __typename: 'ResourceConflict', code: 'InvalidIp.IpAssigned', httpStatus: 403 },
  },
  {
    name: 'assigning an address outside the vSwitch CIDR block',
    provider: 'alibaba',
    mutation: 'assignPrivateIpAddresses',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', primaryIp: '10.0.1.10' }] });
      return { networkInterface: aliRef('eni-e2eone'), privateIpAddresses: ['10.0.2.20'] };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidVSwitchId.IpInvalid', httpStatus: 403 },
  },
  {
    name: 'going past the secondary-address limit of an Available ENI (50)',
    provider: 'alibaba',
    mutation: 'assignPrivateIpAddresses',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', secondaryCount: 50 }] });
      return { networkInterface: aliRef('eni-e2eone'), secondaryPrivateIpAddressCount: 1 };
    },
    expected: { __typename: 'QuotaExceeded', code: 'MaxEniPrivateIpsCountExceeded', httpStatus: 403 },
  },
  {
    name: 'asking for more addresses than the vSwitch has free',
    provider: 'alibaba',
    mutation: 'assignPrivateIpAddresses',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ id: 'eni-e2etiny', vSwitchId: 'vsw-e2etiny' }] });
      return { networkInterface: aliRef('eni-e2etiny'), secondaryPrivateIpAddressCount: 1 };
    },
    expected: { __typename: 'QuotaExceeded', code: 'QuotaExceeded.PrivateIpAddress', httpStatus: 400 },
  },
  {
    name: 'assigning while the ENI is Attaching',
    provider: 'alibaba',
    mutation: 'assignPrivateIpAddresses',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', status: 'Attaching' }] });
      return { networkInterface: aliRef('eni-e2eone'), secondaryPrivateIpAddressCount: 1 };
    },
    expected: { __typename: 'InvalidResourceState', code: 'InvalidOperation.InvalidEniState', httpStatus: 400, retryable: true },
  },

  // CreateNetworkInterface (seed 004)
  {
    name: 'creating in a vSwitch that does not exist',
    provider: 'alibaba',
    mutation: 'createNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { target: ALI_TARGET, vSwitchId: 'vsw-e2emissing', securityGroupId: 'sg-e2ea' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidVSwitchId.NotFound', httpStatus: 404 },
  },
  {
    name: 'creating with a security group that does not exist',
    provider: 'alibaba',
    mutation: 'createNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2emissing' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidSecurityGroupId.NotFound', httpStatus: 404 },
  },
  {
    name: 'creating with a classic-network security group',
    provider: 'alibaba',
    mutation: 'createNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2eclassic' };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidSecurityGroupId.NotVpc', httpStatus: 403 },
  },
  {
    name: 'creating with a security group of another VPC',
    provider: 'alibaba',
    mutation: 'createNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupIds: ['sg-e2eb'] };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidOperation.VpcMismatch', httpStatus: 403 },
  },
  {
    name: 'creating with a primary address another ENI holds',
    provider: 'alibaba',
    mutation: 'createNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', primaryIp: '10.0.1.10' }] });
      return { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea', primaryIpAddress: '10.0.1.10' };
    },
    expected: { __typename: 'ResourceConflict', code: 'InvalidPrivateIpAddress.Duplicated', httpStatus: 400 },
  },
  {
    name: 'creating with a primary address outside the vSwitch',
    provider: 'alibaba',
    mutation: 'createNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea', primaryIpAddress: '10.0.7.7' };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidVSwitchId.IpInvalid', httpStatus: 403 },
  },
  {
    name: 'creating in a vSwitch with no free address',
    provider: 'alibaba',
    mutation: 'createNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ id: 'eni-e2etiny', vSwitchId: 'vsw-e2etiny' }] });
      return { target: ALI_TARGET, vSwitchId: 'vsw-e2etiny', securityGroupId: 'sg-e2ea' };
    },
    expected: { __typename: 'InsufficientCapacity', code: 'InvalidVSwitchId.IpNotEnough', httpStatus: 403 },
  },
  {
    name: 'creating the 101st ENI of a region',
    provider: 'alibaba',
    mutation: 'createNetworkInterface',
    arrange: async () => {
      const enis = Array.from({ length: 100 }, (_, i) => ({ id: `eni-e2equota${i}`, vSwitchId: 'vsw-e2ea' }));
      await h.control('alibaba', 'POST', 'seed', { ...ALI, ...ALI_NETWORK, vswitches: [{ id: 'vsw-e2ea', vpcId: 'vpc-e2ea', cidr: '10.0.0.0/20' }], networkInterfaces: enis });
      return { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea' };
    },
    expected: { __typename: 'QuotaExceeded', code: 'MaxEniCountExceeded', httpStatus: 403 },
  },
  {
    name: 'creating in a resource group that does not exist',
    provider: 'alibaba',
    mutation: 'createNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea', resourceGroupId: 'group-e2e' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidResourceGroup.NotFound', httpStatus: 404 },
  },
  {
    name: 'reusing a ClientToken with different parameters',
    provider: 'alibaba',
    mutation: 'createNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, {});
      const first = await runMutation(h, 'createNetworkInterface', { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea', clientToken: 'e2e-token-1', networkInterfaceName: 'first' });
      expect(first.__typename).toBe('CreateNetworkInterfaceSuccess');
      return { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea', clientToken: 'e2e-token-1', networkInterfaceName: 'second' };
    },
    expected: { __typename: 'IdempotencyMismatch', code: 'IdempotentParameterMismatch', httpStatus: 400 },
  },

  // AssociateEipAddress (seed 002)
  {
    name: 'associating an EIP that does not exist',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea' }] });
      return { elasticIp: aliRef('eip-e2emissing'), instanceId: 'eni-e2eone', instanceType: 'NETWORK_INTERFACE' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidAllocationId.NotFound', httpStatus: 404 },
  },
  {
    name: 'associating an EIP that is already InUse',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, {
        networkInterfaces: [
          { id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', primaryIp: '10.0.1.10' },
          { id: 'eni-e2etwo', vSwitchId: 'vsw-e2ea', primaryIp: '10.0.1.11' },
        ],
        eips: [{ id: 'eip-e2eused', status: 'InUse', instanceId: 'eni-e2eone', instanceType: 'NetworkInterface', privateIpAddress: '10.0.1.10' }],
      });
      return { elasticIp: aliRef('eip-e2eused'), instanceId: 'eni-e2etwo', instanceType: 'NETWORK_INTERFACE' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'IncorrectEipStatus', httpStatus: 400, retryable: true },
  },
  {
    name: 'associating with an address another EIP already covers',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, {
        networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', primaryIp: '10.0.1.10' }],
        eips: [
          { id: 'eip-e2eused', status: 'InUse', instanceId: 'eni-e2eone', instanceType: 'NetworkInterface', privateIpAddress: '10.0.1.10' },
          { id: 'eip-e2efree' },
        ],
      });
      return { elasticIp: aliRef('eip-e2efree'), instanceId: 'eni-e2eone', instanceType: 'NETWORK_INTERFACE' };
    },
    expected: { __typename: 'ResourceConflict', code: 'InvalidAssociation.Duplicated', httpStatus: 400 },
  },
  {
    name: 'associating with an instance that does not exist',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, { eips: [{ id: 'eip-e2efree' }] });
      return { elasticIp: aliRef('eip-e2efree'), instanceId: 'i-e2emissing', instanceType: 'ECS_INSTANCE' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidInstanId.NotFound', httpStatus: 404 },
  },
  {
    name: 'associating with an instance of another region',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, { eips: [{ id: 'eip-e2efree' }] });
      await seedAlibaba(h, { instances: [{ id: 'i-e2eshanghai', vSwitchId: 'vsw-e2ea' }] }, { account: 'ali-prod', region: 'cn-shanghai' });
      return { elasticIp: aliRef('eip-e2efree'), instanceId: 'i-e2eshanghai', instanceType: 'ECS_INSTANCE' };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidParameter.Mismatch', httpStatus: 400 },
  },
  {
    name: 'associating with an instance that is Starting',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, { instances: [{ id: 'i-e2estarting', vSwitchId: 'vsw-e2ea', status: 'Starting' }], eips: [{ id: 'eip-e2efree' }] });
      return { elasticIp: aliRef('eip-e2efree'), instanceId: 'i-e2estarting', instanceType: 'ECS_INSTANCE' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'IncorrectInstanceStatus', httpStatus: 400, retryable: true },
  },
  {
    name: 'associating with an ENI that is Attaching',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', status: 'Attaching' }], eips: [{ id: 'eip-e2efree' }] });
      return { elasticIp: aliRef('eip-e2efree'), instanceId: 'eni-e2eone', instanceType: 'NETWORK_INTERFACE' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'InvalidStatus.EniStatusNotSupport', httpStatus: 400 },
  },
  {
    name: 'cut-through (BINDED) association with an attached ENI',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, {
        instances: [{ id: 'i-e2ehost', vSwitchId: 'vsw-e2ea' }],
        networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', status: 'InUse', instanceId: 'i-e2ehost' }],
        eips: [{ id: 'eip-e2efree' }],
      });
      return { elasticIp: aliRef('eip-e2efree'), instanceId: 'eni-e2eone', instanceType: 'NETWORK_INTERFACE', mode: 'BINDED' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'Eni.Attached', httpStatus: 400 },
  },
  {
    name: 'cut-through (BINDED) association with an ENI that has secondary addresses',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', secondaryCount: 1 }], eips: [{ id: 'eip-e2efree' }] });
      return { elasticIp: aliRef('eip-e2efree'), instanceId: 'eni-e2eone', instanceType: 'NETWORK_INTERFACE', mode: 'BINDED' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'Eni.HasSubIp', httpStatus: 400 },
  },
  {
    name: 'associating with a HaVip that is still Creating',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, { haVips: [{ id: 'havip-e2enew', vSwitchId: 'vsw-e2ea', status: 'Creating' }], eips: [{ id: 'eip-e2efree' }] });
      return { elasticIp: aliRef('eip-e2efree'), instanceId: 'havip-e2enew', instanceType: 'HA_VIP' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'IncorrectHaVipStatus', httpStatus: 400, retryable: true },
  },
  {
    name: 'associating with a private address the ENI does not carry',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, { networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea', primaryIp: '10.0.1.10' }], eips: [{ id: 'eip-e2efree' }] });
      return { elasticIp: aliRef('eip-e2efree'), instanceId: 'eni-e2eone', instanceType: 'NETWORK_INTERFACE', privateIpAddress: '10.0.1.99' };
    },
    expected: { __typename: 'InvalidParameter', code: 'InvalidParameter', httpStatus: 400 },
  },
  {
    name: 'associating with a NAT gateway that does not exist',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, { eips: [{ id: 'eip-e2efree' }] });
      return { elasticIp: aliRef('eip-e2efree'), instanceId: 'ngw-e2emissing', instanceType: 'NAT' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'InvalidParams.NotFound', httpStatus: 400 },
  },
  {
    name: 'associating with an IP address in a VPC without an IPv4 gateway',
    provider: 'alibaba',
    mutation: 'associateElasticIp',
    arrange: async () => {
      await seedAlibaba(h, { eips: [{ id: 'eip-e2efree' }] });
      return { elasticIp: aliRef('eip-e2efree'), instanceId: '10.0.1.50', instanceType: 'IP_ADDRESS', vpcId: 'vpc-e2ea' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'OperationFailed.Ipv4GatewayNotOpenedInVpc', httpStatus: 400 },
  },
  {
    name: 'a client whose AccessKey secret is wrong',
    provider: 'alibaba',
    mutation: 'createNetworkInterface',
    arrange: async () => {
      await seedAlibaba(h, {});
      return { target: { provider: 'ALIBABA', account: MISCONFIGURED.alibabaBadSecret.account, region: 'cn-hangzhou' }, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea' };
    },
    expected: { __typename: 'PermissionDenied', code: 'SignatureDoesNotMatch', httpStatus: 403 },
  },

  // Huawei: bind a virtual IP to a NIC (seed 000)
  {
    name: 'binding to a NIC that does not exist',
    provider: 'huawei',
    mutation: 'bindVirtualIp',
    arrange: async () => {
      await seedHuawei(h);
      return { networkInterface: hwRef(U.missing), subnetId: U.subnetA, ipAddress: '192.168.0.100' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'Ecs.0307', httpStatus: 400 },
  },
  {
    name: 'binding in a subnet that does not exist',
    provider: 'huawei',
    mutation: 'bindVirtualIp',
    arrange: async () => {
      await seedHuawei(h);
      return { networkInterface: hwRef(U.nicA), subnetId: U.missing, ipAddress: '192.168.0.100' };
    },
    expected: { __typename: 'ResourceNotFound', code: 'Ecs.0038', httpStatus: 400 },
  },
  {
    name: 'binding a virtual IP outside the subnet',
    provider: 'huawei',
    mutation: 'bindVirtualIp',
    arrange: async () => {
      await seedHuawei(h);
      return { networkInterface: hwRef(U.nicA), subnetId: U.subnetA, ipAddress: '192.168.5.100' };
    },
    expected: { __typename: 'InvalidParameter', code: 'Ecs.0039', httpStatus: 400 },
  },
  {
    name: 'binding an address a non-VIP port uses (DHCP)',
    provider: 'huawei',
    mutation: 'bindVirtualIp',
    arrange: async () => {
      await seedHuawei(h);
      return { networkInterface: hwRef(U.nicA), subnetId: U.subnetA, ipAddress: '192.168.0.2' };
    },
    expected: { __typename: 'ResourceConflict', code: 'Ecs.0010', httpStatus: 400 },
  },
  {
    name: "binding an address another NIC's fixed IP uses",
    provider: 'huawei',
    mutation: 'bindVirtualIp',
    arrange: async () => {
      await seedHuawei(h);
      return { networkInterface: hwRef(U.nicA), subnetId: U.subnetA, ipAddress: '192.168.0.11' };
    },
    expected: { __typename: 'ResourceConflict', code: 'Ecs.0010', httpStatus: 400 },
  },
  {
    name: 'binding from a subnet of another VPC than the NIC',
    provider: 'huawei',
    mutation: 'bindVirtualIp',
    arrange: async () => {
      await seedHuawei(h);
      return { networkInterface: hwRef(U.nicA), subnetId: U.subnetB, ipAddress: '172.16.0.100' };
    },
    expected: { __typename: 'InvalidParameter', code: 'Ecs.0064', httpStatus: 400 },
  },
  {
    name: 'binding to a NIC of a server that is rebooting',
    provider: 'huawei',
    mutation: 'bindVirtualIp',
    arrange: async () => {
      await seedHuawei(h);
      return { networkInterface: hwRef(U.nicBusy), subnetId: U.subnetA, ipAddress: '192.168.0.100' };
    },
    expected: { __typename: 'InvalidResourceState', code: 'Ecs.0100', httpStatus: 400 },
  },
  {
    name: 'binding with a project that is not the key’s (ECS)',
    provider: 'huawei',
    mutation: 'bindVirtualIp',
    arrange: async () => {
      await seedHuawei(h);
      return { networkInterface: hwRef(U.nicA, MISCONFIGURED.huaweiWrongProject.account), subnetId: U.subnetA, ipAddress: '192.168.0.100' };
    },
    expected: { __typename: 'PermissionDenied', code: 'Ecs.0023', httpStatus: 400 },
  },
  {
    name: 'binding with a wrong secret key',
    provider: 'huawei',
    mutation: 'bindVirtualIp',
    arrange: async () => {
      await seedHuawei(h);
      return { networkInterface: hwRef(U.nicA, MISCONFIGURED.huaweiBadSecret.account), subnetId: U.subnetA, ipAddress: '192.168.0.100' };
    },
    expected: { __typename: 'PermissionDenied', code: 'APIGW.0301', httpStatus: 401 },
  },

  // Huawei: create a VIF peer (seed 001)
  {
    name: 'a peer on a virtual interface that does not exist',
    provider: 'huawei',
    mutation: 'createVifPeer',
    arrange: async () => {
      await seedHuawei(h);
      return vifPeer({ vifId: U.missing });
    },
    expected: { __typename: 'ResourceNotFound', code: 'DC.0002', httpStatus: 400 },
  },
  {
    name: 'a second peer of the same address family',
    provider: 'huawei',
    mutation: 'createVifPeer',
    arrange: async () => {
      await seedHuawei(h, { vif_peers: [{ vif_id: U.vif, name: 'existing-v4', address_family: 'ipv4', local_gateway_ip: '10.9.9.1/30', remote_gateway_ip: '10.9.9.2/30' }] });
      return vifPeer();
    },
    expected: { __typename: 'InvalidParameter', code: 'DC.0001', httpStatus: 400 },
  },
  {
    name: 'a peer with a project that is not the key’s (DCaaS)',
    provider: 'huawei',
    mutation: 'createVifPeer',
    arrange: async () => {
      await seedHuawei(h);
      return vifPeer({ target: { ...HW_TARGET, account: MISCONFIGURED.huaweiWrongProject.account } });
    },
    expected: { __typename: 'PermissionDenied', code: 'Common.0018', httpStatus: 400 },
  },
];

const produced: string[] = [];

describe('documented conditions produced by real emulator state', () => {
  it.each(CONDITIONS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    produced.push(await expectProducedByState(h, c));
  });

  it('DC.0008: the emulator itself rejects a BGP ASN out of range (a client that skips validation)', async () => {
    await seedHuawei(h);
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
    const before = await h.control('huawei', 'GET', 'snapshot');
    try {
      for (const bgpAsn of [0, 4294967296]) {
        const body = { vif_peer: { vif_id: U.vif, name: 'asn', address_family: 'ipv4', local_gateway_ip: '10.10.10.1/30', remote_gateway_ip: '10.10.10.2/30', route_mode: 'bgp', bgp_asn: bgpAsn } };
        const res = await client.call('CreateVifPeer', { method: 'POST', service: 'dcaas', path: PATHS.vifPeers(project.projectId), body }, { safeToRepeat: false });
        expect(res.ok).toBe(false);
        if (!res.ok) expect(res.error).toMatchObject({ category: 'InvalidParameter', code: 'DC.0008', httpStatus: 400, parameter: 'bgp_asn' });
      }
    } finally {
      await transport.close();
    }
    expect(await h.control('huawei', 'GET', 'snapshot')).toEqual(before);
    produced.push('huawei CreateVifPeer DC.0008');
  });

  it('counts at least 25 conditions produced by state', () => {
    console.log(`errors from state: ${produced.length} documented conditions produced by real emulator state (${new Set(produced).size} distinct codes/operations)`);
    expect(produced.length).toBe(CONDITIONS.length + 1);
    expect(produced.length).toBeGreaterThanOrEqual(25);
  });
});
