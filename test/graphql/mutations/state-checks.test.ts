import { describe, expect, it } from 'vitest';
import type { ElasticIp, NetworkInterface, ProviderName, VifPeer, VirtualIp } from '../../../src/domain/resources';
import { alibabaCatalog } from '../../../src/providers/alibaba';
import { huaweiCatalog } from '../../../src/providers/huawei';
import { BGP_PEERS_PER_VBR, HAVIP_MAX_ASSOCIATIONS, stateRefusal, type StateRefusal } from '../../../src/graphql/mutations/state-checks/rules';

/**
 * The dry run's state rules, without a provider: what each one refuses, in the provider's order,
 * and that every code it answers is a documented row of that provider's catalog for the operation.
 */

const where = (provider: ProviderName) => ({ provider, account: 'a', region: 'r' });

function eni(provider: ProviderName, over: Partial<NetworkInterface> = {}): NetworkInterface {
  return {
    ...where(provider), nativeId: 'eni-1', name: null, description: null, status: 'AVAILABLE', providerStatus: 'Available', interfaceType: 'SECONDARY',
    primaryIp: '10.0.1.5', privateIps: [{ address: '10.0.1.5', primary: true }], macAddress: null, vpcId: 'vpc-1', subnetId: 'vsw-1', zone: null,
    securityGroupIds: [], attachment: null, virtualIpAddresses: [], tags: [], createdAt: null, ...over,
  };
}
function eip(provider: ProviderName, over: Partial<ElasticIp> = {}): ElasticIp {
  return { ...where(provider), nativeId: 'eip-1', name: null, address: '203.0.113.1', status: 'AVAILABLE', providerStatus: 'Available', bandwidthMbps: 5, chargeType: null, boundTo: null, tags: [], createdAt: null, ...over };
}
function vip(over: Partial<VirtualIp> = {}): VirtualIp {
  return { ...where('ALIBABA'), nativeId: 'havip-1', name: null, address: '10.0.1.9', status: 'AVAILABLE', providerStatus: 'Available', vpcId: 'vpc-1', subnetId: 'vsw-1', boundInterfaceIds: [], boundInstanceIds: [], tags: [], createdAt: null, ...over };
}
function peer(provider: ProviderName, over: Partial<VifPeer> = {}): VifPeer {
  return {
    ...where(provider), nativeId: 'peer-1', name: null, description: null, status: 'ACTIVE', providerStatus: 'ACTIVE', addressFamily: 'IPV4', localGatewayIp: null,
    remoteGatewayIp: null, routeMode: 'BGP', bgpAsn: null, bgpStatus: null, remoteSubnets: [], virtualInterfaceId: 'vif-1', deviceId: null, bgpRouteLimit: null,
    receivedRouteCount: null, ...over,
  };
}

/** The refusal's code, after checking it is a documented row of its operation. */
function documented(provider: ProviderName, refusal: StateRefusal | null): string | null {
  if (refusal === null) return null;
  const catalog = provider === 'ALIBABA' ? alibabaCatalog : huaweiCatalog;
  expect(() => catalog.require(refusal.operation, refusal.code)).not.toThrow();
  return refusal.code;
}

describe('existence', () => {
  it('answers each provider\'s not-found code when the target is not listed', () => {
    expect(documented('ALIBABA', stateRefusal('deleteNetworkInterface', 'ALIBABA', { target: null }, {}, 'eni-x'))).toBe('InvalidEniId.NotFound');
    expect(documented('ALIBABA', stateRefusal('releaseElasticIp', 'ALIBABA', { target: null }, {}, 'eip-x'))).toBe('InvalidAllocationId.NotFound');
    expect(documented('ALIBABA', stateRefusal('deleteVirtualIp', 'ALIBABA', { target: null }, {}, 'havip-x'))).toBe('InvalidHaVipId.NotFound');
    expect(documented('ALIBABA', stateRefusal('updateVifPeer', 'ALIBABA', { target: null }, {}, 'bgp-x'))).toBe('InvalidBgpPeerId.NotFound');
    expect(documented('HUAWEI', stateRefusal('deleteNetworkInterface', 'HUAWEI', { target: null }, {}, 'p'))).toBe('VPC.0508');
    expect(documented('HUAWEI', stateRefusal('releaseElasticIp', 'HUAWEI', { target: null }, {}, 'e'))).toBe('VPC.0504');
    expect(documented('HUAWEI', stateRefusal('deleteVifPeer', 'HUAWEI', { target: null }, {}, 'v'))).toBe('DC.0002');
  });

  it('leaves a missing target to the provider where it names no not-found code netplane can be sure of', () => {
    // Huawei BatchAddServerNics looks the server up before the port.
    expect(stateRefusal('attachNetworkInterface', 'HUAWEI', { target: null }, { instanceId: 's' }, 'p')).toBeNull();
  });
});

