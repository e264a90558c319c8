import type { Tag } from '../../domain/resources';
import { mutationDescriptor, type MutationName } from '../../domain/mutations';
import type { Action, WireParams, WireValue } from './wire';

/**
 * The wire parameters of a mutation's neutral input, read from its descriptor: each field's
 * ALIBABA wire name says where its value goes, so no handler re-lists them. `X.N` names become
 * 1-based lists (flattened by the client), Tag lists `Tag.N.Key/Value`, neutral enums Alibaba's
 * words. Fields the descriptor gives no ALIBABA wire name are never sent (the GraphQL layer
 * rejects them before the adapter is called).
 */

/** AddressFamily → CreateBgpPeer IpVersion (the SDK model's documented values). */
const ENUM_WORDS: Readonly<Record<string, string>> = { IPV4: 'IPv4', IPV6: 'IPv6' };

/**
 * Booleans whose request model is a string of Alibaba's own spelling: UnassociateHaVip Force is
 * `force?: string` with the values True / False in @alicloud/vpc20160428; every other boolean goes
 * as true / false.
 */
const BOOLEAN_WORDS: Partial<Record<Action, Readonly<Record<string, readonly [string, string]>>>> = {
  UnassociateHaVip: { Force: ['True', 'False'] },
};

function isTag(value: unknown): value is Tag {
  return typeof value === 'object' && value !== null && 'key' in value && 'value' in value;
}

function toWire(action: Action, param: string, value: unknown): WireValue {
  if (typeof value === 'boolean') {
    const words = BOOLEAN_WORDS[action]?.[param];
    return words ? words[value ? 0 : 1] : value;
  }
  if (typeof value === 'string') return ENUM_WORDS[value] ?? value;
  if (typeof value === 'number') return value;
  if (isTag(value)) return { Key: value.key, Value: value.value };
  return undefined;
}

export function wireParams(mutation: MutationName, action: Action, input: object): WireParams {
  const fields = mutationDescriptor(mutation).input;
  const values = input as Record<string, unknown>;
  const out: WireParams = {};
  for (const [name, spec] of Object.entries(fields)) {
    const wire = spec.wire.ALIBABA;
    const value = values[name];
    if (wire === undefined || value === undefined || value === null) continue;
    if (Array.isArray(value)) out[wire.replace(/\.N$/, '')] = value.map((item) => toWire(action, wire, item));
    else out[wire] = toWire(action, wire, value);
  }
  return out;
}
