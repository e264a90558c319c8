import { describe, expect, it } from 'vitest';
import type { Partition } from '../../../src/domain/resources';
import { MUTATION_NAMES, mutationDescriptor, providerOperationSpec } from '../../../src/domain/mutations';
import {
  BGP_PEER_STATUS,
  EIP_STATUS,
  ENI_STATUS,
  HAVIP_STATUS,
  toElasticIp,
  toNetworkInterface,
  toVifPeer,
  toVirtualInterface,
  toVirtualIp,
} from '../../../src/providers/alibaba/mapping';
import type { WireBgpPeer, WireEipAddress, WireHaVip, WireVirtualBorderRouter } from '../../../src/providers/alibaba/wire';

const P: Partition = { provider: 'ALIBABA', account: '123', region: 'cn-hangzhou' };

describe('ENI mapping', () => {
  it('gives the empty list fields of every interface one shared empty array (a fleet holds them all)', () => {
    const [a, b] = [toNetworkInterface(P, { NetworkInterfaceId: 'eni-a' }), toNetworkInterface(P, { NetworkInterfaceId: 'eni-b' })];
    expect(a.tags).toBe(b.tags);
    expect(a.privateIps).toBe(b.securityGroupIds);
    expect(a.virtualIpAddresses).toEqual([]);
  });

  it('maps the documented DescribeNetworkInterfaces item', () => {
    const eni = toNetworkInterface(P, {
      NetworkInterfaceId: 'eni-1',
      NetworkInterfaceName: 'my-eni',
      Description: '',
      Status: 'InUse',
      Type: 'Secondary',
      VpcId: 'vpc-1',
      VSwitchId: 'vsw-1',
      ZoneId: 'cn-hangzhou-e',
      PrivateIpAddress: '172.17.0.10',
      MacAddress: '00:16:3e:12:00:01',
      InstanceId: 'i-1',
      CreationTime: '2019-12-25T12:31:31Z',
      Attachment: { InstanceId: 'i-1', DeviceIndex: 1, NetworkCardIndex: 0, TrunkNetworkInterfaceId: '' },
      PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: '172.17.0.10', Primary: true }, { PrivateIpAddress: '172.17.0.11', Primary: false }] },
      SecurityGroupIds: { SecurityGroupId: ['sg-1'] },
      Tags: { Tag: [{ TagKey: 'env', TagValue: 'test' }] },
    });
    expect(eni).toMatchObject({
      provider: 'ALIBABA',
      nativeId: 'eni-1',
      name: 'my-eni',
      description: null,
      status: 'IN_USE',
      providerStatus: 'InUse',
      interfaceType: 'SECONDARY',
      primaryIp: '172.17.0.10',
      privateIps: [{ address: '172.17.0.10', primary: true }, { address: '172.17.0.11', primary: false }],
      subnetId: 'vsw-1',
      securityGroupIds: ['sg-1'],
      attachment: { instanceId: 'i-1', deviceIndex: 1 },
      tags: [{ key: 'env', value: 'test' }],
    });
  });

  it.each([
    ['Available', 'AVAILABLE'],
    ['Attaching', 'ATTACHING'],
    ['InUse', 'IN_USE'],
    ['Detaching', 'DETACHING'],
    ['Deleting', 'DELETING'],
    ['Exploding', 'UNKNOWN'],
  ])('ENI status %s → %s', (wire, status) => {
    const eni = toNetworkInterface(P, { NetworkInterfaceId: 'eni-1', Status: wire });
    expect(eni.status).toBe(status);
    expect(eni.providerStatus).toBe(wire);
    expect(eni.attachment).toBeNull();
  });
});

const havip = (over: Partial<WireHaVip>): WireHaVip =>
  ({ HaVipId: 'havip-1', IpAddress: '192.168.0.10', Status: 'InUse', AssociatedInstanceType: 'NetworkInterface', AssociatedInstances: { associatedInstance: ['eni-1'] }, ...over }) as WireHaVip;

describe('HaVip mapping', () => {
  it('puts associated ENIs in boundInterfaceIds and instances in boundInstanceIds', () => {
    expect(toVirtualIp(P, havip({}))).toMatchObject({ boundInterfaceIds: ['eni-1'], boundInstanceIds: [], status: 'IN_USE', address: '192.168.0.10' });
    expect(toVirtualIp(P, havip({ AssociatedInstanceType: 'EcsInstance', AssociatedInstances: { associatedInstance: ['i-1'] } }))).toMatchObject({
      boundInterfaceIds: [],
      boundInstanceIds: ['i-1'],
    });
  });

  it.each([
    ['Creating', 'CREATING'],
    ['Available', 'AVAILABLE'],
    ['Associating', 'ASSOCIATING'],
    ['Unassociating', 'UNASSOCIATING'],
    ['Deleting', 'DELETING'],
    ['???', 'UNKNOWN'],
  ])('HaVip status %s → %s', (wire, status) => {
    expect(toVirtualIp(P, havip({ Status: wire })).status).toBe(status);
  });
});

