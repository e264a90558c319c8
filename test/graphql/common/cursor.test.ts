import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSortKeys, decodeCursor, encodeCursor, sortKeyOf } from '../../../src/graphql/common/cursor';

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

  it('order like the tuple (provider, account, region, nativeId)', () => {
    expect(compareSortKeys(['ALIBABA', 'b', 'a', 'a'], ['HUAWEI', 'a', 'a', 'a'])).toBeLessThan(0);
    expect(compareSortKeys(['ALIBABA', 'a', 'z', 'a'], ['ALIBABA', 'b', 'a', 'a'])).toBeLessThan(0);
    expect(compareSortKeys(['ALIBABA', 'a', 'a', 'b'], ['ALIBABA', 'a', 'a', 'a'])).toBeGreaterThan(0);
    expect(compareSortKeys(['ALIBABA', 'a', 'a', 'a'], ['ALIBABA', 'a', 'a', 'a'])).toBe(0);
  });
});
