import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_URL, freshSchema, type TestSchema } from '../store/backends';
import { REDIS_URL, ensureRedis } from '../support/redis';
import { startEmulatorProcess, startReplica, type ChildNetplane, type Emulators } from '../support/replicas';

/**
 * Two real gateway processes (`src/main.ts`) behind one address, as a platform team runs them: the
 * emulators in a third process, the machine's Redis (list cache, coalescing, invalidations) under a
 * prefix of this run and the machine's PostgreSQL (the store) on a schema of this run, both
 * removed afterwards. Provider calls are read from the emulators' call counters.
 */

const keyPrefix = `netplane-replicas:${randomUUID()}:`;
let schema: TestSchema;
let emulators: Emulators;
let replicaA: ChildNetplane;
let replicaB: ChildNetplane;
const CACHE_TTL_MS = 60_000;

/**
 * Waits for the next cache window when less than `roomMs` is left of this one. The replicas share
 * an answer within a clock-aligned window (src/cache/ttl-cache.ts windowOf): requests on both sides
 * of a window's end rightly fill the list twice, which a test counting one fill must not straddle.
 */
async function inOneCacheWindow(roomMs = 5_000): Promise<void> {
  const left = CACHE_TTL_MS - (Date.now() % CACHE_TTL_MS);
  if (left < roomMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

beforeAll(async () => {
  await ensureRedis();
  schema = freshSchema();
  emulators = await startEmulatorProcess();
  const settings = { redis: { url: REDIS_URL, keyPrefix }, store: { databaseUrl: POSTGRES_URL, schema: schema.name }, cacheTtlMs: CACHE_TTL_MS };
  // One after the other: the first creates the schema's tables, the second finds them migrated.
  replicaA = await startReplica(emulators, settings);
  replicaB = await startReplica(emulators, settings);
}, 120_000);

afterAll(async () => {
  await Promise.all([replicaA?.stop(), replicaB?.stop()]);
  await emulators?.child.stop();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${keyPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  await schema?.drop();
}, 60_000);

interface Answer {
  status: number;
  data: Record<string, unknown> | null;
  errors?: Array<{ message: string }>;
  extensions?: { providerCalls?: { actual: number; cacheHits: number } };
}

async function post(replica: ChildNetplane, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(replica.urls[0]!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

async function control(provider: 'alibaba' | 'huawei', method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${emulators[provider]}/_emulator/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const providerCalls = async (): Promise<number> =>
  ((await control('alibaba', 'GET', 'calls')) as { total: number }).total + ((await control('huawei', 'GET', 'calls')) as { total: number }).total;
const callsOf = async (operation: string): Promise<number> => ((await control('alibaba', 'GET', `calls?operation=${operation}`)) as { matched: number }).matched;

const FLEET = `{ networkInterfaces(first: 100) { edges { node { id name status } } } virtualIps(first: 100) { edges { node { id address } } } }`;
const ALI = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' };
const CREATE_ENI = `mutation Create($input: CreateNetworkInterfaceInput!) {
  createNetworkInterface(input: $input) {
    __typename
    ... on CreateNetworkInterfaceSuccess { idempotencyKey networkInterface { nativeId name } operation { id status } }
    ... on ProviderError { code message }
  }
}`;

const names = (answer: Answer): string[] =>
  ((answer.data?.['networkInterfaces'] as { edges: Array<{ node: { name: string } }> }).edges ?? []).map((e) => e.node.name).sort();

describe('two gateway replicas sharing Redis and PostgreSQL', () => {
  it('answer from one cache: a fleet read through replica A is served by replica B with zero provider calls', async () => {
    await control('alibaba', 'DELETE', 'calls');
    await control('huawei', 'DELETE', 'calls');
    await inOneCacheWindow();
    const throughA = await post(replicaA, FLEET);
    expect(throughA.status).toBe(200);
    expect(throughA.errors).toBeUndefined();
    const filled = await providerCalls();
    expect(filled).toBeGreaterThan(0);
    expect(throughA.extensions?.providerCalls?.actual).toBe(filled);

    const throughB = await post(replicaB, FLEET);
    expect(throughB.data).toEqual(throughA.data);
    expect(await providerCalls()).toBe(filled);
    expect(throughB.extensions?.providerCalls?.actual).toBe(0);
  });

  it('coalesce across replicas: 50 viewers spread over both cost the provider calls of one', async () => {
    // A list neither replica has read yet: the Shanghai elastic IPs alone.
    await control('alibaba', 'DELETE', 'calls');
    await control('huawei', 'DELETE', 'calls');
    const query = `{ elasticIps(first: 100, filter: { providers: [ALIBABA], regions: ["cn-shanghai"] }) { edges { node { id } } } }`;
    await inOneCacheWindow();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => post(i % 2 === 0 ? replicaA : replicaB, query)));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(answers[0]!.data);
    }
    expect(await callsOf('DescribeEipAddresses')).toBe(1);
    expect(await providerCalls()).toBe(1);
  });

  it('answer from one store and one cache generation: a mutation through A is replayed by B and invalidates B\u2019s cached view', async () => {
    const before = await post(replicaB, FLEET);
    const fleet = await post(replicaA, `{ networkInterfaces(first: 100, filter: { providers: [ALIBABA], regions: ["cn-hangzhou"] }) { edges { node { name subnetId } } } }`);
    const vSwitchId = (fleet.data?.['networkInterfaces'] as { edges: Array<{ node: { name: string; subnetId: string } }> }).edges.find((e) => e.node.name === 'spare-eni')!.node.subnetId;
    await control('alibaba', 'DELETE', 'calls');
    const key = `replicas-${randomUUID()}`;
    const input = { target: ALI, vSwitchId, networkInterfaceName: 'made-through-a', idempotencyKey: key };
    const created = (await post(replicaA, CREATE_ENI, { input })).data?.['createNetworkInterface'] as Record<string, unknown>;
    expect(created['__typename']).toBe('CreateNetworkInterfaceSuccess');
    // Replica B reads the key A stored in PostgreSQL: the same operation, no second create upstream.
    const replayed = (await post(replicaB, CREATE_ENI, { input })).data?.['createNetworkInterface'] as Record<string, unknown>;
    expect(replayed['networkInterface']).toEqual(created['networkInterface']);
    expect((replayed['operation'] as { id: string }).id).toBe((created['operation'] as { id: string }).id);
    expect(await callsOf('CreateNetworkInterface')).toBe(1);
    // B had the fleet cached from before the create; A's mutation bumped the partition's generation in Redis.
    expect(names(await post(replicaB, FLEET))).toContain('made-through-a');
    expect(names(before)).not.toContain('made-through-a');
  });
});

describe('SIGTERM', () => {
  it('drains: the request in progress is answered, new connections are refused, the process exits 0', async () => {
    // An uncached list the provider takes 1.5 s to answer.
    await control('huawei', 'POST', 'faults', { match: { operation: 'ListPublicips' }, count: 1, fault: { kind: 'latency', ms: 1_500 } });
    const slow = post(replicaA, `{ elasticIps(first: 100, filter: { providers: [HUAWEI], regions: ["ap-southeast-3"] }) { edges { node { id } } } }`);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const started = Date.now();
    replicaA.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(replicaA.urls[0]!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).rejects.toThrow();
    const answer = await slow.catch((error: unknown) => {
      throw new Error(`the request in progress was not answered (${String(error)}); replica A said:\n${replicaA.output()}`);
    });
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(await replicaA.exited).toBe(0);
    expect(Date.now() - started).toBeGreaterThan(500);
    expect(replicaA.output()).toMatch(/SIGTERM, draining/);
    expect(replicaA.output()).toMatch(/netplane: stopped/);
    // The other replica serves on.
    expect((await post(replicaB, '{ __typename }')).status).toBe(200);
  }, 30_000);
});
