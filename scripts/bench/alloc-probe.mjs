// Bytes allocated on the V8 heap since the previous SIGUSR2 (the sum over collections of what the heap
// grew by between them, and since the last), with the number of scavenges and their cost, written to
// <tmpdir>/netplane-alloc-<pid>.json on SIGUSR2. Loaded with `node --import` by scripts/bench/typename-ab.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';

let profiler = new v8.GCProfiler();
let usedAtStart = v8.getHeapStatistics().used_heap_size;
profiler.start();
process.on('SIGUSR2', () => {
  const { statistics } = profiler.stop();
  const usedNow = v8.getHeapStatistics().used_heap_size;
  let previous = usedAtStart;
  let alloc = 0;
  let scavenges = 0;
  let gcMs = 0;
  for (const gc of statistics) {
    alloc += Math.max(0, gc.beforeGC.heapStatistics.usedHeapSize - previous);
    previous = gc.afterGC.heapStatistics.usedHeapSize;
    if (gc.gcType === 'Scavenge') scavenges++;
    gcMs += gc.cost / 1000;
  }
  alloc += Math.max(0, usedNow - previous);
  fs.writeFileSync(path.join(os.tmpdir(), `netplane-alloc-${process.pid}.json`), JSON.stringify({ alloc, gcs: statistics.length, scavenges, gcMs }));
  profiler = new v8.GCProfiler();
  usedAtStart = v8.getHeapStatistics().used_heap_size;
  profiler.start();
});
