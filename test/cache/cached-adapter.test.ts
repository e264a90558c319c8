import { beforeEach, describe, expect, it } from 'vitest';
import { useAlibabaAdapter } from '../support/alibaba-adapter';
import { createProviderAdapters } from '../../src/app/compose';
import { CachedAdapter } from '../../src/cache/cached-adapter';
import { ProviderCallTally } from '../../src/cache/call-tally';
import { ListSnapshotScope } from '../../src/cache/list-snapshot';
import type { Partition } from '../../src/domain/resources';
import { demoTestConfig } from '../support/netplane';

/** The decorator around the real Alibaba adapter, over real HTTP to the real emulator. */

const HANGZHOU: Partition = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' };
const SHANGHAI: Partition = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-shanghai' };

const alibaba = useAlibabaAdapter();
let now: number;
let cached: CachedAdapter;

const upstream = () => alibaba.upstream();
const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('expected success');
  return r.value;
};

beforeEach(async () => {
  await alibaba.reset();
  now = 1_000_000;
  cached = new CachedAdapter(alibaba.adapter, { ttlMs: 5_000, bounds: { perPartition: 2, perProvider: 8 }, now: () => now });
});

describe('CachedAdapter', () => {
  it('answers an identical list from memory until the TTL passes, then asks again', async () => {
    const first = value(await cached.listElasticIps(HANGZHOU, {}));
    expect(upstream()).toBe(1);
    now += 4_999;
    const tally = new ProviderCallTally();
    const second = value(await cached.listElasticIps(HANGZHOU, {}, tally));
    expect(second).toEqual(first);
    expect(upstream()).toBe(1);
    expect(tally).toMatchObject({ cacheHits: 1, oldestAgeMs: 4_999, actual: 0 });
    now += 1;
    await cached.listElasticIps(HANGZHOU, {});
    expect(upstream()).toBe(2);
  });

  it('keys by partition, kind and query (property order and unset filters do not matter)', async () => {
    await cached.listNetworkInterfaces(HANGZHOU, { vpcId: 'vpc-x', ipAddress: undefined });
    await cached.listNetworkInterfaces(HANGZHOU, { ipAddress: undefined, vpcId: 'vpc-x' });
    expect(upstream()).toBe(1);
    await cached.listNetworkInterfaces(HANGZHOU, {});
    await cached.listNetworkInterfaces(SHANGHAI, {});
    await cached.listVirtualIps(HANGZHOU, {});
    expect(upstream()).toBe(4);
  });

  it('shares one upstream call between identical calls in flight, counted as sent for the request that made it only', async () => {
    const tallies = [new ProviderCallTally(), new ProviderCallTally(), new ProviderCallTally()];
    const answers = await Promise.all(tallies.map((t) => cached.listVifPeers(HANGZHOU, {}, t)));
    expect(upstream()).toBe(1);
    expect(answers[1]).toBe(answers[0]);
    expect(tallies.map((t) => t.coalesced)).toEqual([0, 1, 1]);
    expect(tallies.map((t) => t.actual)).toEqual([1, 0, 0]);
  });

  it('records each call in the scope passed to it: sent, then a hit, and a call without a scope nowhere', async () => {
    const first = new ProviderCallTally();
    await cached.listElasticIps(HANGZHOU, {}, first);
    expect(first).toMatchObject({ actual: 1, byProvider: { ALIBABA: 1 }, cacheHits: 0, coalesced: 0, listReads: 1, uncachedReads: 0 });
    expect([...first.partitionsRead]).toEqual(['ALIBABA\u0000ali-prod\u0000cn-hangzhou\u0000']);
    now += 1_000;
    await cached.listElasticIps(HANGZHOU, {});
    await cached.listNetworkInterfaces(SHANGHAI, {});
    expect(first).toMatchObject({ actual: 1, cacheHits: 0, listReads: 1 });
    const second = new ProviderCallTally();
    await cached.listElasticIps(HANGZHOU, {}, second);
    expect(second).toMatchObject({ actual: 0, byProvider: {}, cacheHits: 1, oldestAgeMs: 1_000, listReads: 1 });
    expect(upstream()).toBe(2);
  });

  it('keeps the scopes of concurrent requests apart', async () => {
    const [a, b] = [new ProviderCallTally(), new ProviderCallTally()];
    await Promise.all([
      cached.listElasticIps(HANGZHOU, {}, a),
      cached.listNetworkInterfaces(SHANGHAI, {}, b),
      cached.listVirtualIps(SHANGHAI, {}, b),
    ]);
    expect(upstream()).toBe(3);
    expect(a).toMatchObject({ actual: 1, listReads: 1 });
    expect(b).toMatchObject({ actual: 2, listReads: 2 });
    expect([...b.partitionsRead]).toEqual(['ALIBABA\u0000ali-prod\u0000cn-shanghai\u0000']);
  });

  it('records a failed list as read uncached, so an answer made of it is not shared', async () => {
    await fetch(`${alibaba.emulators.alibaba!.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ match: { operation: 'DescribeEipAddresses' }, count: 1, fault: { kind: 'error', code: 'Forbidden.RAM' } }),
    });
    const tally = new ProviderCallTally();
    expect((await cached.listElasticIps(HANGZHOU, {}, tally)).ok).toBe(false);
    expect(tally).toMatchObject({ actual: 1, uncachedReads: 1, listReads: 1 });
  });

  it('never caches a failure', async () => {
    await fetch(`${alibaba.emulators.alibaba!.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ match: { operation: 'DescribeEipAddresses' }, count: 2, fault: { kind: 'error', code: 'Forbidden.RAM' } }),
    });
    expect((await cached.listElasticIps(HANGZHOU, {})).ok).toBe(false);
    const before = upstream();
    expect((await cached.listElasticIps(HANGZHOU, {})).ok).toBe(false);
    expect(upstream()).toBe(before + 1);
  });

  it('a mutation drops the cached lists of its partition only, whatever its outcome', async () => {
    await cached.listNetworkInterfaces(HANGZHOU, {});
    await cached.listNetworkInterfaces(SHANGHAI, {});
    const base = upstream();
    const failed = await cached.assignPrivateIpAddresses!({ ...HANGZHOU, nativeId: 'eni-doesnotexist' }, { secondaryPrivateIpAddressCount: 1 });
    expect(failed.ok).toBe(false);
    const afterMutation = upstream();
    expect(afterMutation).toBeGreaterThan(base);
    await cached.listNetworkInterfaces(SHANGHAI, {});
    expect(upstream()).toBe(afterMutation);
    await cached.listNetworkInterfaces(HANGZHOU, {});
    expect(upstream()).toBe(afterMutation + 1);
  });

  it('does not cache a list that was in flight while its partition was mutated', async () => {
    const listing = cached.listElasticIps(HANGZHOU, {});
    cached.invalidate(HANGZHOU);
    await listing;
    await cached.listElasticIps(HANGZHOU, {});
    expect(upstream()).toBe(2);
  });

  it('estimates a partition list from what it held last time', async () => {
    expect(cached.estimatePartitionListCalls(HANGZHOU, 'NetworkInterface')).toBe(1);
    await cached.listNetworkInterfaces(HANGZHOU, {});
    expect(cached.estimatePartitionListCalls(HANGZHOU, 'NetworkInterface')).toBe(1);
    expect(cached.estimateListCalls('NetworkInterface', 1_001)).toBe(3);
    expect(cached.estimateListCalls('ElasticIp', 101)).toBe(2);
  });

  describe('snapshots retained for cursors', () => {
    const retaining = () =>
      new CachedAdapter(alibaba.adapter, { ttlMs: 5_000, snapshotRetentionMs: 60_000, bounds: { perPartition: 2, perProvider: 8 }, now: () => now });
    const seedEip = (id: string) =>
      fetch(`${alibaba.emulators.alibaba!.url}/_emulator/seed`, {
        method: 'POST',
        body: JSON.stringify({ account: HANGZHOU.account, region: HANGZHOU.region, eips: [{ id }] }),
      });
    const asOf = async (adapter: CachedAdapter, snapshot: number | null) => {
      const tally = new ProviderCallTally();
      const scope = tally.snapshot(snapshot);
      const ids = value(await adapter.listElasticIps(HANGZHOU, {}, scope)).map((e) => e.nativeId);
      return { ids, served: scope.served, tally };
    };

    it('serves a window\'s list as of that window after it ends, without a call, and reports its true age', async () => {
      const adapter = retaining();
      const first = await asOf(adapter, null);
      expect(first.served).toBe(1_000_000);
      expect(upstream()).toBe(1);
      await seedEip('eip-snapshot-later');
      now += 30_000;
      const page = await asOf(adapter, 1_000_000);
      expect(upstream()).toBe(1);
      expect(page.ids).toEqual(first.ids);
      expect(page.served).toBe(1_000_000);
      expect(page.tally.oldestAgeMs).toBe(30_000);
      expect(adapter.estimatePartitionListCalls(HANGZHOU, 'ElasticIp', 1_000_000)).toBe(0);
      // Without a snapshot the current window is read: a fresh list with the new EIP.
      const current = await asOf(adapter, null);
      expect(upstream()).toBe(2);
      expect(current.ids).toContain('eip-snapshot-later');
      expect(current.served).toBe(1_030_000);
    });

    it('a connection asking for a snapshot makes it its request\'s: the request\'s own lists read as of it, another request\'s do not', async () => {
      const adapter = retaining();
      const first = await asOf(adapter, null);
      await seedEip('eip-snapshot-later');
      now += 30_000;
      const request = new ProviderCallTally();
      const connection = request.snapshot(1_000_000);
      expect(request.asOf).toBe(1_000_000);
      const page = value(await adapter.listElasticIps(HANGZHOU, {}, connection)).map((e) => e.nativeId);
      const relationship = value(await adapter.listElasticIps(HANGZHOU, {}, request)).map((e) => e.nativeId);
      expect(page).toEqual(first.ids);
      expect(relationship).toEqual(first.ids);
      expect(upstream()).toBe(1);
      expect(request).toMatchObject({ cacheHits: 2, actual: 0 });
      const other = value(await adapter.listElasticIps(HANGZHOU, {}, new ProviderCallTally())).map((e) => e.nativeId);
      expect(other).toContain('eip-snapshot-later');
      expect(upstream()).toBe(2);
    });

    it('a first page reads as of the window of its first list read: a list it reads after the boundary is that window\'s, and its cursors name it', async () => {
      const adapter = retaining();
      await adapter.listNetworkInterfaces(HANGZHOU, {}); // window 1,000,000, e.g. another connection's list
      now += 4_000;
      const request = new ProviderCallTally();
      const page = request.snapshot(null);
      await adapter.listElasticIps(HANGZHOU, {}, page); // 1,004,000: pins the window 1,000,000
      now += 2_000; // the page's fan-out or relationship fields run on into the next window
      await adapter.listNetworkInterfaces(HANGZHOU, {}, page);
      expect(upstream()).toBe(2);
      expect(page.cursorSnapshot).toBe(1_000_000);
      // The request's relationship fields (its own scope, outside the connection's) read as of it too.
      await adapter.listNetworkInterfaces(HANGZHOU, {}, request);
      expect(upstream()).toBe(2);
      // Outside any request the current window is read: a fresh list.
      await adapter.listNetworkInterfaces(HANGZHOU, {});
      expect(upstream()).toBe(3);
    });

    it('a list fetched again unchanged in a later window is the same array as the retained one; a changed one keeps its unchanged items', async () => {
      const adapter = retaining();
      const first = value(await adapter.listElasticIps(HANGZHOU, {}));
      const bytes = adapter.cacheStats().bytes;
      now += 5_000;
      const again = value(await adapter.listElasticIps(HANGZHOU, {}));
      expect(upstream()).toBe(2);
      expect(again).toBe(first);
      expect(adapter.cacheStats()).toEqual({ entries: 2, bytes });
      await seedEip('eip-snapshot-later');
      now += 5_000;
      const changed = value(await adapter.listElasticIps(HANGZHOU, {}));
      expect(changed).not.toBe(first);
      expect(changed.map((e) => e.nativeId)).toContain('eip-snapshot-later');
      for (const eip of first) expect(changed).toContain(eip);
    });

    it('lists afresh once the snapshot\'s retention is over, and from then on serves that newer answer to the same cursor', async () => {
      const adapter = retaining();
      await asOf(adapter, null);
      await seedEip('eip-snapshot-later');
      now += 5_000 + 60_000;
      expect(adapter.estimatePartitionListCalls(HANGZHOU, 'ElasticIp', 1_000_000)).toBe(1);
      const expired = await asOf(adapter, 1_000_000);
      expect(upstream()).toBe(2);
      expect(expired.ids).toContain('eip-snapshot-later');
      expect(expired.served).toBe(1_065_000);
      now += 5_000;
      const again = await asOf(adapter, 1_000_000);
      expect(upstream()).toBe(2);
      expect(again.ids).toEqual(expired.ids);
    });

    it('a mutation in the partition drops its snapshots (and only its own)', async () => {
      const adapter = retaining();
      await asOf(adapter, null);
      await adapter.listElasticIps(SHANGHAI, {});
      expect(upstream()).toBe(2);
      now += 10_000;
      adapter.invalidate(HANGZHOU);
      await asOf(adapter, 1_000_000);
      expect(upstream()).toBe(3);
      await adapter.listElasticIps(SHANGHAI, {}, new ListSnapshotScope(1_000_000));
      expect(upstream()).toBe(3);
    });

    it('retains nothing with snapshotRetentionMs 0 (the default)', async () => {
      await asOf(cached, null);
      now += 5_000;
      await asOf(cached, 1_000_000);
      expect(upstream()).toBe(2);
    });

    it('retained snapshots count toward maxEntries: the oldest is evicted first', async () => {
      const adapter = new CachedAdapter(alibaba.adapter, {
        ttlMs: 5_000,
        snapshotRetentionMs: 60_000,
        maxEntries: 2,
        bounds: { perPartition: 2, perProvider: 8 },
        now: () => now,
      });
      await asOf(adapter, null); // window 1,000,000
      now += 5_000;
      await asOf(adapter, null); // window 1,005,000
      now += 5_000;
      await asOf(adapter, null); // window 1,010,000: the first is evicted
      expect(upstream()).toBe(3);
      expect((await asOf(adapter, 1_005_000)).served).toBe(1_005_000);
      expect(upstream()).toBe(3);
      // Snapshot 1,000,000 is gone: the oldest later answer still retained is served, never an older one.
      expect((await asOf(adapter, 1_000_000)).served).toBe(1_005_000);
      expect(upstream()).toBe(3);
    });
  });
});

