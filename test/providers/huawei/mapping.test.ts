import { describe, expect, it } from 'vitest';
import type { Partition } from '../../../src/domain/resources';
import {
  PUBLICIP_STATUS,
  VIF_PEER_STATUS,
  VIRTUAL_INTERFACE_STATUS,
  huaweiTimeToIso,
  isNicPort,
  toElasticIp,
  toNetworkInterface,
  toVifPeer,
  toVirtualInterface,
  toVirtualIp,
} from '../../../src/providers/huawei/mapping';
import type { WirePort, WirePublicip, WireVifPeer, WireVirtualInterface } from '../../../src/providers/huawei/wire';

const P: Partition = { provider: 'HUAWEI', account: 'acme', region: 'cn-north-4' };

const nic = (over: Partial<WirePort> = {}): WirePort => ({
  id: 'nic-1',
  name: 'eth0',
  network_id: 'net-1',
  admin_state_up: true,
  mac_address: 'fa:16:3e:00:00:01',
  fixed_ips: [{ subnet_id: 'sub-1', ip_address: '10.0.0.5' }],
  device_id: 'srv-1',
  device_owner: 'compute:cn-north-4a',
  tenant_id: 't',
  status: 'ACTIVE',
  security_groups: ['sg-1'],
  allowed_address_pairs: [{ ip_address: '10.0.0.100' }],
  extra_dhcp_opts: [],
  'binding:vnic_type': 'normal',
  port_security_enabled: true,
  ...over,
});

describe('ports → NetworkInterface', () => {
  it('maps the documented fields', () => {
    expect(toNetworkInterface(P, nic(), () => 'vpc-1')).toEqual({
      ...P,
      nativeId: 'nic-1',
      name: 'eth0',
      description: null,
      status: 'IN_USE',
      providerStatus: 'ACTIVE',
      interfaceType: null,
      primaryIp: '10.0.0.5',
      privateIps: [{ address: '10.0.0.5', primary: true }],
      macAddress: 'fa:16:3e:00:00:01',
      vpcId: 'vpc-1',
      subnetId: 'net-1',
      zone: 'cn-north-4a',
      securityGroupIds: ['sg-1'],
      attachment: { instanceId: 'srv-1', deviceIndex: null },
      virtualIpAddresses: ['10.0.0.100'],
      tags: [],
      createdAt: null,
    });
  });

  it.each([
    ['ACTIVE', 'IN_USE'],
    ['DOWN', 'DOWN'],
    ['BUILD', 'CREATING'],
    ['MIGRATING', 'UNKNOWN'],
  ] as const)('status %s → %s', (wire, domain) => {
    expect(toNetworkInterface(P, nic({ status: wire })).status).toBe(domain);
  });

  it('gives the empty list fields of every port one shared empty array (a fleet holds them all)', () => {
    const [a, b] = [toNetworkInterface(P, { id: 'a' } as WirePort), toNetworkInterface(P, { id: 'b' } as WirePort)];
    expect(a.tags).toBe(b.tags);
    expect(a.privateIps).toBe(b.virtualIpAddresses);
    expect(a.securityGroupIds).toEqual([]);
  });

  it('never throws on a sparse port', () => {
    const sparse = { id: 'x' } as unknown as WirePort;
    expect(toNetworkInterface(P, sparse)).toMatchObject({ nativeId: 'x', status: 'UNKNOWN', privateIps: [], attachment: null, virtualIpAddresses: [] });
  });
});

