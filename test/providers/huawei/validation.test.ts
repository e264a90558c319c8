import { describe, expect, it } from 'vitest';
import type { MutationInput } from '../../../src/domain/adapter';
import {
  validateAllocateElasticIp,
  validateBindVirtualIp,
  validateCreatePort,
  validateCreateVifPeer,
  validateCreateVirtualIp,
  validateServerNic,
  validateUpdatePort,
  validateUpdateVifPeer,
  validateVirtualIpBinding,
} from '../../../src/providers/huawei/validation';

const NIC = 'd32019d3-bc6e-4319-9c1d-6722fc136a23';
const SUBNET = 'd32019d3-bc6e-4319-9c1d-6722fc136a24';

describe('validateBindVirtualIp (seed 000)', () => {
  it('accepts the documented example and IPv6 addresses', () => {
    expect(validateBindVirtualIp(NIC, { subnetId: SUBNET, ipAddress: '192.168.0.7', reverseBinding: true })).toBeNull();
    expect(validateBindVirtualIp(NIC, { subnetId: SUBNET, ipAddress: '2001:db8::7' })).toBeNull();
  });

  it.each([
    ['nic_id', 'eni-123', { subnetId: SUBNET, ipAddress: '192.168.0.7' }],
    ['subnet_id', NIC, { subnetId: 'subnet-1', ipAddress: '192.168.0.7' }],
    ['subnet_id', NIC, { subnetId: '', ipAddress: '192.168.0.7' }],
    ['ip_address', NIC, { subnetId: SUBNET, ipAddress: '192.168.0.256' }],
    ['ip_address', NIC, { subnetId: SUBNET, ipAddress: '' }],
    ['subnet_id', NIC, { ipAddress: '192.168.0.7' }],
    ['ip_address', NIC, { subnetId: SUBNET }],
  ])('rejects a bad %s as Ecs.0005 InvalidParameter without a request id', (parameter, nicId, input) => {
    expect(validateBindVirtualIp(nicId, input)).toMatchObject({
      code: 'Ecs.0005',
      category: 'InvalidParameter',
      httpStatus: 400,
      parameter,
      requestId: null,
      operation: 'AssociateServerVirtualIp',
      provider: 'HUAWEI',
      documented: true,
      outcome: 'NOT_APPLIED',
    });
  });
});

describe('validateCreateVifPeer (seed 001)', () => {
  const ok: MutationInput<'createVifPeer'> = {
    vifId: '86f9556a-fa68-42b7-93c2-dd407408430b',
    name: 'vif-peer-test',
    addressFamily: 'IPV4',
    routeMode: 'STATIC',
    remoteEpGroup: ['8.8.8.0/30'],
    description: '',
    localGatewayIp: '5.5.5.1/30',
    remoteGatewayIp: '5.5.5.2/30',
  };

  it('accepts both documented examples', () => {
    expect(validateCreateVifPeer(ok)).toBeNull();
    expect(validateCreateVifPeer({ ...ok, addressFamily: 'IPV6', remoteEpGroup: [], localGatewayIp: 'FD00::1/64', remoteGatewayIp: 'FD00::2/64' })).toBeNull();
  });

  it('accepts the ASN bounds 1 and 4294967295', () => {
    expect(validateCreateVifPeer({ ...ok, routeMode: 'BGP', bgpAsn: 1 })).toBeNull();
    expect(validateCreateVifPeer({ ...ok, routeMode: 'BGP', bgpAsn: 4294967295 })).toBeNull();
  });

  it.each([
    ['name', 'DC.0001', { name: 'x'.repeat(65) }],
    ['description', 'DC.0001', { description: 'x'.repeat(129) }],
    ['address_family', 'DC.0001', { addressFamily: undefined }],
    ['vif_id', 'DC.0001', { vifId: 'too-short' }],
    ['vif_id', 'DC.0001', { vifId: undefined }],
    ['local_gateway_ip', 'DC.0001', { localGatewayIp: undefined }],
    ['local_gateway_ip', 'DC.0004', { localGatewayIp: '5.5.5.1' }],
    ['local_gateway_ip', 'DC.0004', { localGatewayIp: 'FD00::1/64' }],
    ['remote_gateway_ip', 'DC.0004', { remoteGatewayIp: '5.5.5.300/30' }],
    ['remote_ep_group', 'DC.0004', { remoteEpGroup: ['8.8.8.0'] }],
    ['bgp_asn', 'DC.0008', { routeMode: 'BGP' as const, bgpAsn: 0 }],
    ['bgp_asn', 'DC.0008', { routeMode: 'BGP' as const, bgpAsn: 4294967296 }],
    ['bgp_asn', 'DC.0008', { routeMode: 'BGP' as const, bgpAsn: 1.5 }],
    ['bgp_asn', 'DC.0001', { routeMode: 'BGP' as const }],
  ])('rejects a bad or missing %s with %s', (parameter, code, change) => {
    expect(validateCreateVifPeer({ ...ok, ...change })).toMatchObject({ code, parameter, httpStatus: 400, requestId: null, operation: 'CreateVifPeer' });
  });

  it('names the parameter in the message after the documented text', () => {
    expect(validateCreateVifPeer({ ...ok, name: 'x'.repeat(65) })?.message).toMatch(/^Request parameter error\. name /);
  });
});

