import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MutationName } from '../../src/domain/operations';
import { startHarness, type Harness } from '../support/harness';
import { mutationDocument, recordedCalls } from '../support/mutation-documents';

/**
 * Every documented limit of the five mutations' seed pages, end to end: the gateway answers input
 * the provider would reject with the same typed error and provider code, names the parameter, and
 * no request reaches the emulator (its call log stays empty).
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  for (const provider of ['alibaba', 'huawei'] as const) {
    await h.control(provider, 'POST', 'reset', { fixture: 'empty' });
    await h.control(provider, 'DELETE', 'calls');
  }
});

const ALI_TARGET = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' };
const aliRef = (nativeId: string) => ({ ...ALI_TARGET, nativeId });
const HW_TARGET = { provider: 'HUAWEI', account: 'hw-prod', region: 'ap-southeast-1' };
const NIC = '0e2e0000-0000-4000-8000-00000000d001';
const SUBNET = '0e2e0000-0000-4000-8000-00000000b001';
const VIF = '0e2e0000-0000-4000-8000-00000000f001';

/** Inputs that pass every documented limit; each case breaks exactly one. */
const VALID: Record<MutationName, Record<string, unknown>> = {
  createNetworkInterface: { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea' },
  assignPrivateIpAddresses: { networkInterface: aliRef('eni-e2eone'), secondaryPrivateIpAddressCount: 1 },
  associateElasticIp: { elasticIp: aliRef('eip-e2efree'), instanceId: 'eni-e2eone', instanceType: 'NETWORK_INTERFACE' },
  bindVirtualIp: { networkInterface: { ...HW_TARGET, nativeId: NIC }, subnetId: SUBNET, ipAddress: '192.168.0.100' },
  createVifPeer: { target: HW_TARGET, vifId: VIF, name: 'peer', addressFamily: 'IPV4', localGatewayIp: '10.0.0.1/30', remoteGatewayIp: '10.0.0.2/30' },
};

const EMULATOR: Record<MutationName, 'alibaba' | 'huawei'> = {
  createNetworkInterface: 'alibaba',
  assignPrivateIpAddresses: 'alibaba',
  associateElasticIp: 'alibaba',
  bindVirtualIp: 'huawei',
  createVifPeer: 'huawei',
};

/** `parameter` is a field of InvalidParameter only; the other categories carry the code alone. */
type Expected = { __typename?: string; code: string; httpStatus?: number; parameter?: string };
type Case = [limit: string, mutation: MutationName, change: Record<string, unknown>, expected: Expected];

const long = (n: number, start = 'a') => start + 'b'.repeat(n - 1);
const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: 'v' }));
const ips = (n: number, prefix = '10.0.1.') => Array.from({ length: n }, (_, i) => `${prefix}${i + 10}`);