describe('status', () => {
  it('Alibaba deletes and attaches an ENI only when Available', () => {
    for (const mutation of ['deleteNetworkInterface', 'attachNetworkInterface'] as const) {
      expect(stateRefusal(mutation, 'ALIBABA', { target: eni('ALIBABA') }, {}, 'eni-1')).toBeNull();
      const inUse = eni('ALIBABA', { status: 'IN_USE', providerStatus: 'InUse' });
      expect(documented('ALIBABA', stateRefusal(mutation, 'ALIBABA', { target: inUse }, {}, 'eni-1'))).toBe('InvalidOperation.InvalidEniState');
    }
  });

  it('Alibaba detaches no primary ENI, only an InUse one, and only from its own instance', () => {
    const attached = { status: 'IN_USE', providerStatus: 'InUse', attachment: { instanceId: 'i-1', deviceIndex: 1 } } as const;
    const primary = eni('ALIBABA', { ...attached, interfaceType: 'PRIMARY' });
    expect(documented('ALIBABA', stateRefusal('detachNetworkInterface', 'ALIBABA', { target: primary }, {}, 'eni-1'))).toBe('InvalidOperation.DetachPrimaryEniNotAllowed');
    expect(documented('ALIBABA', stateRefusal('detachNetworkInterface', 'ALIBABA', { target: eni('ALIBABA') }, {}, 'eni-1'))).toBe('InvalidOperation.InvalidEniState');
    expect(documented('ALIBABA', stateRefusal('detachNetworkInterface', 'ALIBABA', { target: eni('ALIBABA', attached) }, { instanceId: 'i-2' }, 'eni-1'))).toBe('InvalidParameter');
    expect(stateRefusal('detachNetworkInterface', 'ALIBABA', { target: eni('ALIBABA', attached) }, { instanceId: 'i-1' }, 'eni-1')).toBeNull();
  });

  it('Alibaba releases an EIP only when Available, unassociates it only when InUse', () => {
    const inUse = eip('ALIBABA', { status: 'IN_USE', providerStatus: 'InUse' });
    expect(documented('ALIBABA', stateRefusal('releaseElasticIp', 'ALIBABA', { target: inUse }, {}, 'eip-1'))).toBe('IncorrectEipStatus');
    expect(stateRefusal('unassociateElasticIp', 'ALIBABA', { target: inUse }, {}, 'eip-1')).toBeNull();
    expect(documented('ALIBABA', stateRefusal('unassociateElasticIp', 'ALIBABA', { target: eip('ALIBABA') }, {}, 'eip-1'))).toBe('IncorrectEipStatus');
  });

  it('Huawei deletes no port attached to a server and releases no bound EIP', () => {
    const attached = eni('HUAWEI', { attachment: { instanceId: 'srv', deviceIndex: null } });
    expect(documented('HUAWEI', stateRefusal('deleteNetworkInterface', 'HUAWEI', { target: attached }, {}, 'p'))).toBe('VPC.2500');
    expect(stateRefusal('deleteNetworkInterface', 'HUAWEI', { target: eni('HUAWEI') }, {}, 'p')).toBeNull();
    const bound = eip('HUAWEI', { status: 'IN_USE', boundTo: { kind: 'NETWORK_INTERFACE', targetId: 'p', providerType: 'port', privateIpAddress: null } as ElasticIp['boundTo'] });
    expect(documented('HUAWEI', stateRefusal('releaseElasticIp', 'HUAWEI', { target: bound }, {}, 'e'))).toBe('VPC.0510');
  });

  it('Huawei keeps the last peer of a VIF, and one peer per address family', () => {
    const only = peer('HUAWEI');
    expect(documented('HUAWEI', stateRefusal('deleteVifPeer', 'HUAWEI', { target: only, siblingPeers: [only] }, {}, 'peer-1'))).toBe('DC.0001');
    expect(stateRefusal('deleteVifPeer', 'HUAWEI', { target: only, siblingPeers: [only, peer('HUAWEI', { nativeId: 'peer-2', addressFamily: 'IPV6' })] }, {}, 'peer-1')).toBeNull();
    expect(documented('HUAWEI', stateRefusal('createVifPeer', 'HUAWEI', { target: null, siblingPeers: [only] }, { vifId: 'vif-1', addressFamily: 'IPV4' }, null))).toBe('DC.0001');
    expect(stateRefusal('createVifPeer', 'HUAWEI', { target: null, siblingPeers: [only] }, { vifId: 'vif-1', addressFamily: 'IPV6' }, null)).toBeNull();
  });
});

