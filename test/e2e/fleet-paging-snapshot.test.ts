import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFleet, type Fleet, type GraphQLBody } from '../support/fleet';

/**
 * Walking a fleet page by page (first: N / after) takes longer than a cache window. The cursors
 * carry the window their first page came from, and the gateway cache retains that window's lists
 * (cache.snapshotRetentionMs), so one walk costs one list call per partition — however many
 * windows it spans — and returns every item of that snapshot exactly once, even when the fleet
 * changes mid-walk. The gateway's cache clock is driven by the test.
 *
 * Alibaba elastic IPs: one DescribeEipAddresses per partition (the demo's 3 accounts × 3 regions).
 */

const TTL_MS = 5_000;
const RETENTION_MS = 60_000;
const PARTITIONS = 9;
const PAGE = 4; // the demo's 36 Alibaba EIPs: 9 pages, one cache window each — 45 s, within the retention

const WALK = /* GraphQL */ `
  query Walk($after: String) {
    elasticIps(first: ${PAGE}, after: $after, filter: { providers: [ALIBABA] }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { nativeId account region } }
    }
  }
`;

interface WalkPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { nativeId: string; account: string; region: string } }[];
}

let now = 0;
let fleet: Fleet;

beforeAll(async () => {
  fleet = await startFleet({ ttlMs: TTL_MS, snapshotRetentionMs: RETENTION_MS, now: () => now });
});
afterAll(async () => {
  await fleet.close();
});
beforeEach(async () => {
  now = 1_000_000_000_000; // the start of a window
  await fleet.reset();
});

const page = async (after: string | null): Promise<{ page: WalkPage; body: GraphQLBody }> => {
  const { status, body } = await fleet.query(WALK, { after });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return { page: (body.data as { elasticIps: WalkPage }).elasticIps, body };
};

const seedEip = (account: string, region: string, id: string) =>
  fleet.control('alibaba', 'POST', 'seed', { account, region, eips: [{ id }] });

const eipCalls = async () => fleet.callsByPartition('alibaba', 'DescribeEipAddresses');

/** Walks to the end, advancing the gateway clock one window per page; `between` runs after each page. */
async function walk(between: (pageIndex: number, last: WalkPage) => Promise<void> = async () => {}) {
  const ids: string[] = [];
  const bodies: GraphQLBody[] = [];
  let after: string | null = null;
  let first: WalkPage | null = null;
  for (let index = 0; ; index++) {
    const { page: current, body } = await page(after);
    first ??= current;
    bodies.push(body);
    ids.push(...current.edges.map((e) => `${e.node.account}/${e.node.region}/${e.node.nativeId}`));
    if (!current.pageInfo.hasNextPage) break;
    after = current.pageInfo.endCursor;
    now += TTL_MS;
    await between(index, current);
  }
  return { ids, bodies, first: first! };
}

