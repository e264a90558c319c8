/**
 * V8's optimizing compiler and deoptimizations over executed dashboard pages (issue 11 target 5),
 * as page-profile.ts composes netplane: which functions are still optimized or deoptimized after
 * warm-up, and why. Runs itself again as a child under `--trace-opt --trace-deopt-verbose`, the
 * child marking each page on stdout, and counts the trace's lines per page window. Run it built,
 * as the bench's gateway runs (tsx's loader adds its own optimizations and deopts):
 *
 *   npm run build && node dist/scripts/bench/jit-churn.js                  # 5 warm-up pages, 100 counted
 *   WARM_PAGES=30 PAGES=300 node dist/scripts/bench/jit-churn.js
 *
 * Also measured per window: process CPU per page, split into the main thread's and the rest's
 * (V8's background threads: concurrent compilation, concurrent and parallel GC), from /proc.
 */
import '../../src/app/production-mode';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startNetplane } from '../../src/app/compose';
import { benchConfig, fleetFixtures } from './fleet';
import { closeClient, post } from './http-client';
import { pageQuery } from './dashboard';

const WARM_PAGES = Number(process.env.WARM_PAGES ?? 5);
const PAGES = Number(process.env.PAGES ?? 100);
const WINDOW = Number(process.env.WINDOW ?? 20);
const CHILD = process.argv[2] === '--child';
const MARK = '=== jit-churn page ';

