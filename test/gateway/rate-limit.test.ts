import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/auth/api-keys';
import type { RunningGateway } from '../../src/gateway';
import { gatewayWith, post } from './gateway-fixture';
import { REDIS_URL, ensureRedis } from '../support/redis';

/** Per-principal token buckets at the HTTP level: 429 with Retry-After and RATE_LIMITED, in memory and shared through Redis. */

const grants = [{ scope: 'read' as const, providers: ['*'], accounts: ['*'], regions: ['*'] }, { scope: 'mutate' as const, providers: ['*'], accounts: ['*'], regions: ['*'] }];
const auth = {
  apiKeys: [
    { id: 'alpha', sha256: hashApiKey('key-alpha'), grants },
    { id: 'beta', sha256: hashApiKey('key-beta'), grants },
  ],
};
const as = (key: string) => ({ authorization: `Bearer ${key}` });
const ALLOCATE = 'mutation { allocateElasticIp(input: { target: { provider: ALIBABA, account: "none", region: "cn-hangzhou" } }) { __typename } }';

describe('rate limits in memory', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await gatewayWith([], { auth, rateLimits: { capacity: 2, refillPerSecond: 0.01, mutate: { capacity: 1, refillPerSecond: 0.01 } } });
  });
  afterAll(() => gateway.close());

  it('answers the request past the capacity 429 with Retry-After and RATE_LIMITED, and keeps each principal its own bucket', async () => {
    expect((await post(gateway.url, '{ __typename }', {}, as('key-alpha'))).status).toBe(200);
    expect((await post(gateway.url, '{ __typename }', {}, as('key-alpha'))).status).toBe(200);
    const refused = await post(gateway.url, '{ __typename }', {}, as('key-alpha'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: Number(refused.headers.get('retry-after')) });
    expect((await post(gateway.url, '{ __typename }', {}, as('key-beta'))).status).toBe(200);
  });

  it('takes mutations from the mutate bucket as well: the second mutation is 429 before it executes', async () => {
    const first = await post(gateway.url, ALLOCATE, {}, as('key-beta'));
    expect(first.status).toBe(200);
    expect(first.body.data).toEqual({ allocateElasticIp: { __typename: 'ResourceNotFound' } });
    const second = await post(gateway.url, ALLOCATE, {}, as('key-beta'));
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(second.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(second.body.data).toBeUndefined();
  });

  it('checks credentials before the bucket: an unknown key is 401 and spends nothing', async () => {
    expect((await post(gateway.url, '{ __typename }', {}, as('key-gamma'))).status).toBe(401);
  });
});

describe('rate limits shared through Redis', () => {
  const keyPrefix = `netplane-test:${randomUUID()}:`;
  let admin: Redis;
  let replicas: RunningGateway[] = [];

  beforeAll(async () => {
    await ensureRedis();
    admin = new Redis(REDIS_URL);
    const rateLimits = { capacity: 3, refillPerSecond: 0.01, redis: { url: REDIS_URL, keyPrefix } };
    replicas = [await gatewayWith([], { auth, rateLimits }), await gatewayWith([], { auth, rateLimits })];
  });

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.close()));
    const keys = await admin.keys(`${keyPrefix}*`);
    if (keys.length > 0) await admin.del(...keys);
    await admin.quit();
  });

  it('gives two gateway replicas one bucket per principal: 3 requests spread over both, the 4th is 429 on either', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(replicas[i % 2]!.url, '{ __typename }', {}, as('key-alpha'))).status);
    expect(statuses).toEqual([200, 200, 200]);
    for (const replica of replicas) {
      const refused = await post(replica.url, '{ __typename }', {}, as('key-alpha'));
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }
    expect(await admin.keys(`${keyPrefix}ratelimit:apiKey:alpha:*`)).toEqual([`${keyPrefix}ratelimit:apiKey:alpha:request`]);
    expect((await post(replicas[1]!.url, '{ __typename }', {}, as('key-beta'))).status).toBe(200);
  });
});
