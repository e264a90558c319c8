import type { JsonValue } from './json';

/** What a secret is replaced with in the journal. */
export const REDACTED = '[REDACTED]';

/**
 * Field names that carry credentials. Long fragments match anywhere in the normalized name
 * (`accessKeySecret`, `bgp_md5`, `adminPassword`); short ones (`sk`, `pwd`) only as a whole word
 * of it (`HUAWEICLOUD_SDK_SK`, `sk`), so `disk` or `subnetMask` stay readable. `clientToken` and
 * `idempotencyKey` are not secrets (they are the point of the journal) and are kept.
 */
const SECRET_FRAGMENTS = [
  'secret',
  'password',
  'passwd',
  'passphrase',
  'md5',
  'authkey',
  'privatekey',
  'credential',
  'apikey',
  'securitytoken',
  'sessiontoken',
  'accesstoken',
  'authorization',
  'signature',
] as const;
const SECRET_WORDS = new Set(['sk', 'pwd', 'psk']);

/** Answers by field name: inputs repeat the schema's few names, journaled with every mutation. Bounded in case they do not. */
const SECRET_BY_NAME = new Map<string, boolean>();
const MAX_REMEMBERED_NAMES = 4_096;

export function isSecretFieldName(name: string): boolean {
  let secret = SECRET_BY_NAME.get(name);
  if (secret === undefined) {
    secret = secretFieldName(name);
    if (SECRET_BY_NAME.size < MAX_REMEMBERED_NAMES) SECRET_BY_NAME.set(name, secret);
  }
  return secret;
}

function secretFieldName(name: string): boolean {
  const normalized = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (SECRET_FRAGMENTS.some((fragment) => normalized.includes(fragment))) return true;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.some((word) => SECRET_WORDS.has(word));
}

/**
 * A JSON copy of a value with every secret-named member replaced by REDACTED, at any depth (a
 * whole `credentials` object goes, not only its leaves). The store applies it to every input it
 * journals, so no caller can forget to.
 */
export function redactSecrets(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item: unknown) => redactSecrets(item));
  if (value instanceof Date) return value.toISOString();
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'object': {
      const copy: Record<string, JsonValue> = {};
      for (const [name, member] of Object.entries(value)) {
        if (member === undefined) continue;
        copy[name] = isSecretFieldName(name) ? REDACTED : redactSecrets(member);
      }
      return copy;
    }
    default:
      return null;
  }
}
