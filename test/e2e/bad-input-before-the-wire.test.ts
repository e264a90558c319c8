import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DASHBOARD, startFleet, type Fleet } from '../support/fleet';

/**
 * Through the whole of netplane as `npm start` composes it: list filters beyond the providers'
 * documented limits, forged cursors and malformed ids are 400s found before execution — zero calls
 * reach either emulator (their call counters) — where a 200 KB vpcId used to be sent to every
 * partition and blamed on the provider (MalformedProviderResponse). And the provider-call cost
 * limit accepts a query estimated exactly at it.
 */

let fleet: Fleet;
beforeAll(async () => {
  // The demo dashboard is estimated at 108 provider calls on a cold cache (README, Fleet scale).
  fleet = await startFleet({ ttlMs: 60_000, maxProviderCalls: 108 });
});
afterAll(async () => {
  await fleet.close();
});
beforeEach(async () => {
  await fleet.reset();
});

async function expectRejectedWithoutCalls(query: string, variables: Record<string, unknown>, argument: string): Promise<void> {
  const { status, body } = await fleet.query(query, variables);
  expect(status, JSON.stringify(body).slice(0, 300)).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  expect((await fleet.calls()).total).toBe(0);
}

describe('bad list input never reaches a provider', () => {
  it('a 200 KB vpcId on every partition of both providers', async () => {
    await expectRejectedWithoutCalls('query ($f: NetworkInterfaceFilter) { networkInterfaces(filter: $f) { totalCount partitions { ok } } }', { f: { vpcId: 'v'.repeat(200_000) } }, 'filter.vpcId');
  });

  it('a 200 KB native id, and 501 native ids', async () => {
    await expectRejectedWithoutCalls('query ($f: ElasticIpFilter) { elasticIps(filter: $f) { totalCount } }', { f: { nativeIds: ['x'.repeat(200_000)] } }, 'filter.nativeIds[0]');
    await expectRejectedWithoutCalls(
      'query ($f: VirtualIpFilter) { virtualIps(filter: $f) { totalCount } }',
      { f: { nativeIds: Array.from({ length: 501 }, (_, i) => `havip-${i}`) } },
      'filter.nativeIds',
    );
  });

  it('21 tags, a subnetId, instanceId and namePrefix past their limits, an address that is not one', async () => {
    const tags = Array.from({ length: 21 }, (_, i) => ({ key: `k${i}` }));
    await expectRejectedWithoutCalls('query ($f: NetworkInterfaceFilter) { networkInterfaces(filter: $f) { totalCount } }', { f: { tags } }, 'filter.tags');
    await expectRejectedWithoutCalls('query ($f: NetworkInterfaceFilter) { networkInterfaces(filter: $f) { totalCount } }', { f: { subnetId: 's'.repeat(256) } }, 'filter.subnetId');
    await expectRejectedWithoutCalls('query ($f: NetworkInterfaceFilter) { networkInterfaces(filter: $f) { totalCount } }', { f: { instanceId: 'i'.repeat(256) } }, 'filter.instanceId');
    await expectRejectedWithoutCalls('query ($f: VifPeerFilter) { vifPeers(filter: $f) { totalCount } }', { f: { namePrefix: 'n'.repeat(256) } }, 'filter.namePrefix');
    await expectRejectedWithoutCalls('query ($f: ElasticIpFilter) { elasticIps(filter: $f) { totalCount } }', { f: { address: 'not-an-ip' } }, 'filter.address');
  });

  it('a forged cursor and a malformed id', async () => {
    await expectRejectedWithoutCalls('query ($c: String) { networkInterfaces(first: 5, after: $c) { totalCount } }', { c: 'Zm9yZ2Vk' }, 'after');
    await expectRejectedWithoutCalls('{ node(id: "garbage") { id } }', {}, 'id');
  });

  it('the same filter within the limits is asked of the providers and answered', async () => {
    const { status, body } = await fleet.query('query ($f: NetworkInterfaceFilter) { networkInterfaces(filter: $f) { totalCount partitions { ok } } }', {
      f: { providers: ['ALIBABA'], accounts: ['ali-prod'], vpcId: 'v'.repeat(255) },
    });
    expect(status).toBe(200);
    expect(body.data).toEqual({ networkInterfaces: { totalCount: 0, partitions: [{ ok: true }, { ok: true }, { ok: true }] } });
    expect((await fleet.calls()).total).toBeGreaterThan(0);
  });
});

describe('the provider-call cost limit (cost.maxProviderCalls)', () => {
  it('accepts a query estimated exactly at the limit', async () => {
    const { status, body } = await fleet.query(DASHBOARD);
    expect(status).toBe(200);
    expect(body.extensions?.providerCalls).toMatchObject({ estimated: 108, limit: 108 });
  });

  it('rejects one estimated past it before any provider call', async () => {
    // A list with a pushed-down filter shares no list of the dashboard's: one more call for its one partition.
    const { status, body } = await fleet.query(DASHBOARD.replace('query Dashboard {', 'query Dashboard { extra: elasticIps(filter: { accounts: ["ali-prod"], regions: ["cn-hangzhou"], address: "192.0.2.1" }) { totalCount }'));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', estimatedProviderCalls: 109, maxProviderCalls: 108 });
    expect((await fleet.calls()).total).toBe(0);
  });
});