describe('fleet paging snapshots: a walk reads the lists of the window it started in', () => {
  it('walks across many cache windows in one list call per partition, every item exactly once, though an item is created mid-walk', async () => {
    const { ids, bodies, first } = await walk(async (index, last) => {
      if (index !== 1) return;
      // After the second page: a new EIP where the walk has not been yet, and one where it has.
      const lastNode = last.edges[last.edges.length - 1]!.node;
      await seedEip('ali-staging', 'cn-shenzhen', 'eip-zzzz-created-mid-walk');
      await seedEip(lastNode.account, lastNode.region, 'eip-0000-created-mid-walk');
    });
    // One page per cache window: the walk spans 9 windows (45 s of the gateway's clock).
    expect(first.totalCount).toBe(36);
    expect(bodies).toHaveLength(first.totalCount / PAGE);
    expect(ids).toHaveLength(first.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.includes('created-mid-walk'))).toBe(false);

    const calls = await eipCalls();
    expect(Object.keys(calls)).toHaveLength(PARTITIONS);
    expect(calls).toEqual(Object.fromEntries(Object.keys(calls).map((k) => [k, 1])));
    expect((await fleet.calls()).total).toBe(PARTITIONS);

    // Later pages: estimated 0, sent 0, and the snapshot's true age.
    bodies.slice(1).forEach((body, index) => {
      expect(body.extensions?.providerCalls).toMatchObject({ estimated: 0, actual: 0, cacheHits: PARTITIONS });
      expect(body.extensions?.cacheControl).toEqual({ maxAgeMs: TTL_MS, snapshotRetentionMs: RETENTION_MS, oldestAgeMs: (index + 1) * TTL_MS });
    });
    expect(bodies[0]!.extensions?.providerCalls).toMatchObject({ estimated: PARTITIONS, actual: PARTITIONS });

    // A new walk reads the current fleet: one more list per partition, both new EIPs in it.
    const fresh = await walk();
    expect(fresh.ids).toHaveLength(first.totalCount + 2);
    expect(new Set(fresh.ids).size).toBe(fresh.ids.length);
    expect(fresh.ids.filter((id) => id.includes('created-mid-walk'))).toHaveLength(2);
    expect((await fleet.calls()).total).toBe(2 * PARTITIONS);
  });

  it('once the snapshot is no longer retained, lists afresh once per partition and goes on from the cursor\'s position', async () => {
    const { ids, bodies, first } = await walk(async (index) => {
      if (index !== 0) return;
      await seedEip('ali-staging', 'cn-shenzhen', 'eip-zzzz-created-mid-walk');
      now += RETENTION_MS; // the first window's retention is over
    });
    expect(bodies[1]!.extensions?.providerCalls).toMatchObject({ estimated: PARTITIONS, actual: PARTITIONS });
    expect(bodies[2]!.extensions?.providerCalls).toMatchObject({ estimated: 0, actual: 0 });
    expect(new Set(ids).size).toBe(ids.length);
    // The new EIP sorts after the cursor: the fresh lists bring it in, once.
    expect(ids.filter((id) => id.endsWith('eip-zzzz-created-mid-walk'))).toHaveLength(1);
    expect(ids).toHaveLength(first.totalCount + 1);
    const calls = await eipCalls();
    expect(Object.values(calls).every((n) => n === 2)).toBe(true);
    expect((await fleet.calls()).total).toBe(2 * PARTITIONS);
  });

  it('an invalidated partition (what a netplane mutation does to it) is re-listed once; the others stay on the walk\'s snapshot', async () => {
    const adapter = fleet.netplane.adapters.find((a) => a.provider === 'ALIBABA')!;
    const { ids, first } = await walk(async (index) => {
      if (index !== 0) return;
      // What a mutation of ali-staging/cn-shenzhen does to the cache, before and after it runs.
      adapter.invalidate({ provider: 'ALIBABA', account: 'ali-staging', region: 'cn-shenzhen' });
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(first.totalCount);
    const calls = await eipCalls();
    expect(calls['ali-staging/cn-shenzhen']).toBe(2);
    expect(Object.values(calls).reduce((a, b) => a + b, 0)).toBe(PARTITIONS + 1);
  });

  it('a page\'s relationship fields read the same snapshot: the whole walk costs one EIP list and one ENI list per partition', async () => {
    const query = /* GraphQL */ `
      query WalkBound($after: String) {
        elasticIps(first: ${PAGE}, after: $after, filter: { providers: [ALIBABA] }) {
          pageInfo { hasNextPage endCursor }
          edges { node { nativeId boundTo { networkInterface { id } } } }
        }
      }
    `;
    const bodies: GraphQLBody[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await fleet.query(query, { after });
      expect(body.errors).toBeUndefined();
      bodies.push(body);
      const current = (body.data as { elasticIps: WalkPage }).elasticIps;
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
      now += TTL_MS;
    }
    expect(bodies).toHaveLength(9);
    const calls = await fleet.calls();
    expect(calls.alibaba.counts).toEqual({ DescribeEipAddresses: PARTITIONS, DescribeNetworkInterfaces: PARTITIONS });
    // The first page lists the ENIs only of the partitions its bound EIPs are in (the estimate assumes all);
    // later pages list the others' ENIs as of the walk's window — each once.
    expect(bodies[0]!.extensions?.providerCalls?.estimated).toBe(2 * PARTITIONS);
    // A partition whose ENIs were not listed yet in the walk's window is estimated (and listed) then.
    const later = bodies.slice(1).map((body) => body.extensions!.providerCalls!);
    for (const calls of later) expect(calls.actual).toBeLessThanOrEqual(calls.estimated!);
    expect(later.reduce((sum, calls) => sum + calls.actual, 0) + bodies[0]!.extensions!.providerCalls!.actual).toBe(2 * PARTITIONS);
  });
  describe('relationship lists of the partitions a walk has left', () => {
    const walkQuery = /* GraphQL */ `
      query WalkEnis($after: String) {
        networkInterfaces(first: 2, after: $after, filter: { providers: [ALIBABA] }) {
          partitions { account region itemCount }
          pageInfo { hasNextPage endCursor }
          edges { node { account region elasticIps { id } } }
        }
      }
    `;
    // The same page as a dashboard asks for it: no cursor argument.
    const dashboardQuery = walkQuery.replace('query WalkEnis($after: String)', 'query DashboardEnis').replace(', after: $after', '');
    interface EniPage {
      partitions: { account: string; region: string; itemCount: number }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { account: string; region: string } }[];
    }
    const pageOf = async (query: string, after: string | null) => {
      const { body } = await fleet.query(query, after === null ? {} : { after });
      expect(body.errors).toBeUndefined();
      return (body.data as { networkInterfaces: EniPage }).networkInterfaces;
    };
    const withEnis = (page: EniPage) => page.partitions.filter((p) => p.itemCount > 0).map((p) => `${p.account}/${p.region}`).sort();
    const walkToEnd = async (from: EniPage) => {
      let current = from;
      while (current.pageInfo.hasNextPage) current = await pageOf(walkQuery, current.pageInfo.endCursor);
    };

    it("a walk's first page (its document pages with `after: $after`) lists them for every partition with items; the whole walk lists each once", async () => {
      const first = await pageOf(walkQuery, null);
      const onFirst = new Set(first.edges.map((e) => `${e.node.account}/${e.node.region}`));
      expect(withEnis(first).length).toBeGreaterThan(onFirst.size);
      expect(Object.keys(await eipCalls()).sort()).toEqual(withEnis(first));
      await walkToEnd(first);
      const calls = await eipCalls();
      expect(Object.keys(calls).sort()).toEqual(withEnis(first));
      expect(Object.values(calls).every((n) => n === 1)).toBe(true);
    });

    it("a first page without a cursor argument (a dashboard's) lists only its own partitions'; a page asked with a cursor, those of every partition the walk has left", async () => {
      const first = await pageOf(dashboardQuery, null);
      const onFirst = new Set(first.edges.map((e) => `${e.node.account}/${e.node.region}`));
      expect(Object.keys(await eipCalls()).sort()).toEqual([...onFirst].sort());
      const second = await pageOf(walkQuery, first.pageInfo.endCursor);
      expect(Object.keys(await eipCalls()).sort()).toEqual(withEnis(first));
      await walkToEnd(second);
      const calls = await eipCalls();
      expect(Object.keys(calls).sort()).toEqual(withEnis(first));
      expect(Object.values(calls).every((n) => n === 1)).toBe(true);
    });
  });
});
