import type { ResourceRef } from '../../domain/resources';

/**
 * Connection cursors name a position in the deterministic order (provider, account, region,
 * nativeId) rather than an offset, so a cursor stays valid while resources appear or vanish
 * around it. Opaque to clients: base64url of a versioned JSON tuple.
 */
const VERSION = 'c1';

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

export function encodeCursor(ref: ResourceRef): string {
  return Buffer.from(JSON.stringify([VERSION, ...sortKeyOf(ref)]), 'utf8').toString('base64url');
}

/** Returns null for anything that is not a cursor this module wrote (never throws). */
export function decodeCursor(cursor: string): SortKey | null {
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 5 || parsed[0] !== VERSION) return null;
  if (!parsed.every((part) => typeof part === 'string')) return null;
  const [, provider, account, region, nativeId] = parsed as string[];
  return [provider as string, account as string, region as string, nativeId as string];
}
