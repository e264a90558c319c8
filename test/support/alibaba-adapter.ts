import { afterAll, beforeAll } from 'vitest';
import { createProviderAdapters } from '../../src/app/compose';
import { startEmulators, type RunningEmulators } from '../../src/app/emulators';
import type { ProviderAdapter } from '../../src/domain/adapter';
import { demoTestConfig } from './netplane';
import { started } from './started';

/**
 * The real Alibaba adapter over real HTTP to the real Alibaba emulator (demo accounts), started once
 * for the test file that calls it (its beforeAll/afterAll): what the cache and loader tests decorate.
 */
export interface AlibabaAdapterFixture {
  /** The adapter as compose builds it, without the cache. */
  readonly adapter: ProviderAdapter;
  readonly emulators: RunningEmulators;
  /** Calls the emulator answered since the last reset. */
  upstream(): number;
  /** Back to the demo fixture, no faults armed, call log empty. */
  reset(): Promise<void>;
}

export function useAlibabaAdapter(): AlibabaAdapterFixture {
  let emulators: RunningEmulators | undefined;
  let adapter: ProviderAdapter | undefined;
  const fixture = 'the Alibaba adapter fixture';
  beforeAll(async () => {
    const config = demoTestConfig();
    emulators = await startEmulators(config);
    adapter = createProviderAdapters(config, emulators).find((a) => a.provider === 'ALIBABA');
  });
  afterAll(async () => {
    await adapter?.close();
    await emulators?.close();
  });
  const alibaba = () => started(started(emulators, fixture).alibaba, fixture);
  return {
    get adapter() {
      return started(adapter, fixture);
    },
    get emulators() {
      return started(emulators, fixture);
    },
    upstream: () => alibaba().core.runtime.calls.total(),
    async reset() {
      await fetch(`${alibaba().url}/_emulator/reset`, { method: 'POST', body: JSON.stringify({ fixture: 'demo' }) });
      await fetch(`${alibaba().url}/_emulator/faults`, { method: 'DELETE' });
      alibaba().core.runtime.calls.clear();
    },
  };
}
