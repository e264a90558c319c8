/**
 * Where the wall time of the benchmark's cold scenarios goes (issue 11 targets 2 and 3), under the
 * same provider model and processes as `npm run bench`: the emulators in their own processes
 * (./emulator-process.ts, whose `timeline` command lists each call's start and modelled latency),
 * netplane in its own (./gateway-process.ts, in-memory store), this process the clients and the
 * hand-written script (./by-hand.ts).
 *
 *   npx tsx scripts/bench/timeline.ts                       # walk, cold page and script, 2 runs
 *   TIMELINE_RUNS=3 TIMELINE_SCENARIOS=walk,hand npx tsx scripts/bench/timeline.ts
 *
 * Per scenario and run: the wall time; the CPU time of each process; per provider operation the
 * calls, their summed modelled latency (equal for equal calls in each scenario of a run), their
 * first start and last end; per provider the summed modelled latency, when its last
 * call ended (its drain) and the calls in their latency per 100 ms (the fan-out bound is 8 per
 * provider: fewer means a slot held by processing, not by the provider); for the walk, each
 * connection's pages (the first page's time, then each next one's) and how long the walk ran
 * past the providers' last call.
 */
import { performance } from 'node:perf_hooks';
import { handScript } from './by-hand';
import { startChild } from './child';
import { walkFleet, walkPageQuery, pageQuery } from './dashboard';
import type { TimedCall } from './emulator-process';
import { fleetFixtures } from './fleet';
import { closeClient, post } from './http-client';
import { setModels } from './provider-model';

const TTL_MS = 5_000;
const RUNS = Number(process.env.TIMELINE_RUNS ?? 2);
const SCENARIOS = (process.env.TIMELINE_SCENARIOS ?? 'walk,cold,hand').split(',');
const SLOTS_PER_PROVIDER = 8;

/** One page of the walk: its connection, and when it was sent and answered (wall-clock ms). */
interface PageTiming {
  field: string;
  start: number;
  end: number;
}

const cpuMs = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => Math.round((b.user - a.user + b.system - a.system) / 1000);
const endOf = (call: TimedCall) => call.at + (call.latencyMs ?? 0);

