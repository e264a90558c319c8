/**
 * One provider's emulator in its own process, as a cloud is: `tsx scripts/bench/emulator-process.ts
 * alibaba|huawei <ttlMs>`, started by the benchmark over IPC (./child.ts). Commands: `seed` (a
 * fixture), `model` (the provider model, src/providers/common/emulator/provider-model.ts, or null),
 * `calls` (how many wire calls it has served), `callCounts` (the calls served after
 * call number `since`, per `operation account/region`, from the last 10,000 the call log keeps:
 * which lists a run fetched more than once), `cpu` (its CPU time).
 */
import { startEmulators } from '../../src/app/emulators';
import { ProviderModel, providerModelSchema } from '../../src/providers/common/emulator/provider-model';
import { announceReady, serveParent } from './child';
import { benchConfig } from './fleet';

async function main(): Promise<void> {
  const provider = process.argv[2];
  if (provider !== 'alibaba' && provider !== 'huawei') throw new Error('usage: emulator-process.ts alibaba|huawei');
  const config = benchConfig({ ttlMs: 0 });
  // Only this provider's accounts: the other provider's emulator runs in its own process.
  const emulators = await startEmulators({ ...config, alibaba: provider === 'alibaba' ? config.alibaba : [], huawei: provider === 'huawei' ? config.huawei : [] });
  const emulator = emulators[provider]!;
  const runtime = emulator.core.runtime;
  serveParent(
    {
      seed: (fixture) => (emulator.core.seed(fixture), true),
      model: (spec) => {
        runtime.faults.model = spec === null ? null : new ProviderModel(providerModelSchema.parse(spec));
        return true;
      },
      calls: () => runtime.calls.total(),
      callCounts: (since) => {
        const counts: Record<string, number> = {};
        for (const c of runtime.calls.list()) {
          const key = `${c.operation} ${c.account}/${c.region}`;
          if (c.seq > Number(since ?? 0)) counts[key] = (counts[key] ?? 0) + 1;
        }
        return counts;
      },
      cpu: () => process.cpuUsage(),
    },
    () => emulators.close(),
  );
  announceReady({ url: emulator.url });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
