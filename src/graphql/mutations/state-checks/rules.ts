import { ipv4InCidr } from '../../../domain/ipv4';
import type { MutationName } from '../../../domain/mutations';
import type { ElasticIp, NetworkInterface, ProviderName, Subnet, VifPeer, VirtualIp } from '../../../domain/resources';

/**
 * netplane's checks of a mutation against the current state of its target, as pure rules: each says
 * which documented error the provider's own call would answer for the state it sees (the code, on
 * the provider operation that answers it). A dry run answers the refusal without calling anything;
 * a real call never consults these rules (the provider decides), so a rule that is stricter than the
 * provider would show as a dry run that disagrees with the real call — the e2e tests run both.
 */

/** What the rules see: the target as it is now (null when the provider does not list it) and its neighbours. */
export interface CurrentState {
  readonly target: NetworkInterface | ElasticIp | VirtualIp | VifPeer | null;
  /** Peers of the target's virtual interface (Huawei VIF, Alibaba VBR) — for createVifPeer and deleteVifPeer. */
  readonly siblingPeers?: readonly VifPeer[];
  /** The virtual IP the input names (bindVirtualIp): null when the provider does not list it, absent when not read. */
  readonly virtualIp?: VirtualIp | null;
  /** The partition's interfaces and virtual IPs, for the addresses they hold (mutations that name an address). */
  readonly holders?: { readonly networkInterfaces: readonly NetworkInterface[]; readonly virtualIps: readonly VirtualIp[] };
  /** The partition's subnets, for the CIDR of the subnet the input names: absent when not read (the adapter does not list them). */
  readonly subnets?: readonly Subnet[];
}

/** The documented error the real call would get. */
export interface StateRefusal {
  readonly operation: string;
  readonly code: string;
  /** Fills the catalog message's `%s`, in order (what the provider would name). */
  readonly detail: string | readonly string[];
}

/** Alibaba: at most 8 BGP peers per VBR (CreateBgpPeer; answered as InvalidParameter on BgpGroupId, as the emulator models it). */
export const BGP_PEERS_PER_VBR = 8;

/** Alibaba: an Available ENI carries at most 50 secondary private addresses (seed 003; InUse: the instance type's limit, not known here). */
export const AVAILABLE_ENI_SECONDARY_IP_LIMIT = 50;

/** Alibaba: a HaVip is associated with at most 10 ENIs or instances (AssociateHaVip, CountLimitExceeded.HaVipOnECSInstance). */
export const HAVIP_MAX_ASSOCIATIONS = 10;

type Rule = (state: CurrentState, input: Readonly<Record<string, unknown>>) => StateRefusal | null;

const refuse = (operation: string, code: string, detail: string | readonly string[]): StateRefusal => ({ operation, code, detail });

/** The codes each provider answers when the target does not exist, by the operation the mutation calls. */
const NOT_FOUND: Readonly<Record<ProviderName, Partial<Record<MutationName, readonly [string, string]>>>> = {
  ALIBABA: {
    updateNetworkInterface: ['ModifyNetworkInterfaceAttribute', 'InvalidEniId.NotFound'],
    deleteNetworkInterface: ['DeleteNetworkInterface', 'InvalidEniId.NotFound'],
    attachNetworkInterface: ['AttachNetworkInterface', 'InvalidEniId.NotFound'],
    detachNetworkInterface: ['DetachNetworkInterface', 'InvalidEniId.NotFound'],
    assignPrivateIpAddresses: ['AssignPrivateIpAddresses', 'InvalidEniId.NotFound'],
    unassignPrivateIpAddresses: ['UnassignPrivateIpAddresses', 'InvalidEniId.NotFound'],
    releaseElasticIp: ['ReleaseEipAddress', 'InvalidAllocationId.NotFound'],
    associateElasticIp: ['AssociateEipAddress', 'InvalidAllocationId.NotFound'],
    unassociateElasticIp: ['UnassociateEipAddress', 'InvalidAllocationId.NotFound'],
    deleteVirtualIp: ['DeleteHaVip', 'InvalidHaVipId.NotFound'],
    updateVifPeer: ['ModifyBgpPeerAttribute', 'InvalidBgpPeerId.NotFound'],
    deleteVifPeer: ['DeleteBgpPeer', 'InvalidBgpPeerId.NotFound'],
  },
  HUAWEI: {
    updateNetworkInterface: ['UpdatePort', 'VPC.0508'],
    deleteNetworkInterface: ['DeletePort', 'VPC.0508'],
    releaseElasticIp: ['DeletePublicip', 'VPC.0504'],
    associateElasticIp: ['UpdatePublicip', 'VPC.0504'],
    unassociateElasticIp: ['UpdatePublicip', 'VPC.0504'],
    deleteVirtualIp: ['DeletePort', 'VPC.0508'],
    updateVifPeer: ['UpdateVifPeer', 'DC.0002'],
    deleteVifPeer: ['DeleteVifPeer', 'DC.0002'],
  },
};

