import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { FleetDashboardDocument } from '../generated/graphql';
import { DASHBOARD, startFleet, type Fleet } from '../support/fleet';

/**
 * The dashboard query of a fleet (every ENI, virtual IP, EIP and VIF peer of the demo's 3 accounts ×
 * 3 regions per provider, with their relationships) against the whole of netplane as `npm start`
 * composes it, counting what the emulators served.
 *
 * Per partition, when the fleet fits one page:
 *   Alibaba (5 calls): DescribeNetworkInterfaces, DescribeHaVips, DescribeEipAddresses, DescribeBgpPeers,
 *     DescribeVirtualBorderRouters — one each; relationships are answered from these lists.
 *   Huawei (7 calls): ListPorts ×2 and ListSubnets ×2 (the NIC list and the virtual IP list each read
 *     the ports and the subnet→VPC map), ListPublicips ×1, ListVirtualInterfaces ×2 (VIF peers are
 *     read through their virtual interfaces; the peers' `virtualInterface` lists them once more).
 */

const ALIBABA_PER_PARTITION = {
  DescribeNetworkInterfaces: 1,
  DescribeHaVips: 1,
  DescribeEipAddresses: 1,
  DescribeBgpPeers: 1,
  DescribeVirtualBorderRouters: 1,
};
const HUAWEI_PER_PARTITION = { ListPorts: 2, ListSubnets: 2, ListPublicips: 1, ListVirtualInterfaces: 2 };
const PARTITIONS_PER_PROVIDER = 9;
const times = (counts: Record<string, number>, n: number) => Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v * n]));
const COLD_DASHBOARD_CALLS = 9 * 5 + 9 * 7; // 108

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

