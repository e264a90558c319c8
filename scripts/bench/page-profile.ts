/**
 * In-process measurement of big-page execution (issue 11 §3, targets 5 and 2), for iterating on
 * execution cost without the whole `npm run bench`: netplane composed as `npm start` composes it
 * (src/app/compose.ts) with the bench configuration, its embedded emulators seeded with the bench
 * fleet (./fleet.ts), no provider model (latency 0), a cache window long enough to stay warm.
 *
 *   npx tsx scripts/bench/page-profile.ts                 # dashboard page and a 500-node page walk
 *   PAGE_RUNS=20 WALK_RUNS=2 npx tsx scripts/bench/page-profile.ts
 *   PAGE_WARM=5 npx tsx scripts/bench/page-profile.ts    # measures while V8 still optimizes the page's code
 *   PAGE_PROFILE=/tmp/page.cpuprofile npx tsx scripts/bench/page-profile.ts   # profiles the measured runs
 *
 * Measured: process CPU per executed dashboard page (a distinct operation name each run, so it is
 * parsed, validated and executed; the client here reads the body as bytes only, so nearly all of it
 * is the gateway's) and its split between the main thread and the others, what the V8 heap did per
 * page (allocated bytes, scavenges, what they promoted, full collections, pauses: figures a busy
 * machine does not move), JSON.stringify of the same response (best of 7), their ratio, and the
 * same JSON written by a writer compiled from the document over the answer's data alone
 * (./answer-writer.ts: what an executor writing the answer as it resolves would still do); then CPU
 * and wall time per page of a walk of all four connections with `first: 500` and cursors, and per connection.
 * Runs in production mode, as the bench's gateway does; CPU includes this process's client (the
 * walk's JSON.parse of each page).
 */
// As the bench's gateway runs (./gateway-process.ts, src/main.ts): production mode unless NODE_ENV
// says otherwise (graphql-js's development-only checks are several per cent of a page's CPU).
import '../../src/app/production-mode';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { parse } from 'graphql';
import pino from 'pino';
import { startNetplane } from '../../src/app/compose';
import { benchConfig, fleetFixtures, RESOURCES } from './fleet';
import { closeClient, post } from './http-client';
import { startCpuProfile } from './cpu-profile';
import { threadCpu, threadCpuSpent } from './thread-cpu';
import { connection, pageQuery, SELECTIONS } from './dashboard';
import { compileAnswerWriter } from './answer-writer';

const PAGE_RUNS = Number(process.env.PAGE_RUNS ?? 15);
/**
 * Pages executed before the measured ones. Beyond the cache, they let V8's optimizing compiler
 * finish the page's code: through the first pages it compiles graphql-jit's generated functions
 * (tens of ms each) on its background threads, which process CPU time counts as the page's.
 */
const PAGE_WARM = Number(process.env.PAGE_WARM ?? 100);
const WALK_RUNS = Number(process.env.WALK_RUNS ?? 1);
const PROFILE = process.env.PAGE_PROFILE;
const WARM_MS = 300_000; // the largest window the configuration allows


