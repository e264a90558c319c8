import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DASHBOARD, startFleet, type Fleet } from '../support/fleet';

/**
 * Query cost in provider calls: estimated before execution from the partitions the filter selects,
 * each API's page size and the relationships selected; rejected above the configured limit with
 * QUERY_TOO_COSTLY before any provider call; the estimate and the calls actually made are in
 * `extensions.providerCalls`.
 */

const LIMIT = 100;
let fleet: Fleet;

beforeAll(async () => {
  fleet = await startFleet({ ttlMs: 60_000, maxProviderCalls: LIMIT });
});
afterAll(async () => {
  await fleet.close();
});
beforeEach(async () => {
  await fleet.reset();
});

describe('query cost in provider calls', () => {
  it('rejects the whole-fleet dashboard (an estimated 108 calls) above a limit of 100, with the estimate and the limit, and calls no provider', async () => {
    const { status, body } = await fleet.query(DASHBOARD);
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', estimatedProviderCalls: 108, maxProviderCalls: LIMIT });
    expect(body.errors![0]!.message).toContain('an estimated 108 provider calls; the limit is 100');
    expect((await fleet.calls()).total).toBe(0);
  });

  it('accepts the same dashboard narrowed to one provider and reports estimate = actual on a cold cache', async () => {
    const narrowed = DASHBOARD.replace(/\((first: 100)\)/g, '($1, filter: { providers: [HUAWEI] })');
    const { status, body } = await fleet.query(narrowed);
    expect(status).toBe(200);
    expect(body.extensions?.providerCalls).toMatchObject({ estimated: 63, actual: 63, byProvider: { HUAWEI: 63 }, limit: LIMIT });
    expect((await fleet.calls()).huawei.total).toBe(63);
  });

  it('counts only the partitions the filter selects, from literals or variables', async () => {
    const byLiteral = await fleet.query(`{ elasticIps(filter: { accounts: ["ali-prod"] }) { totalCount } }`);
    expect(byLiteral.body.extensions?.providerCalls).toMatchObject({ estimated: 3, actual: 3, byProvider: { ALIBABA: 3 } });
    await fleet.reset();
    const byVariable = await fleet.query(
      `query ($f: NetworkInterfaceFilter) { networkInterfaces(filter: $f) { totalCount } }`,
      { f: { providers: ['HUAWEI'], regions: ['cn-north-4'] } },
    );
    // Three Huawei accounts have cn-north-4; a NIC list reads the ports and the subnets.
    expect(byVariable.body.extensions?.providerCalls).toMatchObject({ estimated: 6, actual: 6, byProvider: { HUAWEI: 6 } });
  });

  it('counts a relationship list once per partition, however many fields and fragments select it', async () => {
    const { body } = await fleet.query(/* GraphQL */ `
      fragment Eni on NetworkInterface { id elasticIps { id } }
      {
        a: networkInterfaces(filter: { accounts: ["ali-dev"] }) { edges { node { ...Eni virtualIps { id } } } }
        b: elasticIps(filter: { accounts: ["ali-dev"] }) { edges { node { id boundTo { networkInterface { ...Eni } } } } }
      }
    `);
    // 3 partitions × (ENI list + EIP list + HaVip list); the bound interfaces come from the ENI list.
    expect(body.extensions?.providerCalls).toMatchObject({ estimated: 9, actual: 9 });
  });

  it('sizes the estimate by the pages a partition needed last time (500 ENIs a page)', async () => {
    const fixture = {
      account: 'ali-staging',
      region: 'cn-shenzhen',
      vpcs: [{ id: 'vpc-costbig', cidr: '10.64.0.0/16' }],
      vswitches: [{ id: 'vsw-costbig', vpcId: 'vpc-costbig', cidr: '10.64.0.0/20' }],
      networkInterfaces: Array.from({ length: 1200 }, (_, i) => ({ vSwitchId: 'vsw-costbig', name: `bulk-${i}` })),
    };
    await fleet.control('alibaba', 'POST', 'seed', fixture);
    const query = `{ networkInterfaces(filter: { accounts: ["ali-staging"], regions: ["cn-shenzhen"] }) { totalCount } }`;
    const first = await fleet.query(query);
    const total = (first.body.data as { networkInterfaces: { totalCount: number } }).networkInterfaces.totalCount;
    expect(total).toBeGreaterThan(1000);
    const pages = Math.ceil(total / 500);
    expect(first.body.extensions?.providerCalls).toMatchObject({ estimated: 1, actual: pages });
    await fleet.reset(); // cold cache; the partition's size is remembered
    await fleet.control('alibaba', 'POST', 'seed', fixture);
    const second = await fleet.query(query);
    expect(second.body.extensions?.providerCalls).toMatchObject({ estimated: pages, actual: pages });
  });

  it('reports zero actual calls and the cache hits when the answer comes from the cache', async () => {
    await fleet.query(`{ vifPeers(filter: { providers: [ALIBABA] }) { totalCount } }`);
    const again = await fleet.query(`{ vifPeers(filter: { providers: [ALIBABA] }) { totalCount } }`);
    expect(again.body.extensions?.providerCalls).toMatchObject({ estimated: 9, actual: 0, cacheHits: 9, byProvider: {} });
  });

  it('adds nothing to operations that cannot reach a provider', async () => {
    const { body } = await fleet.query(`{ __typename }`);
    expect(body.extensions).toBeUndefined();
  });
});