const eni = (s: CurrentState) => s.target as NetworkInterface;
const ENI_CHANGEABLE = new Set(['AVAILABLE', 'IN_USE']);
const eniState = (operation: string) => (s: CurrentState) =>
  ENI_CHANGEABLE.has(eni(s).status)
    ? null
    : refuse(operation, 'InvalidOperation.InvalidEniState', `The operation is not allowed in the current ENI state (${eni(s).providerStatus}).`);
const eip = (s: CurrentState) => s.target as ElasticIp;

/** Whether an interface or virtual IP of the subnet other than `except` holds the address (primary, secondary or VIP address). */
function heldInSubnet(s: CurrentState, subnetId: unknown, address: string, except?: string): boolean {
  const holders = s.holders;
  if (!holders || typeof subnetId !== 'string') return false;
  const byInterface = holders.networkInterfaces.some((n) => n.nativeId !== except && n.subnetId === subnetId && n.privateIps.some((ip) => ip.address === address));
  return byInterface || holders.virtualIps.some((v) => v.subnetId === subnetId && v.address === address);
}

/** The subnet the input names: undefined when the subnets were not read (or none is named), null when it does not exist. */
function namedSubnet(s: CurrentState, subnetId: unknown): Subnet | null | undefined {
  if (!s.subnets || typeof subnetId !== 'string') return undefined;
  return s.subnets.find((subnet) => subnet.nativeId === subnetId) ?? null;
}

/**
 * The subnet a call names exists, and the address it names lies in the subnet's IPv4 CIDR: the
 * provider checks both before whether the address is free (the emulators' order).
 */
const addressInSubnet =
  (operation: string, codes: { readonly notFound: string; readonly outside: string }, subnetField: string, addressField: string): Rule =>
  (s, input) => {
    const subnet = namedSubnet(s, input[subnetField]);
    if (subnet === undefined) return null;
    if (subnet === null) return refuse(operation, codes.notFound, String(input[subnetField]));
    const address = input[addressField];
    return typeof address === 'string' && !ipv4InCidr(address, subnet.cidr) ? refuse(operation, codes.outside, [address, subnet.nativeId]) : null;
  };

/** The address a create names, when another resource of the subnet already holds it. */
const addressTaken =
  (operation: string, code: string, subnetField: string, addressField: string): Rule =>
  (s, input) => {
    const address = input[addressField];
    return typeof address === 'string' && heldInSubnet(s, input[subnetField], address) ? refuse(operation, code, address) : null;
  };

/**
 * Alibaba AssignPrivateIpAddresses, after the status: the 50-address limit of an Available ENI,
 * then each named address neither on the ENI already nor held by another resource of its vSwitch.
 */
function alibabaAssign(s: CurrentState, input: Readonly<Record<string, unknown>>): StateRefusal | null {
  const target = eni(s);
  const named = (input['privateIpAddresses'] as string[] | undefined) ?? [];
  const adding = named.length > 0 ? named.length : Number(input['secondaryPrivateIpAddressCount'] ?? 0);
  const secondaries = target.privateIps.filter((ip) => !ip.primary).length;
  if (target.status === 'AVAILABLE' && secondaries + adding > AVAILABLE_ENI_SECONDARY_IP_LIMIT) {
    return refuse('AssignPrivateIpAddresses', 'MaxEniPrivateIpsCountExceeded', `The maximum number of secondary private IP addresses of ${target.nativeId} is ${AVAILABLE_ENI_SECONDARY_IP_LIMIT}.`);
  }
  for (const ip of named) {
    if (target.privateIps.some((p) => p.address === ip)) return refuse('AssignPrivateIpAddresses', 'InvalidIp.IpAssigned', `The IP address ${ip} is already assigned to ${target.nativeId}.`);
    if (heldInSubnet(s, target.subnetId, ip, target.nativeId)) return refuse('AssignPrivateIpAddresses', 'InvalidPrivateIpAddress.Duplicated', ip);
  }
  return null;
}

