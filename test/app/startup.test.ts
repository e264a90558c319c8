import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDirectories } from '../support/scratch-directories';
import { SHORT_LIVED_NODE_FLAGS } from '../support/short-lived-node';

/**
 * `npm start` and `npm run emulators` as a user meets them: one clear line when ready, one clear
 * line (no stack trace) for a bad configuration or a port in use.
 */

const root = resolve(__dirname, '..', '..');
const tsx = resolve(root, 'node_modules', '.bin', 'tsx');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * How an entry point runs: `tsx-cli` as `npm start` runs it (tsx's command, which starts node with
 * its loader in a second process and relays signals to it); `loader`, node itself with tsx's loader
 * (one process: ~1.6 s less CPU a start, what every test but the one about `npm start`'s own
 * process needs); built JavaScript always runs on plain node.
 */
type Runner = 'tsx-cli' | 'loader';

/** Runs an entry point until it prints `until` (then stops it with SIGTERM) or exits by itself. */
function run(entry: string, env: Record<string, string>, until?: RegExp, runner: Runner = 'loader'): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const [command, args] = entry.endsWith('.js')
      ? [process.execPath, [...SHORT_LIVED_NODE_FLAGS, entry]]
      : runner === 'tsx-cli'
        ? [tsx, [...SHORT_LIVED_NODE_FLAGS, entry]]
        : [process.execPath, [...SHORT_LIVED_NODE_FLAGS, '--import', 'tsx', entry]];
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (until && until.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

async function occupiedPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, server };
}

const configDirectory = scratchDirectories('netplane-start-');

