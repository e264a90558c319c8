import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFleet, type Fleet } from '../support/fleet';

/**
 * Stopping one partition through the emulators' control API (an error fault armed for its account
 * and region, for far more calls than the query makes) leaves the rest of every connection intact:
 * the stopped partition is listed with its typed provider error, the others with their items, and
 * the response carries no GraphQL `errors`.
 */

const CONNECTIONS = ['networkInterfaces', 'virtualIps', 'elasticIps', 'vifPeers', 'virtualInterfaces'] as const;

const query = (field: string) => /* GraphQL */ `
  {
    ${field}(first: 100) {
      totalCount
      partitions { provider account region ok itemCount error { __typename code provider retryable } }
      edges { node { id provider account region } }
    }
  }
`;

interface Outcome {
  provider: string;
  account: string;
  region: string;
  ok: boolean;
  itemCount: number;
  error: { __typename: string; code: string; provider: string; retryable: boolean } | null;
}
interface Connection {
  totalCount: number;
  partitions: Outcome[];
  edges: { node: { provider: string; account: string; region: string } }[];
}

const STOPPED = [
  { provider: 'alibaba' as const, name: 'ALIBABA', account: 'ali-prod', region: 'cn-beijing', code: 'ServiceUnavailable', type: 'ProviderUnavailable' },
  { provider: 'huawei' as const, name: 'HUAWEI', account: 'hw-staging', region: 'cn-south-1', code: 'APIGW.0308', type: 'Throttled' },
];

let fleet: Fleet;

beforeAll(async () => {
  fleet = await startFleet({ ttlMs: 60_000 });
});
afterAll(async () => {
  await fleet.close();
});
beforeEach(async () => {
  await fleet.reset();
});

describe('fleet partial results', () => {
  for (const stopped of STOPPED) {
    for (const field of CONNECTIONS) {
      it(`${field}: a stopped ${stopped.name} partition is a typed ${stopped.type} outcome and the other 17 answer in full`, async () => {
        const healthy = (await fleet.query(query(field))).body.data as Record<string, Connection>;
        await fleet.reset(); // cold cache, so the stopped partition is really asked
        await fleet.control(stopped.provider, 'POST', 'faults', {
          match: { account: stopped.account, region: stopped.region },
          count: 10_000,
          fault: { kind: 'error', code: stopped.code },
        });

        const { status, body } = await fleet.query(query(field));
        expect(status).toBe(200);
        expect(body.errors ?? []).toEqual([]);
        const connection = (body.data as Record<string, Connection>)[field]!;
        const before = healthy[field]!;
        expect(connection.partitions).toHaveLength(18);
        const isStopped = (p: { provider: string; account: string; region: string }) =>
          p.provider === stopped.name && p.account === stopped.account && p.region === stopped.region;

        const failed = connection.partitions.filter((p) => !p.ok);
        expect(failed).toEqual([
          {
            provider: stopped.name,
            account: stopped.account,
            region: stopped.region,
            ok: false,
            itemCount: 0,
            error: { __typename: stopped.type, code: stopped.code, provider: stopped.name, retryable: true },
          },
        ]);
        // Every other partition answers exactly as it did with nothing stopped.
        expect(connection.partitions.filter((p) => !isStopped(p))).toEqual(before.partitions.filter((p) => !isStopped(p)));
        const lost = before.partitions.find(isStopped)!.itemCount;
        expect(connection.totalCount).toBe(before.totalCount - lost);
        expect(connection.edges.some((e) => isStopped(e.node))).toBe(false);
        expect(connection.edges.map((e) => e.node)).toEqual(before.edges.map((e) => e.node).filter((n) => !isStopped(n)).slice(0, 100));
      });
    }
  }

  it('the failed partition is not cached: once the fault is lifted the next query answers in full', async () => {
    await fleet.control('alibaba', 'POST', 'faults', {
      match: { account: 'ali-prod', region: 'cn-beijing' },
      count: 10_000,
      fault: { kind: 'error', code: 'ServiceUnavailable' },
    });
    const failing = (await fleet.query(query('elasticIps'))).body.data as Record<string, Connection>;
    expect(failing['elasticIps']!.partitions.filter((p) => !p.ok)).toHaveLength(1);
    await fleet.control('alibaba', 'DELETE', 'faults');
    await fleet.control('alibaba', 'DELETE', 'calls');
    const recovered = await fleet.query(query('elasticIps'));
    expect((recovered.body.data as Record<string, Connection>)['elasticIps']!.partitions.every((p) => p.ok)).toBe(true);
    // Only the failed partition went upstream again; the 17 others came from the cache.
    expect(await fleet.callsByPartition('alibaba', 'DescribeEipAddresses')).toEqual({ 'ali-prod/cn-beijing': 1 });
    expect(recovered.body.extensions?.providerCalls).toMatchObject({ actual: 1, cacheHits: 17 });
  });
});