describe('quotas netplane can count', () => {
  it(`Alibaba: the ${BGP_PEERS_PER_VBR + 1}th BGP peer of a VBR`, () => {
    const peers = (n: number) => Array.from({ length: n }, (_, i) => peer('ALIBABA', { nativeId: `bgp-${i}`, bgpGroupId: 'g' }));
    expect(stateRefusal('createVifPeer', 'ALIBABA', { target: null, siblingPeers: peers(BGP_PEERS_PER_VBR - 1) }, { bgpGroupId: 'g' }, null)).toBeNull();
    expect(documented('ALIBABA', stateRefusal('createVifPeer', 'ALIBABA', { target: null, siblingPeers: peers(BGP_PEERS_PER_VBR) }, { bgpGroupId: 'g' }, null))).toBe('InvalidParameter');
  });

  it(`Alibaba: a HaVip bound to ${HAVIP_MAX_ASSOCIATIONS} ENIs takes no other, but the same one again`, () => {
    const full = vip({ status: 'IN_USE', boundInterfaceIds: Array.from({ length: HAVIP_MAX_ASSOCIATIONS }, (_, i) => `eni-${i}`) });
    expect(documented('ALIBABA', stateRefusal('bindVirtualIp', 'ALIBABA', { target: eni('ALIBABA', { nativeId: 'eni-new' }), virtualIp: full }, { virtualIpId: 'havip-1' }, 'eni-new'))).toBe(
      'CountLimitExceeded.HaVipOnECSInstance',
    );
    expect(stateRefusal('bindVirtualIp', 'ALIBABA', { target: eni('ALIBABA', { nativeId: 'eni-0' }), virtualIp: full }, { virtualIpId: 'havip-1' }, 'eni-0')).toBeNull();
  });
});

describe('Alibaba bindVirtualIp checks in the provider\'s order', () => {
  it('the HaVip first (even when the ENI is missing), then the ENI, then the vSwitch', () => {
    expect(documented('ALIBABA', stateRefusal('bindVirtualIp', 'ALIBABA', { target: null, virtualIp: null }, { virtualIpId: 'havip-x' }, 'eni-x'))).toBe('InvalidHaVipId.NotFound');
    expect(documented('ALIBABA', stateRefusal('bindVirtualIp', 'ALIBABA', { target: null, virtualIp: vip() }, { virtualIpId: 'havip-1' }, 'eni-x'))).toBe('InvalidInstanceId.NotFound');
    const elsewhere = eni('ALIBABA', { subnetId: 'vsw-2' });
    expect(documented('ALIBABA', stateRefusal('bindVirtualIp', 'ALIBABA', { target: elsewhere, virtualIp: vip() }, { virtualIpId: 'havip-1' }, 'eni-1'))).toBe('InvalidParameter.Mismatch');
    expect(stateRefusal('bindVirtualIp', 'ALIBABA', { target: eni('ALIBABA'), virtualIp: vip() }, { virtualIpId: 'havip-1' }, 'eni-1')).toBeNull();
  });
});

