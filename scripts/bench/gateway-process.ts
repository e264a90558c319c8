/**
 * netplane in its own process, composed as `npm start` composes it (src/app/compose.ts), its
 * accounts pointing at the emulator processes: `tsx scripts/bench/gateway-process.ts <json>` with
 * `{ ttlMs, endpoints, dataDir? }`. Commands: `invalidate` (every partition's cached lists, as a mutation
 * would), `stats` (CPU time, RSS and the peak RSS since the last `resetPeak`), `threads` (CPU time by thread), `heap` (V8's heap and
 * the list cache's entries and estimated bytes, after a forced GC when asked).
 * Run with BENCH_PROFILE=1 the benchmark starts it under `node --cpu-prof`.
 */
// As `npm start` runs it (src/main.ts): production mode unless NODE_ENV says otherwise.
import '../../src/app/production-mode';
import v8 from 'node:v8';
import pino from 'pino';
import { startNetplane } from '../../src/app/compose';
import { announceReady, serveParent } from './child';
import { benchConfig } from './fleet';
import { threadCpu } from './thread-cpu';

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as { ttlMs: number; endpoints: { alibaba: string; huawei: string }; dataDir?: string };
  const netplane = await startNetplane(benchConfig(options), { logger: pino({ level: 'silent' }) });
  // process.memoryUsage.rss() reads one number; process.memoryUsage() walks the heap's spaces too.
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
  sampler.unref();
  serveParent(
    {
      invalidate: () => {
        for (const adapter of netplane.adapters) for (const partition of adapter.partitions()) adapter.invalidate(partition);
        return true;
      },
      stats: () => {
        const rss = process.memoryUsage().rss;
        peakRss = Math.max(peakRss, rss);
        return { cpu: process.cpuUsage(), rss, peakRss };
      },
      // A command of its own, not part of `stats`: reading every thread's file costs ~0.2 ms of CPU,
      // which the CPU span between two `stats` would otherwise count.
      threads: () => threadCpu(),
      // What holds the memory: `{ gc: true }` collects first (the process runs with --expose-gc), so
      // heapUsed is the live set; without, it includes garbage not yet collected.
      heap: (payload) => {
        if ((payload as { gc?: boolean } | undefined)?.gc) global.gc?.();
        const { heapUsed, heapTotal, external, arrayBuffers, rss } = process.memoryUsage();
        const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, { used: s.space_used_size, size: s.space_size }]));
        const cached = netplane.adapters.map((a) => ({ provider: a.provider, ...a.cacheStats() }));
        return { rss, heapUsed, heapTotal, external, arrayBuffers, limit: v8.getHeapStatistics().heap_size_limit, spaces, cached };
      },
      resetPeak: () => {
        global.gc?.();
        peakRss = process.memoryUsage().rss;
        return peakRss;
      },
    },
    async () => {
      clearInterval(sampler);
      await netplane.close();
    },
  );
  announceReady({ url: netplane.gatewayUrl });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
