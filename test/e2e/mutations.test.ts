import { describe, expect, it } from 'vitest';
import {
  AssignPrivateIpAddressesDocument,
  AssociateElasticIpDocument,
  BindVirtualIpDocument,
  CreateNetworkInterfaceDocument,
  CreateVifPeerDocument,
  ElasticIpsDocument,
  NetworkInterfacesDocument,
  NodeDocument,
  VifPeersDocument,
  VirtualInterfacesDocument,
  VirtualIpsDocument,
} from '../generated/graphql';
import { ASYNC_DELAY_MS, useHarness } from '../support/harness';

const h = useHarness({}, { reset: 'demo' });

const ALI = { provider: 'ALIBABA' as const, account: 'ali-prod', region: 'cn-hangzhou' };
const HW = { provider: 'HUAWEI' as const, account: 'hw-prod', region: 'ap-southeast-1' };
const only = (p: { provider: 'ALIBABA' | 'HUAWEI'; account: string; region: string }) => ({
  providers: [p.provider],
  accounts: [p.account],
  regions: [p.region],
});

async function networkInterfaces(partition: typeof ALI | typeof HW) {
  return (await h.gql(NetworkInterfacesDocument, { first: 100, filter: only(partition) })).data.networkInterfaces.edges.map((e) => e.node);
}
async function aliEni(name: string) {
  return (await networkInterfaces(ALI)).find((e) => e.name === name)!;
}
async function aliEip(name: string) {
  return (await h.gql(ElasticIpsDocument, { first: 100, filter: only(ALI) })).data.elasticIps.edges.map((e) => e.node).find((e) => e.name === name)!;
}
async function hwNic(name: string) {
  return (await networkInterfaces(HW)).find((e) => e.name === name)!;
}

/** Provider request ids: Alibaba's are upper-case UUIDs, Huawei's 32 hex characters. */
const PROVIDER_REQUEST_ID = /^([0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}|[0-9a-f]{32})$/;

describe('createNetworkInterface (Alibaba CreateNetworkInterface)', () => {
  it('creates the interface, returns it read back, and a later query lists it', async () => {
    const spare = await aliEni('spare-eni');
    const { data, errors } = await h.gql(CreateNetworkInterfaceDocument, {
      input: { target: ALI, vSwitchId: spare.subnetId!, networkInterfaceName: 'e2e-eni', description: 'made by e2e', tags: [{ key: 'team', value: 'net' }] },
    });
    expect(errors).toBeUndefined();
    const result = data.createNetworkInterface;
    if (result.__typename !== 'CreateNetworkInterfaceSuccess') throw new Error(`expected success, got ${JSON.stringify(result)}`);
    expect(result.requestId).toMatch(PROVIDER_REQUEST_ID);
    expect(result.networkInterface).toMatchObject({ status: 'AVAILABLE', subnetId: spare.subnetId, tags: [{ key: 'team', value: 'net' }] });
    const listed = await networkInterfaces(ALI);
    expect(listed.find((e) => e.id === result.networkInterface!.id)).toMatchObject({ name: 'e2e-eni', description: 'made by e2e' });
  });

  it('answers an unknown vSwitch with the provider\'s typed error', async () => {
    const { data } = await h.gql(CreateNetworkInterfaceDocument, { input: { target: ALI, vSwitchId: 'vsw-doesnotexist000000000' } });
    const result = data.createNetworkInterface;
    expect(result.__typename).toMatch(/^(ResourceNotFound|InvalidParameter)$/);
    if (!('code' in result)) throw new Error('expected a ProviderError');
    expect(result).toMatchObject({ provider: 'ALIBABA', operation: 'CreateNetworkInterface', documented: true });
    expect(result.code).toMatch(/VSwitch/i);
    expect(result.requestId).toMatch(PROVIDER_REQUEST_ID);
  });
});

