/**
 * Alibaba Cloud RPC on the wire (ECS 2014-05-26, VPC 2016-04-28): which product serves an action,
 * how lists are flattened into `Key.N` parameters, and the PascalCase JSON shapes of the answers.
 * Shared by the client and the emulator so both sides speak exactly the same dialect.
 */

export const PRODUCTS = {
  ecs: { version: '2014-05-26', endpointPrefix: 'ecs' },
  vpc: { version: '2016-04-28', endpointPrefix: 'vpc' },
} as const;
export type Product = keyof typeof PRODUCTS;

/** Every action netplane calls or the emulator serves, with the product that owns it. */
export const ACTION_PRODUCT = {
  CreateNetworkInterface: 'ecs',
  ModifyNetworkInterfaceAttribute: 'ecs',
  DeleteNetworkInterface: 'ecs',
  AttachNetworkInterface: 'ecs',
  DetachNetworkInterface: 'ecs',
  AssignPrivateIpAddresses: 'ecs',
  UnassignPrivateIpAddresses: 'ecs',
  DescribeNetworkInterfaces: 'ecs',
  AllocateEipAddress: 'vpc',
  ReleaseEipAddress: 'vpc',
  AssociateEipAddress: 'vpc',
  UnassociateEipAddress: 'vpc',
  DescribeEipAddresses: 'vpc',
  CreateHaVip: 'vpc',
  DeleteHaVip: 'vpc',
  AssociateHaVip: 'vpc',
  UnassociateHaVip: 'vpc',
  DescribeHaVips: 'vpc',
  CreateBgpPeer: 'vpc',
  ModifyBgpPeerAttribute: 'vpc',
  DeleteBgpPeer: 'vpc',
  DescribeBgpPeers: 'vpc',
  DescribeVirtualBorderRouters: 'vpc',
  DescribeVSwitches: 'vpc',
} as const satisfies Record<string, Product>;
export type Action = keyof typeof ACTION_PRODUCT;

/**
 * The write actions whose request model has a ClientToken (the SDK models of
 * @alicloud/ecs20140526 and @alicloud/vpc20160428): the provider deduplicates a repeated token, so
 * these may be retried after an unknown outcome. The ECS ENI actions other than create/assign and
 * ReleaseEipAddress have none, and are never repeated once they may have been applied.
 */
export const CLIENT_TOKEN_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'CreateNetworkInterface',
  'AssignPrivateIpAddresses',
  'AllocateEipAddress',
  'AssociateEipAddress',
  'UnassociateEipAddress',
  'CreateHaVip',
  'DeleteHaVip',
  'AssociateHaVip',
  'UnassociateHaVip',
  'CreateBgpPeer',
  'ModifyBgpPeerAttribute',
  'DeleteBgpPeer',
]);

export function isAction(name: string): name is Action {
  return Object.prototype.hasOwnProperty.call(ACTION_PRODUCT, name);
}

export function productOf(action: Action): Product {
  return ACTION_PRODUCT[action];
}

/** The product whose API version string this is (V1 requests carry Version, V3 x-acs-version). */
export function productForVersion(version: string): Product | undefined {
  return (Object.keys(PRODUCTS) as Product[]).find((p) => PRODUCTS[p].version === version);
}

/** The public endpoint of a product in a region. */
export function regionalEndpoint(product: Product, region: string): string {
  return `https://${PRODUCTS[product].endpointPrefix}.${region}.aliyuncs.com`;
}

// ---------- flat lists ----------

export type WireScalar = string | number | boolean;
export type WireValue = WireScalar | null | undefined | WireValue[] | { [key: string]: WireValue };
export type WireParams = Record<string, WireValue>;

/**
 * Flattens request parameters the way openapi-core does: arrays become 1-based `Key.N`, objects
 * inside arrays `Key.N.Field`, nested arrays `Key.N.Field.M`; null/undefined are skipped (the index
 * still advances), scalars are stringified.
 */
export function flattenParams(params: WireParams): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (prefix: string, value: WireValue): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(`${prefix}.${i + 1}`, item));
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(prefix ? `${prefix}.${k}` : k, v);
    } else {
      out[prefix] = String(value);
    }
  };
  for (const [k, v] of Object.entries(params)) visit(k, v);
  return out;
}

/** `Key.N` values ordered by N (gaps are skipped). */
export function readList(flat: Record<string, string>, key: string): string[] {
  const pattern = new RegExp(`^${escapeRegExp(key)}\\.(\\d+)$`);
  return Object.entries(flat)
    .map(([k, v]) => [pattern.exec(k), v] as const)
    .filter((e): e is readonly [RegExpExecArray, string] => e[0] !== null)
    .sort((a, b) => Number(a[0][1]) - Number(b[0][1]))
    .map(([, v]) => v);
}

