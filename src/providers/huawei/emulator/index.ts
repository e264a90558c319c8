import type { EmulatorOutcome, EmulatorRequest, ProviderEmulatorCore } from '../../common/emulator/runtime';
import { EmulatorRuntime } from '../../common/emulator/runtime';
import { demoFixture } from './demo-seed';
import { applyFixture } from './fixture';
import { HuaweiRouter, type KeyBinding } from './router';
import { HuaweiState } from './state';

export { seedFixtureSchema, type SeedFixture, type SeedResult } from './fixture';

/** The port `npm run emulators` / `npm start` serve the Huawei emulator on (the brief's example endpoint). */
export const DEFAULT_HUAWEI_EMULATOR_PORT = 4020;

export interface HuaweiEmulatorOptions {
  keys: Array<{ ak: string; sk: string; account: string; projects: Array<{ projectId: string; region: string }> }>;
  seed?: number;
  fixture?: 'empty' | 'demo';
  /** How long transitional states (PENDING_CREATE, BINDING, PENDING_UPDATE, PENDING_DELETE) and RUNNING NIC jobs last on the emulator clock. Default 2000. */
  asyncDelayMs?: number;
}

/** The Huawei Cloud emulator (ECS, VPC v1, Neutron /v2.0 and DCaaS paths on one endpoint); serve it with startEmulatorServer. */
export function createHuaweiEmulator(options: HuaweiEmulatorOptions): ProviderEmulatorCore {
  const runtime = new EmulatorRuntime(options.seed ?? 1);
  const state = new HuaweiState(runtime, options.asyncDelayMs ?? 2000);
  const keys = new Map<string, KeyBinding>();
  for (const k of options.keys) {
    const existing = keys.get(k.ak);
    if (existing && existing.account !== k.account) throw new Error(`AK ${k.ak} is configured for two accounts`);
    keys.set(k.ak, { sk: k.sk, account: k.account, projects: new Map(k.projects.map((p) => [p.projectId, p.region])) });
  }
  const projects: Array<{ account: string; region: string; projectId: string }> = [];
  const seen = new Set<string>();
  for (const k of options.keys) {
    for (const p of k.projects) {
      if (seen.has(p.projectId)) continue;
      seen.add(p.projectId);
      projects.push({ account: k.account, region: p.region, projectId: p.projectId });
    }
  }
  const router = new HuaweiRouter(runtime, state, keys);

  const reset = (fixture: 'empty' | 'demo') => {
    state.reset();
    for (const p of projects) state.model.region(p.account, p.region, p.projectId);
    if (fixture === 'demo') {
      projects.forEach((p, i) => applyFixture(state, demoFixture(p.account, p.region, i, () => runtime.ids.uuid())));
    }
  };
  reset(options.fixture ?? 'empty');

  return {
    name: 'huawei',
    runtime,
    handle: (req: EmulatorRequest): Promise<EmulatorOutcome> => router.handle(req),
    reset: (_seed: number, fixture: 'empty' | 'demo') => reset(fixture),
    seed: (fixture: unknown) => applyFixture(state, fixture),
    snapshot: () => state.snapshot(),
  };
}
