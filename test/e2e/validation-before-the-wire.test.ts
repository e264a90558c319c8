import { beforeEach, describe, expect, it } from 'vitest';
import { MUTATION_NAMES, mutationDescriptor, providersOf, unsupportedReason, type InputFieldSpec, type MutationEnumName } from '../../src/domain/mutations';
import type { MutationName } from '../../src/domain/operations';
import type { ProviderName } from '../../src/domain/resources';
import { useHarness } from '../support/harness';
import { mutationDocument, recordedCalls } from '../support/mutation-documents';

/**
 * Every documented limit of every (mutation, provider) pair, end to end: the gateway answers input
 * the provider would reject with the same typed error and provider code, names the parameter, and
 * no request reaches either emulator (both call logs stay empty). A second table is derived from
 * the descriptors: every field a provider does not take answers netplane.FieldNotTaken, and every
 * provider a mutation does not offer answers UnsupportedOperation with the descriptor's alternative.
 */

const h = useHarness();
beforeEach(async () => {
  for (const provider of ['alibaba', 'huawei'] as const) {
    await h.control(provider, 'POST', 'reset', { fixture: 'empty' });
    await h.control(provider, 'DELETE', 'calls');
  }
});

type Emulator = 'alibaba' | 'huawei';
/** A table key: `${mutation}/${provider}` — limits belong to one provider's operation. */
type Key = `${MutationName}/${Emulator}`;
const keyOf = (mutation: MutationName, provider: ProviderName): Key => `${mutation}/${provider.toLowerCase() as Emulator}`;
const splitKey = (key: Key) => key.split('/') as [MutationName, Emulator];

const ALI_TARGET = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' };
const aliRef = (nativeId: string) => ({ ...ALI_TARGET, nativeId });
const HW_TARGET = { provider: 'HUAWEI', account: 'hw-prod', region: 'ap-southeast-1' };
const hwRef = (nativeId: string) => ({ ...HW_TARGET, nativeId });
const NIC = '0e2e0000-0000-4000-8000-00000000d001';
const SUBNET = '0e2e0000-0000-4000-8000-00000000b001';
const SERVER = '0e2e0000-0000-4000-8000-00000000c001';
const VIF = '0e2e0000-0000-4000-8000-00000000f001';
const VIP = '0e2e0000-0000-4000-8000-00000000e101';
const EIP = '0e2e0000-0000-4000-8000-00000000e201';
const PEER = '0e2e0000-0000-4000-8000-00000000f101';

/** Inputs that pass every documented limit of that provider; each case breaks exactly one. */
const VALID: Partial<Record<Key, Record<string, unknown>>> = {
  // Alibaba
  'createNetworkInterface/alibaba': { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea' },
  'updateNetworkInterface/alibaba': { networkInterface: aliRef('eni-e2eone'), networkInterfaceName: 'web-eni', description: 'an interface' },
  'deleteNetworkInterface/alibaba': { networkInterface: aliRef('eni-e2eone') },
  'attachNetworkInterface/alibaba': { networkInterface: aliRef('eni-e2eone'), instanceId: 'i-e2ehost' },
  'detachNetworkInterface/alibaba': { networkInterface: aliRef('eni-e2eone'), instanceId: 'i-e2ehost' },
  'assignPrivateIpAddresses/alibaba': { networkInterface: aliRef('eni-e2eone'), secondaryPrivateIpAddressCount: 1 },
  'unassignPrivateIpAddresses/alibaba': { networkInterface: aliRef('eni-e2eone'), privateIpAddresses: ['10.0.1.20'] },
  'createVirtualIp/alibaba': { target: ALI_TARGET, subnetId: 'vsw-e2ea', name: 'vip', description: 'a virtual IP' },
  'deleteVirtualIp/alibaba': { virtualIp: aliRef('havip-e2ea') },
  'bindVirtualIp/alibaba': { networkInterface: aliRef('eni-e2eone'), virtualIpId: 'havip-e2ea' },
  'unbindVirtualIp/alibaba': { networkInterface: aliRef('eni-e2eone'), virtualIpId: 'havip-e2ea' },
  'allocateElasticIp/alibaba': { target: ALI_TARGET, bandwidthMbps: 5, name: 'eip', description: 'an address' },
  'releaseElasticIp/alibaba': { elasticIp: aliRef('eip-e2efree') },
  'associateElasticIp/alibaba': { elasticIp: aliRef('eip-e2efree'), instanceId: 'eni-e2eone', instanceType: 'NETWORK_INTERFACE' },
  'unassociateElasticIp/alibaba': { elasticIp: aliRef('eip-e2efree'), instanceId: 'eni-e2eone', instanceType: 'NETWORK_INTERFACE' },
  'createVifPeer/alibaba': { target: ALI_TARGET, bgpGroupId: 'bgpg-e2ea', remoteGatewayIp: '10.0.0.2' },
  'updateVifPeer/alibaba': { vifPeer: aliRef('bgp-e2ea'), remoteGatewayIp: '10.0.0.6' },
  'deleteVifPeer/alibaba': { vifPeer: aliRef('bgp-e2ea') },
  // Huawei
  'createNetworkInterface/huawei': { target: HW_TARGET, vSwitchId: SUBNET, networkInterfaceName: 'port' },
  'updateNetworkInterface/huawei': { networkInterface: hwRef(NIC), networkInterfaceName: 'port' },
  'deleteNetworkInterface/huawei': { networkInterface: hwRef(NIC) },
  'attachNetworkInterface/huawei': { networkInterface: hwRef(NIC), instanceId: SERVER },
  'detachNetworkInterface/huawei': { networkInterface: hwRef(NIC), instanceId: SERVER },
  'createVirtualIp/huawei': { target: HW_TARGET, subnetId: SUBNET },
  'deleteVirtualIp/huawei': { virtualIp: hwRef(VIP) },
  'bindVirtualIp/huawei': { networkInterface: hwRef(NIC), subnetId: SUBNET, ipAddress: '192.168.0.100' },
  'unbindVirtualIp/huawei': { networkInterface: hwRef(NIC) },
  'allocateElasticIp/huawei': { target: HW_TARGET, bandwidthMbps: 5 },
  'releaseElasticIp/huawei': { elasticIp: hwRef(EIP) },
  'associateElasticIp/huawei': { elasticIp: hwRef(EIP), instanceId: NIC },
  'unassociateElasticIp/huawei': { elasticIp: hwRef(EIP) },
  'createVifPeer/huawei': { target: HW_TARGET, vifId: VIF, name: 'peer', addressFamily: 'IPV4', localGatewayIp: '10.0.0.1/30', remoteGatewayIp: '10.0.0.2/30' },
  'updateVifPeer/huawei': { vifPeer: hwRef(PEER), name: 'peer' },
  'deleteVifPeer/huawei': { vifPeer: hwRef(PEER) },
};

/** `parameter` is a field of InvalidParameter only; the other categories carry the code alone. */
type Expected = { __typename?: string; code: string; httpStatus?: number; parameter?: string };
type Case = [limit: string, key: Key, change: Record<string, unknown>, expected: Expected];

const long = (n: number, start = 'a') => start + 'b'.repeat(n - 1);
const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: 'v' }));
const ips = (n: number, prefix = '10.0.1.') => Array.from({ length: n }, (_, i) => `${prefix}${i + 10}`);