/** Whether any `Key.N` parameter is present (even an empty one). */
export function hasList(flat: Record<string, string>, key: string): boolean {
  const prefix = `${key}.`;
  return Object.keys(flat).some((k) => k.startsWith(prefix));
}

export interface FlatObject {
  index: number;
  fields: Record<string, string>;
  lists: Record<string, string[]>;
}

/** `Key.N.Field` (and `Key.N.Field.M`) rebuilt as objects ordered by N. */
export function readObjectList(flat: Record<string, string>, key: string): FlatObject[] {
  const pattern = new RegExp(`^${escapeRegExp(key)}\\.(\\d+)\\.(\\w+)(?:\\.(\\d+))?$`);
  const byIndex = new Map<number, FlatObject>();
  const listItems: Array<{ index: number; field: string; position: number; value: string }> = [];
  for (const [k, v] of Object.entries(flat)) {
    const m = pattern.exec(k);
    if (!m) continue;
    const index = Number(m[1]);
    const field = m[2]!;
    const obj = byIndex.get(index) ?? { index, fields: {}, lists: {} };
    byIndex.set(index, obj);
    if (m[3] === undefined) obj.fields[field] = v;
    else listItems.push({ index, field, position: Number(m[3]), value: v });
  }
  listItems.sort((a, b) => a.position - b.position);
  for (const item of listItems) {
    const obj = byIndex.get(item.index)!;
    (obj.lists[item.field] ??= []).push(item.value);
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------- response shapes ----------

export interface WireErrorBody {
  RequestId: string;
  HostId: string;
  Code: string;
  Message: string;
  Recommend: string;
}

export interface WirePrivateIpSet {
  PrivateIpAddress: string;
  Primary: boolean;
}

export interface WireTagEcs {
  TagKey: string;
  TagValue: string;
}

export interface WireTagVpc {
  Key: string;
  Value: string;
}

export interface WireNetworkInterface {
  NetworkInterfaceId: string;
  NetworkInterfaceName: string;
  Description: string;
  Status: string;
  Type: string;
  VpcId: string;
  VSwitchId: string;
  ZoneId: string;
  PrivateIpAddress: string;
  MacAddress: string;
  InstanceId: string;
  CreationTime: string;
  ResourceGroupId: string;
  OwnerId: string;
  ServiceManaged: boolean;
  ServiceID: number;
  DeleteOnRelease: boolean;
  SourceDestCheck: boolean;
  QueueNumber: number;
  Attachment?: { InstanceId: string; DeviceIndex: number; NetworkCardIndex: number; TrunkNetworkInterfaceId: string };
  AssociatedPublicIp: { AllocationId: string; PublicIpAddress: string };
  PrivateIpSets: { PrivateIpSet: WirePrivateIpSet[] };
  SecurityGroupIds: { SecurityGroupId: string[] };
  Ipv6Sets: { Ipv6Set: unknown[] };
  Ipv4PrefixSets: { Ipv4PrefixSet: unknown[] };
  Ipv6PrefixSets: { Ipv6PrefixSet: unknown[] };
  Tags: { Tag: WireTagEcs[] };
}

/** CreateNetworkInterface answers the ENI's fields at the top level, next to RequestId. */
export type WireCreateNetworkInterfaceResponse = Omit<
  WireNetworkInterface,
  'InstanceId' | 'CreationTime' | 'Attachment' | 'AssociatedPublicIp' | 'DeleteOnRelease' | 'QueueNumber'
> & { RequestId: string };

export interface WireDescribeNetworkInterfacesResponse {
  RequestId: string;
  NextToken: string;
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  NetworkInterfaceSets: { NetworkInterfaceSet: WireNetworkInterface[] };
}

export interface WireAssignPrivateIpAddressesResponse {
  RequestId: string;
  AssignedPrivateIpAddressesSet: {
    NetworkInterfaceId: string;
    PrivateIpSet: { PrivateIpAddress: string[] };
    Ipv4PrefixSet: { Ipv4Prefixes: string[] };
  };
}

export interface WireEipAddress {
  AllocationId: string;
  IpAddress: string;
  Name: string;
  Description: string;
  Status: string;
  RegionId: string;
  InstanceId: string;
  InstanceType: string;
  InstanceRegionId: string;
  PrivateIpAddress: string;
  Mode: string;
  Bandwidth: string;
  EipBandwidth: string;
  InternetChargeType: string;
  ChargeType: string;
  ISP: string;
  Netmode: string;
  AllocationTime: string;
  ExpiredTime: string;
  ResourceGroupId: string;
  VpcId: string;
  BusinessStatus: string;
  DeletionProtection: boolean;
  ServiceManaged: number;
  OperationLocks: { LockReason: Array<{ LockReason: string }> };
  SecurityProtectionTypes: { SecurityProtectionType: string[] };
  Tags: { Tag: WireTagVpc[] };
}

export interface WirePage {
  RequestId: string;
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
}

export interface WireDescribeEipAddressesResponse extends WirePage {
  EipAddresses: { EipAddress: WireEipAddress[] };
}

export interface WireAllocateEipAddressResponse {
  RequestId: string;
  AllocationId: string;
  EipAddress: string;
  OrderId?: number;
  ResourceGroupId: string;
}

export interface WireHaVip {
  HaVipId: string;
  IpAddress: string;
  Name: string;
  Description: string;
  Status: string;
  VpcId: string;
  VSwitchId: string;
  RegionId: string;
  ChargeType: string;
  CreateTime: string;
  MasterInstanceId: string;
  AssociatedInstanceType: string;
  ResourceGroupId: string;
  /** Lower-case inner keys (and the `associatedEipAddresse` spelling) are the API's own. */
  AssociatedInstances: { associatedInstance: string[] };
  AssociatedEipAddresses: { associatedEipAddresse: string[] };
  Tags: { Tag: WireTagVpc[] };
}

export interface WireDescribeHaVipsResponse extends WirePage {
  HaVips: { HaVip: WireHaVip[] };
}

export interface WireCreateHaVipResponse {
  RequestId: string;
  HaVipId: string;
  IpAddress: string;
}

export interface WireCreateBgpPeerResponse {
  RequestId: string;
  BgpPeerId: string;
}

export interface WireBgpPeer {
  BgpPeerId: string;
  BgpGroupId: string;
  RouterId: string;
  RegionId: string;
  Name: string;
  Description: string;
  PeerIpAddress: string;
  PeerAsn: string;
  LocalAsn: string;
  AuthKey: string;
  Status: string;
  BgpStatus: string;
  IpVersion: string;
  IsFake: boolean;
  EnableBfd: boolean;
  BfdMultiHop: number;
  Hold: string;
  Keepalive: string;
  RouteLimit: string;
  AdvertisedRouteCount: number;
  ReceivedRouteCount: number;
  GmtModified: string;
}

export interface WireDescribeBgpPeersResponse extends WirePage {
  BgpPeers: { BgpPeer: WireBgpPeer[] };
}

export interface WireVirtualBorderRouter {
  VbrId: string;
  Name: string;
  Description: string;
  Status: string;
  Type: string;
  VlanId: number;
  VlanInterfaceId: string;
  CircuitCode: string;
  LocalGatewayIp: string;
  PeerGatewayIp: string;
  PeeringSubnetMask: string;
  PhysicalConnectionId: string;
  PhysicalConnectionStatus: string;
  PhysicalConnectionBusinessStatus: string;
  PhysicalConnectionOwnerUid: string;
  AccessPointId: string;
  RouteTableId: string;
  CreationTime: string;
  ActivationTime: string;
  TerminationTime: string;
  RecoveryTime: string;
  Bandwidth: number;
  Mtu: number;
  MinRxInterval: number;
  MinTxInterval: number;
  DetectMultiplier: number;
  EnableIpv6: boolean;
  SitelinkEnable: boolean;
  ResourceGroupId: string;
  AssociatedPhysicalConnections: { AssociatedPhysicalConnection: unknown[] };
  AssociatedCens: { AssociatedCen: unknown[] };
  Tags: { Tags: unknown[] };
}

/** DescribeVSwitches VSwitches.VSwitch[] (@alicloud/vpc20160428 DescribeVSwitchesResponseBodyVSwitchesVSwitch): the fields netplane reads. */
export interface WireVSwitch {
  VSwitchId: string;
  VpcId: string;
  CidrBlock: string;
  ZoneId: string;
  Status: string;
}

export interface WireDescribeVSwitchesResponse extends WirePage {
  VSwitches: { VSwitch: WireVSwitch[] };
}

export interface WireDescribeVirtualBorderRoutersResponse extends WirePage {
  VirtualBorderRouterSet: { VirtualBorderRouterType: WireVirtualBorderRouter[] };
}

/** Paging limits per list action (reference resources.md §6). */
export const PAGE_LIMITS = {
  DescribeNetworkInterfaces: { min: 10, max: 500, default: 10 },
  DescribeEipAddresses: { min: 1, max: 100, default: 10 },
  DescribeHaVips: { min: 1, max: 50, default: 10 },
  DescribeBgpPeers: { min: 1, max: 50, default: 10 },
  DescribeVirtualBorderRouters: { min: 1, max: 50, default: 10 },
  DescribeVSwitches: { min: 1, max: 50, default: 10 },
} as const;
