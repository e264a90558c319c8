import { beforeEach, describe, expect, it } from 'vitest';
import { useAlibabaAdapter } from '../../support/alibaba-adapter';
import { CachedAdapter } from '../../../src/cache/cached-adapter';
import { ProviderCallTally } from '../../../src/cache/call-tally';
import type { Partition } from '../../../src/domain/resources';
import { AdapterRegistry } from '../../../src/gateway/adapter-registry';
import { createLoaders } from '../../../src/graphql/context';

/** The per-request loaders over the list cache around the real Alibaba adapter and emulator: which scope each list reads in. */

const HANGZHOU: Partition = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' };

const alibaba = useAlibabaAdapter();
let now: number;
let registry: AdapterRegistry;

const upstream = () => alibaba.upstream();
const ids = (r: { ok: true; value: Array<{ nativeId: string }> } | { ok: false }): string[] => {
  if (!r.ok) throw new Error('expected success');
  return r.value.map((e) => e.nativeId);
};

beforeEach(async () => {
  await alibaba.reset();
  now = 1_000_000;
  registry = new AdapterRegistry([
    new CachedAdapter(alibaba.adapter, { ttlMs: 5_000, snapshotRetentionMs: 60_000, bounds: { perPartition: 2, perProvider: 8 }, now: () => now }),
  ]);
});

describe('PartitionLoaders', () => {
  it('a page asked as of a cursor\'s snapshot and the request\'s relationship reads share that snapshot; a page asked now in the same request reads now', async () => {
    const firstRequest = new ProviderCallTally();
    const firstPage = firstRequest.snapshot(null);
    const before = ids(await createLoaders(registry, firstRequest).ElasticIp.list(HANGZHOU, {}, firstPage));
    expect(firstPage.served).toBe(1_000_000);
    await fetch(`${alibaba.emulators.alibaba!.url}/_emulator/seed`, {
      method: 'POST',
      body: JSON.stringify({ account: HANGZHOU.account, region: HANGZHOU.region, eips: [{ id: 'eip-created-later' }] }),
    });
    now += 30_000;

    const request = new ProviderCallTally();
    const loaders = createLoaders(registry, request);
    const page = request.snapshot(1_000_000);
    expect(ids(await loaders.ElasticIp.list(HANGZHOU, {}, page))).toEqual(before);
    expect(page.served).toBe(1_000_000);
    // Relationship fields read through the loaders with the request's scope: the page's snapshot, from its memo.
    expect(ids(await loaders.ElasticIp.all(HANGZHOU))).toEqual(before);
    expect(await loaders.ElasticIp.byId({ ...HANGZHOU, nativeId: 'eip-created-later' })).toBeNull();
    expect(upstream()).toBe(1);

    const current = request.snapshot(null);
    expect(ids(await loaders.ElasticIp.list(HANGZHOU, {}, current))).toContain('eip-created-later');
    expect(current.served).toBe(1_030_000);
    expect(upstream()).toBe(2);
    expect(request).toMatchObject({ cacheHits: 1, actual: 1, listReads: 2 });
  });

  it('records the calls of a request\'s loaders in its scope only', async () => {
    const [a, b] = [new ProviderCallTally(), new ProviderCallTally()];
    await Promise.all([createLoaders(registry, a).ElasticIp.all(HANGZHOU), createLoaders(registry, b).NetworkInterface.byId({ ...HANGZHOU, nativeId: 'eni-x' })]);
    expect(a).toMatchObject({ actual: 1, listReads: 1 });
    expect(b).toMatchObject({ actual: 1, listReads: 1 });
  });
});