describe('assignPrivateIpAddresses (Alibaba AssignPrivateIpAddresses)', () => {
  it('assigns addresses and the interface shows them afterwards', async () => {
    const spare = await aliEni('spare-eni');
    const { data } = await h.gql(AssignPrivateIpAddressesDocument, { input: { networkInterfaceId: spare.id, secondaryPrivateIpAddressCount: 2 } });
    const result = data.assignPrivateIpAddresses;
    if (result.__typename !== 'AssignPrivateIpAddressesSuccess') throw new Error(`expected success, got ${JSON.stringify(result)}`);
    expect(result.assignedPrivateIps).toHaveLength(2);
    expect(result.networkInterface!.privateIps.map((ip) => ip.address)).toEqual(expect.arrayContaining(result.assignedPrivateIps));
    const node = (await h.gql(NodeDocument, { id: spare.id })).data.node;
    expect(node?.__typename).toBe('NetworkInterface');
    const after = (await aliEni('spare-eni')).privateIps;
    expect(after.filter((ip) => !ip.primary).map((ip) => ip.address).sort()).toEqual([...result.assignedPrivateIps].sort());
  });

  it('an unknown interface is ResourceNotFound InvalidEniId.NotFound (404)', async () => {
    const { data } = await h.gql(AssignPrivateIpAddressesDocument, {
      input: { networkInterface: { ...ALI, nativeId: 'eni-doesnotexist0000000' }, secondaryPrivateIpAddressCount: 1 },
    });
    expect(data.assignPrivateIpAddresses).toMatchObject({
      __typename: 'ResourceNotFound',
      provider: 'ALIBABA',
      operation: 'AssignPrivateIpAddresses',
      code: 'InvalidEniId.NotFound',
      codeEnum: 'ALIBABA_INVALID_ENI_ID_NOT_FOUND',
      httpStatus: 404,
      documented: true,
      retryable: false,
      resourceType: 'NetworkInterface',
      resourceId: 'eni-doesnotexist0000000',
      requestId: expect.stringMatching(PROVIDER_REQUEST_ID),
    });
  });

  it('an address another interface holds is ResourceConflict InvalidPrivateIpAddress.Duplicated', async () => {
    const spare = await aliEni('spare-eni');
    const other = await aliEni('web-ha');
    const { data, errors } = await h.gql(AssignPrivateIpAddressesDocument, { input: { networkInterfaceId: spare.id, privateIpAddresses: [other.primaryIp!] } });
    expect(errors).toBeUndefined();
    expect(data.assignPrivateIpAddresses).toMatchObject({
      __typename: 'ResourceConflict',
      code: 'InvalidPrivateIpAddress.Duplicated',
      httpStatus: 400,
      requestId: expect.stringMatching(PROVIDER_REQUEST_ID),
    });
    expect((await aliEni('spare-eni')).privateIps).toHaveLength(1);
  });
});

describe('associateElasticIp (Alibaba AssociateEipAddress, asynchronous)', () => {
  it('is ASSOCIATING at first and IN_USE on the interface once the provider finished', async () => {
    const spare = await aliEni('spare-eni');
    const eip = await aliEip('spare-eip');
    expect(eip.status).toBe('AVAILABLE');
    const { data } = await h.gql(AssociateElasticIpDocument, { input: { elasticIpId: eip.id, instanceId: spare.nativeId, instanceType: 'NETWORK_INTERFACE' } });
    const result = data.associateElasticIp;
    if (result.__typename !== 'AssociateElasticIpSuccess') throw new Error(`expected success, got ${JSON.stringify(result)}`);
    expect(result.requestId).toMatch(PROVIDER_REQUEST_ID);
    expect(result.elasticIp).toMatchObject({ status: 'ASSOCIATING', providerStatus: 'Associating' });

    await h.advanceClock(ASYNC_DELAY_MS);
    const after = await aliEip('spare-eip');
    expect(after).toMatchObject({ status: 'IN_USE', boundTo: { kind: 'NETWORK_INTERFACE', targetId: spare.nativeId, networkInterface: { id: spare.id } } });
    const eni = await aliEni('spare-eni');
    expect(eni.elasticIps?.map((e) => e.id)).toEqual([eip.id]);
  });

  it('an EIP that is already associated is InvalidResourceState IncorrectEipStatus', async () => {
    const spare = await aliEni('spare-eni');
    const bound = await aliEip('web-eip');
    const { data } = await h.gql(AssociateElasticIpDocument, { input: { elasticIpId: bound.id, instanceId: spare.nativeId, instanceType: 'NETWORK_INTERFACE' } });
    expect(data.associateElasticIp).toMatchObject({
      __typename: 'InvalidResourceState',
      provider: 'ALIBABA',
      operation: 'AssociateEipAddress',
      code: 'IncorrectEipStatus',
      httpStatus: 400,
      documented: true,
      requestId: expect.stringMatching(PROVIDER_REQUEST_ID),
    });
  });
});

