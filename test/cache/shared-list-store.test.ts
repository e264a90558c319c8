import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CachedAdapter } from '../../src/cache/cached-adapter';
import { ProviderCallTally } from '../../src/cache/call-tally';
import { RedisListStore } from '../../src/cache/redis-list-store';
import { MemoryListStore, type SharedListStore } from '../../src/cache/shared-list-store';
import type { Partition } from '../../src/domain/resources';
import { useAlibabaAdapter } from '../support/alibaba-adapter';
import { REDIS_URL, ensureRedis } from '../support/redis';

/**
 * Two CachedAdapters ("replicas", each with its own memory) over the real Alibaba adapter and
 * emulator, sharing answers, fills in flight and invalidations through one SharedListStore: the
 * in-process one, and Redis (the machine's, under a prefix of this run, deleted afterwards).
 */

const HANGZHOU: Partition = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' };
const SHANGHAI: Partition = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-shanghai' };
const prefix = `netplane-test:${randomUUID()}:`;

const alibaba = useAlibabaAdapter();
let admin: Redis;

const upstream = () => alibaba.upstream();
const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('expected success');
  return r.value;
};

beforeAll(async () => {
  await ensureRedis();
  admin = new Redis(REDIS_URL);
});
afterAll(async () => {
  const keys = await admin.keys(`${prefix}*`);
  if (keys.length > 0) await admin.del(...keys);
  await admin.quit();
});

/** Each replica's view of the store: one object in a process, a connection of its own per replica in Redis. */
const stores: Array<[string, () => Promise<[SharedListStore, SharedListStore]>]> = [
  [
    'in memory',
    () => {
      const one = new MemoryListStore();
      return Promise.resolve([one, one]);
    },
  ],
  [
    'in Redis',
    async () => {
      const keyPrefix = `${prefix}${randomUUID()}:`;
      return [await RedisListStore.connect({ url: REDIS_URL, keyPrefix }), await RedisListStore.connect({ url: REDIS_URL, keyPrefix })];
    },
  ],
];