describe('addresses', () => {
  const holders = { networkInterfaces: [eni('ALIBABA', { nativeId: 'eni-2', privateIps: [{ address: '10.0.1.7', primary: true }] })], virtualIps: [vip()] };

  it('a create\'s address held by an interface or a virtual IP of the same subnet', () => {
    const create = (ip: string, subnet = 'vsw-1') => stateRefusal('createNetworkInterface', 'ALIBABA', { target: null, holders }, { vSwitchId: subnet, primaryIpAddress: ip }, null);
    expect(documented('ALIBABA', create('10.0.1.7'))).toBe('InvalidPrivateIpAddress.Duplicated');
    expect(documented('ALIBABA', create('10.0.1.9'))).toBe('InvalidPrivateIpAddress.Duplicated');
    expect(create('10.0.1.8')).toBeNull();
    expect(create('10.0.1.7', 'vsw-2')).toBeNull();
    expect(documented('ALIBABA', stateRefusal('createVirtualIp', 'ALIBABA', { target: null, holders }, { subnetId: 'vsw-1', ipAddress: '10.0.1.7' }, null))).toBe('InvalidIPAddress.AlreadyUsed');
    expect(documented('HUAWEI', stateRefusal('createVirtualIp', 'HUAWEI', { target: null, holders }, { subnetId: 'vsw-1', ipAddress: '10.0.1.7' }, null))).toBe('VPC.0701');
  });

  it('an Alibaba assign: the ENI\'s own address, another\'s, and the 50 of an Available ENI', () => {
    const target = eni('ALIBABA');
    expect(documented('ALIBABA', stateRefusal('assignPrivateIpAddresses', 'ALIBABA', { target, holders }, { privateIpAddresses: ['10.0.1.5'] }, 'eni-1'))).toBe('InvalidIp.IpAssigned');
    expect(documented('ALIBABA', stateRefusal('assignPrivateIpAddresses', 'ALIBABA', { target, holders }, { privateIpAddresses: ['10.0.1.7'] }, 'eni-1'))).toBe('InvalidPrivateIpAddress.Duplicated');
    expect(documented('ALIBABA', stateRefusal('assignPrivateIpAddresses', 'ALIBABA', { target, holders }, { secondaryPrivateIpAddressCount: 51 }, 'eni-1'))).toBe('MaxEniPrivateIpsCountExceeded');
    // InUse: the limit is the instance type's, which netplane does not read.
    const inUse = eni('ALIBABA', { status: 'IN_USE' });
    expect(stateRefusal('assignPrivateIpAddresses', 'ALIBABA', { target: inUse, holders }, { secondaryPrivateIpAddressCount: 51 }, 'eni-1')).toBeNull();
  });
});

