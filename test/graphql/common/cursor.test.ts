import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSortKeys, decodeCursor, decodeCursorWithSnapshot, encodeCursor, sortKeyOf } from '../../../src/graphql/common/cursor';

const ref = fc.record({
  provider: fc.constantFrom('ALIBABA' as const, 'HUAWEI' as const),
  account: fc.string({ minLength: 1 }),
  region: fc.string({ minLength: 1 }),
  nativeId: fc.string({ minLength: 1 }),
});

describe('connection cursors', () => {
  it('decode to the sort key they were made from', () => {
    fc.assert(
      fc.property(ref, (r) => {
        expect(decodeCursor(encodeCursor(r))).toEqual(sortKeyOf(r));
      }),
    );
  });

  it('are opaque url-safe strings', () => {
    const cursor = encodeCursor({ provider: 'ALIBABA', account: 'acct:1', region: 'cn-hangzhou', nativeId: 'eni-1/2' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('eni-1');
  });

  it('are stable: the same resource always gives the same cursor', () => {
    const r = { provider: 'HUAWEI' as const, account: 'a', region: 'r', nativeId: 'n' };
    expect(encodeCursor(r)).toBe(encodeCursor({ ...r }));
  });

  it.each(['', 'not a cursor!', Buffer.from('["c0","A","a","r","n"]').toString('base64url'), Buffer.from('[1,2]').toString('base64url'), 'x'.repeat(3000)])(
    'reject %j without throwing',
    (bad) => {
      expect(decodeCursor(bad)).toBeNull();
    },
  );

  it('carry the cache window (snapshot) their page came from, and none when it was not cached', () => {
    const r = { provider: 'ALIBABA' as const, account: 'a', region: 'r', nativeId: 'n' };
    expect(decodeCursorWithSnapshot(encodeCursor(r, 1_000_000_000_000))).toEqual({ key: sortKeyOf(r), snapshot: 1_000_000_000_000 });
    expect(decodeCursorWithSnapshot(encodeCursor(r))).toEqual({ key: sortKeyOf(r), snapshot: null });
    expect(decodeCursor(encodeCursor(r, 5_000))).toEqual(sortKeyOf(r));
  });

  it.each([['c2', 'A', 'a', 'r', 'n', -1], ['c2', 'A', 'a', 'r', 'n', 1.5], ['c2', 'A', 'a', 'r', 'n', '5000'], ['c2', 'A', 'a', 'r', 'n'], ['c1', 'A', 'a', 'r', 'n', 5000]])(
    'reject a malformed snapshot %j',
    (...tuple) => {
      expect(decodeCursor(Buffer.from(JSON.stringify(tuple)).toString('base64url'))).toBeNull();
    },
  );

  it('order like the tuple (provider, account, region, nativeId)', () => {
    expect(compareSortKeys(['ALIBABA', 'b', 'a', 'a'], ['HUAWEI', 'a', 'a', 'a'])).toBeLessThan(0);
    expect(compareSortKeys(['ALIBABA', 'a', 'z', 'a'], ['ALIBABA', 'b', 'a', 'a'])).toBeLessThan(0);
    expect(compareSortKeys(['ALIBABA', 'a', 'a', 'b'], ['ALIBABA', 'a', 'a', 'a'])).toBeGreaterThan(0);
    expect(compareSortKeys(['ALIBABA', 'a', 'a', 'a'], ['ALIBABA', 'a', 'a', 'a'])).toBe(0);
  });
});
