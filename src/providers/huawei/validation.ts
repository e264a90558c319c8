import { isIPv4 } from 'node:net';
import { z } from 'zod';
import type { CatalogEntry } from '../../domain/catalog';
import type { MutationInput } from '../../domain/adapter';
import type { ProviderFailure } from '../../domain/errors';
import { huaweiCatalog } from './error-catalog';
import { OPERATIONS, PUBLICIP_TYPES, ipFamily, isUuid, parseCidr, type EIP_CHARGE_MODES } from './wire';

/**
 * The documented limits of each Huawei operation, checked before any call. A rejection is the same
 * catalog entry the provider would answer (Ecs.0005, VPC.2500, VPC.0301, DC.0001, DC.0004, DC.0008,
 * Neutron InvalidInput …) with `parameter` set, no request id, and no HTTP call made. The emulator
 * enforces the same rule data (RULES below) on what it receives.
 */

const uuid = z.string().refine(isUuid, 'must be a UUID');
const ipAddress = z.string().refine((s) => ipFamily(s) !== null, 'must be an IPv4 or IPv6 address');
const ipv4Address = z.string().refine((s) => isIPv4(s), 'must be an IPv4 address');
/** A value the operation requires (missing → "is required"), then checked against `schema`. */
const present = (schema: z.ZodType) =>
  z.unknown().superRefine((value, ctx) => {
    if (value === undefined || value === null) {
      ctx.addIssue({ code: 'custom', message: 'is required' });
      return;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'is invalid' });
  });
const cidrList = z.array(z.string().refine((s) => parseCidr(s) !== null, 'must hold CIDR blocks'));

/** Documented limits shared with the emulator. */
export const RULES = {
  /** BGP ASN (CreateVifPeer bgp_asn). */
  maxAsn: 4294967295,
  /** Port name: "0 to 255 characters" (VPC Port v1). */
  portNameMax: 255,
  /** VIF peer name / description (DC v3 CreateVifPeer, UpdateVifPeer). */
  peerNameMax: 64,
  peerDescriptionMax: 128,
  /** EIP v1 bandwidth.name: 1–64 characters of letters, digits, Chinese characters, _ - . */
  bandwidthName: /^[\p{L}\p{N}_.-]{1,64}$/u,
  /** EIP v1 bandwidth.size in Mbit/s (the descriptor's documented range; regions may narrow it). */
  bandwidthSize: { min: 1, max: 2000 },
} as const;

interface Rule {
  parameter: string;
  code: string;
  schema: z.ZodType;
  value: unknown;
}

function firstViolation(operation: string, rules: Rule[]): ProviderFailure | null {
  for (const rule of rules) {
    const parsed = rule.schema.safeParse(rule.value);
    if (!parsed.success) {
      const detail = parsed.error.issues[0]?.message ?? 'is invalid';
      return rejection(huaweiCatalog.require(operation, rule.code), operation, rule.parameter, `${rule.parameter} ${detail}`);
    }
  }
  return null;
}

export function rejection(entry: CatalogEntry, operation: string, parameter: string, detail: string): ProviderFailure {
  return {
    category: entry.category,
    provider: 'HUAWEI',
    operation,
    code: entry.code,
    httpStatus: entry.httpStatus,
    message: `${entry.message} ${detail}.`,
    requestId: null,
    retryable: false,
    documented: true,
    description: entry.description,
    parameter,
    resourceType: entry.resourceType ?? null,
    outcome: 'NOT_APPLIED',
  };
}

// ---------- ECS ----------

/** What the seed's bind PUT carries once a virtualIpId has been resolved to its subnet and address. */
export interface NicBindOption {
  subnetId?: string;
  ipAddress?: string;
  reverseBinding?: boolean;
}

/** Seed 000: nic_id and subnet_id are UUIDs, ip_address an IPv4/IPv6 address; both are required. */
export function validateBindVirtualIp(nicId: string, option: NicBindOption): ProviderFailure | null {
  const op = OPERATIONS.associateServerVirtualIp;
  return firstViolation(op, [
    { parameter: 'nic_id', code: 'Ecs.0005', schema: uuid, value: nicId },
    { parameter: 'subnet_id', code: 'Ecs.0005', schema: present(uuid), value: option.subnetId },
    { parameter: 'ip_address', code: 'Ecs.0005', schema: present(ipAddress), value: option.ipAddress },
    { parameter: 'reverse_binding', code: 'Ecs.0005', schema: z.boolean().optional(), value: option.reverseBinding },
  ]);
}