describe('lifecycle validations (documented limits, before the wire)', () => {
  const UUID = 'd32019d3-bc6e-4319-9c1d-6722fc136a23';

  it('CreatePort / UpdatePort: network_id and security groups are UUIDs, name at most 255 characters, VPC.2500', () => {
    expect(validateCreatePort({ vSwitchId: UUID, networkInterfaceName: 'x'.repeat(255), securityGroupIds: [UUID] })).toBeNull();
    expect(validateCreatePort({ vSwitchId: 'vsw-1' })).toMatchObject({ code: 'VPC.2500', parameter: 'network_id', operation: 'CreatePort', httpStatus: 400 });
    expect(validateCreatePort({ vSwitchId: UUID, primaryIpAddress: '2001:db8::1' })).toMatchObject({ parameter: 'fixed_ips' });
    expect(validateUpdatePort(UUID, { networkInterfaceName: 'x'.repeat(256) })).toMatchObject({ code: 'VPC.2500', parameter: 'name', operation: 'UpdatePort' });
    expect(validateUpdatePort(UUID, { securityGroupIds: ['sg-1'] })).toMatchObject({ parameter: 'security_groups' });
  });

  it('a VIP port: network_id a UUID, an IPv4 fixed address', () => {
    expect(validateCreateVirtualIp({ subnetId: UUID, ipAddress: '10.0.0.5' })).toBeNull();
    expect(validateCreateVirtualIp({ subnetId: UUID, ipAddress: '10.0.0.500' })).toMatchObject({ code: 'VPC.2500', parameter: 'fixed_ips', operation: 'CreatePort' });
  });

  it('BatchAddServerNics / BatchDeleteServerNics: server_id required and a UUID (Ecs.0005)', () => {
    expect(validateServerNic('BatchAddServerNics', UUID, UUID)).toBeNull();
    expect(validateServerNic('BatchDeleteServerNics', undefined, UUID)).toMatchObject({ code: 'Ecs.0005', parameter: 'server_id', message: 'Invalid request body. server_id is required.' });
    expect(validateServerNic('BatchAddServerNics', 'i-1', UUID)).toMatchObject({ code: 'Ecs.0005', parameter: 'server_id' });
  });

  it('binding: the NEUTRON method answers InvalidInput and needs an address or a VIP id; ECS_NIC answers Ecs.0005', () => {
    expect(validateVirtualIpBinding('NeutronUpdatePort', UUID, { method: 'NEUTRON_ALLOWED_ADDRESS_PAIRS' }, true)).toMatchObject({ code: 'InvalidInput', parameter: 'ip_address' });
    expect(validateVirtualIpBinding('NeutronUpdatePort', UUID, { method: 'NEUTRON_ALLOWED_ADDRESS_PAIRS', virtualIpId: UUID }, true)).toBeNull();
    expect(validateVirtualIpBinding('AssociateServerVirtualIp', 'eni-1', { virtualIpId: UUID }, false)).toMatchObject({ code: 'Ecs.0005', parameter: 'nic_id' });
  });

  it('CreatePublicip: bandwidth.size 1–2000 and required, bandwidth.name 1–64 of the documented characters (VPC.0301), publicip.type documented (VPC.0501)', () => {
    expect(validateAllocateElasticIp({ bandwidthMbps: 1, name: 'bw_1-a.b' })).toBeNull();
    expect(validateAllocateElasticIp({ bandwidthMbps: 2000, name: '带宽' })).toBeNull();
    expect(validateAllocateElasticIp({})).toMatchObject({ code: 'VPC.0301', parameter: 'bandwidth.size' });
    expect(validateAllocateElasticIp({ bandwidthMbps: 0 })).toMatchObject({ code: 'VPC.0301', parameter: 'bandwidth.size' });
    expect(validateAllocateElasticIp({ bandwidthMbps: 5, name: 'x'.repeat(65) })).toMatchObject({ code: 'VPC.0301', parameter: 'bandwidth.name' });
    expect(validateAllocateElasticIp({ bandwidthMbps: 5, ipType: '5_union' })).toMatchObject({ code: 'VPC.0501', parameter: 'publicip.type' });
  });

  it('UpdateVifPeer: the peer id of 36 characters, name ≤64, description ≤128 (DC.0001), remote_ep_group CIDRs (DC.0004)', () => {
    expect(validateUpdateVifPeer(UUID, { name: 'x'.repeat(64), description: 'd'.repeat(128), remoteEpGroup: ['10.0.0.0/8'] })).toBeNull();
    expect(validateUpdateVifPeer('peer-1', {})).toMatchObject({ code: 'DC.0001', parameter: 'vif_peer_id' });
    expect(validateUpdateVifPeer(UUID, { description: 'd'.repeat(129) })).toMatchObject({ code: 'DC.0001', parameter: 'description' });
    expect(validateUpdateVifPeer(UUID, { remoteEpGroup: ['10.0.0.0'] })).toMatchObject({ code: 'DC.0004', parameter: 'remote_ep_group' });
  });
});
