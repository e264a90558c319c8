import { describe, expect, it } from 'vitest';
import { TtlCache } from '../../src/cache/ttl-cache';

describe('TtlCache', () => {
  it('serves an entry until its age reaches the TTL, then misses', () => {
    let now = 1_000;
    const cache = new TtlCache<string>(5_000, () => now);
    cache.set('k', 'v');
    now += 4_999;
    expect(cache.get('k')).toEqual({ value: 'v', storedAt: 1_000 });
    now += 1;
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
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