const CASES: Case[] = [
  // seed 004 CreateNetworkInterface
  ['NetworkInterfaceName shorter than 2', 'createNetworkInterface', { networkInterfaceName: 'a' }, { code: 'InvalidParameter', parameter: 'NetworkInterfaceName' }],
  ['NetworkInterfaceName longer than 128', 'createNetworkInterface', { networkInterfaceName: long(129) }, { code: 'InvalidParameter', parameter: 'NetworkInterfaceName' }],
  ['NetworkInterfaceName not starting with a letter', 'createNetworkInterface', { networkInterfaceName: '1eni' }, { code: 'InvalidParameter', parameter: 'NetworkInterfaceName' }],
  ['NetworkInterfaceName starting with http://', 'createNetworkInterface', { networkInterfaceName: 'http://eni' }, { code: 'InvalidParameter', parameter: 'NetworkInterfaceName' }],
  ['NetworkInterfaceName with characters outside letters, digits, : _ -', 'createNetworkInterface', { networkInterfaceName: 'eni name' }, { code: 'InvalidParameter', parameter: 'NetworkInterfaceName' }],
  ['Description shorter than 2', 'createNetworkInterface', { description: 'a' }, { code: 'InvalidParameter', parameter: 'Description' }],
  ['Description longer than 256', 'createNetworkInterface', { description: long(257) }, { code: 'InvalidParameter', parameter: 'Description' }],
  ['Description starting with https://', 'createNetworkInterface', { description: 'https://example.com' }, { code: 'InvalidParameter', parameter: 'Description' }],
  ['ClientToken longer than 64', 'createNetworkInterface', { clientToken: long(65) }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  ['ClientToken not ASCII', 'createNetworkInterface', { clientToken: 'tökén' }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  ['PrivateIpAddress.N more than 10', 'createNetworkInterface', { privateIpAddresses: ips(11) }, { code: 'InvalidParameter', parameter: 'PrivateIpAddress.N' }],
  ['PrivateIpAddress.N not an IPv4 address', 'createNetworkInterface', { privateIpAddresses: ['10.0.1.300'] }, { code: 'InvalidParameter', parameter: 'PrivateIpAddress.N' }],
  ['PrivateIpAddress.N together with SecondaryPrivateIpAddressCount', 'createNetworkInterface', { privateIpAddresses: ['10.0.1.10'], secondaryPrivateIpAddressCount: 1 }, { code: 'InvalidParameter.Conflict', parameter: 'PrivateIpAddress.N' }],
  ['SecondaryPrivateIpAddressCount below 1', 'createNetworkInterface', { secondaryPrivateIpAddressCount: 0 }, { code: 'InvalidParameter', parameter: 'SecondaryPrivateIpAddressCount' }],
  ['SecondaryPrivateIpAddressCount above 49', 'createNetworkInterface', { secondaryPrivateIpAddressCount: 50 }, { code: 'InvalidParameter', parameter: 'SecondaryPrivateIpAddressCount' }],
  ['PrimaryIpAddress not an IPv4 address', 'createNetworkInterface', { primaryIpAddress: 'fd00::1' }, { code: 'InvalidParameter', parameter: 'PrimaryIpAddress' }],
  ['SecurityGroupId together with SecurityGroupIds.N', 'createNetworkInterface', { securityGroupIds: ['sg-e2eb'] }, { code: 'InvalidParameter.Conflict', parameter: 'SecurityGroupIds.N' }],
  ['Tag.N more than 20', 'createNetworkInterface', { tags: tags(21) }, { code: 'InvalidParameter', parameter: 'Tag.N' }],
  ['Tag.N.Key starting with aliyun', 'createNetworkInterface', { tags: [{ key: 'aliyun-x', value: 'v' }] }, { code: 'InvalidTagKey.Malformed', parameter: 'Tag.N.Key' }],
  ['Tag.N.Key starting with acs:', 'createNetworkInterface', { tags: [{ key: 'acs:x', value: 'v' }] }, { code: 'InvalidTagKey.Malformed', parameter: 'Tag.N.Key' }],
  ['Tag.N.Key containing http://', 'createNetworkInterface', { tags: [{ key: 'see http://x', value: 'v' }] }, { code: 'InvalidTagKey.Malformed', parameter: 'Tag.N.Key' }],
  ['Tag.N.Key empty', 'createNetworkInterface', { tags: [{ key: '', value: 'v' }] }, { code: 'InvalidTagKey.Malformed', parameter: 'Tag.N.Key' }],
  ['Tag.N.Key longer than 128', 'createNetworkInterface', { tags: [{ key: long(129), value: 'v' }] }, { code: 'InvalidTagKey.Malformed', parameter: 'Tag.N.Key' }],
  ['Tag.N.Value starting with acs:', 'createNetworkInterface', { tags: [{ key: 'k', value: 'acs:v' }] }, { code: 'InvalidTagValue.Malformed', parameter: 'Tag.N.Value' }],
  ['Tag.N.Value longer than 128', 'createNetworkInterface', { tags: [{ key: 'k', value: long(129) }] }, { code: 'InvalidTagValue.Malformed', parameter: 'Tag.N.Value' }],
  ['Tag.N.Key duplicated', 'createNetworkInterface', { tags: [{ key: 'k', value: '1' }, { key: 'k', value: '2' }] }, { code: 'Duplicate.TagKey', parameter: 'Tag.N.Key' }],
  ['QueueNumber below 1', 'createNetworkInterface', { queueNumber: 0 }, { code: 'InvalidParameter', parameter: 'QueueNumber' }],
  ['QueueNumber above 2048', 'createNetworkInterface', { queueNumber: 2049 }, { code: 'InvalidParameter', parameter: 'QueueNumber' }],

  // seed 003 AssignPrivateIpAddresses
  ['neither PrivateIpAddress.N nor SecondaryPrivateIpAddressCount', 'assignPrivateIpAddresses', { secondaryPrivateIpAddressCount: undefined }, { code: 'MissingParameter', httpStatus: 403, parameter: 'SecondaryPrivateIpAddressCount' }],
  ['PrivateIpAddress.N together with SecondaryPrivateIpAddressCount', 'assignPrivateIpAddresses', { privateIpAddresses: ['10.0.1.10'] }, { code: 'InvalidParameter.Conflict', parameter: 'PrivateIpAddress.N' }],
  ['PrivateIpAddress.N more than 50', 'assignPrivateIpAddresses', { secondaryPrivateIpAddressCount: undefined, privateIpAddresses: ips(51, '10.0.') }, { code: 'InvalidParameter', parameter: 'PrivateIpAddress.N' }],
  ['PrivateIpAddress.N not an IPv4 address', 'assignPrivateIpAddresses', { secondaryPrivateIpAddressCount: undefined, privateIpAddresses: ['10.0.1'] }, { code: 'InvalidPrivateIpAddress.Malformed', parameter: 'PrivateIpAddress.N' }],
  ['PrivateIpAddress.N repeating an address', 'assignPrivateIpAddresses', { secondaryPrivateIpAddressCount: undefined, privateIpAddresses: ['10.0.1.10', '10.0.1.10'] }, { __typename: 'ResourceConflict', code: 'InvalidPrivateIpAddress.Duplicated' }],
  ['SecondaryPrivateIpAddressCount below 1', 'assignPrivateIpAddresses', { secondaryPrivateIpAddressCount: 0 }, { code: 'InvalidSecondaryPrivateIpAddressCount.Malformed', parameter: 'SecondaryPrivateIpAddressCount' }],
  ['SecondaryPrivateIpAddressCount above 50', 'assignPrivateIpAddresses', { secondaryPrivateIpAddressCount: 51 }, { code: 'InvalidSecondaryPrivateIpAddressCount.Malformed', parameter: 'SecondaryPrivateIpAddressCount' }],
  ['NetworkInterfaceId not an ENI id', 'assignPrivateIpAddresses', { networkInterface: aliRef('ENI-Bad') }, { code: 'InvalidEniId.Malformed', parameter: 'NetworkInterfaceId' }],
  ['ClientToken longer than 64', 'assignPrivateIpAddresses', { clientToken: long(65) }, { code: 'InvalidParameter', parameter: 'ClientToken' }],

  // seed 002 AssociateEipAddress
  ['PrivateIpAddress not an IPv4 address', 'associateElasticIp', { privateIpAddress: 'ten.0.0.1' }, { code: 'InvalidParameter', parameter: 'PrivateIpAddress' }],
  ['InstanceType IpAddress without VpcId', 'associateElasticIp', { instanceType: 'IP_ADDRESS', instanceId: '10.0.1.50' }, { code: 'MissingParameter', httpStatus: 400, parameter: 'VpcId' }],
  ['InstanceId empty', 'associateElasticIp', { instanceId: '' }, { code: 'MissingParameter', httpStatus: 400, parameter: 'InstanceId' }],
  ['ClientToken longer than 64', 'associateElasticIp', { clientToken: long(65) }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  ['ClientToken not ASCII', 'associateElasticIp', { clientToken: '令牌' }, { code: 'InvalidParameter', parameter: 'ClientToken' }],

  // seed 000 bind a virtual IP to a NIC
  ['nic_id not a UUID', 'bindVirtualIp', { networkInterface: { ...HW_TARGET, nativeId: 'nic-1' } }, { code: 'Ecs.0005', parameter: 'nic_id' }],
  ['subnet_id not a UUID', 'bindVirtualIp', { subnetId: 'subnet-1' }, { code: 'Ecs.0005', parameter: 'subnet_id' }],
  ['ip_address not an IP address', 'bindVirtualIp', { ipAddress: '192.168.0.300' }, { code: 'Ecs.0005', parameter: 'ip_address' }],

  // seed 001 create a VIF peer
  ['name longer than 64', 'createVifPeer', { name: long(65) }, { code: 'DC.0001', parameter: 'name' }],
  ['description longer than 128', 'createVifPeer', { description: long(129) }, { code: 'DC.0001', parameter: 'description' }],
  ['vif_id not 36 characters', 'createVifPeer', { vifId: VIF.slice(1) }, { code: 'DC.0001', parameter: 'vif_id' }],
  ['local_gateway_ip of the other address family', 'createVifPeer', { localGatewayIp: 'fd00::1/64' }, { code: 'DC.0004', parameter: 'local_gateway_ip' }],
  ['remote_gateway_ip not in CIDR notation', 'createVifPeer', { remoteGatewayIp: 'not-an-address' }, { code: 'DC.0004', parameter: 'remote_gateway_ip' }],
  ['IPv6 peer with IPv4 gateways', 'createVifPeer', { addressFamily: 'IPV6' }, { code: 'DC.0004', parameter: 'local_gateway_ip' }],
  ['remote_ep_group holding something that is not a CIDR block', 'createVifPeer', { remoteEpGroup: ['10.1.0.0/16', 'bogus'] }, { code: 'DC.0004', parameter: 'remote_ep_group' }],
  ['bgp_asn below 1', 'createVifPeer', { routeMode: 'BGP', bgpAsn: 0 }, { code: 'DC.0008', parameter: 'bgp_asn' }],
  ['bgp route mode without bgp_asn', 'createVifPeer', { routeMode: 'BGP' }, { code: 'DC.0001', parameter: 'bgp_asn' }],
];

const withChange = (mutation: MutationName, change: Record<string, unknown>) => {
  const input: Record<string, unknown> = { ...VALID[mutation], ...change };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  return input;
};

describe('documented limits are enforced by the gateway, before the wire', () => {
  it.each(CASES)('%s (%s)', async (_limit, mutation, change, expected) => {
    const { data, errors, requestId } = await h.gql(mutationDocument(mutation), { input: withChange(mutation, change) });
    expect(errors).toBeUndefined();
    const member = data[mutation]!;
    expect(member).toMatchObject({ __typename: 'InvalidParameter', ...expected, documented: true, retryable: false });
    // Nothing was sent, so the request id quoted is the gateway's own.
    expect(member.requestId).toBe(requestId);
    expect(await recordedCalls(h, EMULATOR[mutation])).toEqual([]);
  });

  it.each([
    ['bgp_asn above 4294967295 (UInt32)', 'createVifPeer', { routeMode: 'BGP', bgpAsn: 4294967296 }],
    ['bgp_asn negative (UInt32)', 'createVifPeer', { routeMode: 'BGP', bgpAsn: -1 }],
    ['InstanceType outside the documented enum', 'associateElasticIp', { instanceType: 'LoadBalancer' }],
    ['Mode outside the documented enum', 'associateElasticIp', { mode: 'CUT_THROUGH' }],
    ['address_family outside the documented enum', 'createVifPeer', { addressFamily: 'IPV5' }],
  ] as const)('%s is a GraphQL variable error, never a call', async (_limit, mutation, change) => {
    const { status, errors } = await h.gql(mutationDocument(mutation), { input: withChange(mutation, change) });
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await recordedCalls(h, EMULATOR[mutation])).toEqual([]);
  });

  it.each(Object.keys(VALID) as MutationName[])('the valid %s input does reach the emulator (the cases above are not vacuous)', async (mutation) => {
    const { errors } = await h.gql(mutationDocument(mutation), { input: VALID[mutation] });
    expect(errors).toBeUndefined();
    expect((await recordedCalls(h, EMULATOR[mutation])).length).toBeGreaterThan(0);
  });
});
