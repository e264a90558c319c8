import type { EmulatorRuntime } from '../../common/emulator/runtime';

/**
 * The Alibaba emulator's state and every rule it enforces (moto's "models" role). State is keyed by
 * account, then region, one map per resource; each resource has one require<X>() that raises the
 * catalogued NotFound, so every action reports a missing resource the same way. Rules raise
 * ApiFailure with a verbatim catalog code; the router renders it.
 */

export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    /** Concrete text for `%s` messages. */
    readonly detail: string,
    /** Picks among catalog rows of one code with different statuses. */
    readonly httpStatus?: number,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ApiFailure';
  }
}

const fail = (code: string, detail: string, httpStatus?: number): never => {
  throw new ApiFailure(code, detail, httpStatus);
};

export interface Tag {
  key: string;
  value: string;
}

export interface Vpc {
  id: string;
  cidr: string;
}
export interface VSwitch {
  id: string;
  vpcId: string;
  cidr: string;
  zoneId: string;
}
export interface SecurityGroup {
  id: string;
  vpcId: string;
  networkType: 'vpc' | 'classic';
}
export interface Instance {
  id: string;
  vpcId: string;
  vSwitchId: string;
  zoneId: string;
  status: string;
  instanceType: string;
  /** ENIs the instance type can carry, the primary included. */
  eniLimit: number;
  /** Secondary private IPs per ENI the instance type allows. */
  privateIpsPerEni: number;
  primaryEniId: string;
}
export interface Eni {
  id: string;
  name: string;
  description: string;
  status: string;
  type: 'Primary' | 'Secondary';
  vpcId: string;
  vSwitchId: string;
  zoneId: string;
  primaryIp: string;
  secondaryIps: string[];
  mac: string;
  securityGroupIds: string[];
  tags: Tag[];
  instanceId: string;
  deviceIndex: number | null;
  resourceGroupId: string;
  queueNumber: number;
  creationTime: string;
}
export interface Eip {
  id: string;
  ipAddress: string;
  name: string;
  description: string;
  status: string;
  instanceId: string;
  instanceType: string;
  privateIpAddress: string;
  mode: string;
  bandwidth: string;
  internetChargeType: string;
  isp: string;
  resourceGroupId: string;
  allocationTime: string;
  tags: Tag[];
}
export interface HaVip {
  id: string;
  ipAddress: string;
  name: string;
  description: string;
  status: string;
  vpcId: string;
  vSwitchId: string;
  associatedInstanceType: string;
  associatedInstances: string[];
  createTime: string;
}
export interface Vbr {
  id: string;
  name: string;
  description: string;
  status: string;
  vlanId: number;
  localGatewayIp: string;
  peerGatewayIp: string;
  peeringSubnetMask: string;
  physicalConnectionId: string;
  creationTime: string;
}
export interface BgpGroup {
  id: string;
  vbrId: string;
  peerAsn: string;
  localAsn: string;
  ipVersion: string;
  name: string;
}
export interface BgpPeer {
  id: string;
  groupId: string;
  vbrId: string;
  name: string;
  description: string;
  peerIpAddress: string;
  status: string;
  bgpStatus: string;
  enableBfd: boolean;
  gmtModified: string;
}

interface StoredToken {
  fingerprint: string;
  body: Record<string, unknown>;
}

export class RegionState {
  readonly vpcs = new Map<string, Vpc>();
  readonly vswitches = new Map<string, VSwitch>();
  readonly securityGroups = new Map<string, SecurityGroup>();
  readonly instances = new Map<string, Instance>();
  readonly enis = new Map<string, Eni>();
  readonly eips = new Map<string, Eip>();
  readonly haVips = new Map<string, HaVip>();
  readonly vbrs = new Map<string, Vbr>();
  readonly bgpGroups = new Map<string, BgpGroup>();
  readonly bgpPeers = new Map<string, BgpPeer>();
  /** ClientToken → first successful answer, per action. */
  readonly tokens = new Map<string, StoredToken>();

  constructor(
    readonly account: string,
    readonly region: string,
  ) {}