describe('CachedAdapter listSubnets', () => {
  it('passes each call through uncached (Alibaba, Huawei)', async () => {
    const subnets = value(await cached.listSubnets!(HANGZHOU));
    expect(subnets.length).toBeGreaterThan(0);
    expect(value(await cached.listSubnets!(HANGZHOU))).toEqual(subnets);
    expect(upstream()).toBe(2);
    const config = demoTestConfig();
    const huaweiInner = createProviderAdapters(config, alibaba.emulators).find((a) => a.provider === 'HUAWEI')!;
    try {
      const huawei = new CachedAdapter(huaweiInner, { ttlMs: 5_000, bounds: { perPartition: 2, perProvider: 8 }, now: () => now });
      const partition = huawei.partitions()[0]!;
      const calls = () => alibaba.emulators.huawei!.core.runtime.calls.total();
      const before = calls();
      const first = value(await huawei.listSubnets!(partition));
      expect(first.length).toBeGreaterThan(0);
      expect(value(await huawei.listSubnets!(partition))).toEqual(first);
      expect(calls() - before).toBe(2);
    } finally {
      await huaweiInner.close();
    }
  });
});

describe('CachedAdapter under a full fan-out queue', () => {
  it('answers a list refused by the queue bound as a typed, retryable Throttled failure before any provider call, and does not cache it', async () => {
    const bounded = new CachedAdapter(alibaba.adapter, { ttlMs: 5_000, bounds: { perPartition: 1, perProvider: 1, maxQueued: 1 }, now: () => now });
    const [running, queued, refused] = await Promise.all([
      bounded.listElasticIps(HANGZHOU, {}),
      bounded.listVirtualIps(HANGZHOU, {}),
      bounded.listNetworkInterfaces(HANGZHOU, {}),
    ]);
    expect(running.ok && queued.ok).toBe(true);
    expect(refused).toMatchObject({ ok: false, error: { category: 'Throttled', code: 'netplane.FanOutOverloaded', retryable: true, outcome: 'NOT_APPLIED', provider: 'ALIBABA' } });
    expect(upstream()).toBe(2);
    expect((await bounded.listNetworkInterfaces(HANGZHOU, {})).ok).toBe(true);
    expect(upstream()).toBe(3);
  });
});