describe.each(stores)('replicas sharing a list store %s', (_name, open) => {
  let shared: SharedListStore;
  let sharedB: SharedListStore;
  let replicaA: CachedAdapter;
  let replicaB: CachedAdapter;

  beforeEach(async () => {
    await alibaba.reset();
    await shared?.close();
    if (sharedB !== shared) await sharedB?.close();
    [shared, sharedB] = await open();
    const options = { ttlMs: 5_000, snapshotRetentionMs: 20_000, bounds: { perPartition: 2, perProvider: 8 } };
    replicaA = new CachedAdapter(alibaba.adapter, { ...options, shared });
    replicaB = new CachedAdapter(alibaba.adapter, { ...options, shared: sharedB });
  });
  afterAll(async () => {
    await shared.close();
    if (sharedB !== shared) await sharedB.close();
  });

  it('serves a list one replica fetched from the other, with no provider call', async () => {
    const first = value(await replicaA.listElasticIps(HANGZHOU, {}));
    expect(upstream()).toBe(1);
    const tally = new ProviderCallTally();
    const second = value(await replicaB.listElasticIps(HANGZHOU, {}, tally));
    expect(second).toEqual(first);
    expect(upstream()).toBe(1);
    expect(tally.actual).toBe(0);
    // Another partition or kind is its own answer.
    await replicaB.listElasticIps(SHANGHAI, {});
    await replicaB.listVirtualIps(HANGZHOU, {});
    expect(upstream()).toBe(3);
  });

  it('lets 50 viewers spread over both replicas cost the provider calls of one', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? replicaA : replicaB).listNetworkInterfaces(HANGZHOU, {})),
    );
    expect(upstream()).toBe(1);
    const first = value(answers[0]!);
    for (const answer of answers) expect(value(answer)).toEqual(first);
  });

  it('drops the partition on every replica when one of them invalidates it (a mutation)', async () => {
    expect(value(await replicaA.listElasticIps(HANGZHOU, {})).length).toBeGreaterThan(0);
    expect(value(await replicaB.listElasticIps(HANGZHOU, {})).length).toBeGreaterThan(0);
    expect(upstream()).toBe(1);
    // The provider changes, and replica A learns it the way a mutation through it does.
    await fetch(`${alibaba.emulators.alibaba!.url}/_emulator/reset`, { method: 'POST', body: JSON.stringify({ fixture: 'empty' }) });
    alibaba.emulators.alibaba!.core.runtime.calls.clear();
    await replicaA.invalidateEverywhere(HANGZHOU);
    expect(value(await replicaB.listElasticIps(HANGZHOU, {}))).toEqual([]);
    expect(value(await replicaA.listElasticIps(HANGZHOU, {}))).toEqual([]);
    expect(upstream()).toBe(1);
    // Only that partition: Shanghai was never listed, and is listed once for both.
    await replicaA.listElasticIps(SHANGHAI, {});
    await replicaB.listElasticIps(SHANGHAI, {});
    expect(upstream()).toBe(2);
  });

  it('never shares a failure beyond the callers of the call that failed', async () => {
    // Both attempts of the next list fail (the adapter retries once).
    await fetch(`${alibaba.emulators.alibaba!.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ match: { operation: 'DescribeEipAddresses' }, count: 2, fault: { kind: 'error', code: 'ServiceUnavailable' } }),
    });
    expect((await replicaA.listElasticIps(HANGZHOU, {})).ok).toBe(false);
    // The other replica asks the provider itself rather than being served the failure.
    expect((await replicaB.listElasticIps(HANGZHOU, {})).ok).toBe(true);
    expect(upstream()).toBe(3);
  });

  it('tells the other replicas of an invalidation as it happens', async () => {
    const heard: string[] = [];
    replicaB.onInvalidate((partition) => heard.push(partition));
    // Redis subscribes in the background: invalidations before that are not heard (the generation still is).
    await expect
      .poll(async () => {
        await replicaA.invalidateEverywhere(HANGZHOU);
        return heard.length;
      })
      .toBeGreaterThan(0);
    expect(new Set(heard)).toEqual(new Set(['ALIBABA\u0000ali-prod\u0000cn-hangzhou\u0000']));
  });
});

describe('RedisListStore', () => {
  it('takes a fill over when the replica holding it never answers (it died), after the lock expires', async () => {
    const keyPrefix = `${prefix}${randomUUID()}:`;
    const store = await RedisListStore.connect({ url: REDIS_URL, keyPrefix, lockMs: 200, pollMs: 10 });
    try {
      const slot = { partition: 'ALIBABA/ali-prod/cn-hangzhou', generation: 0, key: 'ElasticIp', window: 0, keepMs: 5_000 };
      // A replica that took the lock and died: its fill never settles.
      const lockedBy = Date.now();
      void store.getOrFill(slot, () => new Promise(() => undefined));
      await new Promise((resolve) => setTimeout(resolve, 20));
      const answer = await store.getOrFill(slot, () => Promise.resolve({ ok: true, value: ['eni-1'], requestId: 'r' }));
      expect(answer).toEqual({ result: { ok: true, value: ['eni-1'], requestId: 'r' }, source: 'filled' });
      // Not before the dead replica's lock (200 ms) expired, however late this replica asked.
      expect(Date.now() - lockedBy).toBeGreaterThanOrEqual(190);
      // Kept compactly (gzipped) for the rest of its window, then served to everyone.
      expect((await store.getOrFill(slot, () => Promise.reject(new Error('not called')))).source).toBe('shared');
      const valueKeys = await admin.keys(`${keyPrefix}cache:v:*`);
      expect(valueKeys).toHaveLength(1);
      expect(await admin.pttl(valueKeys[0]!)).toBeGreaterThan(4_000);
    } finally {
      await store.close();
    }
  });
});