  requireVSwitch(id: string): VSwitch {
    return this.vswitches.get(id) ?? fail('InvalidVSwitchId.NotFound', `The specified VSwitchId "${id}" does not exist.`);
  }
  requireSecurityGroup(id: string): SecurityGroup {
    return (
      this.securityGroups.get(id) ?? fail('InvalidSecurityGroupId.NotFound', `The specified SecurityGroupId "${id}" does not exist.`)
    );
  }
  requireEni(id: string): Eni {
    return this.enis.get(id) ?? fail('InvalidEniId.NotFound', `The specified NetworkInterfaceId "${id}" does not exist.`);
  }
  requireInstance(id: string, code = 'InvalidEcsId.NotFound'): Instance {
    return this.instances.get(id) ?? fail(code, `The specified InstanceId "${id}" does not exist.`);
  }
  requireEip(id: string): Eip {
    return this.eips.get(id) ?? fail('InvalidAllocationId.NotFound', `Specified allocation ID is not found.`);
  }
  requireHaVip(id: string): HaVip {
    return this.haVips.get(id) ?? fail('InvalidHaVipId.NotFound', 'The specified HaVip does not exist.');
  }

  /** Every private address taken in a vSwitch (ENI primaries and secondaries, HaVips). */
  usedIps(vSwitchId: string): Set<string> {
    const used = new Set<string>();
    for (const eni of this.enis.values()) {
      if (eni.vSwitchId !== vSwitchId) continue;
      used.add(eni.primaryIp);
      eni.secondaryIps.forEach((ip) => used.add(ip));
    }
    for (const h of this.haVips.values()) if (h.vSwitchId === vSwitchId) used.add(h.ipAddress);
    return used;
  }

  /** Lowest free host addresses (Alibaba reserves the first 3 and the last 4 of every vSwitch). */
  freeIps(vSwitch: VSwitch, count: number, extraUsed: Set<string> = new Set()): string[] | null {
    const { network, size } = parseCidr(vSwitch.cidr);
    const used = this.usedIps(vSwitch.id);
    const out: string[] = [];
    for (let offset = 3; offset < size - 4 && out.length < count; offset++) {
      const ip = intToIp(network + offset);
      if (!used.has(ip) && !extraUsed.has(ip)) out.push(ip);
    }
    return out.length === count ? out : null;
  }

  /** Checks one requested address of a vSwitch; the codes differ per action. */
  checkRequestedIp(vSwitch: VSwitch, ip: string, codes: { outside: string; taken: string }): void {
    if (!cidrContains(vSwitch.cidr, ip)) fail(codes.outside, `The specified IP address ${ip} is not in the CIDR block of ${vSwitch.id}.`);
    if (this.usedIps(vSwitch.id).has(ip)) fail(codes.taken, 'Specified private IP address is duplicated.');
  }
}

// ---------- IPv4 helpers ----------

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