const CASES: Case[] = [
  // seed 004 CreateNetworkInterface
  ['NetworkInterfaceName shorter than 2', 'createNetworkInterface/alibaba', { networkInterfaceName: 'a' }, { code: 'InvalidParameter', parameter: 'NetworkInterfaceName' }],
  ['NetworkInterfaceName longer than 128', 'createNetworkInterface/alibaba', { networkInterfaceName: long(129) }, { code: 'InvalidParameter', parameter: 'NetworkInterfaceName' }],
  ['NetworkInterfaceName not starting with a letter', 'createNetworkInterface/alibaba', { networkInterfaceName: '1eni' }, { code: 'InvalidParameter', parameter: 'NetworkInterfaceName' }],
  ['NetworkInterfaceName starting with http://', 'createNetworkInterface/alibaba', { networkInterfaceName: 'http://eni' }, { code: 'InvalidParameter', parameter: 'NetworkInterfaceName' }],
  ['NetworkInterfaceName with characters outside letters, digits, : _ -', 'createNetworkInterface/alibaba', { networkInterfaceName: 'eni name' }, { code: 'InvalidParameter', parameter: 'NetworkInterfaceName' }],
  ['Description shorter than 2', 'createNetworkInterface/alibaba', { description: 'a' }, { code: 'InvalidParameter', parameter: 'Description' }],
  ['Description longer than 256', 'createNetworkInterface/alibaba', { description: long(257) }, { code: 'InvalidParameter', parameter: 'Description' }],
  ['Description starting with https://', 'createNetworkInterface/alibaba', { description: 'https://example.com' }, { code: 'InvalidParameter', parameter: 'Description' }],
  ['ClientToken longer than 64', 'createNetworkInterface/alibaba', { clientToken: long(65) }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  ['ClientToken not ASCII', 'createNetworkInterface/alibaba', { clientToken: 'tökén' }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  ['PrivateIpAddress.N more than 10', 'createNetworkInterface/alibaba', { privateIpAddresses: ips(11) }, { code: 'InvalidParameter', parameter: 'PrivateIpAddress.N' }],
  ['PrivateIpAddress.N not an IPv4 address', 'createNetworkInterface/alibaba', { privateIpAddresses: ['10.0.1.300'] }, { code: 'InvalidParameter', parameter: 'PrivateIpAddress.N' }],
  ['PrivateIpAddress.N together with SecondaryPrivateIpAddressCount', 'createNetworkInterface/alibaba', { privateIpAddresses: ['10.0.1.10'], secondaryPrivateIpAddressCount: 1 }, { code: 'InvalidParameter.Conflict', parameter: 'PrivateIpAddress.N' }],
  ['SecondaryPrivateIpAddressCount below 1', 'createNetworkInterface/alibaba', { secondaryPrivateIpAddressCount: 0 }, { code: 'InvalidParameter', parameter: 'SecondaryPrivateIpAddressCount' }],
  ['SecondaryPrivateIpAddressCount above 49', 'createNetworkInterface/alibaba', { secondaryPrivateIpAddressCount: 50 }, { code: 'InvalidParameter', parameter: 'SecondaryPrivateIpAddressCount' }],
  ['PrimaryIpAddress not an IPv4 address', 'createNetworkInterface/alibaba', { primaryIpAddress: 'fd00::1' }, { code: 'InvalidParameter', parameter: 'PrimaryIpAddress' }],
  ['SecurityGroupId together with SecurityGroupIds.N', 'createNetworkInterface/alibaba', { securityGroupIds: ['sg-e2eb'] }, { code: 'InvalidParameter.Conflict', parameter: 'SecurityGroupIds.N' }],
  ['Tag.N more than 20', 'createNetworkInterface/alibaba', { tags: tags(21) }, { code: 'InvalidParameter', parameter: 'Tag.N' }],
  ['Tag.N.Key starting with aliyun', 'createNetworkInterface/alibaba', { tags: [{ key: 'aliyun-x', value: 'v' }] }, { code: 'InvalidTagKey.Malformed', parameter: 'Tag.N.Key' }],
  ['Tag.N.Key starting with acs:', 'createNetworkInterface/alibaba', { tags: [{ key: 'acs:x', value: 'v' }] }, { code: 'InvalidTagKey.Malformed', parameter: 'Tag.N.Key' }],
  ['Tag.N.Key containing http://', 'createNetworkInterface/alibaba', { tags: [{ key: 'see http://x', value: 'v' }] }, { code: 'InvalidTagKey.Malformed', parameter: 'Tag.N.Key' }],
  ['Tag.N.Key empty', 'createNetworkInterface/alibaba', { tags: [{ key: '', value: 'v' }] }, { code: 'InvalidTagKey.Malformed', parameter: 'Tag.N.Key' }],
  ['Tag.N.Key longer than 128', 'createNetworkInterface/alibaba', { tags: [{ key: long(129), value: 'v' }] }, { code: 'InvalidTagKey.Malformed', parameter: 'Tag.N.Key' }],
  ['Tag.N.Value starting with acs:', 'createNetworkInterface/alibaba', { tags: [{ key: 'k', value: 'acs:v' }] }, { code: 'InvalidTagValue.Malformed', parameter: 'Tag.N.Value' }],
  ['Tag.N.Value longer than 128', 'createNetworkInterface/alibaba', { tags: [{ key: 'k', value: long(129) }] }, { code: 'InvalidTagValue.Malformed', parameter: 'Tag.N.Value' }],
  ['Tag.N.Key duplicated', 'createNetworkInterface/alibaba', { tags: [{ key: 'k', value: '1' }, { key: 'k', value: '2' }] }, { code: 'Duplicate.TagKey', parameter: 'Tag.N.Key' }],
  ['QueueNumber below 1', 'createNetworkInterface/alibaba', { queueNumber: 0 }, { code: 'InvalidParameter', parameter: 'QueueNumber' }],
  ['QueueNumber above 2048', 'createNetworkInterface/alibaba', { queueNumber: 2049 }, { code: 'InvalidParameter', parameter: 'QueueNumber' }],

  // seed 003 AssignPrivateIpAddresses
  ['neither PrivateIpAddress.N nor SecondaryPrivateIpAddressCount', 'assignPrivateIpAddresses/alibaba', { secondaryPrivateIpAddressCount: undefined }, { code: 'MissingParameter', httpStatus: 403, parameter: 'SecondaryPrivateIpAddressCount' }],
  ['PrivateIpAddress.N together with SecondaryPrivateIpAddressCount', 'assignPrivateIpAddresses/alibaba', { privateIpAddresses: ['10.0.1.10'] }, { code: 'InvalidParameter.Conflict', parameter: 'PrivateIpAddress.N' }],
  ['PrivateIpAddress.N more than 50', 'assignPrivateIpAddresses/alibaba', { secondaryPrivateIpAddressCount: undefined, privateIpAddresses: ips(51, '10.0.') }, { code: 'InvalidParameter', parameter: 'PrivateIpAddress.N' }],
  ['PrivateIpAddress.N not an IPv4 address', 'assignPrivateIpAddresses/alibaba', { secondaryPrivateIpAddressCount: undefined, privateIpAddresses: ['10.0.1'] }, { code: 'InvalidPrivateIpAddress.Malformed', parameter: 'PrivateIpAddress.N' }],
  ['PrivateIpAddress.N repeating an address', 'assignPrivateIpAddresses/alibaba', { secondaryPrivateIpAddressCount: undefined, privateIpAddresses: ['10.0.1.10', '10.0.1.10'] }, { __typename: 'ResourceConflict', code: 'InvalidPrivateIpAddress.Duplicated' }],
  ['SecondaryPrivateIpAddressCount below 1', 'assignPrivateIpAddresses/alibaba', { secondaryPrivateIpAddressCount: 0 }, { code: 'InvalidSecondaryPrivateIpAddressCount.Malformed', parameter: 'SecondaryPrivateIpAddressCount' }],
  ['SecondaryPrivateIpAddressCount above 50', 'assignPrivateIpAddresses/alibaba', { secondaryPrivateIpAddressCount: 51 }, { code: 'InvalidSecondaryPrivateIpAddressCount.Malformed', parameter: 'SecondaryPrivateIpAddressCount' }],
  ['NetworkInterfaceId not an ENI id', 'assignPrivateIpAddresses/alibaba', { networkInterface: aliRef('ENI-Bad') }, { code: 'InvalidEniId.Malformed', parameter: 'NetworkInterfaceId' }],
  ['ClientToken longer than 64', 'assignPrivateIpAddresses/alibaba', { clientToken: long(65) }, { code: 'InvalidParameter', parameter: 'ClientToken' }],

  // seed 002 AssociateEipAddress
  ['PrivateIpAddress not an IPv4 address', 'associateElasticIp/alibaba', { privateIpAddress: 'ten.0.0.1' }, { code: 'InvalidParameter', parameter: 'PrivateIpAddress' }],
  ['InstanceType IpAddress without VpcId', 'associateElasticIp/alibaba', { instanceType: 'IP_ADDRESS', instanceId: '10.0.1.50' }, { code: 'MissingParameter', httpStatus: 400, parameter: 'VpcId' }],
  ['InstanceId empty', 'associateElasticIp/alibaba', { instanceId: '' }, { code: 'MissingParameter', httpStatus: 400, parameter: 'InstanceId' }],
  ['ClientToken longer than 64', 'associateElasticIp/alibaba', { clientToken: long(65) }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  ['ClientToken not ASCII', 'associateElasticIp/alibaba', { clientToken: '令牌' }, { code: 'InvalidParameter', parameter: 'ClientToken' }],

  // seed 000 bind a virtual IP to a NIC
  ['nic_id not a UUID', 'bindVirtualIp/huawei', { networkInterface: hwRef('nic-1') }, { code: 'Ecs.0005', parameter: 'nic_id' }],
  ['subnet_id not a UUID', 'bindVirtualIp/huawei', { subnetId: 'subnet-1' }, { code: 'Ecs.0005', parameter: 'subnet_id' }],
  ['ip_address not an IP address', 'bindVirtualIp/huawei', { ipAddress: '192.168.0.300' }, { code: 'Ecs.0005', parameter: 'ip_address' }],

  // seed 001 create a VIF peer
  ['name longer than 64', 'createVifPeer/huawei', { name: long(65) }, { code: 'DC.0001', parameter: 'name' }],
  ['description longer than 128', 'createVifPeer/huawei', { description: long(129) }, { code: 'DC.0001', parameter: 'description' }],
  ['vif_id not 36 characters', 'createVifPeer/huawei', { vifId: VIF.slice(1) }, { code: 'DC.0001', parameter: 'vif_id' }],
  ['local_gateway_ip of the other address family', 'createVifPeer/huawei', { localGatewayIp: 'fd00::1/64' }, { code: 'DC.0004', parameter: 'local_gateway_ip' }],
  ['remote_gateway_ip not in CIDR notation', 'createVifPeer/huawei', { remoteGatewayIp: 'not-an-address' }, { code: 'DC.0004', parameter: 'remote_gateway_ip' }],
  ['IPv6 peer with IPv4 gateways', 'createVifPeer/huawei', { addressFamily: 'IPV6' }, { code: 'DC.0004', parameter: 'local_gateway_ip' }],
  ['remote_ep_group holding something that is not a CIDR block', 'createVifPeer/huawei', { remoteEpGroup: ['10.1.0.0/16', 'bogus'] }, { code: 'DC.0004', parameter: 'remote_ep_group' }],
  ['bgp_asn below 1', 'createVifPeer/huawei', { routeMode: 'BGP', bgpAsn: 0 }, { code: 'DC.0008', parameter: 'bgp_asn' }],
  ['bgp route mode without bgp_asn', 'createVifPeer/huawei', { routeMode: 'BGP' }, { code: 'DC.0001', parameter: 'bgp_asn' }],

  // Alibaba ModifyNetworkInterfaceAttribute
  ['NetworkInterfaceName shorter than 2', 'updateNetworkInterface/alibaba', { networkInterfaceName: 'a' }, { code: 'InvalidParameter', parameter: 'NetworkInterfaceName' }],
  ['NetworkInterfaceName not starting with a letter', 'updateNetworkInterface/alibaba', { networkInterfaceName: '_eni' }, { code: 'InvalidParameter', parameter: 'NetworkInterfaceName' }],
  ['Description shorter than 2', 'updateNetworkInterface/alibaba', { description: 'a' }, { code: 'InvalidParameter', parameter: 'Description' }],
  ['Description longer than 255', 'updateNetworkInterface/alibaba', { description: long(256) }, { code: 'InvalidParameter', parameter: 'Description' }],
  ['Description starting with http://', 'updateNetworkInterface/alibaba', { description: 'http://x.example' }, { code: 'InvalidParameter', parameter: 'Description' }],
  ['SecurityGroupId.N more than 10', 'updateNetworkInterface/alibaba', { securityGroupIds: Array.from({ length: 11 }, (_, i) => `sg-e2e${i}`) }, { code: 'InvalidParameter', parameter: 'SecurityGroupId.N' }],
  // Alibaba AttachNetworkInterface
  ['InstanceId empty', 'attachNetworkInterface/alibaba', { instanceId: '' }, { code: 'MissingParameter', httpStatus: 400, parameter: 'InstanceId' }],
  ['NetworkCardIndex above 255', 'attachNetworkInterface/alibaba', { networkCardIndex: 256 }, { code: 'InvalidParameter', parameter: 'NetworkCardIndex' }],
  ['NetworkCardIndex negative', 'attachNetworkInterface/alibaba', { networkCardIndex: -1 }, { code: 'InvalidParameter', parameter: 'NetworkCardIndex' }],
  // Alibaba UnassignPrivateIpAddresses
  ['PrivateIpAddress.N empty (the page: MissingParameter, 403)', 'unassignPrivateIpAddresses/alibaba', { privateIpAddresses: [] }, { code: 'MissingParameter', httpStatus: 403, parameter: 'PrivateIpAddress.N' }],
  ['PrivateIpAddress.N more than 50', 'unassignPrivateIpAddresses/alibaba', { privateIpAddresses: ips(51, '10.0.') }, { code: 'InvalidParameter', parameter: 'PrivateIpAddress.N' }],
  ['PrivateIpAddress.N not an IPv4 address', 'unassignPrivateIpAddresses/alibaba', { privateIpAddresses: ['10.0.1'] }, { code: 'InvalidParameter', parameter: 'PrivateIpAddress.N' }],
  // Alibaba CreateHaVip
  ['IpAddress not an IPv4 address', 'createVirtualIp/alibaba', { ipAddress: '10.0.1' }, { code: 'InvalidIPAddress.Malformed', parameter: 'IpAddress' }],
  ['Name empty', 'createVirtualIp/alibaba', { name: '' }, { code: 'InvalidParameter', parameter: 'Name' }],
  ['Name longer than 128', 'createVirtualIp/alibaba', { name: long(129) }, { code: 'InvalidParameter', parameter: 'Name' }],
  ['Name starting with https://', 'createVirtualIp/alibaba', { name: 'https://vip' }, { code: 'InvalidParameter', parameter: 'Name' }],
  ['Description longer than 256', 'createVirtualIp/alibaba', { description: long(257) }, { code: 'InvalidDescription.Malformed', parameter: 'Description' }],
  ['Description starting with http://', 'createVirtualIp/alibaba', { description: 'http://x' }, { code: 'InvalidDescription.Malformed', parameter: 'Description' }],
  ['ClientToken longer than 64', 'createVirtualIp/alibaba', { clientToken: long(65) }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  // Alibaba DeleteHaVip, AssociateHaVip, UnassociateHaVip
  ['ClientToken longer than 64', 'deleteVirtualIp/alibaba', { clientToken: long(65) }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  ['HaVipId missing (requiredBy Alibaba)', 'bindVirtualIp/alibaba', { virtualIpId: undefined }, { code: 'MissingParameter', httpStatus: 400, parameter: 'HaVipId' }],
  ['ClientToken not ASCII', 'bindVirtualIp/alibaba', { clientToken: 'jeton-é' }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  ['HaVipId missing (requiredBy Alibaba)', 'unbindVirtualIp/alibaba', { virtualIpId: undefined }, { code: 'MissingParameter', httpStatus: 400, parameter: 'HaVipId' }],
  ['ClientToken longer than 64', 'unbindVirtualIp/alibaba', { clientToken: long(65) }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  // Alibaba AllocateEipAddress
  ['Bandwidth below 1', 'allocateElasticIp/alibaba', { bandwidthMbps: 0 }, { code: 'InvalidParameter', parameter: 'Bandwidth' }],
  ['Bandwidth above 500', 'allocateElasticIp/alibaba', { bandwidthMbps: 501 }, { code: 'InvalidParameter', parameter: 'Bandwidth' }],
  ['Name longer than 128', 'allocateElasticIp/alibaba', { name: long(129) }, { code: 'InvalidParameter', parameter: 'Name' }],
  ['Name starting with http://', 'allocateElasticIp/alibaba', { name: 'http://eip' }, { code: 'InvalidParameter', parameter: 'Name' }],
  ['Description longer than 256', 'allocateElasticIp/alibaba', { description: long(257) }, { code: 'InvalidParameter', parameter: 'Description' }],
  ['ClientToken longer than 64', 'allocateElasticIp/alibaba', { clientToken: long(65) }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  // Alibaba UnassociateEipAddress
  ['PrivateIpAddress not an IPv4 address', 'unassociateElasticIp/alibaba', { privateIpAddress: '10.0.1.256' }, { code: 'InvalidParameter', parameter: 'PrivateIpAddress' }],
  ['ClientToken not ASCII', 'unassociateElasticIp/alibaba', { clientToken: '令牌' }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  // Alibaba CreateBgpPeer, ModifyBgpPeerAttribute, DeleteBgpPeer
  ['BgpGroupId missing (requiredBy Alibaba)', 'createVifPeer/alibaba', { bgpGroupId: undefined }, { code: 'MissingParameter', httpStatus: 400, parameter: 'BgpGroupId' }],
  ['PeerIpAddress not an IP address', 'createVifPeer/alibaba', { remoteGatewayIp: '10.0.0' }, { code: 'InvalidParameter', parameter: 'PeerIpAddress' }],
  ['PeerIpAddress in CIDR notation', 'createVifPeer/alibaba', { remoteGatewayIp: '10.0.0.2/30' }, { code: 'InvalidParameter', parameter: 'PeerIpAddress' }],
  ['EnableBfd without BfdMultiHop', 'createVifPeer/alibaba', { enableBfd: true }, { code: 'MissingParameter', httpStatus: 400, parameter: 'BfdMultiHop' }],
  ['BfdMultiHop below 1', 'createVifPeer/alibaba', { enableBfd: true, bfdMultiHop: 0 }, { code: 'InvalidParameter', parameter: 'BfdMultiHop' }],
  ['BfdMultiHop above 255', 'createVifPeer/alibaba', { enableBfd: true, bfdMultiHop: 256 }, { code: 'InvalidParameter', parameter: 'BfdMultiHop' }],
  ['ClientToken longer than 64', 'createVifPeer/alibaba', { clientToken: long(65) }, { code: 'InvalidParameter', parameter: 'ClientToken' }],
  ['PeerIpAddress not an IP address', 'updateVifPeer/alibaba', { remoteGatewayIp: 'peer' }, { code: 'InvalidParameter', parameter: 'PeerIpAddress' }],
  ['BfdMultiHop above 255', 'updateVifPeer/alibaba', { bfdMultiHop: 256 }, { code: 'InvalidParameter', parameter: 'BfdMultiHop' }],
  ['EnableBfd without BfdMultiHop', 'updateVifPeer/alibaba', { enableBfd: true }, { code: 'MissingParameter', httpStatus: 400, parameter: 'BfdMultiHop' }],
  ['ClientToken longer than 64', 'deleteVifPeer/alibaba', { clientToken: long(65) }, { code: 'InvalidParameter', parameter: 'ClientToken' }],

  // Huawei CreatePort (a port), UpdatePort
  ['network_id not a UUID', 'createNetworkInterface/huawei', { vSwitchId: 'subnet-1' }, { code: 'VPC.2500', parameter: 'network_id' }],
  ['name longer than 255', 'createNetworkInterface/huawei', { networkInterfaceName: long(256) }, { code: 'VPC.2500', parameter: 'name' }],
  ['fixed_ips address not IPv4', 'createNetworkInterface/huawei', { primaryIpAddress: 'fd00::5' }, { code: 'VPC.2500', parameter: 'fixed_ips' }],
  ['security_groups not UUIDs', 'createNetworkInterface/huawei', { securityGroupIds: ['sg-1'] }, { code: 'VPC.2500', parameter: 'security_groups' }],
  ['port_id not a UUID', 'updateNetworkInterface/huawei', { networkInterface: hwRef('port-1') }, { code: 'VPC.2500', parameter: 'port_id' }],
  ['name longer than 255', 'updateNetworkInterface/huawei', { networkInterfaceName: long(256) }, { code: 'VPC.2500', parameter: 'name' }],
  ['security_groups not UUIDs', 'updateNetworkInterface/huawei', { securityGroupIds: [SUBNET, 'default'] }, { code: 'VPC.2500', parameter: 'security_groups' }],
  // Huawei BatchAddServerNics, BatchDeleteServerNics
  ['server_id not a UUID', 'attachNetworkInterface/huawei', { instanceId: 'i-1' }, { code: 'Ecs.0005', parameter: 'server_id' }],
  ['server_id not a UUID', 'detachNetworkInterface/huawei', { instanceId: 'web-1' }, { code: 'Ecs.0005', parameter: 'server_id' }],
  // Huawei CreatePort (a VIP port)
  ['network_id not a UUID', 'createVirtualIp/huawei', { subnetId: 'subnet-1' }, { code: 'VPC.2500', parameter: 'network_id' }],
  ['fixed_ips address not IPv4', 'createVirtualIp/huawei', { ipAddress: '192.168.0.300' }, { code: 'VPC.2500', parameter: 'fixed_ips' }],
  // Huawei bind / unbind (ECS NIC PUT and Neutron allowed_address_pairs)
  ['port_id of the virtual IP not a UUID', 'bindVirtualIp/huawei', { virtualIpId: 'vip-1', subnetId: undefined, ipAddress: undefined }, { code: 'Ecs.0005', parameter: 'port_id' }],
  ['Neutron method without the address or the virtual IP', 'bindVirtualIp/huawei', { method: 'NEUTRON_ALLOWED_ADDRESS_PAIRS', subnetId: undefined, ipAddress: undefined }, { code: 'InvalidInput', parameter: 'ip_address' }],
  ['nic_id not a UUID', 'unbindVirtualIp/huawei', { networkInterface: hwRef('nic-1') }, { code: 'Ecs.0005', parameter: 'nic_id' }],
  ['Neutron method: port_id not a UUID', 'unbindVirtualIp/huawei', { method: 'NEUTRON_ALLOWED_ADDRESS_PAIRS', networkInterface: hwRef('port-1'), ipAddress: '192.168.0.100' }, { code: 'InvalidInput', parameter: 'port_id' }],
  ['Neutron method: ip_address not an address', 'unbindVirtualIp/huawei', { method: 'NEUTRON_ALLOWED_ADDRESS_PAIRS', ipAddress: '192.168.0' }, { code: 'InvalidInput', parameter: 'ip_address' }],
  // Huawei CreatePublicip
  ['bandwidth.size missing (requiredBy Huawei)', 'allocateElasticIp/huawei', { bandwidthMbps: undefined }, { code: 'VPC.0301', parameter: 'bandwidth.size' }],
  ['bandwidth.size below 1', 'allocateElasticIp/huawei', { bandwidthMbps: 0 }, { code: 'VPC.0301', parameter: 'bandwidth.size' }],
  ['bandwidth.size above 2000', 'allocateElasticIp/huawei', { bandwidthMbps: 2001 }, { code: 'VPC.0301', parameter: 'bandwidth.size' }],
  ['bandwidth.name with a space', 'allocateElasticIp/huawei', { name: 'my eip' }, { code: 'VPC.0301', parameter: 'bandwidth.name' }],
  ['bandwidth.name longer than 64', 'allocateElasticIp/huawei', { name: long(65) }, { code: 'VPC.0301', parameter: 'bandwidth.name' }],
  ['publicip.type outside 5_bgp / 5_sbgp', 'allocateElasticIp/huawei', { ipType: '5_telcom' }, { code: 'VPC.0501', parameter: 'publicip.type' }],
  // Huawei CreateVifPeer: fields required by Huawei only
  ['name missing (requiredBy Huawei)', 'createVifPeer/huawei', { name: undefined }, { code: 'DC.0001', parameter: 'name' }],
  ['vif_id missing (requiredBy Huawei)', 'createVifPeer/huawei', { vifId: undefined }, { code: 'DC.0001', parameter: 'vif_id' }],
  ['address_family missing (requiredBy Huawei)', 'createVifPeer/huawei', { addressFamily: undefined }, { code: 'DC.0001', parameter: 'address_family' }],
  ['local_gateway_ip missing (requiredBy Huawei)', 'createVifPeer/huawei', { localGatewayIp: undefined }, { code: 'DC.0001', parameter: 'local_gateway_ip' }],
  ['remote_gateway_ip missing (requiredBy Huawei)', 'createVifPeer/huawei', { remoteGatewayIp: undefined }, { code: 'DC.0001', parameter: 'remote_gateway_ip' }],
  // Huawei UpdateVifPeer
  ['vif_peer_id not 36 characters', 'updateVifPeer/huawei', { vifPeer: hwRef('peer-1') }, { code: 'DC.0001', parameter: 'vif_peer_id' }],
  ['name longer than 64', 'updateVifPeer/huawei', { name: long(65) }, { code: 'DC.0001', parameter: 'name' }],
  ['description longer than 128', 'updateVifPeer/huawei', { description: long(129) }, { code: 'DC.0001', parameter: 'description' }],
  ['remote_ep_group holding an address that is not a CIDR block', 'updateVifPeer/huawei', { remoteEpGroup: ['172.16.0.0'] }, { code: 'DC.0004', parameter: 'remote_ep_group' }],
];

function valid(key: Key): Record<string, unknown> {
  const input = VALID[key];
  if (!input) throw new Error(`no valid input for ${key}`);
  return input;
}

const withChange = (key: Key, change: Record<string, unknown>) => {
  const input: Record<string, unknown> = { ...valid(key), ...change };
  for (const field of Object.keys(input)) if (input[field] === undefined) delete input[field];
  return input;
};

async function expectNoCalls(): Promise<void> {
  expect(await recordedCalls(h, 'alibaba'), 'Alibaba emulator calls').toEqual([]);
  expect(await recordedCalls(h, 'huawei'), 'Huawei emulator calls').toEqual([]);
}

describe('documented limits are enforced by the gateway, before the wire', () => {
  it.each(CASES)('%s (%s)', async (_limit, key, change, expected) => {
    const [mutation] = splitKey(key);
    const { data, errors, requestId } = await h.gql(mutationDocument(mutation), { input: withChange(key, change) });
    expect(errors).toBeUndefined();
    const member = data[mutation]!;
    expect(member).toMatchObject({ __typename: 'InvalidParameter', ...expected, documented: true, retryable: false });
    // Nothing was sent, so the request id quoted is the gateway's own.
    expect(member.requestId).toBe(requestId);
    await expectNoCalls();
  });

  it.each([
    ['bgp_asn above 4294967295 (UInt32)', 'createVifPeer/huawei', { routeMode: 'BGP', bgpAsn: 4294967296 }],
    ['bgp_asn negative (UInt32)', 'createVifPeer/huawei', { routeMode: 'BGP', bgpAsn: -1 }],
    ['InstanceType outside the documented enum', 'associateElasticIp/alibaba', { instanceType: 'LoadBalancer' }],
    ['Mode outside the documented enum', 'associateElasticIp/alibaba', { mode: 'CUT_THROUGH' }],
    ['address_family outside the documented enum', 'createVifPeer/huawei', { addressFamily: 'IPV5' }],
    ['InternetChargeType outside the documented enum', 'allocateElasticIp/alibaba', { chargeMode: 'PayByHour' }],
    ['binding method outside the documented enum', 'bindVirtualIp/huawei', { method: 'ALLOWED_ADDRESS_PAIRS' }],
    ['IpVersion outside the documented enum', 'createVifPeer/alibaba', { addressFamily: 'IPv4' }],
    ['EnableBfd not a Boolean', 'updateVifPeer/alibaba', { enableBfd: 'true' }],
  ] as const)('%s is a GraphQL variable error, never a call', async (_limit, key, change) => {
    const [mutation] = splitKey(key);
    const { status, errors } = await h.gql(mutationDocument(mutation), { input: withChange(key, change) });
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    await expectNoCalls();
  });

  it('every (mutation, provider) the descriptors offer has a valid input here, and no other', () => {
    const offered = MUTATION_NAMES.flatMap((m) => providersOf(m).map((p) => keyOf(m, p))).sort();
    expect(Object.keys(VALID).sort()).toEqual(offered);
  });

  it.each(Object.keys(VALID) as Key[])('the valid %s input does reach the emulator (the cases above are not vacuous)', async (key) => {
    const [mutation, emulator] = splitKey(key);
    const { errors } = await h.gql(mutationDocument(mutation), { input: valid(key) });
    expect(errors).toBeUndefined();
    expect((await recordedCalls(h, emulator)).length).toBeGreaterThan(0);
  });
});

// ---------- derived from the descriptors ----------

/** A GraphQL value of each enum (UPPER_SNAKE names, as the schema spells them). */
const ENUM_SAMPLE: Record<MutationEnumName, string> = {
  AddressFamily: 'IPV4',
  RouteMode: 'STATIC',
  EipInstanceType: 'ECS_INSTANCE',
  EipAssociationMode: 'NAT',
  VirtualIpBindingMethod: 'ECS_NIC',
  EipChargeMode: 'PAY_BY_BANDWIDTH',
};

/** A well-typed value for a field, so the only thing wrong with the input is that the field was given. */
function sampleOf(spec: InputFieldSpec): unknown {
  const type = spec.type;
  const one =
    typeof type === 'object'
      ? ENUM_SAMPLE[type.enum]
      : { String: 'x1', ID: 'x1', Int: 1, UInt32: 1, Boolean: true, Tag: { key: 'k', value: 'v' } }[type];
  return spec.list ? [one] : one;
}

const NOT_TAKEN: Array<[field: string, key: Key, value: unknown]> = MUTATION_NAMES.flatMap((mutation) => {
  const descriptor = mutationDescriptor(mutation);
  return providersOf(mutation).flatMap((provider) =>
    Object.entries(descriptor.input)
      .filter(([, spec]) => spec.wire[provider] === undefined)
      .map(([field, spec]) => [field, keyOf(mutation, provider), sampleOf(spec)] as [string, Key, unknown]),
  );
});

const UNSUPPORTED: Array<[key: Key, alternative: string, target: Record<string, unknown>]> = MUTATION_NAMES.flatMap((mutation) =>
  (['ALIBABA', 'HUAWEI'] as const).flatMap((provider) => {
    const alternative = unsupportedReason(mutation, provider);
    if (alternative === undefined) return [];
    // The other provider's valid input, retargeted: the answer must come from the descriptor alone.
    const other = provider === 'ALIBABA' ? 'huawei' : 'alibaba';
    const input = { ...valid(`${mutation}/${other}` as Key) };
    const home = provider === 'ALIBABA' ? ALI_TARGET : HW_TARGET;
    const nativeId = provider === 'ALIBABA' ? 'eni-e2eone' : NIC;
    for (const [field, value] of Object.entries(input)) {
      if (field === 'target') input[field] = home;
      else if (typeof value === 'object' && value !== null && 'nativeId' in value) input[field] = { ...home, nativeId };
    }
    return [[keyOf(mutation, provider), alternative, input] as [Key, string, Record<string, unknown>]];
  }),
);

const derived = { notTaken: 0, unsupported: 0 };

describe('what a provider does not take or offer, derived from the descriptors, answered before the wire', () => {
  it.each(NOT_TAKEN)('%s on %s is netplane.FieldNotTaken', async (field, key, value) => {
    const [mutation] = splitKey(key);
    const { data, errors, requestId } = await h.gql(mutationDocument(mutation), { input: { ...valid(key), [field]: value } });
    expect(errors).toBeUndefined();
    expect(data[mutation]).toMatchObject({ __typename: 'InvalidParameter', code: 'netplane.FieldNotTaken', parameter: field, requestId });
    await expectNoCalls();
    derived.notTaken++;
  });

  it.each(UNSUPPORTED)('%s is UnsupportedOperation naming the alternative', async (key, alternative, input) => {
    const [mutation] = splitKey(key);
    const { data, errors, requestId } = await h.gql(mutationDocument(mutation), { input });
    expect(errors).toBeUndefined();
    expect(data[mutation]).toMatchObject({ __typename: 'UnsupportedOperation', alternative, requestId });
    await expectNoCalls();
    derived.unsupported++;
  });

  it('the derived table is not empty, and every row ran', () => {
    console.log(
      `validation before the wire: ${CASES.length} documented limits on ${new Set(CASES.map((c) => c[1])).size} (mutation, provider) pairs; derived from the descriptors: ${derived.notTaken} fields not taken, ${derived.unsupported} unsupported (mutation, provider) pairs; zero emulator calls`,
    );
    expect(NOT_TAKEN.length).toBeGreaterThan(30);
    expect(UNSUPPORTED.length).toBeGreaterThanOrEqual(2);
    expect(derived).toEqual({ notTaken: NOT_TAKEN.length, unsupported: UNSUPPORTED.length });
  });
});
