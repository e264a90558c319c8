/**
 * npm run bench — fleet-scale benchmark (not a test). One process: both emulators, netplane as
 * `npm start` composes it, and the clients below. It seeds 2 providers × 3 accounts × 4 regions
 * with 50,016 resources through the emulators' control API, then measures side by side:
 *   (a) netplane answering a dashboard query (ENIs, virtual IPs, EIPs, VIF peers with their
 *       relationships): one page of 500 per connection (cold and warm cache), and the full fleet
 *       paged through (first: 500 / after) on a cold cache;
 *   (b) the same data fetched by hand through the same provider adapters' list methods, with the
 *       same concurrency bounds (per partition, per provider) — the best a user could do by hand;
 *   (c) a naive resolver baseline: the page of 500 with every relationship looked up per item;
 *   (d) 50 dashboard viewers polling the page query every refresh interval, against one viewer.
 * Upstream call counts come from the emulators' /_emulator/calls counters.
 */
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import pino from 'pino';
import { createProviderAdapters, startNetplane } from '../src/app/compose';
import { KeyedLimiter } from '../src/cache/keyed-limiter';
import { demoProjectId } from '../src/config/demo';
import { parseConfig } from '../src/config/load';
import type { ProviderAdapter } from '../src/domain/adapter';
import type { Result } from '../src/domain/errors';
import type { ElasticIp, NetworkInterface, Partition, VifPeer, VirtualInterface, VirtualIp } from '../src/domain/resources';
import { carriesVirtualIp } from '../src/graphql/common/relations';

const PER_PARTITION = { enis: 1000, eips: 500, vips: 300, vifs: 20, peers: 264 }; // 2,084 × 24 = 50,016
const REFRESH_MS = 5_000;
const TTL_MS = Number(process.env.BENCH_TTL_MS ?? 5_000); // 5 s: the default
const VIEWERS = 50;
const INTERVALS = 6;
const FANOUT = { perPartition: 2, perProvider: 8 };