export function parseCidr(cidr: string): { network: number; size: number } {
  const [ip, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const network = Math.floor(ipToInt(ip ?? '0.0.0.0') / size) * size;
  return { network, size };
}

export function cidrContains(cidr: string, ip: string): boolean {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return false;
  const { network, size } = parseCidr(cidr);
  const n = ipToInt(ip);
  return n >= network && n < network + size;
}

// ---------- the whole emulator's state ----------

export const ENI_QUOTA_PER_REGION = 100;
export const AVAILABLE_ENI_SECONDARY_IP_LIMIT = 50;
export const HAVIP_MAX_ASSOCIATIONS = 10;

export class AlibabaState {
  private readonly accounts = new Map<string, Map<string, RegionState>>();
  private eipCounter = 0;

  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly asyncDelayMs: number,
  ) {}

  region(account: string, region: string): RegionState {
    let regions = this.accounts.get(account);
    if (!regions) this.accounts.set(account, (regions = new Map()));
    let state = regions.get(region);
    if (!state) regions.set(region, (state = new RegionState(account, region)));
    return state;
  }

  /** Regions of an account other than `region`, for "not in the same region" answers. */
  otherRegions(account: string, region: string): RegionState[] {
    return [...(this.accounts.get(account)?.values() ?? [])].filter((r) => r.region !== region);
  }

  clear(): void {
    this.accounts.clear();
    this.eipCounter = 0;
  }

  snapshot(): Record<string, Record<string, Record<string, unknown[]>>> {
    const out: Record<string, Record<string, Record<string, unknown[]>>> = {};
    for (const [account, regions] of this.accounts) {
      out[account] = {};
      for (const [region, s] of regions) {
        out[account][region] = {
          vpcs: [...s.vpcs.values()],
          vswitches: [...s.vswitches.values()],
          securityGroups: [...s.securityGroups.values()],
          instances: [...s.instances.values()],
          networkInterfaces: [...s.enis.values()],
          eips: [...s.eips.values()],
          haVips: [...s.haVips.values()],
          vbrs: [...s.vbrs.values()],
          bgpGroups: [...s.bgpGroups.values()],
          bgpPeers: [...s.bgpPeers.values()],
        };
      }
    }
    return out;
  }

  // ---------- ids, time ----------

  newId(prefix: string, length = 20): string {
    return `${prefix}-${this.runtime.ids.string(length)}`;
  }
  now(): string {
    return this.runtime.clock.nowIso();
  }
  mac(): string {
    return this.runtime.ids.mac();
  }
  nextPublicIp(): string {
    const n = this.eipCounter++;
    return `47.96.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
  }
  later(apply: () => void): void {
    this.runtime.scheduler.after(this.asyncDelayMs, apply);
  }

  /**
   * ClientToken idempotency (errors.md §5): same token + same parameters → the first answer again,
   * no new resource; same token + other parameters → IdempotentParameterMismatch. Only successes
   * are remembered (a retry after a 4xx is evaluated afresh).
   */
  idempotent(
    s: RegionState,
    action: string,
    params: Record<string, string>,
    run: () => Record<string, unknown>,
  ): Record<string, unknown> {
    const token = params['ClientToken'];
    if (!token) return run();
    const { ClientToken: _token, ...rest } = params;
    const fingerprint = JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1)));
    const key = `${action}\n${token}`;
    const stored = s.tokens.get(key);
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        fail('IdempotentParameterMismatch', 'Request uses a client token in a previous request but is not identical to that request.');
      }
      return stored.body;
    }
    const body = run();
    s.tokens.set(key, { fingerprint, body });
    return body;
  }

  // ---------- ENI ----------

  createNetworkInterface(
    s: RegionState,
    input: {
      vSwitchId: string;
      securityGroupIds: string[];
      primaryIp?: string;
      privateIps: string[];
      secondaryCount?: number;
      name?: string;
      description?: string;
      queueNumber?: number;
      resourceGroupId?: string;
      tags: Tag[];
    },
  ): Eni {
    const vsw = s.requireVSwitch(input.vSwitchId);
    for (const sgId of input.securityGroupIds) {
      const sg = s.requireSecurityGroup(sgId);
      if (sg.networkType !== 'vpc') fail('InvalidSecurityGroupId.NotVpc', `The security group ${sgId} is not of the VPC network type.`);
      if (sg.vpcId !== vsw.vpcId) fail('InvalidOperation.VpcMismatch', `The security group ${sgId} and the vSwitch ${vsw.id} are not in the same VPC.`);
    }
    if (input.resourceGroupId !== undefined && !input.resourceGroupId.startsWith('rg-')) {
      fail('InvalidResourceGroup.NotFound', 'The ResourceGroup provided does not exist in our records.');
    }
    const managed = [...s.enis.values()].filter((e) => e.type === 'Secondary').length;
    if (managed >= ENI_QUOTA_PER_REGION) {
      fail('MaxEniCountExceeded', `The maximum number of ENIs (${ENI_QUOTA_PER_REGION}) in region ${s.region} has been reached.`);
    }
    const codes = { outside: 'InvalidVSwitchId.IpInvalid', taken: 'InvalidPrivateIpAddress.Duplicated' };
    const requested = [...(input.primaryIp ? [input.primaryIp] : []), ...input.privateIps];
    requested.forEach((ip) => s.checkRequestedIp(vsw, ip, codes));
    if (new Set(requested).size !== requested.length) fail('InvalidPrivateIpAddress.Duplicated', 'Specified private IP address is duplicated.');
    const taken = new Set(requested);
    const needed = (input.primaryIp ? 0 : 1) + (input.secondaryCount ?? 0);
    const allocated = s.freeIps(vsw, needed, taken) ?? fail('InvalidVSwitchId.IpNotEnough', `The vSwitch ${vsw.id} does not have enough free IP addresses.`);
    const primaryIp = input.primaryIp ?? allocated.shift()!;
    const eni: Eni = {
      id: this.newId('eni'),
      name: input.name ?? '',
      description: input.description ?? '',
      status: 'Available',
      type: 'Secondary',
      vpcId: vsw.vpcId,
      vSwitchId: vsw.id,
      zoneId: vsw.zoneId,
      primaryIp,
      secondaryIps: [...input.privateIps, ...allocated],
      mac: this.mac(),
      securityGroupIds: input.securityGroupIds,
      tags: input.tags,
      instanceId: '',
      deviceIndex: null,
      resourceGroupId: input.resourceGroupId ?? '',
      queueNumber: input.queueNumber ?? 1,
      creationTime: this.now(),
    };
    s.enis.set(eni.id, eni);
    return eni;
  }

  /** Secondary IPs the ENI may carry in its current state (seed 003: 50 when Available, instance type when InUse). */
  secondaryIpLimit(s: RegionState, eni: Eni): number {
    if (eni.status === 'InUse' && eni.instanceId) {
      const instance = s.instances.get(eni.instanceId);
      if (instance) return instance.privateIpsPerEni;
    }
    return AVAILABLE_ENI_SECONDARY_IP_LIMIT;
  }

  assignPrivateIpAddresses(s: RegionState, eniId: string, ips: string[], count: number | undefined): string[] {
    const eni = s.requireEni(eniId);
    if (eni.status !== 'Available' && eni.status !== 'InUse') {
      fail('InvalidOperation.InvalidEniState', `The operation is not allowed in the current ENI state (${eni.status}).`);
    }
    const adding = ips.length > 0 ? ips.length : (count ?? 0);
    const limit = this.secondaryIpLimit(s, eni);
    if (eni.secondaryIps.length + adding > limit) {
      fail('MaxEniPrivateIpsCountExceeded', `The maximum number of secondary private IP addresses of ${eni.id} is ${limit}.`);
    }
    const vsw = s.requireVSwitch(eni.vSwitchId);
    let assigned: string[];
    if (ips.length > 0) {
      for (const ip of ips) {
        if (ip === eni.primaryIp || eni.secondaryIps.includes(ip)) fail('InvalidIp.IpAssigned', `The IP address ${ip} is already assigned to ${eni.id}.`);
        s.checkRequestedIp(vsw, ip, { outside: 'InvalidVSwitchId.IpInvalid', taken: 'InvalidPrivateIpAddress.Duplicated' });
      }
      assigned = ips;
    } else {
      assigned = s.freeIps(vsw, adding) ?? fail('QuotaExceeded.PrivateIpAddress', 'There is no enough private ip in the specified VSwitch.');
    }
    eni.secondaryIps.push(...assigned);
    return assigned;
  }

  unassignPrivateIpAddresses(s: RegionState, eniId: string, ips: string[]): void {
    const eni = s.requireEni(eniId);
    if (eni.status !== 'Available' && eni.status !== 'InUse') {
      fail('InvalidOperation.InvalidEniState', `The operation is not allowed in the current ENI state (${eni.status}).`);
    }
    const unknown = ips.find((ip) => !eni.secondaryIps.includes(ip));
    if (unknown !== undefined) fail('InvalidParameter', `The IP address ${unknown} is not a secondary private IP address of ${eni.id}.`);
    eni.secondaryIps = eni.secondaryIps.filter((ip) => !ips.includes(ip));
  }

  attachNetworkInterface(s: RegionState, eniId: string, instanceId: string): void {
    const eni = s.requireEni(eniId);
    const instance = s.requireInstance(instanceId);
    if (eni.status !== 'Available') fail('InvalidOperation.InvalidEniState', `The ENI ${eni.id} is ${eni.status}; it must be Available.`);
    if (instance.status !== 'Running' && instance.status !== 'Stopped') {
      fail('InvalidOperation.InvalidEcsState', `The instance ${instance.id} is ${instance.status}; it must be Running or Stopped.`);
    }
    if (instance.zoneId !== eni.zoneId) fail('InvalidOperation.AvailabilityZoneMismatch', `The ENI and the instance are in different zones.`);
    if (instance.vpcId !== eni.vpcId) fail('InvalidOperation.VpcMismatch', 'The ENI and the instance are in different VPCs.');
    const attached = [...s.enis.values()].filter((e) => e.instanceId === instance.id);
    if (attached.length >= instance.eniLimit) {
      fail('EniPerInstanceLimitExceeded', `The instance type ${instance.instanceType} supports at most ${instance.eniLimit} ENIs.`);
    }
    eni.status = 'Attaching';
    eni.instanceId = instance.id;
    const deviceIndex = Math.max(0, ...attached.map((e) => e.deviceIndex ?? 0)) + 1;
    this.later(() => {
      if (s.enis.get(eni.id) !== eni || eni.status !== 'Attaching') return;
      eni.status = 'InUse';
      eni.deviceIndex = deviceIndex;
    });
  }

  deleteNetworkInterface(s: RegionState, eniId: string): void {
    const eni = s.requireEni(eniId);
    if (eni.status !== 'Available') fail('InvalidOperation.InvalidEniState', `The ENI ${eni.id} is ${eni.status}; it must be Available.`);
    eni.status = 'Deleting';
    this.later(() => {
      if (s.enis.get(eni.id) === eni) s.enis.delete(eni.id);
    });
  }

  // ---------- EIP ----------

  allocateEipAddress(s: RegionState, input: { bandwidth?: string; internetChargeType?: string; isp?: string; name?: string; description?: string; resourceGroupId?: string }): Eip {
    const eip: Eip = {
      id: this.newId('eip', 21),
      ipAddress: this.nextPublicIp(),
      name: input.name ?? '',
      description: input.description ?? '',
      status: 'Available',
      instanceId: '',
      instanceType: '',
      privateIpAddress: '',
      mode: '',
      bandwidth: input.bandwidth ?? '5',
      internetChargeType: input.internetChargeType ?? 'PayByBandwidth',
      isp: input.isp ?? 'BGP',
      resourceGroupId: input.resourceGroupId ?? '',
      allocationTime: this.now(),
      tags: [],
    };
    s.eips.set(eip.id, eip);
    return eip;
  }

  /** Seed 002: only Available EIPs, one EIP per target (NAT mode), targets must exist in the same region. */
  associateEipAddress(
    s: RegionState,
    input: { allocationId: string; instanceId: string; instanceType: string; privateIpAddress?: string; mode?: string },
  ): void {
    const eip = s.requireEip(input.allocationId);
    if (eip.status !== 'Available') fail('IncorrectEipStatus', `The EIP ${eip.id} is ${eip.status}.`);
    let privateIp = '';
    switch (input.instanceType) {
      case 'EcsInstance': {
        const instance = s.instances.get(input.instanceId) ?? this.missingTarget(s, input.instanceId);
        if (instance.status !== 'Running' && instance.status !== 'Stopped') {
          fail('IncorrectInstanceStatus', `The instance ${instance.id} is ${instance.status}.`);
        }
        privateIp = s.enis.get(instance.primaryEniId)?.primaryIp ?? '';
        break;
      }
      case 'NetworkInterface': {
        const eni = s.enis.get(input.instanceId) ?? this.missingTarget(s, input.instanceId);
        if (eni.status !== 'Available' && eni.status !== 'InUse') {
          fail('InvalidStatus.EniStatusNotSupport', `The ENI ${eni.id} is ${eni.status}.`);
        }
        if (input.mode === 'BINDED' && eni.instanceId) fail('Eni.Attached', 'The eni should be detached from ecs when associating with direct eip.');
        if (input.mode === 'BINDED' && eni.secondaryIps.length > 0) fail('Eni.HasSubIp', 'Eni has sub ip can not bind direct eip.');
        privateIp = input.privateIpAddress ?? eni.primaryIp;
        if (privateIp !== eni.primaryIp && !eni.secondaryIps.includes(privateIp)) {
          fail('InvalidParameter', `The private IP address ${privateIp} does not belong to ${eni.id}.`);
        }
        break;
      }
      case 'HaVip': {
        const havip = s.haVips.get(input.instanceId) ?? this.missingTarget(s, input.instanceId);
        if (havip.status !== 'Available' && havip.status !== 'InUse') {
          fail('IncorrectHaVipStatus', "HaVip can be operated by this action only when it's status is Available or InUse.");
        }
        privateIp = havip.ipAddress;
        break;
      }
      case 'IpAddress':
        fail('OperationFailed.Ipv4GatewayNotOpenedInVpc', 'The operation is failed because Ipv4Gateway is not opened in Vpc.');
        break;
      default:
        // NAT gateways and CLB instances are not modelled: none exists.
        fail('InvalidParams.NotFound', 'instance not found');
    }
    const duplicate = [...s.eips.values()].find(
      (e) => e.id !== eip.id && e.instanceId === input.instanceId && e.privateIpAddress === privateIp && e.status !== 'Unassociating',
    );
    if (duplicate) fail('InvalidAssociation.Duplicated', 'Specified instance already is associated.');
    eip.status = 'Associating';
    eip.instanceId = input.instanceId;
    eip.instanceType = input.instanceType;
    eip.privateIpAddress = privateIp;
    eip.mode = input.instanceType === 'NetworkInterface' ? (input.mode ?? 'NAT') : 'NAT';
    this.later(() => {
      if (s.eips.get(eip.id) === eip && eip.status === 'Associating') eip.status = 'InUse';
    });
  }

  private missingTarget(s: RegionState, id: string): never {
    const elsewhere = this.otherRegions(s.account, s.region).find(
      (r) => r.instances.has(id) || r.enis.has(id) || r.haVips.has(id),
    );
    if (elsewhere) fail('InvalidParameter.Mismatch', 'Specified elastic IP address and ECS instance are not in the same region.');
    return fail('InvalidInstanId.NotFound', 'Specified instance does not exist.');
  }

  unassociateEipAddress(s: RegionState, allocationId: string, instanceId?: string): void {
    const eip = s.requireEip(allocationId);
    if (eip.status !== 'InUse') fail('IncorrectEipStatus', `The EIP ${eip.id} is ${eip.status}.`);
    if (instanceId !== undefined && instanceId !== eip.instanceId) {
      fail('InvalidParameter', `The EIP ${eip.id} is not associated with ${instanceId}.`);
    }
    eip.status = 'Unassociating';
    this.later(() => {
      if (s.eips.get(eip.id) !== eip || eip.status !== 'Unassociating') return;
      Object.assign(eip, { status: 'Available', instanceId: '', instanceType: '', privateIpAddress: '', mode: '' });
    });
  }

  // ---------- HaVip ----------

  createHaVip(s: RegionState, input: { vSwitchId: string; ipAddress?: string; name?: string; description?: string }): HaVip {
    const vsw = s.requireVSwitch(input.vSwitchId);
    let ip = input.ipAddress;
    if (ip !== undefined) s.checkRequestedIp(vsw, ip, { outside: 'InvalidVSwitchId.IpInvalid', taken: 'InvalidPrivateIpAddress.Duplicated' });
    else ip = (s.freeIps(vsw, 1) ?? fail('InvalidVSwitchId.IpNotEnough', `The vSwitch ${vsw.id} has no free IP address.`))[0]!;
    const havip: HaVip = {
      id: this.newId('havip'),
      ipAddress: ip,
      name: input.name ?? '',
      description: input.description ?? '',
      status: 'Creating',
      vpcId: vsw.vpcId,
      vSwitchId: vsw.id,
      associatedInstanceType: '',
      associatedInstances: [],
      createTime: this.now(),
    };
    s.haVips.set(havip.id, havip);
    this.later(() => {
      if (s.haVips.get(havip.id) === havip && havip.status === 'Creating') havip.status = 'Available';
    });
    return havip;
  }

  associateHaVip(s: RegionState, haVipId: string, instanceId: string, instanceType: string): void {
    const havip = s.requireHaVip(haVipId);
    if (havip.status !== 'Available' && havip.status !== 'InUse') {
      fail('IncorrectHaVipStatus', "HaVip can be operated by this action only when it's status is Available or InUse.");
    }
    const vSwitchId =
      instanceType === 'NetworkInterface'
        ? (s.enis.get(instanceId) ?? fail('InvalidInstanceId.NotFound', `The specified instance ${instanceId} does not exist.`)).vSwitchId
        : (s.instances.get(instanceId) ?? fail('InvalidInstanceId.NotFound', `The specified instance ${instanceId} does not exist.`)).vSwitchId;
    if (vSwitchId !== havip.vSwitchId) fail('InvalidParameter.Mismatch', `The instance ${instanceId} is not in the vSwitch of ${havip.id}.`);
    if (havip.associatedInstanceType && havip.associatedInstanceType !== instanceType) {
      fail('InvalidParameter.Mismatch', `The HaVip ${havip.id} is already associated with instances of type ${havip.associatedInstanceType}.`);
    }
    if (havip.associatedInstances.includes(instanceId)) return;
    if (havip.associatedInstances.length >= HAVIP_MAX_ASSOCIATIONS) {
      fail('InvalidParameter', `A HaVip can be associated with at most ${HAVIP_MAX_ASSOCIATIONS} instances.`);
    }
    havip.associatedInstanceType = instanceType;
    havip.associatedInstances.push(instanceId);
    havip.status = 'Associating';
    this.later(() => {
      if (s.haVips.get(havip.id) === havip && havip.status === 'Associating') havip.status = 'InUse';
    });
  }
}
