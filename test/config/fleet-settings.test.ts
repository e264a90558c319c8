import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load';
import { account } from '../support/config';


describe('fleet settings in the configuration (fanout, cache, cost)', () => {
  it('defaults to 2 upstream calls per partition, 8 per provider, 2,000 queued per provider, a 5 s cache with 20 s snapshot retention and a 128 MiB budget, and 1000 provider calls per query', () => {
    const config = parseConfig({ accounts: [account] }, 'test', {});
    expect(config.fanout).toEqual({ perPartition: 2, perProvider: 8, maxQueued: 2_000 });
    expect(config.cache).toEqual({ ttlMs: 5_000, snapshotRetentionMs: 20_000, maxBytes: 128 * 1024 * 1024 });
    expect(config.cost).toEqual({ maxProviderCalls: 1_000 });
  });

  it('takes the values given, including a cache of 0 (off)', () => {
    const config = parseConfig(
      { accounts: [account], fanout: { perPartition: 1, perProvider: 3 }, cache: { ttlMs: 0, snapshotRetentionMs: 0 }, cost: { maxProviderCalls: 50 } },
      'test',
      {},
    );
    expect(config.fanout).toEqual({ perPartition: 1, perProvider: 3, maxQueued: 2_000 });
    expect(config.cache.ttlMs).toBe(0);
    expect(config.cache.snapshotRetentionMs).toBe(0);
    expect(config.cost.maxProviderCalls).toBe(50);
  });

  it('rejects bounds that would stop or flood the fan-out, naming the path', () => {
    for (const [bad, path] of [
      [{ fanout: { perPartition: 0 } }, 'fanout.perPartition'],
      [{ fanout: { perProvider: 1000 } }, 'fanout.perProvider'],
      [{ cache: { ttlMs: -1 } }, 'cache.ttlMs'],
      [{ cache: { snapshotRetentionMs: -1 } }, 'cache.snapshotRetentionMs'],
      [{ cost: { maxProviderCalls: 0 } }, 'cost.maxProviderCalls'],
    ] as const) {
      expect(() => parseConfig({ accounts: [account], ...bad }, 'test', {})).toThrow(ConfigError);
      expect(() => parseConfig({ accounts: [account], ...bad }, 'test', {})).toThrow(path);
    }
  });
});