const ALIBABA = { accounts: ['bench-ali-1', 'bench-ali-2', 'bench-ali-3'], regions: ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen'] };
const HUAWEI = { accounts: ['bench-hw-1', 'bench-hw-2', 'bench-hw-3'], regions: ['cn-north-4', 'cn-east-3', 'cn-south-1', 'ap-southeast-1'] };

// ---------------------------------------------------------------- fleet

const ip = (base: string, i: number) => `${base}.${Math.floor((i + 10) / 250)}.${((i + 10) % 250) + 2}`;
const uuid = (p: number, kind: number, i: number) =>
  `${p.toString(16).padStart(8, '0')}-${kind.toString(16).padStart(4, '0')}-4000-8000-${i.toString(16).padStart(12, '0')}`;

function alibabaFixture(account: string, region: string) {
  const n = PER_PARTITION;
  return {
    account,
    region,
    vpcs: [{ id: 'vpc-bench', cidr: '10.0.0.0/16' }],
    vswitches: [{ id: 'vsw-bench', vpcId: 'vpc-bench', cidr: '10.0.0.0/18' }],
    networkInterfaces: Array.from({ length: n.enis }, (_, i) => ({
      id: `eni-bench${String(i).padStart(5, '0')}`, vSwitchId: 'vsw-bench', primaryIp: ip('10.0', i), name: `eni-${i}`,
    })),
    haVips: Array.from({ length: n.vips }, (_, i) => ({
      id: `havip-bench${String(i).padStart(5, '0')}`, vSwitchId: 'vsw-bench', ipAddress: ip('10.0', n.enis + i),
      status: 'InUse' as const, associatedInstanceType: 'NetworkInterface' as const, associatedInstances: [`eni-bench${String(i).padStart(5, '0')}`],
    })),
    eips: Array.from({ length: n.eips }, (_, i) => ({
      id: `eip-bench${String(i).padStart(5, '0')}`, ipAddress: ip('47.1', i),
      ...(i % 2 === 0 ? { status: 'InUse' as const, instanceId: `eni-bench${String(i).padStart(5, '0')}`, instanceType: 'NetworkInterface' as const } : {}),
    })),
    vbrs: Array.from({ length: n.vifs }, (_, i) => ({ id: `vbr-bench${i}`, name: `vbr-${i}` })),
    bgpGroups: Array.from({ length: n.vifs }, (_, i) => ({ id: `bgpg-bench${i}`, vbrId: `vbr-bench${i}`, peerAsn: 65000 + i })),
    bgpPeers: Array.from({ length: n.peers }, (_, i) => ({ id: `bgp-bench${String(i).padStart(5, '0')}`, groupId: `bgpg-bench${i % n.vifs}`, peerIpAddress: ip('10.200', i) })),
  };
}

function huaweiFixture(account: string, region: string, p: number) {
  const n = PER_PARTITION;
  const servers = 100;
  return {
    account,
    region,
    vpcs: [{ id: uuid(p, 1, 0), name: 'bench', cidr: '10.0.0.0/16' }],
    subnets: [{ id: uuid(p, 2, 0), vpc_id: uuid(p, 1, 0), name: 'bench', cidr: '10.0.0.0/18' }],
    servers: Array.from({ length: servers }, (_, i) => ({ id: uuid(p, 3, i), name: `srv-${i}` })),
    nics: Array.from({ length: n.enis }, (_, i) => ({ id: uuid(p, 4, i), server_id: uuid(p, 3, i % servers), subnet_id: uuid(p, 2, 0), ip_address: ip('10.0', i) })),
    vips: Array.from({ length: n.vips }, (_, i) => ({ id: uuid(p, 5, i), subnet_id: uuid(p, 2, 0), ip_address: ip('10.0', n.enis + i), bound_nic_ids: [uuid(p, 4, i)] })),
    publicips: Array.from({ length: n.eips }, (_, i) => ({
      id: uuid(p, 6, i), public_ip_address: ip('121.1', i), ...(i % 2 === 0 ? { port_id: uuid(p, 4, i) } : {}),
    })),
    direct_connects: [{ id: uuid(p, 7, 0), name: 'dc' }],
    virtual_interfaces: Array.from({ length: n.vifs }, (_, i) => ({ id: uuid(p, 8, i), name: `vif-${i}`, direct_connect_id: uuid(p, 7, 0), vlan: 100 + i })),
    vif_peers: Array.from({ length: n.peers }, (_, i) => ({
      id: uuid(p, 9, i), vif_id: uuid(p, 8, i % n.vifs), name: `peer-${i}`, address_family: 'ipv4' as const,
      local_gateway_ip: `10.201.${i % 250}.1/30`, remote_gateway_ip: `10.201.${i % 250}.2/30`,
    })),
  };
}

function benchConfig() {
  return parseConfig(
    {
      gateway: { host: '127.0.0.1', port: 0 },
      emulators: { host: '127.0.0.1', alibabaPort: 0, huaweiPort: 0, fixture: 'empty' },
      fanout: FANOUT,
      cache: { ttlMs: TTL_MS },
      cost: { maxProviderCalls: 100_000 },
      accounts: [
        ...ALIBABA.accounts.map((account) => ({
          provider: 'ALIBABA', account, regions: ALIBABA.regions, endpoint: 'emulator',
          credentials: { accessKeyId: `LTAI5tBENCH${account}`, accessKeySecret: `bench-secret-${account}` },
        })),
        ...HUAWEI.accounts.map((account) => ({
          provider: 'HUAWEI', account, endpoint: 'emulator',
          regions: HUAWEI.regions.map((region) => ({ region, projectId: demoProjectId(account, region) })),
          credentials: { ak: `HWBENCH${account.replace(/-/g, '')}`, sk: `hw-bench-sk-${account}` },
        })),
      ],
    },
    'bench configuration',
    {},
  );
}

// ---------------------------------------------------------------- measuring

interface Row {
  name: string;
  requests: number;
  upstream: number;
  latencies: number[];
  seconds: number;
  peakRssMb: number;
  note?: string;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
};

function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024);
  };
}