describe('VIP ports → VirtualIp', () => {
  const vip = nic({ id: 'vip-1', device_owner: 'neutron:VIP_PORT', device_id: '', status: 'DOWN', fixed_ips: [{ subnet_id: 's', ip_address: '10.0.0.100' }], allowed_address_pairs: [] });

  it('is IN_USE when a NIC carries it, with interfaces and their instances', () => {
    expect(toVirtualIp(P, vip, [nic(), nic({ id: 'nic-2', device_id: 'srv-1' })])).toMatchObject({
      address: '10.0.0.100',
      status: 'IN_USE',
      providerStatus: 'DOWN',
      boundInterfaceIds: ['nic-1', 'nic-2'],
      boundInstanceIds: ['srv-1'],
    });
  });

  it('is AVAILABLE when no NIC carries it', () => {
    expect(toVirtualIp(P, vip, [])).toMatchObject({ status: 'AVAILABLE', boundInterfaceIds: [] });
  });
});

describe('publicips → ElasticIp', () => {
  const ip = (over: Partial<WirePublicip> = {}): WirePublicip => ({
    id: 'eip-1',
    status: 'ACTIVE',
    profile: null,
    type: '5_bgp',
    public_ip_address: '80.1.1.1',
    ip_version: 4,
    port_id: 'nic-1',
    private_ip_address: '10.0.0.5',
    tenant_id: 't',
    create_time: '2015-07-16 04:32:50',
    bandwidth_id: 'b',
    bandwidth_name: 'bw',
    bandwidth_share_type: 'PER',
    bandwidth_size: 5,
    enterprise_project_id: '0',
    ...over,
  });

  it('maps the binding and the creation time', () => {
    expect(toElasticIp(P, ip())).toMatchObject({
      address: '80.1.1.1',
      status: 'IN_USE',
      bandwidthMbps: 5,
      chargeType: 'postPaid',
      createdAt: '2015-07-16T04:32:50Z',
      boundTo: { kind: 'NETWORK_INTERFACE', targetId: 'nic-1', providerType: 'port', privateIpAddress: '10.0.0.5' },
    });
    expect(toElasticIp(P, ip({ status: 'ELB' })).boundTo?.kind).toBe('LOAD_BALANCER');
    expect(toElasticIp(P, ip({ profile: { order_id: 'o' } })).chargeType).toBe('prePaid');
  });

  it.each([
    ['DOWN', 'AVAILABLE'],
    ['ACTIVE', 'IN_USE'],
    ['BINDING', 'ASSOCIATING'],
    ['PENDING_CREATE', 'CREATING'],
    ['PENDING_DELETE', 'RELEASING'],
    ['FREEZED', 'FROZEN'],
    ['BIND_ERROR', 'ERROR'],
    ['SOMETHING_NEW', 'UNKNOWN'],
  ] as const)('status %s → %s', (wire, domain) => {
    expect(toElasticIp(P, ip({ status: wire })).status).toBe(domain);
  });

  it('covers every documented publicip status', () => {
    for (const s of ['FREEZED', 'BIND_ERROR', 'BINDING', 'PENDING_DELETE', 'PENDING_CREATE', 'NOTIFYING', 'NOTIFY_DELETE', 'PENDING_UPDATE', 'DOWN', 'ACTIVE', 'ELB', 'VPN', 'ERROR']) {
      expect(PUBLICIP_STATUS[s], s).toBeDefined();
    }
  });

  it('reads Huawei times leniently and returns null otherwise', () => {
    expect(huaweiTimeToIso('2024-01-02T03:04:05.000Z')).toBe('2024-01-02T03:04:05Z');
    expect(huaweiTimeToIso('yesterday')).toBeNull();
    expect(huaweiTimeToIso(undefined)).toBeNull();
  });
});

