import type { ResourceRef } from '../../domain/resources';

/**
 * Connection cursors name a position in the deterministic order (provider, account, region,
 * nativeId) rather than an offset, so a cursor stays valid while resources appear or vanish
 * around it. Opaque to clients: base64url of a versioned JSON tuple. Version c2 adds the cache
 * window (snapshot) the page came from, so the next page reads the same lists
 * (src/cache/list-snapshot.ts); c1 cursors (no snapshot) are still accepted.
 */
const VERSION = 'c2';
const WITHOUT_SNAPSHOT = 'c1';

export type SortKey = readonly [provider: string, account: string, region: string, nativeId: string];

export function sortKeyOf(ref: ResourceRef): SortKey {
  return [ref.provider, ref.account, ref.region, ref.nativeId];
}

export function compareSortKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < 4; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function encodeCursor(ref: ResourceRef, snapshot: number | null = null): string {
  const tuple = snapshot === null ? [WITHOUT_SNAPSHOT, ...sortKeyOf(ref)] : [VERSION, ...sortKeyOf(ref), snapshot];
  return Buffer.from(JSON.stringify(tuple), 'utf8').toString('base64url');
}

export interface DecodedCursor {
  key: SortKey;
  /** The cache window (start ms) the page came from; null when none was recorded. */
  snapshot: number | null;
}

/** Returns null for anything that is not a cursor this module wrote (never throws). */
export function decodeCursor(cursor: string): SortKey | null {
  return decodeCursorWithSnapshot(cursor)?.key ?? null;
}

export function decodeCursorWithSnapshot(cursor: string): DecodedCursor | null {
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  let snapshot: number | null = null;
  if (parsed[0] === VERSION && parsed.length === 6) {
    const value: unknown = parsed[5];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return null;
    snapshot = value;
  } else if (!(parsed[0] === WITHOUT_SNAPSHOT && parsed.length === 5)) {
    return null;
  }
  const parts: unknown[] = parsed.slice(1, 5);
  if (!parts.every((part) => typeof part === 'string')) return null;
  const [provider, account, region, nativeId] = parts as string[];
  return { key: [provider as string, account as string, region as string, nativeId as string], snapshot };
}