function configFile(content: unknown): string {
  const dir = configDirectory();
  const path = join(dir, 'netplane.config.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const freePortsConfig = () =>
  configFile({
    gateway: { port: 0 },
    emulators: { alibabaPort: 0, huaweiPort: 0 },
    accounts: [
      { provider: 'ALIBABA', account: 'lab', regions: ['cn-hangzhou'], endpoint: 'emulator', credentials: { accessKeyId: 'LTAI-lab', accessKeySecret: 'lab-secret' } },
      {
        provider: 'HUAWEI',
        account: 'hw-lab',
        regions: [{ region: 'cn-north-4', projectId: '0123456789abcdef0123456789abcdef' }],
        endpoint: 'emulator',
        credentials: { ak: 'HWLAB', sk: 'hw-lab-secret' },
      },
    ],
  });

describe('npm start', () => {
  it('prints one ready line with the GraphQL URL and the emulator URLs, and stops cleanly on SIGTERM', async () => {
    const result = await run('src/main.ts', { NETPLANE_CONFIG: freePortsConfig() }, /netplane ready/, 'tsx-cli');
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^netplane ready: GraphQL and GraphiQL at http:\/\/127\.0\.0\.1:\d+\/graphql — 2 accounts, 2 partitions, emulators: alibaba http:\/\/127\.0\.0\.1:\d+, huawei http:\/\/127\.0\.0\.1:\d+/);
    expect(result.stdout + result.stderr).not.toContain('lab-secret');
    expect(result.code).toBe(0);
  });

  it('says GraphiQL is off in the ready line when gateway.graphiql is false', async () => {
    const path = freePortsConfig();
    const config = JSON.parse(readFileSync(path, 'utf8')) as { gateway: Record<string, unknown> };
    config.gateway.graphiql = false;
    writeFileSync(path, JSON.stringify(config));
    const result = await run('src/main.ts', { NETPLANE_CONFIG: path }, /netplane ready/);
    expect(result.stdout).toMatch(/^netplane ready: GraphQL \(GraphiQL off\) at http:\/\/127\.0\.0\.1:\d+\/graphql — /);
    expect(result.code).toBe(0);
  });

  it('explains a bad configuration in one message without a stack trace or secrets', async () => {
    const path = configFile({ accounts: [{ provider: 'ALIBABA', account: 'x', regions: [], credentials: { accessKeyId: 'id', accessKeySecret: 'TOP-SECRET' } }] });
    const result = await run('src/main.ts', { NETPLANE_CONFIG: path });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`netplane: invalid configuration in ${path}`);
    expect(result.stderr).toContain('accounts.0.regions');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain('TOP-SECRET');
  });

  it('says which port is in use instead of crashing', async () => {
    const { port, server } = await occupiedPort();
    try {
      const result = await run('src/main.ts', { NETPLANE_CONFIG: freePortsConfig(), NETPLANE_PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(
        `netplane: gateway: port ${port} on 127.0.0.1 is already in use (set NETPLANE_PORT or gateway.port in the configuration)`,
      );
    } finally {
      server.close();
    }
  });

  it('says in one line that the gateway host is not an address of this machine (EADDRNOTAVAIL)', async () => {
    // Binding fails locally: no packet is sent to 10.255.255.1.
    const result = await run('src/main.ts', { NETPLANE_CONFIG: freePortsConfig(), NETPLANE_HOST: '10.255.255.1' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'netplane: gateway: 10.255.255.1 is not an address of this machine, so nothing can listen on it (set NETPLANE_HOST or gateway.host in the configuration, e.g. 127.0.0.1 or 0.0.0.0)',
    ]);
  });

  it('says in one line that the gateway host name does not resolve (ENOTFOUND, or EAI_AGAIN without a name service)', async () => {
    const result = await run('src/main.ts', { NETPLANE_CONFIG: freePortsConfig(), NETPLANE_HOST: 'netplane-no-such-host.invalid' });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^netplane: gateway: the host name "netplane-no-such-host\.invalid" (does not resolve|could not be resolved)/);
  });

  it('refuses in one line to listen beyond loopback without authentication', async () => {
    const result = await run('src/main.ts', { NETPLANE_CONFIG: freePortsConfig(), NETPLANE_HOST: '0.0.0.0' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'netplane: gateway: refusing to listen on 0.0.0.0 without authentication: configure auth.apiKeys or auth.jwt (README, "Running in production"), or listen on 127.0.0.1',
    ]);
  });

  it('listens beyond loopback once authentication is configured', async () => {
    const path = freePortsConfig();
    const config = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    // The SHA-256 of "k"; no request is made, only the start.
    config.auth = { apiKeys: [{ id: 'ci', sha256: '8254c329a92850f6d539dd376f4816ee2764517da5e0235514af433164480d7a', grants: [{ scope: 'read' }] }] };
    writeFileSync(path, JSON.stringify(config));
    const result = await run('src/main.ts', { NETPLANE_CONFIG: path, NETPLANE_HOST: '0.0.0.0' }, /netplane ready/);
    expect(result.stdout).toMatch(/^netplane ready: GraphQL and GraphiQL at http:\/\/0\.0\.0\.0:\d+\/graphql — /);
    expect(result.code).toBe(0);
  });

  it('rejects a misspelled NETPLANE_* variable in one message, naming the right one', async () => {
    const result = await run('src/main.ts', { NETPLANE_CONFIG: freePortsConfig(), NETPLANE_PROT: '4001' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('netplane: unknown environment variable "NETPLANE_PROT" (did you mean "NETPLANE_PORT"?)');
  });
});

describe('npm run emulators', () => {
  it('starts the emulators alone and prints their URLs', async () => {
    const result = await run('src/emulators-main.ts', { NETPLANE_CONFIG: freePortsConfig() }, /emulators ready/);
    expect(result.stdout).toMatch(/^netplane emulators ready: alibaba http:\/\/127\.0\.0\.1:\d+, huawei http:\/\/127\.0\.0\.1:\d+/);
    expect(result.code).toBe(0);
  });
});

describe('npm run build', () => {
  it('compiles to JavaScript whose main starts as npm start does, serving the checkout\'s GraphiQL bundle', async () => {
    // Inside the checkout (the gitignored .netplane/), as dist/ is: the build finds the bundle from there.
    mkdirSync(join(root, '.netplane'), { recursive: true });
    const outDir = mkdtempSync(join(root, '.netplane', 'build-'));
    try {
      // With the type check: the suite runs what tsx transpiles without checking types, so this is
      // where a type error in src/ fails the suite.
      execFileSync(resolve(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: root, stdio: 'pipe' });
      const graphiqlDir = execFileSync(process.execPath, ['-p', `require('reflect-metadata'); require(${JSON.stringify(join(outDir, 'src/gateway/graphiql.js'))}).DEFAULT_GRAPHIQL_DIR`], { cwd: root, encoding: 'utf8' });
      expect(graphiqlDir.trim()).toBe(join(root, 'public', 'graphiql'));
      const result = await run(join(outDir, 'src', 'main.js'), { NETPLANE_CONFIG: freePortsConfig() }, /netplane ready/);
      expect(result.stdout, result.stderr).toMatch(/^netplane ready: GraphQL and GraphiQL at http:\/\/127\.0\.0\.1:\d+\/graphql — 2 accounts, 2 partitions/);
      expect(result.code, result.stderr).toBe(0);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 90_000);
});
