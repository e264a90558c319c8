import { EmulatorRuntime, type ProviderEmulatorCore } from '../../common/emulator/runtime';
import { seedDemo } from './demo-seed';
import { applyFixture } from './fixture';
import { AlibabaRouter, type AccessKey } from './router';
import { AlibabaState } from './state';

export { alibabaFixtureSchema, type AlibabaFixture, type SeededResources } from './fixture';
export type { AccessKey } from './router';

export interface AlibabaEmulatorOptions {
  keys: AccessKey[];
  demo?: Array<{ account: string; regions: string[] }>;
  seed?: number;
  fixture?: 'empty' | 'demo';
  /** How long Attaching, Associating, Creating … last, in emulator-clock milliseconds (default 2000). */
  asyncDelayMs?: number;
}

/** The Alibaba Cloud emulator (ECS 2014-05-26 and VPC 2016-04-28 on one endpoint). */
export function createAlibabaEmulator(options: AlibabaEmulatorOptions): ProviderEmulatorCore {
  const seed = options.seed ?? 1;
  const runtime = new EmulatorRuntime(seed);
  const state = new AlibabaState(runtime, options.asyncDelayMs ?? 2000);
  const router = new AlibabaRouter(runtime, state, options.keys);

  const reset = (_seed: number, fixture: 'empty' | 'demo') => {
    state.clear();
    router.reset();
    if (fixture === 'demo') seedDemo(state, options.demo ?? []);
  };
  reset(seed, options.fixture ?? 'empty');

  return {
    name: 'alibaba',
    runtime,
    handle: (req) => router.handle(req),
    reset,
    seed: (fixture: unknown) => applyFixture(state, fixture),
    snapshot: () => ({ provider: 'alibaba', now: runtime.clock.nowIso(), accounts: state.snapshot() }),
  };
}