const eip = (over: Partial<WireEipAddress>): WireEipAddress =>
  ({ AllocationId: 'eip-1', IpAddress: '47.1.1.1', Status: 'InUse', InstanceId: 'eni-1', InstanceType: 'NetworkInterface', PrivateIpAddress: '172.17.0.10', Bandwidth: '5', ...over }) as WireEipAddress;

describe('EIP mapping', () => {
  it.each([
    ['NetworkInterface', 'NETWORK_INTERFACE'],
    ['EcsInstance', 'INSTANCE'],
    ['HaVip', 'VIRTUAL_IP'],
    ['Nat', 'NAT_GATEWAY'],
    ['SlbInstance', 'LOAD_BALANCER'],
    ['IpAddress', 'IP_ADDRESS'],
    ['Whatever', 'OTHER'],
  ])('binding kind from InstanceType %s → %s', (type, kind) => {
    expect(toElasticIp(P, eip({ InstanceType: type })).boundTo).toEqual({ kind, targetId: 'eni-1', providerType: type, privateIpAddress: '172.17.0.10' });
  });

  it('has no binding when InstanceId is empty, and parses the string bandwidth', () => {
    const e = toElasticIp(P, eip({ Status: 'Available', InstanceId: '', InstanceType: '' }));
    expect(e).toMatchObject({ boundTo: null, status: 'AVAILABLE', bandwidthMbps: 5 });
  });

  it.each([
    ['Associating', 'ASSOCIATING'],
    ['Unassociating', 'UNASSOCIATING'],
    ['Releasing', 'RELEASING'],
    ['Frozen?', 'UNKNOWN'],
  ])('EIP status %s → %s', (wire, status) => {
    expect(toElasticIp(P, eip({ Status: wire })).status).toBe(status);
  });
});

describe('VBR and BGP peer mapping', () => {
  const peer = (over: Partial<WireBgpPeer>): WireBgpPeer =>
    ({ BgpPeerId: 'bgp-1', RouterId: 'vbr-1', PeerIpAddress: '116.62.0.1', PeerAsn: '65001', Status: 'Available', BgpStatus: 'Established', IpVersion: 'IPv4', RouteLimit: '110', ReceivedRouteCount: 3, ...over }) as WireBgpPeer;

  it('maps a BGP peer to a VifPeer on its VBR', () => {
    expect(toVifPeer(P, peer({}))).toMatchObject({
      nativeId: 'bgp-1',
      virtualInterfaceId: 'vbr-1',
      addressFamily: 'IPV4',
      routeMode: 'BGP',
      bgpAsn: 65001,
      remoteGatewayIp: '116.62.0.1',
      bgpStatus: 'Established',
      bgpRouteLimit: 110,
      receivedRouteCount: 3,
      status: 'ACTIVE',
    });
    expect(toVifPeer(P, peer({ IpVersion: 'IPv6' })).addressFamily).toBe('IPV6');
  });

  it.each([
    ['Pending', 'CREATING'],
    ['Available', 'ACTIVE'],
    ['Modifying', 'UPDATING'],
    ['Deleting', 'DELETING'],
    ['Deleted', 'DELETED'],
    ['Bogus', 'UNKNOWN'],
  ])('BGP peer status %s → %s', (wire, status) => {
    expect(toVifPeer(P, peer({ Status: wire })).status).toBe(status);
  });

  it.each([
    ['active', 'ACTIVE'],
    ['deleting', 'DELETING'],
    ['terminated', 'DOWN'],
    ['unconfirmed', 'PENDING_APPROVAL'],
    ['Active', 'UNKNOWN'],
  ])('VBR status %s → %s', (wire, status) => {
    const vbr = { VbrId: 'vbr-1', Status: wire, VlanId: 10, PhysicalConnectionId: 'pc-1', LocalGatewayIp: '10.0.0.1', PeerGatewayIp: '10.0.0.2' } as WireVirtualBorderRouter;
    expect(toVirtualInterface(P, vbr)).toMatchObject({ status, providerStatus: wire, vlan: 10, directConnectId: 'pc-1', localGatewayIp: '10.0.0.1' });
  });
});

describe('status tables reach every status the descriptors wait on for Alibaba', () => {
  const tables: Record<string, Readonly<Record<string, string>>> = {
    NetworkInterface: ENI_STATUS,
    VirtualIp: HAVIP_STATUS,
    ElasticIp: EIP_STATUS,
    VifPeer: BGP_PEER_STATUS,
  };
  const statusDriven = MUTATION_NAMES.flatMap((name) => {
    const spec = providerOperationSpec(name, 'ALIBABA');
    return spec && spec.completion.kind === 'status' ? [[name, mutationDescriptor(name).resource, spec.completion] as const] : [];
  });

  it.each(statusDriven)('%s (%s): its pending and settled statuses map from an Alibaba status', (_name, resource, completion) => {
    const reachable = new Set(Object.values(tables[resource]!));
    const settled = completion.kind === 'status' && completion.settled !== 'gone' ? completion.settled : [];
    const pending = completion.kind === 'status' ? completion.pending : [];
    for (const status of [...pending, ...settled]) expect(reachable.has(status), status).toBe(true);
  });
});