/**
 * Huawei CreatePort (VPC v1) answers a network that does not exist and an address outside its CIDR
 * alike, with VPC.2500 — as the emulator does; the port module's codes were not retrievable (inferred).
 */
const HUAWEI_CREATE_PORT_SUBNET_CODES = { notFound: 'VPC.2500', outside: 'VPC.2500' } as const;

/**
 * Huawei's ECS bind (seed 000, the ECS_NIC method), once the NIC exists: the subnet exists
 * (Ecs.0038), is in the NIC's VPC (Ecs.0064) and holds the address (Ecs.0039). The server's status
 * (Ecs.0100), checked by the provider between the first two, is not known from the lists.
 */
function huaweiEcsBind(s: CurrentState, input: Readonly<Record<string, unknown>>): StateRefusal | null {
  if (input['method'] !== undefined && input['method'] !== 'ECS_NIC') return null;
  const subnet = namedSubnet(s, input['subnetId']);
  if (subnet === undefined) return null;
  if (subnet === null) return refuse('AssociateServerVirtualIp', 'Ecs.0038', String(input['subnetId']));
  const nicSubnet = namedSubnet(s, eni(s).subnetId);
  if (nicSubnet && nicSubnet.vpcId !== subnet.vpcId) return refuse('AssociateServerVirtualIp', 'Ecs.0064', subnet.nativeId);
  const address = input['ipAddress'];
  return typeof address === 'string' && !ipv4InCidr(address, subnet.cidr) ? refuse('AssociateServerVirtualIp', 'Ecs.0039', [address, subnet.nativeId]) : null;
}
const vip = (s: CurrentState) => s.target as VirtualIp;
const peer = (s: CurrentState) => s.target as VifPeer;

/**
 * The status preconditions each provider documents for the target (run once the target exists).
 * Alibaba: an ENI is deleted and attached only when Available; an EIP is released and associated
 * only when Available and unassociated only when InUse; a HaVip is deleted only when Available;
 * a VBR takes at most 8 BGP peers. Huawei: a port attached to a server is not deleted (VPC.2500);
 * a bound or changing EIP is neither deleted nor bound again (VPC.0510); a VIF keeps its last peer
 * and one peer per address family, and a pending peer is not changed (DC.0001).
 */