/** CPU ticks (1/100 s) of this process's main thread and of all its other threads. */
function threadTicks(): { main: number; other: number } {
  let main = 0;
  let other = 0;
  for (const task of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      if (Number(task) === process.pid) main += ticks;
      else other += ticks;
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return { main, other };
}

async function child(): Promise<void> {
  const netplane = await startNetplane(benchConfig({ ttlMs: 300_000 }), { logger: pino({ level: 'silent' }) });
  // V8 writes its trace to fd 1 directly: the marks go the same way, so they stay in order with it.
  const mark = (text: string) => writeSync(1, `\n${MARK}${text}\n`);
  try {
    for (const { provider, fixture } of fleetFixtures()) netplane.emulators[provider]!.core.seed(fixture);
    let run = 0;
    const page = async () => {
      const answer = await post(netplane.gatewayUrl, JSON.stringify({ query: pageQuery(`JitChurn${run++}`), variables: {} }));
      if (answer.status !== 200 || answer.body.includes('"errors"')) throw new Error(`${answer.status}: ${answer.body.slice(0, 500)}`);
    };
    for (let i = 0; i < WARM_PAGES; i++) {
      mark(`warm ${i}`);
      await page();
    }
    const windows: string[] = [];
    for (let start = 0; start < PAGES; start += WINDOW) {
      const count = Math.min(WINDOW, PAGES - start);
      const c0 = process.cpuUsage();
      const t0 = threadTicks();
      for (let i = start; i < start + count; i++) {
        mark(`${i}`);
        await page();
      }
      const c1 = process.cpuUsage();
      const t1 = threadTicks();
      const cpu = (c1.user - c0.user + c1.system - c0.system) / 1000 / count;
      windows.push(`pages ${start}–${start + count - 1}: CPU ${cpu.toFixed(1)} ms/page (main thread ${(((t1.main - t0.main) * 10) / count).toFixed(1)}, other threads ${(((t1.other - t0.other) * 10) / count).toFixed(1)})`);
    }
    mark('end');
    writeSync(2, `${windows.join('\n')}\n`);
  } finally {
    closeClient();
    await netplane.close();
  }
}

interface Event {
  page: number | null; // null: start-up or warm-up
  kind: 'optimized' | 'deopt';
  what: string;
}

/** `[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x… <JSFunction name (sfi = 0x…)>, …` and its `;;; deoptimize at <file:line:col>` line. */
function deoptOf(line: string, next: string | undefined): string {
  const reason = /reason: ([^)]*)\)/.exec(line)?.[1] ?? '?';
  const fn = /<JSFunction ([^ >]*)/.exec(line)?.[1] ?? '?';
  const at = next ? (/deoptimize at <([^>]*)>/.exec(next)?.[1] ?? '') : '';
  return `${fn === '(sfi' ? '(anonymous)' : fn} — ${reason}${at ? ` at ${at.replace(/^.*\/(dist|node_modules)\//, '')}` : ''}`;
}

async function parent(): Promise<void> {
  // The child's stdout is a file: V8 and the marks write it synchronously, which a pipe would refuse (EAGAIN) when full.
  const dir = mkdtempSync(join(tmpdir(), 'jit-churn-'));
  const tracePath = join(dir, 'trace.txt');
  const traceFd = openSync(tracePath, 'w');
  const code = await new Promise<number | null>((resolve, reject) => {
    const proc = spawn(process.execPath, ['--heap-growing-percent=75', '--max-semi-space-size=8', '--no-allocation-site-pretenuring', '--trace-opt', '--trace-deopt-verbose', __filename, '--child'], {
      stdio: ['ignore', traceFd, 'inherit'],
    });
    proc.on('error', reject);
    proc.on('close', resolve);
  });
  closeSync(traceFd);
  const lines = readFileSync(tracePath, 'utf8').split('\n');
  rmSync(dir, { recursive: true, force: true });
  // Only the lines counted below: the verbose deopt trace is long.
  const output = lines.filter(
    (line, index) =>
      line.startsWith(MARK) || line.includes('completed optimizing') || line.includes('[bailout (kind') || (line.includes(';;; deoptimize at') && lines[index - 1]?.includes('[bailout (kind')),
  );
  if (code !== 0) throw new Error(`the measuring child exited with ${code}`);
  const events: Event[] = [];
  let page: number | null = null;
  for (const [index, line] of output.entries()) {
    if (line.startsWith(MARK)) {
      const text = line.slice(MARK.length);
      page = /^\d+$/.test(text) ? Number(text) : null;
    } else if (line.includes('completed optimizing')) {
      const name = /<JSFunction ([^ >]*)/.exec(line)?.[1] ?? '?';
      events.push({ page, kind: 'optimized', what: name === '(sfi' ? '(anonymous)' : name });
    } else if (line.includes('[bailout (kind')) {
      events.push({ page, kind: 'deopt', what: deoptOf(line, output[index + 1]) });
    }
  }
  const counted = events.filter((event) => event.page !== null);
  const before = events.length - counted.length;
  console.log(`start-up and ${WARM_PAGES} warm-up pages: ${events.filter((e) => e.page === null && e.kind === 'optimized').length} optimizations, ${events.filter((e) => e.page === null && e.kind === 'deopt').length} deopts (${before} events)`);
  for (let start = 0; start < PAGES; start += WINDOW) {
    const inWindow = counted.filter((event) => event.page! >= start && event.page! < start + WINDOW);
    console.log(`pages ${start}–${Math.min(PAGES, start + WINDOW) - 1}: ${inWindow.filter((e) => e.kind === 'optimized').length} optimizations, ${inWindow.filter((e) => e.kind === 'deopt').length} deopts`);
  }
  const deopts = counted.filter((event) => event.kind === 'deopt');
  if (deopts.length > 0) console.log(`deopts after warm-up:\n${deopts.map((event) => `  page ${event.page}: ${event.what}`).join('\n')}`);
  const optimized = new Map<string, number>();
  for (const event of counted) if (event.kind === 'optimized') optimized.set(event.what, (optimized.get(event.what) ?? 0) + 1);
  const again = [...optimized].filter(([, times]) => times > 1).sort((a, b) => b[1] - a[1]);
  if (again.length > 0) console.log(`optimized more than once after warm-up: ${again.map(([name, times]) => `${name} ×${times}`).join(', ')}`);
}

(CHILD ? child() : parent()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
