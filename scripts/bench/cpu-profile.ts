import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/**
 * A CPU profile of this process over the measured part of an in-process measurement
 * (page-profile.ts, mutation-profile.ts): started when `path` is set, written there by the returned
 * stop (a .cpuprofile, for Chrome's DevTools or any profile reader). Without `path`, both are no-ops.
 */
export async function startCpuProfile(path: string | undefined, intervalMicros: number): Promise<() => Promise<void>> {
  if (!path) return () => Promise.resolve();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalMicros });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(path, JSON.stringify(profile));
    session.disconnect();
  };
}