describe('bindVirtualIp (Huawei ECS bind a virtual IP to a NIC)', () => {
  it('binds, returns NIC and virtual IP read back, and both sides show the binding later', async () => {
    const nic = await hwNic('web-2-eth0');
    const { data } = await h.gql(BindVirtualIpDocument, { input: { networkInterfaceId: nic.id, subnetId: nic.subnetId!, ipAddress: '192.168.0.150' } });
    const result = data.bindVirtualIp;
    if (result.__typename !== 'BindVirtualIpSuccess') throw new Error(`expected success, got ${JSON.stringify(result)}`);
    expect(result.requestId).toMatch(PROVIDER_REQUEST_ID);
    expect(result.virtualIp).toMatchObject({ address: '192.168.0.150', nativeId: result.virtualIpPortId, boundInterfaceIds: [nic.nativeId] });
    expect(result.networkInterface?.virtualIpAddresses).toContain('192.168.0.150');

    const vips = (await h.gql(VirtualIpsDocument, { first: 100, filter: { ...only(HW), address: '192.168.0.150' } })).data.virtualIps.edges;
    expect(vips.map((e) => e.node.networkInterfaces?.map((n) => n.id))).toEqual([[nic.id]]);
    expect((await hwNic('web-2-eth0')).virtualIps?.map((v) => v.address)).toEqual(['192.168.0.150']);
  });

  it('an address outside the subnet is InvalidParameter Ecs.0039 on ip_address', async () => {
    const nic = await hwNic('web-2-eth0');
    const { data } = await h.gql(BindVirtualIpDocument, { input: { networkInterfaceId: nic.id, subnetId: nic.subnetId!, ipAddress: '10.9.9.9' } });
    expect(data.bindVirtualIp).toMatchObject({
      __typename: 'InvalidParameter',
      provider: 'HUAWEI',
      operation: 'AssociateServerVirtualIp',
      code: 'Ecs.0039',
      codeEnum: 'HUAWEI_ECS_0039',
      httpStatus: 400,
      parameter: 'ip_address',
      requestId: expect.stringMatching(PROVIDER_REQUEST_ID),
    });
  });
});

