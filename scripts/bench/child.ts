import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * The benchmark's processes talk over Node's IPC channel, not HTTP: control calls (seeding,
 * reading call counters, invalidating the cache) never share a pooled connection with the load
 * and cannot fail with ECONNRESET under it. Every request has a timeout, so a stuck child fails
 * the run instead of hanging it.
 */

export interface ChildRequest {
  id: number;
  command: string;
  payload?: unknown;
}

export type ChildReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

export interface BenchChild {
  readonly process: ChildProcess;
  request<T>(command: string, payload?: unknown, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

const CHECKOUT = path.resolve(__dirname, '..', '..');

/** Where `npm run build` (tsconfig.build.json) puts a checkout's scripts/bench/. */
export const builtScripts = (checkout: string = CHECKOUT) => path.join(checkout, 'dist', 'scripts', 'bench');

const built = new Set<string>();
/** `npm run build` of a checkout (tsc -p tsconfig.build.json), once per process: children run what its sources are now. */
export function ensureBuilt(checkout: string = CHECKOUT): void {
  if (built.has(checkout)) return;
  execFileSync(path.join(CHECKOUT, 'node_modules', '.bin', 'tsc'), ['-p', path.join(checkout, 'tsconfig.build.json')], { cwd: checkout, stdio: 'inherit' });
  built.add(checkout);
}

/**
 * Starts `script` (a name in this checkout's scripts/bench/, or a path to a built script of another
 * checkout) from the build — as `npm run start:prod` runs the gateway: plain node, no TypeScript
 * loader; this checkout is built first, once — in production mode unless NODE_ENV says otherwise,
 * and waits for its `ready` message, whose value it returns.
 */
export async function startChild<Ready>(script: string, args: string[], execArgv: string[] = []): Promise<{ child: BenchChild; ready: Ready }> {
  if (!path.isAbsolute(script)) ensureBuilt();
  const proc = fork(path.resolve(builtScripts(), script.replace(/\.ts$/, '.js')), args, {
    execArgv,
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  let nextId = 1;
  let exited: Error | null = null;
  const ready = new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 60 s`)), 60_000);
    proc.on('message', (message: { ready?: unknown } & Partial<ChildReply>) => {
      if ('ready' in message) {
        clearTimeout(timer);
        resolve(message.ready as Ready);
        return;
      }
      const waiter = message.id !== undefined ? pending.get(message.id) : undefined;
      if (!waiter) return;
      pending.delete(message.id!);
      clearTimeout(waiter.timer);
      if (message.ok) waiter.resolve(message.value);
      else waiter.reject(new Error(`${script}: ${(message as { error: string }).error}`));
    });
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      exited = new Error(`${script} exited (${code ?? signal})`);
      reject(exited);
      for (const waiter of pending.values()) {
        clearTimeout(waiter.timer);
        waiter.reject(exited);
      }
      pending.clear();
    });
  });
  const child: BenchChild = {
    process: proc,
    request<T>(command: string, payload?: unknown, timeoutMs = 120_000): Promise<T> {
      if (exited) return Promise.reject(exited);
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${script}: ${command} timed out after ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
        proc.send({ id, command, payload } satisfies ChildRequest);
      });
    },
    async close() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      proc.send({ id: 0, command: 'exit' } satisfies ChildRequest);
      const killer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(killer);
    },
  };
  return { child, ready: await ready };
}

/** The child's side: answers each request with `handlers[command]`, announces `ready`, exits on `exit`. */
export function serveParent(handlers: Record<string, (payload: unknown) => unknown>, onExit: () => Promise<void>): void {
  process.on('message', (message: ChildRequest) => {
    if (message.command === 'exit') {
      void onExit().finally(() => process.exit(0));
      return;
    }
    const handler = handlers[message.command];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`no command ${message.command}`);
        return handler(message.payload);
      })
      .then(
        (value) => process.send?.({ id: message.id, ok: true, value } satisfies ChildReply),
        (error: unknown) => process.send?.({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ChildReply),
      );
  });
  // The parent gone (crashed or killed): nothing left to serve.
  process.on('disconnect', () => void onExit().finally(() => process.exit(0)));
}

export function announceReady(value: unknown): void {
  process.send?.({ ready: value });
}
