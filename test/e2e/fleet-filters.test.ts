import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFleet, type Fleet } from '../support/fleet';

/**
 * Filters and Relay pagination across the 18 demo partitions, through the whole of netplane: each
 * filtered answer equals the unfiltered fleet filtered in memory, pushed-down filters reach the
 * provider API, and paging forwards and backwards walks the same deterministic order.
 */

interface Eni {
  id: string;
  provider: string;
  account: string;
  region: string;
  nativeId: string;
  name: string | null;
  status: string;
  vpcId: string | null;
  subnetId: string | null;
  primaryIp: string | null;
  tags: { key: string; value: string }[];
  attachment: { instanceId: string } | null;
}
interface Page {
  totalCount: number;
  edges: { cursor: string; node: Eni }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const ENIS = /* GraphQL */ `
  query ($filter: NetworkInterfaceFilter, $first: Int, $after: String, $last: Int, $before: String) {
    networkInterfaces(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { id provider account region nativeId name status vpcId subnetId primaryIp tags { key value } attachment { instanceId } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

let fleet: Fleet;
const page = async (variables: Record<string, unknown>): Promise<Page> => {
  const { body } = await fleet.query(ENIS, variables);
  expect(body.errors).toBeUndefined();
  return (body.data as { networkInterfaces: Page }).networkInterfaces;
};
const everything = async (filter: Record<string, unknown> = {}) => (await page({ filter, first: 500 })).edges.map((e) => e.node);

beforeAll(async () => {
  fleet = await startFleet({ ttlMs: 60_000 });
});
afterAll(async () => {
  await fleet.close();
});
beforeEach(async () => {
  await fleet.reset();
  await fleet.control('alibaba', 'POST', 'seed', {
    account: 'ali-staging',
    region: 'cn-shenzhen',
    vpcs: [{ id: 'vpc-filters', cidr: '10.90.0.0/16' }],
    vswitches: [{ id: 'vsw-filters', vpcId: 'vpc-filters', cidr: '10.90.0.0/24' }],
    networkInterfaces: [
      { id: 'eni-filt-web1', vSwitchId: 'vsw-filters', name: 'filt-web-1', tags: [{ key: 'np-team', value: 'web' }, { key: 'np-env', value: 'prod' }] },
      { id: 'eni-filt-web2', vSwitchId: 'vsw-filters', name: 'filt-web-2', tags: [{ key: 'np-team', value: 'web' }, { key: 'np-env', value: 'dev' }] },
      { id: 'eni-filt-db1', vSwitchId: 'vsw-filters', name: 'filt-db-1', tags: [{ key: 'np-team', value: 'data' }] },
    ],
  });
});

describe('fleet filters', () => {
  it('provider, account, region and status select exactly the matching part of the fleet', async () => {
    const fleetWide = await everything();
    expect(fleetWide.length).toBeGreaterThan(50);
    const cases: Array<[Record<string, unknown>, (e: Eni) => boolean]> = [
      [{ providers: ['HUAWEI'] }, (e) => e.provider === 'HUAWEI'],
      [{ accounts: ['ali-dev', 'hw-prod'] }, (e) => ['ali-dev', 'hw-prod'].includes(e.account)],
      [{ regions: ['cn-north-4'], statuses: ['IN_USE'] }, (e) => e.region === 'cn-north-4' && e.status === 'IN_USE'],
      [{ providers: ['ALIBABA'], statuses: ['AVAILABLE'] }, (e) => e.provider === 'ALIBABA' && e.status === 'AVAILABLE'],
    ];
    for (const [filter, keep] of cases) {
      const expected = fleetWide.filter(keep);
      expect(expected.length).toBeGreaterThan(0);
      expect(await everything(filter)).toEqual(expected);
    }
  });

  it('VPC, subnet, instance and IP address filters match the fleet filtered in memory (pushed down to the provider)', async () => {
    const fleetWide = await everything();
    const alibaba = fleetWide.find((e) => e.provider === 'ALIBABA' && e.attachment)!;
    const huawei = fleetWide.find((e) => e.provider === 'HUAWEI' && e.attachment)!;
    for (const sample of [alibaba, huawei]) {
      const where = { providers: [sample.provider], accounts: [sample.account], regions: [sample.region] };
      const local = fleetWide.filter((e) => e.provider === sample.provider && e.account === sample.account && e.region === sample.region);
      expect(await everything({ ...where, vpcId: sample.vpcId })).toEqual(local.filter((e) => e.vpcId === sample.vpcId));
      expect(await everything({ ...where, subnetId: sample.subnetId })).toEqual(local.filter((e) => e.subnetId === sample.subnetId));
      expect(await everything({ ...where, instanceId: sample.attachment!.instanceId })).toEqual(
        local.filter((e) => e.attachment?.instanceId === sample.attachment!.instanceId),
      );
      expect(await everything({ ...where, ipAddress: sample.primaryIp })).toEqual([sample]);
    }
    const pushed = (await fleet.control('alibaba', 'GET', 'calls?operation=DescribeNetworkInterfaces')) as { calls: { params: Record<string, unknown> }[] };
    expect(pushed.calls.some((c) => c.params['VpcId'] === alibaba.vpcId)).toBe(true);
    expect(pushed.calls.some((c) => c.params['InstanceId'] === alibaba.attachment!.instanceId)).toBe(true);
  });

  it('name prefix and tags (key, or key and value) select across partitions; Alibaba ENI tags are pushed down as Tag.N', async () => {
    expect((await everything({ namePrefix: 'filt-web' })).map((e) => e.nativeId)).toEqual(['eni-filt-web1', 'eni-filt-web2']);
    expect((await everything({ tags: [{ key: 'np-team', value: 'web' }] })).map((e) => e.nativeId)).toEqual(['eni-filt-web1', 'eni-filt-web2']);
    expect((await everything({ tags: [{ key: 'np-team', value: 'web' }, { key: 'np-env', value: 'prod' }] })).map((e) => e.nativeId)).toEqual(['eni-filt-web1']);
    expect((await everything({ tags: [{ key: 'np-team' }], namePrefix: 'filt-db' })).map((e) => e.nativeId)).toEqual(['eni-filt-db1']);
    const calls = (await fleet.control('alibaba', 'GET', 'calls?operation=DescribeNetworkInterfaces&account=ali-staging&region=cn-shenzhen')) as {
      calls: { params: Record<string, unknown> }[];
    };
    expect(calls.calls.some((c) => c.params['Tag.1.Key'] === 'np-team' && c.params['Tag.1.Value'] === 'web' && c.params['Tag.2.Key'] === 'np-env')).toBe(true);
  });
});

describe('fleet pagination', () => {
  it('first/after walks the whole fleet in pages that cross partitions, in the deterministic order, with a stable totalCount', async () => {
    const all = await everything();
    const seen: Eni[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const p: Page = await page({ first: 7, after });
      expect(p.totalCount).toBe(all.length);
      seen.push(...p.edges.map((e) => e.node));
      pages++;
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 7));
    const key = (e: Eni) => [e.provider, e.account, e.region, e.nativeId];
    const sorted = [...all].sort((a, b) => (key(a).join('\u0000') < key(b).join('\u0000') ? -1 : 1));
    expect(all).toEqual(sorted);
    expect(new Set(all.map((e) => e.account)).size).toBe(6);
  });

  it('last/before walks it backwards to the same order', async () => {
    const all = await everything();
    const seen: Eni[] = [];
    let before: string | null = null;
    for (;;) {
      const p: Page = await page({ last: 11, before });
      seen.unshift(...p.edges.map((e) => e.node));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(seen).toEqual(all);
  });

  it('cursors are opaque and stay valid when the item they came from disappears from the filter', async () => {
    const first = await page({ first: 3, filter: { providers: ['ALIBABA'] } });
    expect(first.pageInfo.endCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(first.edges.map((e) => e.cursor)).toEqual([...new Set(first.edges.map((e) => e.cursor))]);
    expect(first.edges[2]!.cursor).toBe(first.pageInfo.endCursor);
    const next = await page({ first: 3, after: first.pageInfo.endCursor, filter: { providers: ['ALIBABA'], statuses: ['IN_USE'] } });
    const all = await everything({ providers: ['ALIBABA'], statuses: ['IN_USE'] });
    const boundary = first.edges[2]!.node;
    const expected = all.filter((e) => [e.account, e.region, e.nativeId].join('\u0000') > [boundary.account, boundary.region, boundary.nativeId].join('\u0000')).slice(0, 3);
    expect(next.edges.map((e) => e.node)).toEqual(expected);
  });
});