const STATUS_RULES: Readonly<Record<ProviderName, Partial<Record<MutationName, Rule>>>> = {
  ALIBABA: {
    deleteNetworkInterface: (s) =>
      eni(s).status === 'AVAILABLE' ? null : refuse('DeleteNetworkInterface', 'InvalidOperation.InvalidEniState', `The ENI ${eni(s).nativeId} is ${eni(s).providerStatus}; it must be Available.`),
    attachNetworkInterface: (s) =>
      eni(s).status === 'AVAILABLE' ? null : refuse('AttachNetworkInterface', 'InvalidOperation.InvalidEniState', `The ENI ${eni(s).nativeId} is ${eni(s).providerStatus}; it must be Available.`),
    createNetworkInterface: (s, input) =>
      addressInSubnet('CreateNetworkInterface', { notFound: 'InvalidVSwitchId.NotFound', outside: 'InvalidVSwitchId.IpInvalid' }, 'vSwitchId', 'primaryIpAddress')(s, input) ??
      addressTaken('CreateNetworkInterface', 'InvalidPrivateIpAddress.Duplicated', 'vSwitchId', 'primaryIpAddress')(s, input),
    updateNetworkInterface: eniState('ModifyNetworkInterfaceAttribute'),
    detachNetworkInterface: (s, input) => {
      const target = eni(s);
      if (target.interfaceType === 'PRIMARY') return refuse('DetachNetworkInterface', 'InvalidOperation.DetachPrimaryEniNotAllowed', `The primary ENI ${target.nativeId} cannot be detached.`);
      if (target.status !== 'IN_USE' && target.status !== 'DETACHING') {
        return refuse('DetachNetworkInterface', 'InvalidOperation.InvalidEniState', `The ENI ${target.nativeId} is ${target.providerStatus}; it must be InUse.`);
      }
      const attachedTo = target.attachment?.instanceId;
      return input['instanceId'] !== undefined && attachedTo !== undefined && input['instanceId'] !== attachedTo ? refuse('DetachNetworkInterface', 'InvalidParameter', 'InstanceId') : null;
    },
    assignPrivateIpAddresses: (s, input) => eniState('AssignPrivateIpAddresses')(s) ?? alibabaAssign(s, input),
    createVirtualIp: (s, input) =>
      addressInSubnet('CreateHaVip', { notFound: 'InvalidVSwitch.NotFound', outside: 'InvalidIPAddress.OutOfRange' }, 'subnetId', 'ipAddress')(s, input) ??
      addressTaken('CreateHaVip', 'InvalidIPAddress.AlreadyUsed', 'subnetId', 'ipAddress')(s, input),
    unassignPrivateIpAddresses: (s, input) => {
      const refused = eniState('UnassignPrivateIpAddresses')(s);
      if (refused) return refused;
      const carried = new Set(eni(s).privateIps.filter((ip) => !ip.primary).map((ip) => ip.address));
      const unknown = (input['privateIpAddresses'] as string[] | undefined)?.find((ip) => !carried.has(ip));
      return unknown === undefined
        ? null
        : refuse('UnassignPrivateIpAddresses', 'InvalidIp.IpUnassigned', `The IP address ${unknown} is not a secondary private IP address of ${eni(s).nativeId}.`);
    },
    releaseElasticIp: (s) => (eip(s).status === 'AVAILABLE' ? null : refuse('ReleaseEipAddress', 'IncorrectEipStatus', `The EIP ${eip(s).nativeId} is ${eip(s).providerStatus}.`)),
    associateElasticIp: (s) => (eip(s).status === 'AVAILABLE' ? null : refuse('AssociateEipAddress', 'IncorrectEipStatus', `The EIP ${eip(s).nativeId} is ${eip(s).providerStatus}.`)),
    unassociateElasticIp: (s) => (eip(s).status === 'IN_USE' ? null : refuse('UnassociateEipAddress', 'IncorrectEipStatus', `The EIP ${eip(s).nativeId} is ${eip(s).providerStatus}.`)),
    deleteVirtualIp: (s) => (vip(s).status === 'AVAILABLE' ? null : refuse('DeleteHaVip', 'IncorrectStatus', `The HaVip ${vip(s).nativeId} is ${vip(s).providerStatus}.`)),
    updateVifPeer: (s) => (peer(s).status === 'ACTIVE' ? null : refuse('ModifyBgpPeerAttribute', 'IncorrectStatus', `The BGP peer ${peer(s).nativeId} is ${peer(s).providerStatus}.`)),
    deleteVifPeer: (s) =>
      peer(s).status === 'CREATING' || peer(s).status === 'UPDATING'
        ? refuse('DeleteBgpPeer', 'DependencyViolation.BgpPeer', `The BGP peer ${peer(s).nativeId} is ${peer(s).providerStatus}.`)
        : null,
    createVifPeer: (s, input) => {
      const peers = s.siblingPeers ?? [];
      if (peers.length < BGP_PEERS_PER_VBR) return null;
      return refuse('CreateBgpPeer', 'InvalidParameter', `BgpGroupId (the VBR ${peers[0]?.virtualInterfaceId ?? String(input['bgpGroupId'])} has ${BGP_PEERS_PER_VBR} BGP peers)`);
    },
  },
  HUAWEI: {
    createNetworkInterface: (s, input) =>
      addressInSubnet('CreatePort', HUAWEI_CREATE_PORT_SUBNET_CODES, 'vSwitchId', 'primaryIpAddress')(s, input) ??
      addressTaken('CreatePort', 'VPC.0701', 'vSwitchId', 'primaryIpAddress')(s, input),
    createVirtualIp: (s, input) =>
      addressInSubnet('CreatePort', HUAWEI_CREATE_PORT_SUBNET_CODES, 'subnetId', 'ipAddress')(s, input) ??
      addressTaken('CreatePort', 'VPC.0701', 'subnetId', 'ipAddress')(s, input),
    bindVirtualIp: huaweiEcsBind,
    deleteNetworkInterface: (s) => (eni(s).attachment === null ? null : refuse('DeletePort', 'VPC.2500', eni(s).nativeId)),
    releaseElasticIp: (s) => (eip(s).boundTo === null && eip(s).status === 'AVAILABLE' ? null : refuse('DeletePublicip', 'VPC.0510', eip(s).nativeId)),
    associateElasticIp: (s) => (eip(s).boundTo === null && eip(s).status === 'AVAILABLE' ? null : refuse('UpdatePublicip', 'VPC.0510', eip(s).nativeId)),
    updateVifPeer: (s) => (peer(s).status === 'CREATING' || peer(s).status === 'DELETING' ? refuse('UpdateVifPeer', 'DC.0001', peer(s).nativeId) : null),
    deleteVifPeer: (s) => {
      if (peer(s).status === 'CREATING' || peer(s).status === 'DELETING') return refuse('DeleteVifPeer', 'DC.0001', peer(s).nativeId);
      return (s.siblingPeers ?? []).length <= 1 ? refuse('DeleteVifPeer', 'DC.0001', peer(s).nativeId) : null;
    },
    createVifPeer: (s, input) =>
      (s.siblingPeers ?? []).some((p) => p.addressFamily === input['addressFamily']) ? refuse('CreateVifPeer', 'DC.0001', String(input['vifId'])) : null,
  },
};

