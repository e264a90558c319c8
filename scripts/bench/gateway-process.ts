/**
 * netplane in its own process, composed as `npm start` composes it (src/app/compose.ts), its
 * accounts pointing at the emulator processes: `tsx scripts/bench/gateway-process.ts <json>` with
 * `{ ttlMs, endpoints }`. Commands: `invalidate` (every partition's cached lists, as a mutation
 * would), `stats` (CPU time, RSS and the peak RSS since the last `resetPeak`).
 * Run with BENCH_PROFILE=1 the benchmark starts it under `node --cpu-prof`.
 */
// As `npm start` runs it (src/main.ts): production mode unless NODE_ENV says otherwise.
import '../../src/app/production-mode';
import pino from 'pino';
import { startNetplane } from '../../src/app/compose';
import { announceReady, serveParent } from './child';
import { benchConfig } from './fleet';

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as { ttlMs: number; endpoints: { alibaba: string; huawei: string } };
  const netplane = await startNetplane(benchConfig(options), { logger: pino({ level: 'silent' }) });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
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