/** Before anything is read: the NIC id, and the virtual IP given one way or the other. */
export function validateVirtualIpBinding(
  operation: string,
  nicId: string,
  input: MutationInput<'bindVirtualIp'> | MutationInput<'unbindVirtualIp'>,
  addressRequired: boolean,
): ProviderFailure | null {
  const neutron = input.method === 'NEUTRON_ALLOWED_ADDRESS_PAIRS';
  const code = neutron ? 'InvalidInput' : 'Ecs.0005';
  const rules: Rule[] = [
    { parameter: neutron ? 'port_id' : 'nic_id', code, schema: uuid, value: nicId },
    { parameter: 'port_id', code, schema: uuid.optional(), value: input.virtualIpId },
    { parameter: 'ip_address', code, schema: ipAddress.optional(), value: input.ipAddress },
  ];
  if (addressRequired && input.virtualIpId === undefined) {
    rules.push({ parameter: 'ip_address', code, schema: present(ipAddress), value: input.ipAddress });
  }
  return firstViolation(operation, rules);
}

/** BatchAddServerNics / BatchDeleteServerNics: server_id and port ids are UUIDs. */
export function validateServerNic(operation: string, serverId: string | undefined, portId: string): ProviderFailure | null {
  return firstViolation(operation, [
    { parameter: 'server_id', code: 'Ecs.0005', schema: present(uuid), value: serverId },
    { parameter: 'port_id', code: 'Ecs.0005', schema: uuid, value: portId },
  ]);
}

// ---------- VPC ports ----------

/** CreatePort: network_id a UUID, name 0–255 characters, fixed IP an IPv4 address, security groups UUIDs. */
export function validateCreatePort(input: MutationInput<'createNetworkInterface'>): ProviderFailure | null {
  const op = OPERATIONS.createPort;
  return firstViolation(op, [
    { parameter: 'network_id', code: 'VPC.2500', schema: uuid, value: input.vSwitchId },
    { parameter: 'name', code: 'VPC.2500', schema: z.string().max(RULES.portNameMax).optional(), value: input.networkInterfaceName },
    { parameter: 'fixed_ips', code: 'VPC.2500', schema: ipv4Address.optional(), value: input.primaryIpAddress },
    { parameter: 'security_groups', code: 'VPC.2500', schema: z.array(uuid).optional(), value: input.securityGroupIds },
  ]);
}

/** UpdatePort: port_id a UUID, name 0–255 characters, security groups UUIDs. */
export function validateUpdatePort(portId: string, input: MutationInput<'updateNetworkInterface'>): ProviderFailure | null {
  const op = OPERATIONS.updatePort;
  return firstViolation(op, [
    { parameter: 'port_id', code: 'VPC.2500', schema: uuid, value: portId },
    { parameter: 'name', code: 'VPC.2500', schema: z.string().max(RULES.portNameMax).optional(), value: input.networkInterfaceName },
    { parameter: 'security_groups', code: 'VPC.2500', schema: z.array(uuid).optional(), value: input.securityGroupIds },
  ]);
}

/** A VIP port (CreatePort with device_owner neutron:VIP_PORT): network_id a UUID, fixed IP an IPv4 address. */
export function validateCreateVirtualIp(input: MutationInput<'createVirtualIp'>): ProviderFailure | null {
  const op = OPERATIONS.createPort;
  return firstViolation(op, [
    { parameter: 'network_id', code: 'VPC.2500', schema: uuid, value: input.subnetId },
    { parameter: 'fixed_ips', code: 'VPC.2500', schema: ipv4Address.optional(), value: input.ipAddress },
  ]);
}

// ---------- EIP ----------

export const chargeModeOf = (mode: MutationInput<'allocateElasticIp'>['chargeMode']): (typeof EIP_CHARGE_MODES)[number] =>
  mode === 'PayByTraffic' ? 'traffic' : 'bandwidth';

