/** JSON as it is stored in jsonb columns: what JSON.parse can give back. */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * The canonical JSON text of a value: object keys sorted, `undefined` members dropped (as
 * JSON.stringify drops them), no whitespace. Two inputs that differ only in key order or in absent
 * optional fields have the same text, so their fingerprints match. Values JSON cannot carry
 * faithfully (functions, symbols, bigints, non-finite numbers, cycles) are refused rather than
 * silently changed, because a fingerprint that ignores part of an input would replay a stored
 * outcome for a different request.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
  if (ancestors.has(value)) throw new TypeError('canonicalJson: the value contains a cycle');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return `[${value.map((item: unknown) => (item === undefined ? 'null' : write(item, ancestors))).join(',')}]`;
    if (value instanceof Date) return JSON.stringify(value.toISOString());
    const members = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${write((value as Record<string, unknown>)[k], ancestors)}`);
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}

/** A JSON-safe deep copy (what a jsonb column gives back), through the canonical form. */
export function toJson(value: unknown): JsonValue {
  return JSON.parse(canonicalJson(value)) as JsonValue;
}
