import { demoConfig } from '../../src/config/demo';
import { parseConfig, type ResolvedConfig } from '../../src/config/load';

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
  return parseConfig(raw, 'test demo configuration', {});
}
