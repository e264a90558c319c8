import { demoConfig } from '../../src/config/demo';
import { parseConfig, type ResolvedConfig } from '../../src/config/load';
import { IN_MEMORY } from '../../src/store';

/**
 * The demo configuration on free ports, for tests that start the whole of netplane (emulators,
 * adapters and gateway) the way `npm start` does.
 */
export function demoTestConfig(overrides: { asyncDelayMs?: number } = {}): ResolvedConfig {
  const raw = demoConfig();
  raw.gateway.port = 0;
  raw.emulators.alibabaPort = 0;
  raw.emulators.huaweiPort = 0;
  raw.emulators.asyncDelayMs = overrides.asyncDelayMs ?? raw.emulators.asyncDelayMs;
  // Fail fast: tests should never wait through retries of a broken emulator.
  raw.retry = { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 50 };
  // Each test's own store, forgotten at exit: the demo's data directory serves one process at a time.
  raw.store = { ...raw.store, dataDir: IN_MEMORY };
  return parseConfig(raw, 'test demo configuration', {});
}