/**
 * Alibaba AssociateHaVip looks the HaVip up before the ENI it binds to: the HaVip exists and is
 * Available or InUse, the ENI exists, both are in one vSwitch, and the HaVip has room for one more.
 */
function alibabaBind(s: CurrentState, input: Readonly<Record<string, unknown>>): StateRefusal | null {
  const haVipId = String(input['virtualIpId'] ?? '');
  const havip = s.virtualIp;
  if (havip === null) return refuse('AssociateHaVip', 'InvalidHaVipId.NotFound', haVipId);
  if (havip === undefined) return null;
  if (havip.status !== 'AVAILABLE' && havip.status !== 'IN_USE') return refuse('AssociateHaVip', 'IncorrectHaVipStatus', haVipId);
  const target = s.target as NetworkInterface | null;
  if (target === null) return refuse('AssociateHaVip', 'InvalidInstanceId.NotFound', `The specified instance ${haVipId} does not exist.`);
  if (target.subnetId !== havip.subnetId) return refuse('AssociateHaVip', 'InvalidParameter.Mismatch', `The instance ${target.nativeId} is not in the vSwitch of ${haVipId}.`);
  const bound = [...havip.boundInterfaceIds, ...havip.boundInstanceIds];
  if (!bound.includes(target.nativeId) && bound.length >= HAVIP_MAX_ASSOCIATIONS) {
    return refuse('AssociateHaVip', 'CountLimitExceeded.HaVipOnECSInstance', `A HaVip can be associated with at most ${HAVIP_MAX_ASSOCIATIONS} instances.`);
  }
  return null;
}

/** Rules that look at more than the target, and run whether or not it exists (they say what the provider checks first). */
const COMPOSITE_RULES: Readonly<Record<ProviderName, Partial<Record<MutationName, Rule>>>> = {
  ALIBABA: { bindVirtualIp: alibabaBind },
  HUAWEI: {},
};

/** Whether the dry run reads the addresses the partition's interfaces and virtual IPs hold. */
export function readsHolders(mutation: MutationName): boolean {
  return mutation === 'createNetworkInterface' || mutation === 'createVirtualIp' || mutation === 'assignPrivateIpAddresses';
}

/** Whether the dry run reads the partition's subnets (mutations that name a subnet, and may name an address in it). */
export function readsSubnets(mutation: MutationName): boolean {
  return mutation === 'createNetworkInterface' || mutation === 'createVirtualIp' || mutation === 'bindVirtualIp';
}

/** Whether the dry run reads the virtual IP the input names (Alibaba's bind checks it; both payloads carry it). */
export function readsVirtualIp(mutation: MutationName): boolean {
  return mutation === 'bindVirtualIp' || mutation === 'unbindVirtualIp';
}

/** The refusal the real call would get for this state, or null when netplane sees nothing against it. */
export function stateRefusal(
  mutation: MutationName,
  provider: ProviderName,
  state: CurrentState,
  input: Readonly<Record<string, unknown>>,
  targetId: string | null,
): StateRefusal | null {
  const composite = COMPOSITE_RULES[provider][mutation];
  if (composite) return composite(state, input);
  const notFound = NOT_FOUND[provider][mutation];
  if (notFound && state.target === null) return refuse(notFound[0], notFound[1], targetId ?? '');
  if (state.target === null && targetId !== null) return null;
  return STATUS_RULES[provider][mutation]?.(state, input) ?? null;
}
