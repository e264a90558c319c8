import {
  PAGE_LIMITS,
  readList,
  readObjectList,
  type Action,
  type WireAllocateEipAddressResponse,
  type WireAssignPrivateIpAddressesResponse,
  type WireBgpPeer,
  type WireCreateHaVipResponse,
  type WireCreateNetworkInterfaceResponse,
  type WireDescribeBgpPeersResponse,
  type WireDescribeEipAddressesResponse,
  type WireDescribeHaVipsResponse,
  type WireDescribeNetworkInterfacesResponse,
  type WireDescribeVirtualBorderRoutersResponse,
  type WireEipAddress,
  type WireHaVip,
  type WireNetworkInterface,
  type WireVirtualBorderRouter,
} from '../wire';
import { ApiFailure, type AlibabaState, type BgpPeer, type Eip, type Eni, type HaVip, type RegionState, type Vbr } from './state';

/**
 * One handler per action (moto's "responses" role): read the wire parameters, call the state,
 * render the documented PascalCase JSON. No rules live here.
 */

export interface HandlerContext {
  state: AlibabaState;
  region: RegionState;
  params: Record<string, string>;
  requestId: string;
}

type Handler = (ctx: HandlerContext) => Record<string, unknown>;

const str = (p: Record<string, string>, key: string): string | undefined => (p[key] === '' ? undefined : p[key]);
const int = (p: Record<string, string>, key: string): number | undefined => (p[key] === undefined ? undefined : Number(p[key]));

// ---------- rendering ----------

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
    IpVersion: group?.ipVersion ?? 'IPv4',
    IsFake: false,
    EnableBfd: peer.enableBfd,
    BfdMultiHop: 0,
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

// ---------- paging ----------

type PagedAction = keyof typeof PAGE_LIMITS;

/** PageNumber/PageSize paging (reference resources.md §6); a PageSize above the maximum is rejected. */
function page<T>(action: PagedAction, p: Record<string, string>, items: T[]): { slice: T[]; PageNumber: number; PageSize: number; TotalCount: number } {
  const limits = PAGE_LIMITS[action];
  const pageNumber = int(p, 'PageNumber') ?? 1;
  const pageSize = int(p, 'PageSize') ?? limits.default;
  if (!Number.isInteger(pageNumber) || pageNumber < 1) throw new ApiFailure('InvalidParameter', 'PageNumber');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > limits.max) throw new ApiFailure('InvalidParameter', 'PageSize');
  const start = (pageNumber - 1) * pageSize;
  return { slice: items.slice(start, start + pageSize), PageNumber: pageNumber, PageSize: pageSize, TotalCount: items.length };
}

/** Filter.N.Key / Filter.N.Value.M as key → accepted values (values of one key are OR-ed). */
function filters(p: Record<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readObjectList(p, 'Filter')) {
    const key = f.fields['Key'];
    if (key) out.set(key, [...(out.get(key) ?? []), ...(f.lists['Value'] ?? [])]);
  }
  return out;
}

const NEXT_TOKEN_PREFIX = 'AAAAA';
const encodeToken = (offset: number) => `${NEXT_TOKEN_PREFIX}${Buffer.from(String(offset)).toString('base64url')}`;
function decodeToken(token: string): number {
  const offset = Number(Buffer.from(token.slice(NEXT_TOKEN_PREFIX.length), 'base64url').toString());
  if (!token.startsWith(NEXT_TOKEN_PREFIX) || !Number.isInteger(offset) || offset < 0) throw new ApiFailure('InvalidParameter', 'NextToken');
  return offset;
}

// ---------- handlers ----------