describe('an address against the CIDR of the subnet it names', () => {
  const subnets = [
    { nativeId: 'sub-a', vpcId: 'vpc-1', cidr: '192.168.0.0/24' },
    { nativeId: 'sub-b', vpcId: 'vpc-2', cidr: '172.16.0.0/24' },
  ];
  const holders = { networkInterfaces: [eni('HUAWEI', { subnetId: 'sub-a', privateIps: [{ address: '192.168.0.7', primary: true }] })], virtualIps: [] };

  it('Huawei CreatePort: a subnet that does not exist and an address outside it answer VPC.2500, before whether the address is free', () => {
    const create = (subnet: string, ip?: string) => stateRefusal('createNetworkInterface', 'HUAWEI', { target: null, holders, subnets }, { vSwitchId: subnet, primaryIpAddress: ip }, null);
    expect(documented('HUAWEI', create('sub-a', '192.168.1.7'))).toBe('VPC.2500');
    expect(documented('HUAWEI', create('sub-missing', '192.168.0.7'))).toBe('VPC.2500');
    expect(documented('HUAWEI', create('sub-missing'))).toBe('VPC.2500');
    expect(documented('HUAWEI', create('sub-a', '192.168.0.7'))).toBe('VPC.0701');
    expect(create('sub-a', '192.168.0.255')).toBeNull();
    expect(create('sub-a')).toBeNull();
    const vipPort = (ip: string) => stateRefusal('createVirtualIp', 'HUAWEI', { target: null, holders, subnets }, { subnetId: 'sub-a', ipAddress: ip }, null);
    expect(documented('HUAWEI', vipPort('10.0.0.1'))).toBe('VPC.2500');
    expect(vipPort('192.168.0.8')).toBeNull();
  });

  it('Huawei ECS bind: the subnet exists (Ecs.0038), is in the NIC\'s VPC (Ecs.0064), then holds the address (Ecs.0039)', () => {
    const nic = eni('HUAWEI', { subnetId: 'sub-a' });
    const bind = (subnetId: string, ipAddress: string, method?: string) => stateRefusal('bindVirtualIp', 'HUAWEI', { target: nic, subnets }, { subnetId, ipAddress, method }, 'eni-1');
    expect(documented('HUAWEI', bind('sub-missing', '192.168.0.9'))).toBe('Ecs.0038');
    expect(documented('HUAWEI', bind('sub-b', '192.168.0.9'))).toBe('Ecs.0064');
    expect(documented('HUAWEI', bind('sub-a', '192.168.9.9'))).toBe('Ecs.0039');
    expect(documented('HUAWEI', bind('sub-a', '192.168.9.9', 'ECS_NIC'))).toBe('Ecs.0039');
    expect(bind('sub-a', '192.168.0.9')).toBeNull();
    // The Neutron method answers with other codes; the provider decides.
    expect(bind('sub-a', '192.168.9.9', 'NEUTRON_ALLOWED_ADDRESS_PAIRS')).toBeNull();
  });

  it('Alibaba CreateNetworkInterface and CreateHaVip: each its own codes for a missing vSwitch and an address outside it, before whether the address is free', () => {
    const vSwitches = [{ nativeId: 'vsw-1', vpcId: 'vpc-1', cidr: '10.0.1.0/24' }];
    const aliHolders = { networkInterfaces: [eni('ALIBABA', { nativeId: 'eni-2', privateIps: [{ address: '10.0.1.7', primary: true }] })], virtualIps: [] };
    const create = (subnet: string, ip: string) => stateRefusal('createNetworkInterface', 'ALIBABA', { target: null, holders: aliHolders, subnets: vSwitches }, { vSwitchId: subnet, primaryIpAddress: ip }, null);
    expect(documented('ALIBABA', create('vsw-1', '10.0.2.7'))).toBe('InvalidVSwitchId.IpInvalid');
    expect(documented('ALIBABA', create('vsw-x', '10.0.1.8'))).toBe('InvalidVSwitchId.NotFound');
    expect(documented('ALIBABA', create('vsw-1', '10.0.1.7'))).toBe('InvalidPrivateIpAddress.Duplicated');
    expect(create('vsw-1', '10.0.1.8')).toBeNull();
    const haVip = (subnet: string, ip: string) => stateRefusal('createVirtualIp', 'ALIBABA', { target: null, holders: aliHolders, subnets: vSwitches }, { subnetId: subnet, ipAddress: ip }, null);
    expect(documented('ALIBABA', haVip('vsw-1', '10.0.2.7'))).toBe('InvalidIPAddress.OutOfRange');
    expect(documented('ALIBABA', haVip('vsw-x', '10.0.1.8'))).toBe('InvalidVSwitch.NotFound');
    expect(haVip('vsw-1', '10.0.1.8')).toBeNull();
  });

  it('names the address and the subnet in the refusal', () => {
    const refusal = stateRefusal('bindVirtualIp', 'HUAWEI', { target: eni('HUAWEI', { subnetId: 'sub-a' }), subnets }, { subnetId: 'sub-a', ipAddress: '10.1.1.1' }, 'eni-1');
    expect(refusal?.detail).toEqual(['10.1.1.1', 'sub-a']);
  });

  it('checks nothing when the subnets were not read (an adapter that does not list them)', () => {
    expect(stateRefusal('createNetworkInterface', 'HUAWEI', { target: null, holders }, { vSwitchId: 'sub-a', primaryIpAddress: '10.9.9.9' }, null)).toBeNull();
    expect(stateRefusal('bindVirtualIp', 'HUAWEI', { target: eni('HUAWEI') }, { subnetId: 'sub-a', ipAddress: '10.9.9.9' }, 'eni-1')).toBeNull();
    expect(stateRefusal('createNetworkInterface', 'ALIBABA', { target: null, holders }, { vSwitchId: 'vsw-1', primaryIpAddress: '10.9.9.9' }, null)).toBeNull();
  });
});
