import { z } from 'zod';
import type { CatalogEntry } from '../../domain/catalog';
import type { BindVirtualIpInput, CreateVifPeerInput } from '../../domain/adapter';
import type { ProviderFailure } from '../../domain/errors';
import { huaweiCatalog } from './error-catalog';
import { OPERATIONS, ipFamily, isUuid, parseCidr } from './wire';

/**
 * The documented limits of seeds 000 and 001, checked before any call. A rejection is the same
 * catalog entry the provider would answer (Ecs.0005, DC.0001, DC.0004, DC.0008) with `parameter`
 * set, no request id, and no HTTP call made.
 */

const uuid = z.string().refine(isUuid, 'must be a UUID');
const ipAddress = z.string().refine((s) => ipFamily(s) !== null, 'must be an IPv4 or IPv6 address');
const MAX_ASN = 4294967295;

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

/** Seed 000: nic_id and subnet_id are UUIDs, ip_address an IPv4/IPv6 address. */
export function validateBindVirtualIp(nicId: string, input: BindVirtualIpInput): ProviderFailure | null {
  const op = OPERATIONS.associateServerVirtualIp;
  return firstViolation(op, [
    { parameter: 'nic_id', code: 'Ecs.0005', schema: uuid, value: nicId },
    { parameter: 'subnet_id', code: 'Ecs.0005', schema: uuid, value: input.subnetId },
    { parameter: 'ip_address', code: 'Ecs.0005', schema: ipAddress, value: input.ipAddress },
    { parameter: 'reverse_binding', code: 'Ecs.0005', schema: z.boolean().optional(), value: input.reverseBinding },
  ]);
}

const gatewayOf = (family: unknown) =>
  z.string().refine((s) => {
    const cidr = parseCidr(s);
    return cidr !== null && (family !== 'ipv4' && family !== 'ipv6' ? true : cidr.family === family);
  }, `must be an address in CIDR notation of the ${String(family)} family`);

/** Seed 001: name ≤64, description ≤128, family, gateway CIDRs of that family, route mode, ASN range, vif_id of 36 characters. */
export function validateCreateVifPeer(input: CreateVifPeerInput): ProviderFailure | null {
  const op = OPERATIONS.createVifPeer;
  const family = typeof input.addressFamily === 'string' ? input.addressFamily.toLowerCase() : input.addressFamily;
  return firstViolation(op, [
    { parameter: 'name', code: 'DC.0001', schema: z.string().max(64), value: input.name },
    { parameter: 'description', code: 'DC.0001', schema: z.string().max(128).optional(), value: input.description },
    { parameter: 'address_family', code: 'DC.0001', schema: z.enum(['ipv4', 'ipv6']), value: family },
    { parameter: 'vif_id', code: 'DC.0001', schema: z.string().length(36), value: input.vifId },
    { parameter: 'route_mode', code: 'DC.0001', schema: z.enum(['static', 'bgp']).optional(), value: input.routeMode },
    { parameter: 'local_gateway_ip', code: 'DC.0004', schema: gatewayOf(family), value: input.localGatewayIp },
    { parameter: 'remote_gateway_ip', code: 'DC.0004', schema: gatewayOf(family), value: input.remoteGatewayIp },
    {
      parameter: 'remote_ep_group',
      code: 'DC.0004',
      schema: z.array(z.string().refine((s) => parseCidr(s) !== null, 'must hold CIDR blocks')).optional(),
      value: input.remoteEpGroup,
    },
    { parameter: 'bgp_asn', code: 'DC.0008', schema: z.number().int().min(1).max(MAX_ASN).optional(), value: input.bgpAsn },
    {
      parameter: 'bgp_asn',
      code: 'DC.0001',
      schema: z.custom(() => input.routeMode !== 'bgp' || input.bgpAsn !== undefined, 'is required when route_mode is bgp'),
      value: input.bgpAsn,
    },
    { parameter: 'bgp_md5', code: 'DC.0001', schema: z.string().optional(), value: input.bgpMd5 },
  ]);
}
