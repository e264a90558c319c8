/**
 * Same-run A/B of `{ __typename }` (issue 11 target 8) between checkouts of netplane, with the bare
 * Apollo Server `{ hello }` as the reference: each gateway from its own build, composed as the bench
 * composes it (no emulator: `{ __typename }` calls no provider). Rounds interleave the servers; each
 * round sends a fixed number of requests (16 in flight) to each and reads the server process's CPU
 * time from /proc/<pid>/stat, so the figure is CPU µs per request, which other load on the machine
 * disturbs less than req/s. With ALLOC_PROBE=1 every server runs with ./alloc-probe.mjs and the
 * bytes each allocates per request (and its scavenges) are reported too.
 *
 *   npx tsx scripts/bench/typename-ab.ts /tmp/base-checkout .
 *   ALLOC_PROBE=1 npx tsx scripts/bench/typename-ab.ts /tmp/base-checkout .
 *   TYPENAME_ROUNDS=6 TYPENAME_REQUESTS=20000 TYPENAME_GATEWAY_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/prof' …
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtScripts, ensureBuilt, startChild, type BenchChild } from './child';
import { closeClient, post } from './http-client';

const ROUNDS = Number(process.env.TYPENAME_ROUNDS ?? 5);
const REQUESTS = Number(process.env.TYPENAME_REQUESTS ?? 20_000);
const PROBE = process.env.ALLOC_PROBE === '1' ? path.join(__dirname, 'alloc-probe.mjs') : undefined;
/** More node flags for the gateways, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const GATEWAY_FLAGS = (process.env.TYPENAME_GATEWAY_FLAGS ?? '').split(/\s+/).filter(Boolean);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const ticks = Number(process.env.CLK_TCK ?? 100);

/** utime + stime of a process in µs (/proc/<pid>/stat fields 14 and 15, in clock ticks). */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / ticks;
}

async function allocated(pid: number): Promise<{ alloc: number; scavenges: number; gcMs: number } | null> {
  if (!PROBE) return null;
  const file = path.join(os.tmpdir(), `netplane-alloc-${pid}.json`);
  rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 100 && !existsSync(file); i++) await sleep(10);
  await sleep(10);
  return JSON.parse(readFileSync(file, 'utf8')) as { alloc: number; scavenges: number; gcMs: number };
}

async function load(url: string, query: string, requests: number): Promise<number> {
  const body = JSON.stringify({ query });
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (sent < requests) {
        sent++;
        const answer = await post(url, body);
        if (answer.status !== 200) throw new Error(`${url}: ${answer.status} ${answer.body.slice(0, 200)}`);
      }
    }),
  );
  return requests / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const checkouts = process.argv.slice(2).map((c) => path.resolve(c));
  const children: BenchChild[] = [];
  const probe = PROBE ? ['--import', PROBE] : [];
  try {
    const servers: Array<{ name: string; url: string; query: string; pid: number }> = [];
    const bare = await startChild<{ url: string }>('bare-apollo-process.ts', [], probe);
    children.push(bare.child);
    servers.push({ name: 'bare {hello}', url: bare.ready.url, query: '{ hello }', pid: bare.child.process.pid! });
    for (const checkout of checkouts) {
      ensureBuilt(checkout);
      const { scripts } = JSON.parse(readFileSync(path.join(checkout, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
      const flags = (scripts['start:prod'] ?? '').split(/\s+/).filter((t) => t.startsWith('--'));
      const gw = await startChild<{ url: string }>(path.join(builtScripts(checkout), 'gateway-process.js'), [JSON.stringify({ ttlMs: 5_000, endpoints: { alibaba: 'http://127.0.0.1:9', huawei: 'http://127.0.0.1:9' } })], [...flags, ...GATEWAY_FLAGS, ...probe]);
      children.push(gw.child);
      servers.push({ name: path.relative(process.cwd(), checkout) || '.', url: gw.ready.url, query: '{ __typename }', pid: gw.child.process.pid! });
    }
    // Warm-up: compiled documents, JIT.
    for (const server of servers) await load(server.url, server.query, 3_000);
    const results = new Map(servers.map((s) => [s.name, { cpu: [] as number[], rate: [] as number[], alloc: [] as number[], scav: [] as number[] }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const server of round % 2 === 0 ? servers : [...servers].reverse()) {
        await allocated(server.pid);
        const before = cpuMicros(server.pid);
        const rate = await load(server.url, server.query, REQUESTS);
        const cpu = (cpuMicros(server.pid) - before) / REQUESTS;
        const alloc = await allocated(server.pid);
        const r = results.get(server.name)!;
        r.cpu.push(cpu);
        r.rate.push(rate);
        if (alloc) {
          r.alloc.push(alloc.alloc / REQUESTS);
          r.scav.push((alloc.scavenges * 1000) / REQUESTS);
        }
      }
    }
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${ROUNDS} rounds × ${REQUESTS} requests, 16 in flight`);
    for (const [name, r] of results) {
      console.log(
        `${name.padEnd(16)} CPU µs/req median ${median(r.cpu).toFixed(1)} [${r.cpu.map((v) => v.toFixed(1)).join(' ')}]  req/s median ${median(r.rate).toFixed(0)} [${r.rate.map((v) => v.toFixed(0)).join(' ')}]` +
          (r.alloc.length ? `  KB/req median ${(median(r.alloc) / 1024).toFixed(1)} [${r.alloc.map((v) => (v / 1024).toFixed(1)).join(' ')}]  scavenges/1000 req ${median(r.scav).toFixed(2)}` : ''),
      );
    }
  } finally {
    await closeClient();
    for (const child of children.reverse()) await child.close().catch(() => {});
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
