import type { BgpGroup, BgpPeer, Vbr } from './bgp-peers';
import type { Eip } from './elastic-ips';
import { fail } from './failure';
import { cidrContains, intToIp, ipToInt, parseCidr } from './ipv4';
import type { Eni } from './network-interfaces';
import type { HaVip } from './virtual-ips';

/**
 * The shared region model: one account's resources in one region, one map per resource, and the
 * lookups every family uses. Each resource has one require<X>() raising the catalogued NotFound,
 * so every action reports a missing resource the same way (moto's get_network_interface).
 */

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

/** Alibaba reserves the first 3 and the last 4 addresses of every vSwitch. */
const RESERVED_HEAD = 3;
const RESERVED_TAIL = 4;

function isReserved(vSwitch: VSwitch, ip: string): boolean {
  const { network, size } = parseCidr(vSwitch.cidr);
  const offset = ipToInt(ip) - network;
  return offset < RESERVED_HEAD || offset >= size - RESERVED_TAIL;
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

  /** ECS actions answer InvalidVSwitchId.NotFound; CreateHaVip documents InvalidVSwitch.NotFound. */
  requireVSwitch(id: string, code = 'InvalidVSwitchId.NotFound'): VSwitch {
    return this.vswitches.get(id) ?? fail(code, `The specified VSwitchId "${id}" does not exist.`);
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
  requireBgpGroup(id: string): BgpGroup {
    return this.bgpGroups.get(id) ?? fail('InvalidBgpGroupId.NotFound', `The specified BgpGroupId "${id}" does not exist.`);
  }
  requireBgpPeer(id: string): BgpPeer {
    return this.bgpPeers.get(id) ?? fail('InvalidBgpPeerId.NotFound', 'The specified BgpPeerId does not exist.');
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

  /** Lowest free host addresses, reserved ones excluded. */
  freeIps(vSwitch: VSwitch, count: number, extraUsed: Set<string> = new Set()): string[] | null {
    const { network, size } = parseCidr(vSwitch.cidr);
    const used = this.usedIps(vSwitch.id);
    const out: string[] = [];
    for (let offset = RESERVED_HEAD; offset < size - RESERVED_TAIL && out.length < count; offset++) {
      const ip = intToIp(network + offset);
      if (!used.has(ip) && !extraUsed.has(ip)) out.push(ip);
    }
    return out.length === count ? out : null;
  }

  /** Checks one requested address of a vSwitch; the codes differ per action. */
  checkRequestedIp(vSwitch: VSwitch, ip: string, codes: { outside: string; taken: string; reserved?: string }): void {
    if (!cidrContains(vSwitch.cidr, ip)) fail(codes.outside, `The specified IP address ${ip} is not in the CIDR block of ${vSwitch.id}.`);
    if (codes.reserved && isReserved(vSwitch, ip)) fail(codes.reserved, `The IP address ${ip} is reserved by the system.`);
    if (this.usedIps(vSwitch.id).has(ip)) fail(codes.taken, 'Specified private IP address is duplicated.');
  }
}
