import { describe, expect, it } from 'vitest';
import { TtlCache } from '../../src/cache/ttl-cache';

describe('TtlCache', () => {
  it('serves an entry until the end of the TTL window it was stored in, then misses', () => {
    let now = 10_000;
    const cache = new TtlCache<string>(5_000, () => now);
    cache.set('k', 'v');
    now += 4_999;
    expect(cache.get('k')).toEqual({ value: 'v', storedAt: 10_000, window: 10_000, expiresAt: 15_000, retainedUntil: 15_000 });
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

  it('drops a group (groupOf) with every snapshot of its keys, and forgets what expiry or eviction removed', () => {
    let now = 0;
    const group = (key: string) => key.slice(0, key.indexOf('/') + 1);
    const cache = new TtlCache<number>(1_000, () => now, 3, 5_000, undefined, undefined, group);
    cache.set('a/1', 1);
    cache.set('b/1', 2);
    now = 1_000;
    cache.set('a/1', 3);
    expect(cache.getAsOf('a/1', 0)?.value).toBe(1);
    // Two windows of a/1 dropped, b/1 kept.
    expect(cache.deleteGroup('a/')).toBe(2);
    expect(cache.getAsOf('a/1', 0)).toBeUndefined();
    expect(cache.get('a/1')).toBeUndefined();
    expect(cache.getAsOf('b/1', 0)?.value).toBe(2);
    expect(cache.deleteGroup('a/')).toBe(0);
    // Beyond 3 entries the oldest (b/1) is evicted: its group then has nothing to drop.
    cache.set('c/1', 4);
    cache.set('c/2', 5);
    cache.set('c/3', 6);
    expect(cache.deleteGroup('b/')).toBe(0);
    expect(cache.deleteGroup('c/')).toBe(3);
    expect(cache.size).toBe(0);
  });

  it('deleteGroup needs a cache that groups its keys', () => {
    expect(() => new TtlCache<number>(1_000).deleteGroup('a/')).toThrow(/groupOf/);
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

  describe('snapshots retained after their window', () => {
    it('serves a window\'s entry as of that window until its retention ends, but not as current', () => {
      let now = 10_000;
      const cache = new TtlCache<string>(5_000, () => now, 100, 20_000);
      cache.set('k', 'v1');
      now = 16_000;
      expect(cache.get('k')).toBeUndefined();
      cache.set('k', 'v2');
      expect(cache.getAsOf('k', 10_000)?.value).toBe('v1');
      expect(cache.getAsOf('k', 15_000)?.value).toBe('v2');
      expect(cache.get('k')?.value).toBe('v2');
      now = 34_999;
      expect(cache.getAsOf('k', 10_000)?.value).toBe('v1');
      now = 35_000;
      // v1's retention is over: the oldest later answer (v2, retained until 40,000) is served instead.
      expect(cache.getAsOf('k', 10_000)?.value).toBe('v2');
      now = 40_000;
      expect(cache.getAsOf('k', 10_000)).toBeUndefined();
      expect(cache.size).toBe(0);
    });

    it('never serves an answer older than the snapshot asked for', () => {
      let now = 10_000;
      const cache = new TtlCache<string>(5_000, () => now, 100, 60_000);
      cache.set('k', 'old');
      now = 21_000;
      expect(cache.getAsOf('k', 20_000)).toBeUndefined();
    });

    it('retains nothing with a retention of 0', () => {
      let now = 10_000;
      const cache = new TtlCache<string>(5_000, () => now, 100, 0);
      cache.set('k', 'v');
      now = 15_000;
      expect(cache.getAsOf('k', 10_000)).toBeUndefined();
    });

    it('counts retained snapshots toward maxEntries and evicts the oldest first', () => {
      let now = 10_000;
      const cache = new TtlCache<string>(5_000, () => now, 2, 60_000);
      cache.set('k', 'w10');
      now = 15_000;
      cache.set('k', 'w15');
      now = 20_000;
      cache.set('k', 'w20');
      expect(cache.size).toBe(2);
      expect(cache.getAsOf('k', 10_000)?.value).toBe('w15');
      expect(cache.getAsOf('k', 20_000)?.value).toBe('w20');
    });

    it('drops expired snapshots when newer entries are stored', () => {
      let now = 10_000;
      const cache = new TtlCache<string>(5_000, () => now, 100, 5_000);
      cache.set('a', '1');
      now = 20_000;
      cache.set('b', '2');
      expect(cache.size).toBe(1);
    });

    it('a prefix delete drops every snapshot of the key', () => {
      let now = 10_000;
      const cache = new TtlCache<string>(5_000, () => now, 100, 60_000);
      cache.set('p/k', 'v1');
      now = 15_000;
      cache.set('p/k', 'v2');
      expect(cache.deleteByPrefix('p/')).toBe(2);
      expect(cache.getAsOf('p/k', 10_000)).toBeUndefined();
    });
  });

  describe('byte budget', () => {
    const budget = (maxBytes: number) => ({ maxBytes, sizeOf: (value: string) => value.length });

    it('evicts the least recently used entries once the bytes exceed the budget', () => {
      const now = 10_000;
      const cache = new TtlCache<string>(5_000, () => now, 100, 0, budget(10));
      cache.set('a', 'aaaa');
      cache.set('b', 'bbbb');
      expect(cache.get('a')?.value).toBe('aaaa'); // a is now more recently used than b
      cache.set('c', 'cccc'); // 12 bytes: b goes
      expect(cache.get('b')).toBeUndefined();
      expect(cache.get('a')?.value).toBe('aaaa');
      expect(cache.get('c')?.value).toBe('cccc');
      expect(cache.bytes).toBe(8);
    });

    it('counts retained snapshots toward the budget, and a read as of a snapshot keeps it', () => {
      let now = 10_000;
      const cache = new TtlCache<string>(5_000, () => now, 100, 60_000, budget(12));
      cache.set('k', 'w10-');
      now = 15_000;
      cache.set('k', 'w15-');
      expect(cache.getAsOf('k', 10_000)?.value).toBe('w10-');
      cache.set('other', 'oooo'); // 12 bytes: within budget
      cache.set('more', 'mmmm'); // 16: the least recently used — w15 — goes, the snapshot just read stays
      expect(cache.getAsOf('k', 10_000)?.value).toBe('w10-');
      expect(cache.get('k')).toBeUndefined();
      expect(cache.bytes).toBe(12);
    });

    it('a value stored in a later window may keep the newest earlier one (reuse); entries sharing a holder count its bytes once', () => {
      let now = 10_000;
      const lists = new TtlCache<{ items: string[] }>(
        5_000,
        () => now,
        100,
        60_000,
        { maxBytes: 100, sizeOf: (v) => v.items.join('').length, holderOf: (v) => v.items },
        (previous, next) => (previous.items.join() === next.items.join() ? { items: previous.items } : next),
      );
      const first = { items: ['aaaa', 'bbbb'] };
      lists.set('k', first);
      now = 15_000;
      const again = lists.set('k', { items: ['aaaa', 'bbbb'] })!;
      expect(again.value.items).toBe(first.items);
      expect(lists.bytes).toBe(8);
      now = 20_000;
      const changed = lists.set('k', { items: ['cccc'] })!;
      expect(changed.value.items).not.toBe(first.items);
      expect(lists.bytes).toBe(12);
      expect(lists.getAsOf('k', 10_000)?.value.items).toBe(first.items);
      // The bytes of the shared items go when the last entry holding them does.
      now = 80_000;
      lists.set('other', { items: ['x'] });
      expect(lists.bytes).toBe(5);
      now = 85_000;
      lists.set('other', { items: ['y'] });
      expect(lists.bytes).toBe(2);
    });

    it('keeps an entry larger than the whole budget (its readers wait for it) and frees its bytes when dropped', () => {
      const now = 10_000;
      const cache = new TtlCache<string>(5_000, () => now, 100, 0, budget(4));
      cache.set('small', 'ss');
      cache.set('big', 'bbbbbbbb');
      expect(cache.size).toBe(1);
      expect(cache.get('big')?.value).toBe('bbbbbbbb');
      expect(cache.deleteByPrefix('big')).toBe(1);
      expect(cache.bytes).toBe(0);
    });

    it('frees the bytes of entries past their retention', () => {
      let now = 10_000;
      const cache = new TtlCache<string>(5_000, () => now, 100, 5_000, budget(100));
      cache.set('a', 'aaaa');
      now = 20_000;
      cache.set('b', 'bb');
      expect(cache.bytes).toBe(2);
    });
  });
});
