import { describe, expect, it } from 'vitest';
import { TtlCache } from '../../src/cache/ttl-cache';

describe('TtlCache', () => {
  it('serves an entry until the end of the TTL window it was stored in, then misses', () => {
    let now = 10_000;
    const cache = new TtlCache<string>(5_000, () => now);
    cache.set('k', 'v');
    now += 4_999;
    expect(cache.get('k')).toEqual({ value: 'v', storedAt: 10_000, expiresAt: 15_000 });
    now += 1;
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('never serves an entry older than the TTL: one stored late in a window expires with it', () => {
    let now = 14_000;
    const cache = new TtlCache<string>(5_000, () => now);
    cache.set('k', 'v');
    now = 14_999;
    expect(cache.get('k')?.value).toBe('v');
    now = 15_000;
    expect(cache.get('k')).toBeUndefined();
  });

  it('stores nothing with a TTL of 0', () => {
    const cache = new TtlCache<string>(0);
    cache.set('k', 'v');
    expect(cache.get('k')).toBeUndefined();
  });

  it('drops exactly the entries under a prefix', () => {
    const cache = new TtlCache<number>(60_000);
    cache.set('a/1', 1);
    cache.set('a/2', 2);
    cache.set('b/1', 3);
    expect(cache.deleteByPrefix('a/')).toBe(2);
    expect(cache.get('a/1')).toBeUndefined();
    expect(cache.get('b/1')?.value).toBe(3);
  });

  it('evicts the oldest entries beyond its bound', () => {
    const cache = new TtlCache<number>(60_000, Date.now, 2);
    cache.set('x', 1);
    cache.set('y', 2);
    cache.set('z', 3);
    expect(cache.get('x')).toBeUndefined();
    expect(cache.get('y')?.value).toBe(2);
    expect(cache.get('z')?.value).toBe(3);
  });
});