export const HANDLERS: Record<Action, Handler> = {
  CreateNetworkInterface: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'CreateNetworkInterface', p, () => {
      const eni = state.createNetworkInterface(region, {
        vSwitchId: p['VSwitchId']!,
        securityGroupIds: p['SecurityGroupId'] ? [p['SecurityGroupId']] : readList(p, 'SecurityGroupIds'),
        primaryIp: str(p, 'PrimaryIpAddress'),
        privateIps: readList(p, 'PrivateIpAddress'),
        secondaryCount: int(p, 'SecondaryPrivateIpAddressCount'),
        name: str(p, 'NetworkInterfaceName'),
        description: str(p, 'Description'),
        queueNumber: int(p, 'QueueNumber'),
        resourceGroupId: str(p, 'ResourceGroupId'),
        tags: readObjectList(p, 'Tag').map((t) => ({ key: t.fields['Key'] ?? '', value: t.fields['Value'] ?? '' })),
      });
      const {
        InstanceId: _i,
        CreationTime: _c,
        Attachment: _a,
        AssociatedPublicIp: _p,
        DeleteOnRelease: _d,
        QueueNumber: _q,
        ...fields
      } = renderEni(eni, region.account);
      const body: WireCreateNetworkInterfaceResponse = { ...fields, RequestId: requestId };
      return { ...body };
    }),

  AssignPrivateIpAddresses: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'AssignPrivateIpAddresses', p, () => {
      const eniId = p['NetworkInterfaceId']!;
      const assigned = state.assignPrivateIpAddresses(region, eniId, readList(p, 'PrivateIpAddress'), int(p, 'SecondaryPrivateIpAddressCount'));
      const body: WireAssignPrivateIpAddressesResponse = {
        RequestId: requestId,
        AssignedPrivateIpAddressesSet: { NetworkInterfaceId: eniId, PrivateIpSet: { PrivateIpAddress: assigned }, Ipv4PrefixSet: { Ipv4Prefixes: [] } },
      };
      return { ...body };
    }),

  UnassignPrivateIpAddresses: ({ state, region, params: p, requestId }) => {
    state.unassignPrivateIpAddresses(region, p['NetworkInterfaceId']!, readList(p, 'PrivateIpAddress'));
    return { RequestId: requestId };
  },

  DescribeNetworkInterfaces: ({ region, params: p, requestId }) => {
    const ids = readList(p, 'NetworkInterfaceId');
    const ips = readList(p, 'PrivateIpAddress');
    const tags = readObjectList(p, 'Tag').map((t) => ({ key: t.fields['Key'] ?? '', value: t.fields['Value'] }));
    const matches = [...region.enis.values()].filter(
      (e) =>
        (ids.length === 0 || ids.includes(e.id)) &&
        (ips.length === 0 || ips.includes(e.primaryIp) || e.secondaryIps.some((ip) => ips.includes(ip))) &&
        (!p['VpcId'] || e.vpcId === p['VpcId']) &&
        (!p['VSwitchId'] || e.vSwitchId === p['VSwitchId']) &&
        (!p['InstanceId'] || e.instanceId === p['InstanceId']) &&
        (!p['Status'] || e.status === p['Status']) &&
        (!p['Type'] || e.type === p['Type']) &&
        (!p['NetworkInterfaceName'] || e.name === p['NetworkInterfaceName']) &&
        (!p['PrimaryIpAddress'] || e.primaryIp === p['PrimaryIpAddress']) &&
        (!p['SecurityGroupId'] || e.securityGroupIds.includes(p['SecurityGroupId'])) &&
        tags.every((t) => e.tags.some((et) => et.key === t.key && (t.value === undefined || et.value === t.value))),
    );
    const limits = PAGE_LIMITS.DescribeNetworkInterfaces;
    let offset: number;
    let size: number;
    if (p['MaxResults'] !== undefined || p['NextToken'] !== undefined || p['PageSize'] === undefined) {
      const requested = int(p, 'MaxResults') ?? limits.default;
      size = !Number.isFinite(requested) || requested < limits.min ? limits.min : Math.min(requested, limits.max);
      offset = p['NextToken'] ? decodeToken(p['NextToken']) : 0;
    } else {
      // Deprecated PageNumber/PageSize paging (PageSize ≤ 100), still honoured.
      size = Math.min(Math.max(int(p, 'PageSize') ?? 10, 1), 100);
      offset = ((int(p, 'PageNumber') ?? 1) - 1) * size;
    }
    const slice = matches.slice(offset, offset + size);
    const body: WireDescribeNetworkInterfacesResponse = {
      RequestId: requestId,
      NextToken: offset + size < matches.length ? encodeToken(offset + size) : '',
      TotalCount: matches.length,
      PageNumber: Math.floor(offset / size) + 1,
      PageSize: size,
      NetworkInterfaceSets: { NetworkInterfaceSet: slice.map((e) => renderEni(e, region.account)) },
    };
    return { ...body };
  },

  AttachNetworkInterface: ({ state, region, params: p, requestId }) => {
    state.attachNetworkInterface(region, p['NetworkInterfaceId']!, p['InstanceId']!);
    return { RequestId: requestId };
  },

  DeleteNetworkInterface: ({ state, region, params: p, requestId }) => {
    state.deleteNetworkInterface(region, p['NetworkInterfaceId']!);
    return { RequestId: requestId };
  },

  AllocateEipAddress: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'AllocateEipAddress', p, () => {
      const eip = state.allocateEipAddress(region, {
        bandwidth: str(p, 'Bandwidth'),
        internetChargeType: str(p, 'InternetChargeType'),
        isp: str(p, 'ISP'),
        name: str(p, 'Name'),
        description: str(p, 'Description'),
        resourceGroupId: str(p, 'ResourceGroupId'),
      });
      const body: WireAllocateEipAddressResponse = {
        RequestId: requestId,
        AllocationId: eip.id,
        EipAddress: eip.ipAddress,
        ResourceGroupId: eip.resourceGroupId,
      };
      return { ...body };
    }),

  AssociateEipAddress: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'AssociateEipAddress', p, () => {
      state.associateEipAddress(region, {
        allocationId: p['AllocationId']!,
        instanceId: p['InstanceId']!,
        instanceType: str(p, 'InstanceType') ?? 'EcsInstance',
        privateIpAddress: str(p, 'PrivateIpAddress'),
        mode: str(p, 'Mode'),
      });
      return { RequestId: requestId };
    }),

  UnassociateEipAddress: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'UnassociateEipAddress', p, () => {
      state.unassociateEipAddress(region, p['AllocationId']!, str(p, 'InstanceId'));
      return { RequestId: requestId };
    }),

  DescribeEipAddresses: ({ region, params: p, requestId }) => {
    const ids = p['AllocationId'] ? p['AllocationId'].split(',').map((s) => s.trim()) : [];
    const matches = [...region.eips.values()].filter(
      (e) =>
        (ids.length === 0 || ids.includes(e.id)) &&
        (!p['EipAddress'] || e.ipAddress === p['EipAddress']) &&
        (!p['AssociatedInstanceId'] || e.instanceId === p['AssociatedInstanceId']) &&
        (!p['AssociatedInstanceType'] || e.instanceType === p['AssociatedInstanceType']) &&
        (!p['Status'] || e.status === p['Status']) &&
        (!p['EipName'] || e.name === p['EipName']),
    );
    const { slice, ...paging } = page('DescribeEipAddresses', p, matches);
    const body: WireDescribeEipAddressesResponse = {
      RequestId: requestId,
      ...paging,
      EipAddresses: { EipAddress: slice.map((e) => renderEip(e, region.region)) },
    };
    return { ...body };
  },

  CreateHaVip: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'CreateHaVip', p, () => {
      const havip = state.createHaVip(region, {
        vSwitchId: p['VSwitchId']!,
        ipAddress: str(p, 'IpAddress'),
        name: str(p, 'Name'),
        description: str(p, 'Description'),
      });
      const body: WireCreateHaVipResponse = { RequestId: requestId, HaVipId: havip.id, IpAddress: havip.ipAddress };
      return { ...body };
    }),

  AssociateHaVip: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'AssociateHaVip', p, () => {
      state.associateHaVip(region, p['HaVipId']!, p['InstanceId']!, str(p, 'InstanceType') ?? 'EcsInstance');
      return { RequestId: requestId };
    }),

  DescribeHaVips: ({ region, params: p, requestId }) => {
    const f = filters(p);
    const accept = (key: string, value: string) => !f.has(key) || f.get(key)!.includes(value);
    const matches = [...region.haVips.values()].filter(
      (h) =>
        accept('HaVipId', h.id) &&
        accept('VpcId', h.vpcId) &&
        accept('VSwitchId', h.vSwitchId) &&
        accept('Status', h.status) &&
        accept('HaVipAddress', h.ipAddress),
    );
    const { slice, ...paging } = page('DescribeHaVips', p, matches);
    const eips = [...region.eips.values()];
    const body: WireDescribeHaVipsResponse = {
      RequestId: requestId,
      ...paging,
      HaVips: { HaVip: slice.map((h) => renderHaVip(h, region.region, eips)) },
    };
    return { ...body };
  },

  DescribeBgpPeers: ({ region, params: p, requestId }) => {
    const matches = [...region.bgpPeers.values()].filter(
      (b) =>
        (!p['BgpPeerId'] || b.id === p['BgpPeerId']) &&
        (!p['BgpGroupId'] || b.groupId === p['BgpGroupId']) &&
        (!p['RouterId'] || b.vbrId === p['RouterId']),
    );
    const { slice, ...paging } = page('DescribeBgpPeers', p, matches);
    const body: WireDescribeBgpPeersResponse = {
      RequestId: requestId,
      ...paging,
      BgpPeers: { BgpPeer: slice.map((b) => renderBgpPeer(b, region)) },
    };
    return { ...body };
  },

  DescribeVirtualBorderRouters: ({ region, params: p, requestId }) => {
    const f = filters(p);
    const accept = (key: string, value: string) => !f.has(key) || f.get(key)!.includes(value);
    const matches = [...region.vbrs.values()].filter(
      (v) => accept('VbrId', v.id) && accept('Status', v.status) && accept('PhysicalConnectionId', v.physicalConnectionId),
    );
    const { slice, ...paging } = page('DescribeVirtualBorderRouters', p, matches);
    const body: WireDescribeVirtualBorderRoutersResponse = {
      RequestId: requestId,
      ...paging,
      VirtualBorderRouterSet: { VirtualBorderRouterType: slice.map(renderVbr) },
    };
    return { ...body };
  },
};
