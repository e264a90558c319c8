/**
 * A list fetched again is usually what it was a window ago. Keeping the earlier answer's objects
 * where nothing changed means a cache window and the snapshots retained before it hold one copy of
 * an unchanged fleet instead of one per window, and everything memoized by a list's identity (the
 * GraphQL layer's node views and relationship indexes) is reused instead of rebuilt every window.
 */

/** Structural equality of JSON-like values (plain objects, arrays, primitives; what adapters map to). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // for…in, not Object.keys: it walks V8's cached key list without allocating a key array per
  // object, and this runs for every item of every list fetched again (adapters' objects are plain).
  let keys = 0;
  for (const key in a) {
    keys++;
    if (!Object.prototype.hasOwnProperty.call(b, key) || !sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  for (const _key in b) keys--;
  return keys === 0;
}

const idOf = (item: unknown): unknown => (typeof item === 'object' && item !== null ? (item as { nativeId?: unknown }).nativeId : undefined);

/**
 * `next` with every item equal to one of `previous` replaced by that earlier object (matched at the
 * same position, else by `nativeId`); `previous` itself when every item is unchanged and in place.
 */
export function reuseUnchanged<T>(previous: readonly T[], next: T[]): T[] {
  let byId: Map<unknown, T> | undefined;
  let allInPlace = previous.length === next.length;
  const out = new Array<T>(next.length);
  for (let i = 0; i < next.length; i++) {
    const item = next[i] as T;
    if (i < previous.length && sameValue(previous[i], item)) {
      out[i] = previous[i] as T;
      continue;
    }
    allInPlace = false;
    byId ??= new Map(previous.map((p) => [idOf(p), p]));
    const earlier = byId.get(idOf(item));
    out[i] = earlier !== undefined && sameValue(earlier, item) ? earlier : item;
  }
  return allInPlace ? (previous as T[]) : out;
}