function describeCalls(calls: TimedCall[], t0: number): string[] {
  const lines: string[] = [];
  const byOperation = new Map<string, TimedCall[]>();
  for (const call of calls) byOperation.set(call.operation, [...(byOperation.get(call.operation) ?? []), call]);
  for (const [operation, of] of byOperation) {
    const latency = of.reduce((sum, c) => sum + (c.latencyMs ?? 0), 0);
    lines.push(`   ${operation.padEnd(28)} ${String(of.length).padStart(3)} calls${of.some((c) => c.throttled) ? ` (${of.filter((c) => c.throttled).length} throttled)` : ''}, Σ latency ${latency}, first start ${of[0]!.at - t0}, last end ${Math.max(...of.map(endOf)) - t0}`);
  }
  for (const provider of ['bench-ali', 'bench-hw']) {
    const of = calls.filter((c) => c.partition.startsWith(provider));
    if (of.length === 0) continue;
    const drain = Math.max(...of.map(endOf)) - t0;
    const latency = of.reduce((sum, c) => sum + (c.latencyMs ?? 0), 0);
    const inLatency: number[] = [];
    for (let from = 0; from < drain; from += 100) {
      let sampled = 0;
      for (let at = from; at < from + 100; at += 5) sampled += of.filter((c) => c.at - t0 <= at && at < endOf(c) - t0).length;
      inLatency.push(Math.round(sampled / 20));
    }
    lines.push(`   ${provider}: Σ latency ${latency} ms (÷ ${SLOTS_PER_PROVIDER} slots: ${Math.round(latency / SLOTS_PER_PROVIDER)}), last call ends ${drain}; calls in their latency per 100 ms: ${inLatency.join(' ')}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const [ali, hw] = await Promise.all([startChild<{ url: string }>('emulator-process.ts', ['alibaba']), startChild<{ url: string }>('emulator-process.ts', ['huawei'])]);
  const endpoints = { alibaba: ali.ready.url, huawei: hw.ready.url };
  await Promise.all(fleetFixtures().map(({ provider, fixture }) => (provider === 'alibaba' ? ali : hw).child.request('seed', fixture)));
  const setModel = (round: number) => setModels({ alibaba: ali.child, huawei: hw.child }, round);
  await setModel(0);
  const gw = await startChild<{ url: string }>('gateway-process.ts', [JSON.stringify({ ttlMs: TTL_MS, endpoints })]);
  const script = handScript({ ttlMs: TTL_MS, endpoints });
  try {
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const answer = await post(gw.ready.url, JSON.stringify({ query, variables }), { 'accept-encoding': 'gzip, br' });
      const body = JSON.parse(answer.body) as { data?: Record<string, { pageInfo: { hasNextPage: boolean; endCursor: string | null } }>; errors?: unknown[] };
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
      return body;
    };
    const cpu = async () => ({
      gateway: (await gw.child.request<{ cpu: NodeJS.CpuUsage }>('stats')).cpu,
      alibaba: await ali.child.request<NodeJS.CpuUsage>('cpu'),
      huawei: await hw.child.request<NodeJS.CpuUsage>('cpu'),
      client: process.cpuUsage(),
    });
    // Each scenario of a run under the model set again with the run's seed: the same calls draw the
    // same latencies in each (./provider-model.ts), so their figures differ by what the systems do.
    const scenario = async (name: string, round: number, run: () => Promise<PageTiming[]>) => {
      await gw.child.request('invalidate');
      await setModel(round);
      const c0 = await cpu();
      const t0 = Date.now();
      const p0 = performance.now();
      const pages = await run();
      const wall = performance.now() - p0;
      const c1 = await cpu();
      const calls = [...(await ali.child.request<TimedCall[]>('timeline', t0)), ...(await hw.child.request<TimedCall[]>('timeline', t0))].sort((a, b) => a.at - b.at);
      console.log(`-- ${name}: ${Math.round(wall)} ms, ${calls.length} provider calls; CPU ms: gateway ${cpuMs(c0.gateway, c1.gateway)}, alibaba ${cpuMs(c0.alibaba, c1.alibaba)}, huawei ${cpuMs(c0.huawei, c1.huawei)}, client ${cpuMs(c0.client, c1.client)}`);
      for (const line of describeCalls(calls, t0)) console.log(line);
      if (pages.length === 0) return;
      for (const field of [...new Set(pages.map((p) => p.field))]) {
        const of = pages.filter((p) => p.field === field);
        console.log(`   ${field.padEnd(18)} ${String(of.length).padStart(2)} pages, last ends ${Math.round(of[of.length - 1]!.end - t0)}; ms per page: ${of.map((p) => Math.round(p.end - p.start)).join(' ')}`);
      }
      const drain = Math.max(...calls.map(endOf)) - t0;
      console.log(`   the walk ends ${Math.round(wall - drain)} ms after the providers' last call`);
    };
    await gql(pageQuery()); // warm-up (not reported)
    for (let run = 1; run <= RUNS; run++) {
      if (SCENARIOS.includes('walk')) {
        await scenario(`walk, run ${run}`, run, async () => {
          const pages: PageTiming[] = [];
          await walkFleet(async (field, after) => {
            const start = Date.now();
            const body = await gql(walkPageQuery(field), { after });
            pages.push({ field, start, end: Date.now() });
            return body.data![field]!.pageInfo;
          });
          return pages;
        });
      }
      if (SCENARIOS.includes('cold')) await scenario(`cold dashboard page, run ${run}`, run, async () => (await gql(pageQuery()), []));
      if (SCENARIOS.includes('hand')) await scenario(`script, run ${run}`, run, async () => (await script.run(), []));
    }
  } finally {
    closeClient();
    await script.close();
    await Promise.all([gw.child.close(), ali.child.close(), hw.child.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
