import { readdirSync, readFileSync } from 'node:fs';

/**
 * This process's CPU time split between its main thread (JavaScript, the event loop) and every other
 * thread (V8's background compilers and GC helpers, libuv's pool), in ms, read from Linux's
 * per-thread scheduler statistics (/proc/self/task/<tid>/schedstat: nanoseconds on a CPU). Null
 * where /proc has no such file (not Linux).
 *
 * Why: process.cpuUsage() sums every thread. A page measured while V8's optimizing compiler is still
 * compiling the code it runs (graphql-jit's generated functions take tens of ms each to optimize)
 * reads that compilation as the page's cost; the split shows it.
 */
export interface ThreadCpu {
  mainMs: number;
  otherMs: number;
}

export function threadCpu(): ThreadCpu | null {
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  const main = String(process.pid);
  const split: ThreadCpu = { mainMs: 0, otherMs: 0 };
  for (const tid of tids) {
    let onCpuNs: number;
    try {
      onCpuNs = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // The thread ended between the listing and the read: its time is gone from the process's sum too.
      continue;
    }
    if (!Number.isFinite(onCpuNs)) return null;
    if (tid === main) split.mainMs += onCpuNs / 1e6;
    else split.otherMs += onCpuNs / 1e6;
  }
  return split;
}

/** What each side spent between two readings (null when either is). */
export function threadCpuSpent(before: ThreadCpu | null, after: ThreadCpu | null): ThreadCpu | null {
  if (!before || !after) return null;
  return { mainMs: after.mainMs - before.mainMs, otherMs: Math.max(0, after.otherMs - before.otherMs) };
}
