import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SHORT_LIVED_NODE_FLAGS } from './short-lived-node';

/**
 * netplane as a platform team runs it: the emulators in one process (`src/emulators-main.ts`) and
 * gateway replicas in others (`src/main.ts`), each started from a config file of its own, as real
 * child processes on loopback. The soak (scripts/soak.ts) and the replica tests start them here.
 */

const REPO = resolve(__dirname, '../..');

export interface ChildNetplane {
  process: ChildProcess;
  /** The URL its ready line announced (the gateway's GraphQL endpoint, or the emulators' URLs). */
  urls: string[];
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
  /** Sends `signal` (default SIGTERM) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** The resident set size the kernel reports for it, in bytes (Linux /proc). */
  rssBytes(): number | null;
}

/** Writes `config` to a temporary file and starts `entry` (a path under src/) on it, resolved once it printed `ready`. */
export async function startChild(entry: string, config: unknown, ready: RegExp, timeoutMs = 60_000, logLevel = process.env['NETPLANE_TEST_LOG_LEVEL'] ?? 'warn'): Promise<ChildNetplane> {
  const dir = mkdtempSync(join(tmpdir(), 'netplane-replica-'));
  const configPath = join(dir, 'netplane.config.json');
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  // Node itself with tsx's loader (not the tsx CLI): signals reach netplane, not a wrapper.
  const child = spawn(process.execPath, [...SHORT_LIVED_NODE_FLAGS, '--import', 'tsx', entry], {
    cwd: REPO,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NETPLANE_CONFIG: configPath, LOG_LEVEL: logLevel },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  void exited.then(() => rmSync(dir, { recursive: true, force: true }));
  const line = await new Promise<string>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} not ready within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const look = () => {
      const match = output.split('\n').find((l) => ready.test(l));
      if (match) {
        clearTimeout(timer);
        resolveReady(match);
      }
    };
    child.stdout!.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited (${code}) before it was ready:\n${output}`));
    });
  });
  return {
    process: child,
    urls: [...line.matchAll(/https?:\/\/[^\s,]+/g)].map((m) => m[0]),
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    rssBytes() {
      try {
        // /proc/<pid>/statm: sizes in pages; the second is resident.
        const pages = Number(readFileSync(`/proc/${child.pid}/statm`, 'utf8').split(' ')[1]);
        return pages * 4096;
      } catch {
        return null;
      }
    },
  };
}

/** The accounts the emulators serve and both replicas read: one per provider, two regions each. */
export const REPLICA_ACCOUNTS = {
  alibaba: { provider: 'ALIBABA', account: 'ali-prod', regions: ['cn-hangzhou', 'cn-shanghai'], credentials: { accessKeyId: 'LTAI-replicas', accessKeySecret: 'replicas-secret' } },
  huawei: {
    provider: 'HUAWEI',
    account: 'hw-prod',
    regions: [
      { region: 'ap-southeast-1', projectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f1' },
      { region: 'ap-southeast-3', projectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f3' },
    ],
    credentials: { ak: 'HWREPLICASAK', sk: 'hw-replicas-sk' },
  },
} as const;

export interface Emulators {
  child: ChildNetplane;
  alibaba: string;
  huawei: string;
}

/** The emulators alone, on free ports, holding the replica accounts' keys. */
export async function startEmulatorProcess(asyncDelayMs = 500): Promise<Emulators> {
  const child = await startChild(
    'src/emulators-main.ts',
    {
      emulators: { host: '127.0.0.1', alibabaPort: 0, huaweiPort: 0, fixture: 'demo', asyncDelayMs },
      accounts: [
        { ...REPLICA_ACCOUNTS.alibaba, endpoint: 'emulator' },
        { ...REPLICA_ACCOUNTS.huawei, endpoint: 'emulator' },
      ],
    },
    /emulators ready/,
  );
  const url = (provider: string) => {
    const found = new RegExp(`${provider} (https?://[^\\s,]+)`).exec(child.output())?.[1];
    if (!found) throw new Error(`no ${provider} emulator in: ${child.output()}`);
    return found;
  };
  return { child, alibaba: url('alibaba'), huawei: url('huawei') };
}

export interface ReplicaSettings {
  redis: { url: string; keyPrefix: string };
  store: { databaseUrl: string; schema: string };
  cacheTtlMs?: number;
  shutdownGraceMs?: number;
  /** The `auth` section (API keys), when the replicas should authenticate. */
  auth?: unknown;
  rateLimits?: unknown;
  /** The `http` section (provider request timeouts). */
  http?: unknown;
}

/** One gateway replica over the emulators, sharing Redis (cache, coalescing, rate limits) and PostgreSQL (the store). */
export function startReplica(emulators: Emulators, settings: ReplicaSettings): Promise<ChildNetplane> {
  return startChild(
    'src/main.ts',
    {
      gateway: { host: '127.0.0.1', port: 0, shutdownGraceMs: settings.shutdownGraceMs ?? 10_000 },
      cache: { ttlMs: settings.cacheTtlMs ?? 60_000 },
      retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 50 },
      redis: settings.redis,
      store: { backend: 'postgres', ...settings.store },
      ...(settings.auth !== undefined && { auth: settings.auth }),
      ...(settings.rateLimits !== undefined && { rateLimits: settings.rateLimits }),
      ...(settings.http !== undefined && { http: settings.http }),
      accounts: [
        { ...REPLICA_ACCOUNTS.alibaba, endpoint: emulators.alibaba },
        { ...REPLICA_ACCOUNTS.huawei, endpoint: emulators.huawei },
      ],
    },
    /netplane ready/,
  );
}