describe('fleet dashboard: fewest provider calls', () => {
  it('lists all four resource types with relationships across all 18 partitions in exactly one call per partition per list', async () => {
    const { status, body } = await fleet.query(DASHBOARD);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const data = body.data as Record<string, { totalCount: number; partitions: { ok: boolean }[] }>;
    for (const field of ['networkInterfaces', 'virtualIps', 'elasticIps', 'vifPeers']) {
      expect(data[field]!.partitions).toHaveLength(18);
      expect(data[field]!.partitions.every((p) => p.ok)).toBe(true);
      expect(data[field]!.totalCount).toBeGreaterThan(0);
    }
    const calls = await fleet.calls();
    expect(calls.alibaba.counts).toEqual(times(ALIBABA_PER_PARTITION, PARTITIONS_PER_PROVIDER));
    expect(calls.huawei.counts).toEqual(times(HUAWEI_PER_PARTITION, PARTITIONS_PER_PROVIDER));
    expect(calls.total).toBe(COLD_DASHBOARD_CALLS);
    // …and every partition was asked exactly once per Alibaba list.
    for (const operation of Object.keys(ALIBABA_PER_PARTITION)) {
      const perPartition = await fleet.callsByPartition('alibaba', operation);
      expect(Object.keys(perPartition)).toHaveLength(9);
      expect(Object.values(perPartition).every((n) => n === 1)).toBe(true);
    }
    expect(body.extensions?.providerCalls).toMatchObject({
      estimated: COLD_DASHBOARD_CALLS,
      actual: COLD_DASHBOARD_CALLS,
      byProvider: { ALIBABA: 45, HUAWEI: 63 },
      cacheHits: 0,
    });
  });

  it('answers the same dashboard again from the cache with zero provider calls and says how old the answer is', async () => {
    await fleet.query(DASHBOARD);
    const before = (await fleet.calls()).total;
    const { body } = await fleet.query(DASHBOARD);
    expect((await fleet.calls()).total - before).toBe(0);
    expect(body.extensions?.providerCalls).toMatchObject({ actual: 0, cacheHits: 90 }); // 18 partitions × 5 lists
    expect(body.extensions?.cacheControl?.maxAgeMs).toBe(60_000);
    expect(body.extensions?.cacheControl?.oldestAgeMs).toBeGreaterThanOrEqual(0);
    expect(body.extensions?.cacheControl?.oldestAgeMs).toBeLessThan(60_000);
  });

  it('sends a dashboard answer shared from the window\'s execution whole, whichever encoding the client accepts', async () => {
    const { body: executed } = await fleet.query(DASHBOARD);
    for (const acceptEncoding of ['identity', 'br', 'gzip, br']) {
      const response = await fetch(fleet.netplane.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
        // The same bytes as fleet.query's: requests share an execution by their body.
        body: JSON.stringify({ query: DASHBOARD, variables: {} }),
      });
      expect(response.headers.get('x-netplane-shared'), acceptEncoding).toBe('true');
      expect(response.headers.get('content-encoding'), acceptEncoding).toBe(acceptEncoding === 'identity' ? null : acceptEncoding === 'br' ? 'br' : 'gzip');
      const body = (await response.json()) as typeof executed; // fetch decodes it
      expect(body.data, acceptEncoding).toEqual(executed.data);
      expect(body.extensions?.providerCalls, acceptEncoding).toMatchObject({ actual: 0 });
    }
  });

  it('costs two concurrent identical dashboards exactly the provider calls of one', async () => {
    const [a, b] = await Promise.all([fleet.query(DASHBOARD), fleet.query(DASHBOARD)]);
    expect(a.body.data).toEqual(b.body.data);
    expect((await fleet.calls()).total).toBe(COLD_DASHBOARD_CALLS);
    const actual = (a.body.extensions?.providerCalls?.actual ?? 0) + (b.body.extensions?.providerCalls?.actual ?? 0);
    expect(actual).toBe(COLD_DASHBOARD_CALLS);
  });

  it('costs ten concurrent identical dashboards exactly the provider calls of one', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => fleet.query(DASHBOARD)));
    expect(answers.every((a) => a.status === 200 && a.body.errors === undefined)).toBe(true);
    expect((await fleet.calls()).total).toBe(COLD_DASHBOARD_CALLS);
  });

  it('a mutation through netplane invalidates only its own partition', async () => {
    await fleet.query(DASHBOARD);
    const eni = await fleet.query(/* GraphQL */ `
      { networkInterfaces(first: 1, filter: { accounts: ["ali-prod"], regions: ["cn-hangzhou"], statuses: [AVAILABLE] }) { edges { node { id } } } }
    `);
    const id = (eni.body.data as { networkInterfaces: { edges: { node: { id: string } }[] } }).networkInterfaces.edges[0]!.node.id;
    const mutation = await fleet.query(
      /* GraphQL */ `
        mutation ($id: ID!) {
          assignPrivateIpAddresses(input: { networkInterfaceId: $id, secondaryPrivateIpAddressCount: 1 }) { __typename }
        }
      `,
      { id },
    );
    expect((mutation.body.data as { assignPrivateIpAddresses: { __typename: string } }).assignPrivateIpAddresses.__typename).toBe(
      'AssignPrivateIpAddressesSuccess',
    );
    await fleet.control('alibaba', 'DELETE', 'calls');
    await fleet.control('huawei', 'DELETE', 'calls');

    const { body } = await fleet.query(DASHBOARD);
    const calls = await fleet.calls();
    expect(calls.huawei.total).toBe(0);
    expect(calls.alibaba.counts).toEqual(ALIBABA_PER_PARTITION);
    for (const operation of Object.keys(ALIBABA_PER_PARTITION)) {
      expect(await fleet.callsByPartition('alibaba', operation)).toEqual({ 'ali-prod/cn-hangzhou': 1 });
    }
    expect(body.extensions?.providerCalls).toMatchObject({ actual: 5, cacheHits: 85 });
  });

  it('the FleetDashboard example (a GraphiQL tab of npm start) lists all four types across every partition, typed', async () => {
    const { status, body } = await fleet.query(print(FleetDashboardDocument), { first: 500 });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const data = body.data as Record<string, { totalCount: number; partitions: { ok: boolean }[]; edges: unknown[] }>;
    for (const field of ['networkInterfaces', 'virtualIps', 'elasticIps', 'vifPeers']) {
      expect(data[field]!.partitions.filter((p) => p.ok)).toHaveLength(18);
      expect(data[field]!.edges).toHaveLength(data[field]!.totalCount);
    }
    expect(body.extensions?.providerCalls).toMatchObject({ estimated: COLD_DASHBOARD_CALLS, actual: COLD_DASHBOARD_CALLS });
  });
  it('a page asks for its relationship lists as soon as the partitions before it are in, not after the slowest partition of its connection', async () => {
    const page = /* GraphQL */ `
      query FirstEnis {
        networkInterfaces(first: 1, filter: { providers: [ALIBABA] }) { edges { node { account region elasticIps { id } } } }
      }
    `;
    // Which partition the page lands on (the first in order), and one it does not.
    const probe = await fleet.query(/* GraphQL */ `{ networkInterfaces(filter: { providers: [ALIBABA] }) { partitions { account region itemCount } } }`);
    const partitions = (probe.body.data as { networkInterfaces: { partitions: { account: string; region: string; itemCount: number }[] } }).networkInterfaces.partitions;
    const [onPage, last] = [partitions.find((p) => p.itemCount > 0)!, partitions[partitions.length - 1]!];
    expect(`${last.account}/${last.region}`).not.toBe(`${onPage.account}/${onPage.region}`);
    await fleet.reset();
    // The last partition's ENI list answers after 1.5 s: the page cannot be cut before then.
    await fleet.control('alibaba', 'POST', 'faults', {
      match: { operation: 'DescribeNetworkInterfaces', account: last.account, region: last.region },
      fault: { kind: 'latency', ms: 1_500 },
    });
    let answered = false;
    const answer = fleet.query(page).then((result) => ((answered = true), result));
    let eipCalls: Record<string, number> = {};
    for (const started = Date.now(); Date.now() - started < 1_200 && !eipCalls[`${onPage.account}/${onPage.region}`]; ) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      eipCalls = await fleet.callsByPartition('alibaba', 'DescribeEipAddresses');
    }
    expect(answered).toBe(false);
    expect(eipCalls).toEqual({ [`${onPage.account}/${onPage.region}`]: 1 });
    const { body } = await answer;
    expect(body.errors).toBeUndefined();
    expect(await fleet.callsByPartition('alibaba', 'DescribeEipAddresses')).toEqual({ [`${onPage.account}/${onPage.region}`]: 1 });
  });
});