const cpuMs = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user - a.user + b.system - a.system) / 1000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const netplane = await startNetplane(benchConfig({ ttlMs: WARM_MS }), { logger: pino({ level: 'silent' }) });
  try {
    for (const { provider, fixture } of fleetFixtures()) netplane.emulators[provider]!.core.seed(fixture);
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const answer = await post(netplane.gatewayUrl, JSON.stringify({ query, variables }));
      if (answer.status !== 200 || answer.body.includes('"errors"')) throw new Error(`${answer.status}: ${answer.body.slice(0, 500)}`);
      return answer.body;
    };
    let run = 0;
    // Warm the cache and the JIT (not measured).
    for (let i = 0; i < PAGE_WARM; i++) await gql(pageQuery(`Warm${run++}`));

    const stopProfile = await startCpuProfile(PROFILE, 200);

    const pageCpu: number[] = [];
    const pageWall: number[] = [];
    let body = '';
    const heap = new HeapActivity();
    const threadsBefore = threadCpu();
    for (let i = 0; i < PAGE_RUNS; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      body = await gql(pageQuery(`DashboardPageRun${run++}`));
      pageWall.push(performance.now() - t0);
      pageCpu.push(cpuMs(c0, process.cpuUsage()));
    }
    const pagesHeap = heap.stop();
    const threads = threadCpuSpent(threadsBefore, threadCpu());
    const parsed: unknown = JSON.parse(body);
    const stringify: number[] = [];
    for (let i = 0; i < 7; i++) {
      const s = performance.now();
      JSON.stringify(parsed);
      stringify.push(performance.now() - s);
    }
    // The lower bound of an executor that writes the answer: the same JSON written from the data alone.
    const writer = compileAnswerWriter(parse(pageQuery('Written')));
    const pageData = (parsed as { data: unknown }).data;
    if (writer(pageData) !== JSON.stringify({ data: pageData })) throw new Error('the compiled writer wrote another answer');
    const written: number[] = [];
    for (let i = 0; i < 57; i++) {
      const s = performance.now();
      writer(pageData);
      if (i >= 50) written.push(performance.now() - s);
    }

    const walkCpu: number[] = [];
    const walkWall: number[] = [];
    const fieldCpu: Record<string, number[]> = {};
    let pages = 0;
    for (let w = 0; w < WALK_RUNS; w++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      pages = 0;
      const name = `Walk${run++}`;
      for (const field of Object.keys(SELECTIONS)) {
        let after: string | null = null;
        const f0 = process.cpuUsage();
        let fieldPages = 0;
        for (;; fieldPages++) {
          const text = await gql(`query ${name}($after: String) { ${connection(field, 'first: 500, after: $after')} }`, { after });
          pages++;
          const page = (JSON.parse(text) as { data: Record<string, { pageInfo: { hasNextPage: boolean; endCursor: string | null } }> }).data[field]!;
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        (fieldCpu[field] ??= []).push(cpuMs(f0, process.cpuUsage()) / (fieldPages + 1));
      }
      walkCpu.push(cpuMs(c0, process.cpuUsage()) / pages);
      walkWall.push((performance.now() - t0) / pages);
    }

    await stopProfile();

    const best = Math.min(...stringify);
    let fields = 0;
    const count = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(count);
      else if (value !== null && typeof value === 'object') {
        for (const inner of Object.values(value)) {
          fields++;
          count(inner);
        }
      }
    };
    count((parsed as { data: unknown }).data);
    console.log(`fleet ${RESOURCES} resources; page ${(body.length / 2 ** 20).toFixed(2)} MiB of JSON, ${fields} field values`);
    console.log(`dashboard page executed (${PAGE_RUNS} runs): CPU median ${median(pageCpu).toFixed(1)} ms (min ${Math.min(...pageCpu).toFixed(1)}), wall median ${median(pageWall).toFixed(1)} ms`);
    if (threads) console.log(`CPU per page by thread (mean): main ${(threads.mainMs / PAGE_RUNS).toFixed(1)} ms, others (V8's compilers and GC helpers) ${(threads.otherMs / PAGE_RUNS).toFixed(1)} ms`);
    console.log(
      `heap per page (client included): ${(pagesHeap.allocatedBytes / PAGE_RUNS / 2 ** 20).toFixed(1)} MiB allocated, ${(pagesHeap.scavenges / PAGE_RUNS).toFixed(1)} scavenges ` +
        `(${(pagesHeap.promotedBytes / PAGE_RUNS / 2 ** 20).toFixed(1)} MiB promoted), ${(pagesHeap.fullGcs / PAGE_RUNS).toFixed(2)} full GCs; GC pauses ${(pagesHeap.pauseMs / PAGE_RUNS).toFixed(1)} ms`,
    );
    console.log(`JSON.stringify of the response: best ${best.toFixed(2)} ms → ratio ${(median(pageCpu) / best).toFixed(1)}×`);
    console.log(`the same JSON written from the answer's data by a writer compiled from the document (./answer-writer.ts): best ${Math.min(...written).toFixed(2)} ms, ${(Math.min(...written) / best).toFixed(2)}× JSON.stringify`);
    if (WALK_RUNS > 0) {
      console.log(`500-node page walk (${pages} pages × ${WALK_RUNS}): CPU per page median ${median(walkCpu).toFixed(1)} ms, wall per page ${median(walkWall).toFixed(1)} ms`);
      console.log(`  CPU per page by connection: ${Object.entries(fieldCpu).map(([field, cpu]) => `${field} ${median(cpu).toFixed(1)} ms`).join(', ')}`);
    }
  } finally {
    closeClient();
    await netplane.close();
  }
}

/**
 * What the V8 heap did over a span of this process (v8.GCProfiler): bytes allocated (the heap's
 * growth between collections, summed), scavenges, what they promoted, full collections and the
 * pauses. Unlike CPU time, these do not move with the load of a shared machine.
 */
class HeapActivity {
  private readonly profiler = new v8.GCProfiler();
  private readonly usedAtStart = v8.getHeapStatistics().used_heap_size;

  constructor() {
    this.profiler.start();
  }

  stop(): { allocatedBytes: number; scavenges: number; promotedBytes: number; fullGcs: number; pauseMs: number } {
    const { statistics } = this.profiler.stop();
    const activity = { allocatedBytes: 0, scavenges: 0, promotedBytes: 0, fullGcs: 0, pauseMs: 0 };
    let previous = this.usedAtStart;
    for (const gc of statistics) {
      activity.allocatedBytes += Math.max(0, gc.beforeGC.heapStatistics.usedHeapSize - previous);
      previous = gc.afterGC.heapStatistics.usedHeapSize;
      activity.pauseMs += gc.cost / 1000;
      if (gc.gcType === 'Scavenge') {
        activity.scavenges++;
        const oldBefore = gc.beforeGC.heapSpaceStatistics.find((space) => space.spaceName === 'old_space')?.spaceUsedSize ?? 0;
        const oldAfter = gc.afterGC.heapSpaceStatistics.find((space) => space.spaceName === 'old_space')?.spaceUsedSize ?? 0;
        activity.promotedBytes += Math.max(0, oldAfter - oldBefore);
      } else if (gc.gcType === 'MarkSweepCompact') activity.fullGcs++;
    }
    activity.allocatedBytes += Math.max(0, v8.getHeapStatistics().used_heap_size - previous);
    return activity;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
