import type { WireBgpPeer, WireEipAddress, WireHaVip, WireNetworkInterface, WireVirtualBorderRouter } from '../../wire';
import type { BgpPeer, Eip, Eni, HaVip, RegionState, Vbr } from '../state';

/** State → the documented PascalCase JSON of each resource (reference/alibaba/resources.md). */

export function renderEni(eni: Eni, ownerId: string): WireNetworkInterface {
  return {
    NetworkInterfaceId: eni.id,
    NetworkInterfaceName: eni.name,
    Description: eni.description,
    Status: eni.status,
    Type: eni.type,
    VpcId: eni.vpcId,
    VSwitchId: eni.vSwitchId,
    ZoneId: eni.zoneId,
    PrivateIpAddress: eni.primaryIp,
    MacAddress: eni.mac,
    InstanceId: eni.instanceId,
    CreationTime: eni.creationTime,
    ResourceGroupId: eni.resourceGroupId,
    OwnerId: ownerId,
    ServiceManaged: false,
    ServiceID: 0,
    DeleteOnRelease: eni.type === 'Primary',
    SourceDestCheck: false,
    QueueNumber: eni.queueNumber,
    ...(eni.instanceId
      ? { Attachment: { InstanceId: eni.instanceId, DeviceIndex: eni.deviceIndex ?? 0, NetworkCardIndex: 0, TrunkNetworkInterfaceId: '' } }
      : {}),
    AssociatedPublicIp: { AllocationId: '', PublicIpAddress: '' },
    PrivateIpSets: {
      PrivateIpSet: [
        { PrivateIpAddress: eni.primaryIp, Primary: true },
        ...eni.secondaryIps.map((ip) => ({ PrivateIpAddress: ip, Primary: false })),
      ],
    },
    SecurityGroupIds: { SecurityGroupId: eni.securityGroupIds },
    Ipv6Sets: { Ipv6Set: [] },
    Ipv4PrefixSets: { Ipv4PrefixSet: [] },
    Ipv6PrefixSets: { Ipv6PrefixSet: [] },
    Tags: { Tag: eni.tags.map((t) => ({ TagKey: t.key, TagValue: t.value })) },
  };
}

export function renderEip(eip: Eip, region: string): WireEipAddress {
  return {
    AllocationId: eip.id,
    IpAddress: eip.ipAddress,
    Name: eip.name,
    Description: eip.description,
    Status: eip.status,
    RegionId: region,
    InstanceId: eip.instanceId,
    InstanceType: eip.instanceType,
    InstanceRegionId: eip.instanceId ? region : '',
    PrivateIpAddress: eip.privateIpAddress,
    Mode: eip.mode,
    Bandwidth: eip.bandwidth,
    EipBandwidth: eip.bandwidth,
    InternetChargeType: eip.internetChargeType,
    ChargeType: 'PostPaid',
    ISP: eip.isp,
    Netmode: 'public',
    AllocationTime: eip.allocationTime,
    ExpiredTime: '',
    ResourceGroupId: eip.resourceGroupId,
    VpcId: '',
    BusinessStatus: 'Normal',
    DeletionProtection: false,
    ServiceManaged: 0,
    OperationLocks: { LockReason: [] },
    SecurityProtectionTypes: { SecurityProtectionType: [] },
    Tags: { Tag: eip.tags.map((t) => ({ Key: t.key, Value: t.value })) },
  };
}

export function renderHaVip(h: HaVip, region: string, eips: Eip[]): WireHaVip {
  return {
    HaVipId: h.id,
    IpAddress: h.ipAddress,
    Name: h.name,
    Description: h.description,
    Status: h.status,
    VpcId: h.vpcId,
    VSwitchId: h.vSwitchId,
    RegionId: region,
    ChargeType: '',
    CreateTime: h.createTime,
    MasterInstanceId: h.associatedInstances[0] ?? '',
    AssociatedInstanceType: h.associatedInstanceType,
    ResourceGroupId: '',
    AssociatedInstances: { associatedInstance: [...h.associatedInstances] },
    AssociatedEipAddresses: { associatedEipAddresse: eips.filter((e) => e.instanceId === h.id).map((e) => e.ipAddress) },
    Tags: { Tag: [] },
  };
}

export function renderBgpPeer(peer: BgpPeer, s: RegionState): WireBgpPeer {
  const group = s.bgpGroups.get(peer.groupId);
  return {
    BgpPeerId: peer.id,
    BgpGroupId: peer.groupId,
    RouterId: peer.vbrId,
    RegionId: s.region,
    Name: peer.name,
    Description: peer.description,
    PeerIpAddress: peer.peerIpAddress,
    PeerAsn: group?.peerAsn ?? '',
    LocalAsn: group?.localAsn ?? '45104',
    AuthKey: '',
    Status: peer.status,
    BgpStatus: peer.bgpStatus,
    IpVersion: peer.ipVersion,
    IsFake: false,
    EnableBfd: peer.enableBfd,
    BfdMultiHop: peer.bfdMultiHop,
    Hold: '180',
    Keepalive: '60',
    RouteLimit: '110',
    AdvertisedRouteCount: 0,
    ReceivedRouteCount: 0,
    GmtModified: peer.gmtModified,
  };
}

export function renderVbr(vbr: Vbr): WireVirtualBorderRouter {
  return {
    VbrId: vbr.id,
    Name: vbr.name,
    Description: vbr.description,
    Status: vbr.status,
    Type: 'pconnVBR',
    VlanId: vbr.vlanId,
    VlanInterfaceId: `ri-${vbr.id.slice(4)}`,
    CircuitCode: '',
    LocalGatewayIp: vbr.localGatewayIp,
    PeerGatewayIp: vbr.peerGatewayIp,
    PeeringSubnetMask: vbr.peeringSubnetMask,
    PhysicalConnectionId: vbr.physicalConnectionId,
    PhysicalConnectionStatus: 'Enabled',
    PhysicalConnectionBusinessStatus: 'Normal',
    PhysicalConnectionOwnerUid: '',
    AccessPointId: 'ap-cn-hangzhou-xx-x',
    RouteTableId: `vtb-${vbr.id.slice(4)}`,
    CreationTime: vbr.creationTime,
    ActivationTime: vbr.creationTime,
    TerminationTime: '',
    RecoveryTime: '',
    Bandwidth: 0,
    Mtu: 1500,
    MinRxInterval: 200,
    MinTxInterval: 200,
    DetectMultiplier: 3,
    EnableIpv6: false,
    SitelinkEnable: false,
    ResourceGroupId: '',
    AssociatedPhysicalConnections: { AssociatedPhysicalConnection: [] },
    AssociatedCens: { AssociatedCen: [] },
    Tags: { Tags: [] },
  };
}