async function main() {
  const t0 = performance.now();
  const config = benchConfig();
  const netplane = await startNetplane(config, { logger: pino({ level: 'silent' }) });
  const emulatorUrls = [netplane.emulators.alibaba!.url, netplane.emulators.huawei!.url];
  const upstreamTotal = async () => {
    let total = 0;
    for (const url of emulatorUrls) total += ((await (await fetch(`${url}/_emulator/calls?operation=-`)).json()) as { total: number }).total;
    return total;
  };
  const control = (url: string, path: string, body: unknown) =>
    fetch(`${url}/_emulator/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => {
      if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      return r.json();
    });

  // Seed: one fixture per partition, all at once.
  const seeds: Promise<unknown>[] = [];
  let p = 0;
  for (const account of ALIBABA.accounts) for (const region of ALIBABA.regions) seeds.push(control(emulatorUrls[0]!, 'seed', alibabaFixture(account, region)));
  for (const account of HUAWEI.accounts) for (const region of HUAWEI.regions) seeds.push(control(emulatorUrls[1]!, 'seed', huaweiFixture(account, region, ++p)));
  await Promise.all(seeds);
  const partitions = 24;
  const resources = partitions * Object.values(PER_PARTITION).reduce((a, b) => a + b, 0);
  const seededIn = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`seeded ${resources} resources in ${partitions} partitions (${seededIn}s)`);

  const invalidateAll = () => {
    for (const adapter of netplane.adapters) for (const part of adapter.partitions()) adapter.invalidate(part);
  };
  const post = (query: string, variables: Record<string, unknown>) =>
    fetch(netplane.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    // A poll every 5 s races Node's 5 s keep-alive timeout: a reused socket may be closed under us
    // before the request was read; a query is safe to send again.
    const response = await post(query, variables).catch(() => post(query, variables));
    const body = (await response.json()) as { data?: Record<string, Connection>; errors?: unknown[]; extensions?: unknown };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return body;
  };
  interface Connection {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: unknown[];
  }
  const SELECTIONS: Record<string, string> = {
    networkInterfaces: 'id status primaryIp privateIps { address } virtualIps { id address } elasticIps { id address }',
    virtualIps: 'id address status networkInterfaces { id }',
    elasticIps: 'id address status boundTo { kind targetId networkInterface { id primaryIp } virtualIp { id } }',
    vifPeers: 'id status remoteGatewayIp virtualInterface { id name }',
  };
  const connection = (field: string, args: string) =>
    `${field}(${args}) { totalCount partitions { ok } pageInfo { hasNextPage endCursor } edges { node { ${SELECTIONS[field]} } } }`;
  const PAGE_QUERY = `query DashboardPage { ${Object.keys(SELECTIONS).map((f) => connection(f, 'first: 500')).join(' ')} }`;

  const rows: Row[] = [];
  const progress = (what: string) => console.error(`  … ${what} (${((performance.now() - t0) / 1000).toFixed(0)}s)`);
  const measure = async (name: string, iterations: number, before: () => void, run: () => Promise<number>, note?: string) => {
    const latencies: number[] = [];
    let requests = 0;
    let upstream = 0;
    const peak = rssSampler();
    let seconds = 0;
    for (let i = 0; i < iterations; i++) {
      before();
      const u0 = await upstreamTotal();
      const start = performance.now();
      requests += await run();
      const elapsed = performance.now() - start;
      seconds += elapsed / 1000;
      latencies.push(elapsed);
      upstream += (await upstreamTotal()) - u0;
    }
    rows.push({ name, requests, upstream: upstream / iterations, latencies, seconds, peakRssMb: peak(), note });
    progress(name);
  };

  // (a) netplane
  const fullFleet = async (): Promise<number> => {
    let requests = 0;
    await Promise.all(
      Object.keys(SELECTIONS).map(async (field) => {
        let after: string | null = null;
        for (;;) {
          const body = await gql(`query ($after: String) { ${connection(field, 'first: 500, after: $after')} }`, { after });
          requests++;
          const page = body.data![field]!;
          if (!page.pageInfo.hasNextPage) return;
          after = page.pageInfo.endCursor;
        }
      }),
    );
    return requests;
  };
  await gql(PAGE_QUERY); // warm up the JIT and connections (not measured)
  progress('warm-up');
  if (process.env.BENCH_ONLY === 'profile') {
    for (let i = 0; i < 3; i++) await fullFleet();
    await netplane.close();
    return;
  }
  await measure('netplane: dashboard page (first 500 ×4), cold cache', 5, invalidateAll, async () => (await gql(PAGE_QUERY), 1));
  await measure('netplane: dashboard page (first 500 ×4), warm cache', 20, () => undefined, async () => (await gql(PAGE_QUERY), 1));
  await measure('netplane: full fleet paged (first 500), cold cache', 5, invalidateAll, fullFleet, 'wall time to fetch every page of all four connections');

  // (b) by hand, through the same adapters' list methods, same bounds
  const handAdapters = createProviderAdapters(config, netplane.emulators);
  const limiter = new KeyedLimiter(FANOUT);
  const all = handAdapters.flatMap((a) => a.partitions().map((part) => ({ adapter: a, part })));
  const must = <T>(r: Result<T>): T => {
    if (!r.ok) throw new Error(`${r.error.provider} ${r.error.operation}: ${r.error.code}`);
    return r.value;
  };
  const byHand = async (): Promise<number> => {
    const key = (part: Partition) => `${part.account}/${part.region}`;
    const lists = await Promise.all(
      all.map(async ({ adapter, part }) => {
        const run = <T>(call: (a: ProviderAdapter) => Promise<Result<T>>) => limiter.run(adapter.provider, key(part), () => call(adapter)).then(must);
        const [enis, vips, eips, peers, vifs] = await Promise.all([
          run((a) => a.listNetworkInterfaces(part, {})),
          run((a) => a.listVirtualIps(part, {})),
          run((a) => a.listElasticIps(part, {})),
          run((a) => a.listVifPeers(part, {})),
          run((a) => a.listVirtualInterfaces(part, {})),
        ]);
        return { enis, vips, eips, peers, vifs };
      }),
    );
    // The same joins netplane answers: per partition, by id / address.
    let joined = 0;
    for (const l of lists) {
      const eniById = new Map<string, NetworkInterface>(l.enis.map((e) => [e.nativeId, e]));
      const vifById = new Map<string, VirtualInterface>(l.vifs.map((v) => [v.nativeId, v]));
      const eipsByTarget = new Map<string, ElasticIp[]>();
      for (const eip of l.eips) if (eip.boundTo) eipsByTarget.set(eip.boundTo.targetId, [...(eipsByTarget.get(eip.boundTo.targetId) ?? []), eip]);
      for (const eni of l.enis) joined += (eipsByTarget.get(eni.nativeId)?.length ?? 0) + l.vips.filter((v: VirtualIp) => carriesVirtualIp(eni, v)).length;
      for (const eip of l.eips) joined += eip.boundTo && eniById.has(eip.boundTo.targetId) ? 1 : 0;
      for (const peer of l.peers as VifPeer[]) joined += vifById.has(peer.virtualInterfaceId) ? 1 : 0;
    }
    if (joined === 0) throw new Error('nothing joined');
    return 1;
  };
  await measure('by hand: adapters list methods, full fleet', 5, () => undefined, byHand, 'same clients and fan-out bounds; joins in memory');

  // (c) naive resolvers: the page of 500, every relationship looked up per item (no batching, no cache)
  const adapterFor = (part: Partition) => handAdapters.find((a) => a.provider === part.provider)!;
  const naive = async (): Promise<number> => {
    const roots = await Promise.all(
      all.map(({ adapter, part }) =>
        Promise.all([
          limiter.run(adapter.provider, part.account + part.region, () => adapter.listNetworkInterfaces(part, {})).then(must),
          limiter.run(adapter.provider, part.account + part.region, () => adapter.listVirtualIps(part, {})).then(must),
          limiter.run(adapter.provider, part.account + part.region, () => adapter.listElasticIps(part, {})).then(must),
          limiter.run(adapter.provider, part.account + part.region, () => adapter.listVifPeers(part, {})).then(must),
        ]),
      ),
    );
    const order = <T extends { provider: string; account: string; region: string; nativeId: string }>(items: T[]) =>
      items.sort((a, b) => (`${a.provider}\0${a.account}\0${a.region}\0${a.nativeId}` < `${b.provider}\0${b.account}\0${b.region}\0${b.nativeId}` ? -1 : 1)).slice(0, 500);
    const enis = order(roots.flatMap((r) => r[0]));
    const vips = order(roots.flatMap((r) => r[1]));
    const eips = order(roots.flatMap((r) => r[2]));
    const peers = order(roots.flatMap((r) => r[3]));
    const one = <T>(part: Partition, call: (a: ProviderAdapter) => Promise<Result<T>>) =>
      limiter.run(part.provider, part.account + part.region, () => call(adapterFor(part))).then(must);
    await Promise.all([
      ...enis.flatMap((eni) => [
        one(eni, (a) => a.listElasticIps(eni, { boundToId: eni.nativeId })),
        one(eni, (a) => a.listVirtualIps(eni, { subnetId: eni.subnetId ?? undefined })),
      ]),
      ...vips.map((vip) => one(vip, (a) => a.listNetworkInterfaces(vip, { ids: vip.boundInterfaceIds }))),
      ...eips.filter((e) => e.boundTo).map((eip) => one(eip, (a) => a.listNetworkInterfaces(eip, { ids: [eip.boundTo!.targetId] }))),
      ...peers.map((peer) => one(peer, (a) => a.listVirtualInterfaces(peer, { ids: [peer.virtualInterfaceId] }))),
    ]);
    return 1;
  };
  await measure('naive resolvers: dashboard page (500 ×4), per-item lookups', 1, () => undefined, naive, 'N+1: one lookup per item per relationship');

  // (d) viewers polling the page query every REFRESH_MS for INTERVALS intervals. Upstream calls are
  // read at every boundary of the cache's clock-aligned TTL windows; the table shows the busiest window.
  const viewers = async (count: number, name: string) => {
    invalidateAll();
    const u0 = await upstreamTotal();
    const latencies: number[] = [];
    const peak = rssSampler();
    const start = performance.now();
    const startedAt = Date.now();
    let lastRequestEnd = Date.now();
    const endWindowAt = () => lastRequestEnd;
    const boundaries: number[] = [];
    let sampling = true;
    const sampleWindows = (async () => {
      while (sampling) {
        await new Promise((r) => setTimeout(r, TTL_MS - (Date.now() % TTL_MS) + 1));
        boundaries.push(await upstreamTotal());
      }
    })();
    await Promise.all(
      Array.from({ length: count }, async (_, v) => {
        // Viewers open the dashboard at different moments of the first interval.
        await new Promise((r) => setTimeout(r, count === 1 ? 0 : (v / count) * REFRESH_MS));
        for (let i = 0; i < INTERVALS; i++) {
          const t = performance.now();
          await gql(PAGE_QUERY);
          const elapsed = performance.now() - t;
          latencies.push(elapsed);
          lastRequestEnd = Math.max(lastRequestEnd, Date.now());
          if (i < INTERVALS - 1) await new Promise((r) => setTimeout(r, Math.max(0, REFRESH_MS - elapsed)));
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    sampling = false;
    await sampleWindows;
    const end = await upstreamTotal();
    const upstream = end - u0;
    const marks = [u0, ...boundaries, end];
    const perWindow = marks.slice(1).map((m, i) => m - marks[i]!).filter((n) => n > 0);
    // Calls per refresh window: all calls over the cache windows the run touched (a fetch whose
    // pages straddle a boundary is counted where its calls landed, so single windows are noisy).
    // Steady state: the windows between the first and the last (both partial), where every
    // viewer is polling; single windows stay noisy (a fetch whose pages straddle a boundary counts where its calls land).
    const windows = Math.floor(endWindowAt() / TTL_MS) - Math.floor(startedAt / TTL_MS) + 1;
    const steady = perWindow.slice(1, -1);
    const perRefresh = steady.length > 0 ? steady.reduce((a, b) => a + b, 0) / steady.length : upstream / windows;
    rows.push({
      name, requests: latencies.length, upstream, latencies, seconds, peakRssMb: peak(),
      note: `${upstream} upstream calls over ${windows} cache windows of ${TTL_MS / 1000}s (by window: ${perWindow.join(', ')}); steady state ${perRefresh.toFixed(0)} per refresh window`,
    });
    return perRefresh;
  };
  const oneViewer = await viewers(1, `1 viewer polling every ${REFRESH_MS / 1000}s × ${INTERVALS}`);
  const manyViewers = await viewers(VIEWERS, `${VIEWERS} viewers polling every ${REFRESH_MS / 1000}s × ${INTERVALS}`);

  // ---------------------------------------------------------------- report
  const ms = (v: number) => `${v.toFixed(0)}`;
  const header = ['scenario', 'requests', 'upstream calls/run¹', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'peak RSS MB'];
  const table = rows.map((r) => [
    r.name,
    String(r.requests),
    r.upstream.toFixed(0),
    ms(percentile(r.latencies, 50)),
    ms(percentile(r.latencies, 95)),
    ms(percentile(r.latencies, 99)),
    (r.requests / r.seconds).toFixed(1),
    String(r.peakRssMb),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`);
  console.log(`fleet: ${resources} resources, ${partitions} partitions; fan-out ${FANOUT.perPartition}/partition, ${FANOUT.perProvider}/provider; cache TTL ${TTL_MS} ms\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of table) console.log(line(row));
  console.log('¹ per measured run (per iteration); the viewer rows: in all');
  for (const r of rows) if (r.note) console.log(`  ${r.name}: ${r.note}`);

  const get = (prefix: string) => rows.find((r) => r.name.startsWith(prefix))!;
  const full = get('netplane: full fleet');
  const cold = get('netplane: dashboard page (first 500 ×4), cold');
  const hand = get('by hand');
  const naiveRow = get('naive');
  const p50 = (r: Row) => percentile(r.latencies, 50);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('\nratios');
  console.log(`  provider calls, netplane full fleet / by hand:         ${(full.upstream / hand.upstream).toFixed(2)} (${full.upstream} vs ${hand.upstream}) — target ≤ 1: ${verdict(full.upstream <= hand.upstream)}`);
  console.log(`  provider calls, netplane page / by hand:               ${(cold.upstream / hand.upstream).toFixed(2)} (${cold.upstream} vs ${hand.upstream})`);
  console.log(`  latency p50, netplane full fleet / by hand:            ${(p50(full) / p50(hand)).toFixed(2)} (+${((p50(full) / p50(hand) - 1) * 100).toFixed(0)}%) — target ≤ 1.15: ${verdict(p50(full) <= 1.15 * p50(hand))}`);
  console.log(`  latency p50, netplane page (cold) / by hand:           ${(p50(cold) / p50(hand)).toFixed(2)}`);
  console.log(`  provider calls, naive page / netplane page:            ${(naiveRow.upstream / cold.upstream).toFixed(1)} (${naiveRow.upstream} vs ${cold.upstream})`);
  console.log(`  provider calls per refresh window, ${VIEWERS} viewers / 1 viewer:  ${(manyViewers / oneViewer).toFixed(2)} (${manyViewers.toFixed(0)} vs ${oneViewer.toFixed(0)}) — target ≤ 1: ${verdict(manyViewers <= oneViewer)}`);
  console.log(`\ntotal bench time ${((performance.now() - t0) / 1000).toFixed(0)}s`);

  await Promise.all(handAdapters.map((a) => a.close()));
  await netplane.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
