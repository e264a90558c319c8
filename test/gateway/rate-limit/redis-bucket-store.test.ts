import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/load';
import { RedisBucketStore } from '../../../src/gateway/rate-limit/redis-bucket-store';
import { REDIS_URL, ensureRedis } from '../../support/redis';

/** The machine's Redis (started when down), under a prefix of this run only, deleted afterwards. */
const prefix = `netplane-test:${randomUUID()}:`;
let admin: Redis;

beforeAll(async () => {
  await ensureRedis();
  admin = new Redis(REDIS_URL);
});

afterAll(async () => {
  const keys = await admin.keys(`${prefix}*`);
  if (keys.length > 0) await admin.del(...keys);
  await admin.quit();
});

describe('RedisBucketStore', () => {
  const shape = { capacity: 3, refillPerSecond: 1 };

  it('spends the capacity, then refuses with the time until the next token', async () => {
    const store = await RedisBucketStore.connect({ url: REDIS_URL, keyPrefix: prefix });
    try {
      for (let i = 0; i < 3; i++) expect((await store.take('spend', shape)).allowed).toBe(true);
      const refused = await store.take('spend', shape);
      expect(refused.allowed).toBe(false);
      expect(refused.retryAfterMs).toBeGreaterThan(0);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(1_000);
      expect(await admin.pttl(`${prefix}spend`)).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  it('is one bucket for two stores (two replicas) on the same server and prefix, taken atomically', async () => {
    const a = await RedisBucketStore.connect({ url: REDIS_URL, keyPrefix: prefix });
    const b = await RedisBucketStore.connect({ url: REDIS_URL, keyPrefix: prefix });
    try {
      const wide = { capacity: 20, refillPerSecond: 0.001 };
      const takes = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).take('shared', wide)));
      expect(takes.filter((t) => t.allowed)).toHaveLength(20);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('fails to connect in one line, without the password of the URL', async () => {
    const error = await RedisBucketStore.connect({ url: 'redis://:hunter2@127.0.0.1:1', keyPrefix: prefix }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^redis: cannot connect to redis:\/\/:\*\*\*@127\.0\.0\.1:1/);
    expect((error as Error).message).not.toContain('hunter2');
    expect((error as Error).message).not.toContain('\n');
  });
});
