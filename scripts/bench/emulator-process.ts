/**
 * One provider's emulator in its own process, as a cloud is: `tsx scripts/bench/emulator-process.ts
 * alibaba|huawei <ttlMs>`, started by the benchmark over IPC (./child.ts). Commands: `seed` (a
 * fixture), `model` (the provider model, src/providers/common/emulator/provider-model.ts, or null),
 * `calls` (how many wire calls it has served), `callCounts` (the calls served after
 * call number `since`, per `operation account/region`, from the last 10,000 the call log keeps:
 * which lists a run fetched more than once), `cpu` (its CPU time), `timeline` (the calls started at or
 * after wall-clock ms `since`, each with its start and the model's latency: ./timeline.ts).
 */
import { startEmulators } from '../../src/app/emulators';
import { ProviderModel, providerModelSchema } from '../../src/providers/common/emulator/provider-model';
import { announceReady, serveParent } from './child';
import { benchConfig } from './fleet';

/** One call as the `timeline` command lists it: wall-clock ms at its start, the model's latency (null: none) or a throttle. */
export interface TimedCall {
  at: number;
  operation: string;
  partition: string;
  latencyMs: number | null;
  throttled: boolean;
}

async function main(): Promise<void> {
  const provider = process.argv[2];
  if (provider !== 'alibaba' && provider !== 'huawei') throw new Error('usage: emulator-process.ts alibaba|huawei');
  const config = benchConfig({ ttlMs: 0 });
  // Only this provider's accounts: the other provider's emulator runs in its own process.
  const emulators = await startEmulators({ ...config, alibaba: provider === 'alibaba' ? config.alibaba : [], huawei: provider === 'huawei' ? config.huawei : [] });
  const emulator = emulators[provider]!;
  const runtime = emulator.core.runtime;
  // The last 10,000 calls with their wall-clock start and what the provider model decided (the
  // `timeline` command): recorded where the model is consulted, before the call's latency.
  const timeline: TimedCall[] = [];
  const take = runtime.faults.take.bind(runtime.faults);
  runtime.faults.take = (call) => {
    const decision = take(call);
    timeline.push({ at: Date.now(), operation: call.operation, partition: `${call.account}/${call.region}`, latencyMs: decision?.kind === 'latency' ? decision.ms : null, throttled: decision?.kind === 'error' });
    if (timeline.length > 10_000) timeline.splice(0, timeline.length - 10_000);
    return decision;
  };
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
      timeline: (since) => timeline.filter((t) => t.at >= Number(since ?? 0)),
    },
    () => emulators.close(),
  );
  announceReady({ url: emulator.url });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