describe('DCaaS → VifPeer / VirtualInterface', () => {
  const peer = (over: Partial<WireVifPeer> = {}) =>
    ({
      id: 'peer-1',
      tenant_id: 't',
      name: 'vif-peer-test',
      description: '',
      address_family: 'ipv6',
      local_gateway_ip: 'FD00::1/64',
      remote_gateway_ip: 'FD00::2/64',
      route_mode: 'static',
      bgp_asn: null,
      bgp_md5: null,
      remote_ep_group: null,
      service_ep_group: null,
      device_id: '26.151.63.100',
      bgp_route_limit: 256,
      bgp_status: null,
      status: 'PENDING_CREATE',
      vif_id: 'vif-1',
      receive_route_num: -1,
      enable_nqa: false,
      enable_bfd: false,
      enable_gre: null,
      gre_status: null,
      local_gre_tunnel_ip: null,
      remote_gre_tunnel_ip: null,
      ...over,
    }) satisfies WireVifPeer;

  it('maps the seed 001 example response', () => {
    expect(toVifPeer(P, peer())).toMatchObject({
      nativeId: 'peer-1',
      status: 'CREATING',
      providerStatus: 'PENDING_CREATE',
      addressFamily: 'IPV6',
      routeMode: 'STATIC',
      bgpAsn: null,
      receivedRouteCount: null,
      remoteSubnets: [],
      virtualInterfaceId: 'vif-1',
      deviceId: '26.151.63.100',
      bgpRouteLimit: 256,
      description: null,
    });
    expect(toVifPeer(P, peer({ route_mode: 'bgp', bgp_asn: 65000, receive_route_num: 12, status: 'ACTIVE', address_family: 'IPv4' }))).toMatchObject({
      routeMode: 'BGP',
      bgpAsn: 65000,
      receivedRouteCount: 12,
      status: 'ACTIVE',
      addressFamily: 'IPV4',
    });
  });

  it('falls back to UNKNOWN for statuses it does not know, for peers and interfaces', () => {
    expect(toVifPeer(P, peer({ status: 'WEIRD' })).status).toBe('UNKNOWN');
    expect(VIF_PEER_STATUS.PENDING_DELETE).toBe('DELETING');
    expect(VIRTUAL_INTERFACE_STATUS.AUTHORIZATION).toBe('PENDING_APPROVAL');
  });

  it('maps a virtual interface, preferring the IPv4 gateway fields', () => {
    const vif = {
      id: 'vif-1',
      name: 'vif',
      description: '',
      status: 'REJECTED',
      vlan: 100,
      bandwidth: 50,
      direct_connect_id: 'dc-1',
      local_gateway_v4_ip: null,
      remote_gateway_v4_ip: null,
      local_gateway_v6_ip: 'FD00::1/64',
      remote_gateway_v6_ip: 'FD00::2/64',
    } as unknown as WireVirtualInterface;
    expect(toVirtualInterface(P, vif)).toMatchObject({
      status: 'REJECTED',
      vlan: 100,
      bandwidthMbps: 50,
      directConnectId: 'dc-1',
      localGatewayIp: 'FD00::1/64',
      remoteGatewayIp: 'FD00::2/64',
    });
  });
});

describe('ports of no device and unbinding EIPs', () => {
  const P = { provider: 'HUAWEI' as const, account: 'a', region: 'r' };
  it('a port of no device (CreatePort) is a NIC, AVAILABLE whatever its DOWN status', () => {
    const free = { id: 'p', device_owner: '', device_id: '', status: 'DOWN', fixed_ips: [], allowed_address_pairs: [] } as unknown as WirePort;
    expect(isNicPort(free)).toBe(true);
    expect(toNetworkInterface(P, free)).toMatchObject({ status: 'AVAILABLE', providerStatus: 'DOWN', attachment: null });
    expect(isNicPort({ ...free, device_owner: 'neutron:VIP_PORT' })).toBe(false);
    expect(isNicPort({ ...free, device_owner: 'network:dhcp' })).toBe(false);
  });

  it('a bound EIP in PENDING_UPDATE is UNASSOCIATING, an unbound one keeps the table value', () => {
    const ip = { id: 'e', status: 'PENDING_UPDATE', port_id: 'p', public_ip_address: '1.2.3.4' } as unknown as WirePublicip;
    expect(toElasticIp(P, ip).status).toBe('UNASSOCIATING');
    expect(toElasticIp(P, { ...ip, port_id: undefined } as unknown as WirePublicip).status).toBe('ASSOCIATING');
  });
});