/** CreatePublicip: bandwidth.size required and in range, bandwidth.name 1–64 characters, publicip.type documented. */
export function validateAllocateElasticIp(input: MutationInput<'allocateElasticIp'>): ProviderFailure | null {
  const op = OPERATIONS.createPublicip;
  const { min, max } = RULES.bandwidthSize;
  return firstViolation(op, [
    { parameter: 'bandwidth.size', code: 'VPC.0301', schema: present(z.number().int().min(min).max(max)), value: input.bandwidthMbps },
    { parameter: 'bandwidth.name', code: 'VPC.0301', schema: z.string().regex(RULES.bandwidthName).optional(), value: input.name },
    { parameter: 'publicip.type', code: 'VPC.0501', schema: z.enum(PUBLICIP_TYPES).optional(), value: input.ipType },
  ]);
}

// ---------- DCaaS ----------

const gatewayOf = (family: unknown) =>
  z.string().refine((s) => {
    const cidr = parseCidr(s);
    return cidr !== null && (family !== 'ipv4' && family !== 'ipv6' ? true : cidr.family === family);
  }, `must be an address in CIDR notation of the ${String(family)} family`);

/** Seed 001: required fields, name ≤64, description ≤128, gateway CIDRs of the family, route mode, ASN range, vif_id of 36 characters. */
export function validateCreateVifPeer(input: MutationInput<'createVifPeer'>): ProviderFailure | null {
  const op = OPERATIONS.createVifPeer;
  const family = input.addressFamily?.toLowerCase();
  const routeMode = input.routeMode?.toLowerCase();
  return firstViolation(op, [
    { parameter: 'name', code: 'DC.0001', schema: present(z.string().max(RULES.peerNameMax)), value: input.name },
    { parameter: 'description', code: 'DC.0001', schema: z.string().max(RULES.peerDescriptionMax).optional(), value: input.description },
    { parameter: 'address_family', code: 'DC.0001', schema: present(z.enum(['ipv4', 'ipv6'])), value: family },
    { parameter: 'vif_id', code: 'DC.0001', schema: present(z.string().length(36)), value: input.vifId },
    { parameter: 'local_gateway_ip', code: 'DC.0001', schema: present(z.string()), value: input.localGatewayIp },
    { parameter: 'remote_gateway_ip', code: 'DC.0001', schema: present(z.string()), value: input.remoteGatewayIp },
    { parameter: 'local_gateway_ip', code: 'DC.0004', schema: gatewayOf(family), value: input.localGatewayIp },
    { parameter: 'remote_gateway_ip', code: 'DC.0004', schema: gatewayOf(family), value: input.remoteGatewayIp },
    { parameter: 'remote_ep_group', code: 'DC.0004', schema: cidrList.optional(), value: input.remoteEpGroup },
    { parameter: 'bgp_asn', code: 'DC.0008', schema: z.number().int().min(1).max(RULES.maxAsn).optional(), value: input.bgpAsn },
    {
      parameter: 'bgp_asn',
      code: 'DC.0001',
      schema: z.custom(() => routeMode !== 'bgp' || input.bgpAsn !== undefined, 'is required when route_mode is bgp'),
      value: input.bgpAsn,
    },
  ]);
}

/** UpdateVifPeer: the peer id, name ≤64, description ≤128, remote_ep_group CIDR blocks. */
export function validateUpdateVifPeer(peerId: string, input: MutationInput<'updateVifPeer'>): ProviderFailure | null {
  const op = OPERATIONS.updateVifPeer;
  return firstViolation(op, [
    { parameter: 'vif_peer_id', code: 'DC.0001', schema: z.string().length(36), value: peerId },
    { parameter: 'name', code: 'DC.0001', schema: z.string().max(RULES.peerNameMax).optional(), value: input.name },
    { parameter: 'description', code: 'DC.0001', schema: z.string().max(RULES.peerDescriptionMax).optional(), value: input.description },
    { parameter: 'remote_ep_group', code: 'DC.0004', schema: cidrList.optional(), value: input.remoteEpGroup },
  ]);
}
