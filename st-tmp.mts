import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { openPgliteStore } from './src/store/store';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'np-st-'));
const store = await openPgliteStore({ dataDir: dir });
const one = async () => {
  const operationId = randomUUID();
  return store.mutations.start({
    claim: { scope: 'anon', key: randomUUID(), mutation: 'updateNetworkInterface', fingerprint: 'f'.repeat(64), operationId },
    operation: { mutation: 'updateNetworkInterface', provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou', targetNativeId: 'eni-bench-missing', principal: null, completion: { kind: 'sync' } },
    input: { networkInterface: 'x', networkInterfaceName: 'renamed' },
    principal: null,
  } as never);
};
for (let i = 0; i < 300; i++) await one();
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!.toFixed(3);
const b2b: number[] = []; for (let i = 0; i < 300; i++) { const t = performance.now(); await one(); b2b.push(performance.now() - t); }
const paced: number[] = []; for (let i = 0; i < 150; i++) { await new Promise((r) => setTimeout(r, 10)); const t = performance.now(); await one(); paced.push(performance.now() - t); }
console.log(process.env.LABEL, 'back-to-back p50', med(b2b), 'paced p50', med(paced));
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