describe('createVifPeer (Huawei DCaaS create a VIF peer)', () => {
  it('creates the IPv6 peer, CREATING (PENDING_CREATE) at first and ACTIVE later, listed on its virtual interface', async () => {
    const vif = (await h.gql(VirtualInterfacesDocument, { first: 100, filter: only(HW) })).data.virtualInterfaces.edges.map((e) => e.node).find((v) => v.name === 'vif-hq-bgp')!;
    const { data } = await h.gql(CreateVifPeerDocument, {
      input: { target: HW, vifId: vif.nativeId, name: 'e2e-v6', addressFamily: 'IPV6', localGatewayIp: 'FD00::1/64', remoteGatewayIp: 'FD00::2/64', routeMode: 'STATIC', remoteEpGroup: [] },
    });
    const result = data.createVifPeer;
    if (result.__typename !== 'CreateVifPeerSuccess') throw new Error(`expected success, got ${JSON.stringify(result)}`);
    expect(result.requestId).toMatch(PROVIDER_REQUEST_ID);
    expect(result.vifPeer).toMatchObject({ name: 'e2e-v6', status: 'CREATING', providerStatus: 'PENDING_CREATE', addressFamily: 'IPV6', routeMode: 'STATIC', virtualInterfaceId: vif.nativeId });

    await h.advanceClock(ASYNC_DELAY_MS);
    const peers = (await h.gql(VifPeersDocument, { filter: { ...only(HW), virtualInterfaceId: vif.nativeId } })).data.vifPeers.edges.map((e) => e.node);
    expect(peers.find((p) => p.id === result.vifPeer!.id)).toMatchObject({ status: 'ACTIVE', virtualInterface: { id: vif.id } });
  });

  it('keeps a 4-byte BGP ASN exact', async () => {
    const vif = (await h.gql(VirtualInterfacesDocument, { first: 100, filter: only(HW) })).data.virtualInterfaces.edges.map((e) => e.node).find((v) => v.name === 'vif-hq-static')!;
    const { data } = await h.gql(CreateVifPeerDocument, {
      input: { target: HW, vifId: vif.nativeId, name: 'e2e-asn', addressFamily: 'IPV6', localGatewayIp: 'FD01::1/64', remoteGatewayIp: 'FD01::2/64', routeMode: 'BGP', bgpAsn: 4_200_000_000 },
    });
    const result = data.createVifPeer;
    if (result.__typename !== 'CreateVifPeerSuccess') throw new Error(`expected success, got ${JSON.stringify(result)}`);
    expect(result.vifPeer?.bgpAsn).toBe(4_200_000_000);
  });

  it('a missing virtual interface is ResourceNotFound DC.0002', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const { data } = await h.gql(CreateVifPeerDocument, {
      input: { target: HW, vifId: missing, name: 'x', addressFamily: 'IPV4', localGatewayIp: '5.5.5.1/30', remoteGatewayIp: '5.5.5.2/30' },
    });
    expect(data.createVifPeer).toMatchObject({
      __typename: 'ResourceNotFound',
      provider: 'HUAWEI',
      operation: 'CreateVifPeer',
      code: 'DC.0002',
      httpStatus: 400,
      resourceType: 'VirtualInterface',
      resourceId: missing,
      requestId: expect.stringMatching(PROVIDER_REQUEST_ID),
    });
  });
});

describe('input the provider would reject by its documented rules', () => {
  it('is answered with the provider\'s own code before any call, quoting the gateway request id', async () => {
    const spare = await aliEni('spare-eni');
    await h.control('alibaba', 'DELETE', 'calls');
    const result = await h.gql(AssignPrivateIpAddressesDocument, {
      input: { networkInterfaceId: spare.id, privateIpAddresses: ['192.168.1.200'], secondaryPrivateIpAddressCount: 1 },
    });
    expect(result.data.assignPrivateIpAddresses).toMatchObject({
      __typename: 'InvalidParameter',
      code: 'InvalidParameter.Conflict',
      httpStatus: 400,
      documented: true,
      requestId: result.requestId,
    });
    expect(await h.control('alibaba', 'GET', 'calls')).toMatchObject({ total: 0 });
  });

  it('rejects a VIF peer name over 64 characters without calling Huawei', async () => {
    await h.control('huawei', 'DELETE', 'calls');
    const { data } = await h.gql(CreateVifPeerDocument, {
      input: { target: HW, vifId: '00000000-0000-4000-8000-000000000000', name: 'x'.repeat(65), addressFamily: 'IPV4', localGatewayIp: '5.5.5.1/30', remoteGatewayIp: '5.5.5.2/30' },
    });
    expect(data.createVifPeer).toMatchObject({ __typename: 'InvalidParameter', code: 'DC.0001', parameter: 'name' });
    expect(await h.control('huawei', 'GET', 'calls')).toMatchObject({ total: 0 });
  });
});

describe('transport trouble during a mutation', () => {
  it('a dropped connection comes back as a ProviderUnavailable member, not a GraphQL error', async () => {
    const spare = await aliEni('spare-eni');
    await h.control('alibaba', 'POST', 'faults', { match: { operation: 'AssignPrivateIpAddresses' }, count: 5, fault: { kind: 'drop' } });
    const { data, errors } = await h.gql(AssignPrivateIpAddressesDocument, {
      input: { networkInterfaceId: spare.id, secondaryPrivateIpAddressCount: 1, clientToken: 'e2e-token-1' },
    });
    expect(errors).toBeUndefined();
    expect(data.assignPrivateIpAddresses.__typename).toBe('ProviderUnavailable');
  });
});
