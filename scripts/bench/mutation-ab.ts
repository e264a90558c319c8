/**
 * Same-run A/B of a failing mutation (issue 11 target 7) between checkouts of netplane: one Alibaba
 * emulator process (no provider model), one gateway process per checkout (its
 * scripts/bench/gateway-process.ts from its own build — the checkout needs tsconfig.build.json —
 * composed as `npm start` composes it, its embedded store on disk
 * in a fresh temporary directory), the official SDK straight to the emulator, and the same SDK call
 * through a process that only relays bytes (./relay-process.ts: the floor of any gateway process), and
 * the same call made by a bare Apollo Server 5 through netplane's Alibaba client alone
 * (./bare-apollo-process.ts: the floor of a GraphQL gateway on this stack), and that client called
 * from this process, with no gateway (netplane's wire layer against the SDK's); the paths
 * interleaved and paced as the bench paces them (50 ms per round), so drift on a shared machine
 * hits them alike.
 *
 *   npx tsx scripts/bench/mutation-ab.ts                          # this checkout vs the SDK
 *   npx tsx scripts/bench/mutation-ab.ts /tmp/base-checkout .     # two checkouts and the SDK
 *   MUTATION_ROUNDS=200 …
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtScripts, ensureBuilt, startChild, type BenchChild } from './child';
import { ALIBABA_CREDENTIALS } from './fleet';
import { BARE_APOLLO_BODY, MISSING_ENI, MUTATED_ACCOUNT, MUTATED_REGION, NETPLANE_MUTATION, NETPLANE_VARIABLES, NOT_FOUND, sdkRename, sdkTo } from './failing-mutation';
import { AlibabaClient } from '../../src/providers/alibaba/client';
import { HttpTransport } from '../../src/providers/common/transport';
import { closeClient, post } from './http-client';

const ROUNDS = Number(process.env.MUTATION_ROUNDS ?? 100);
const PACE_MS = 50;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const checkouts = process.argv.slice(2).length > 0 ? process.argv.slice(2).map((c) => path.resolve(c)) : [path.resolve(__dirname, '../..')];
  const children: BenchChild[] = [];
  const dirs: string[] = [];
  const transport = new HttpTransport();
  try {
    const ali = await startChild<{ url: string }>('emulator-process.ts', ['alibaba']);
    children.push(ali.child);
    const endpoints = { alibaba: ali.ready.url, huawei: ali.ready.url };
    const flags = (checkout: string) => {
      const { scripts } = JSON.parse(readFileSync(path.join(checkout, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
      return (scripts['start:prod'] ?? scripts['start'] ?? '').split(/\s+/).filter((t) => t.startsWith('--'));
    };
    const gateways: Array<{ name: string; url: string }> = [];
    for (const checkout of checkouts) {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netplane-mutation-ab-'));
      dirs.push(dataDir);
      // Each checkout's own build (it needs a tsconfig.build.json), run as the bench runs its gateway.
      ensureBuilt(checkout);
      const gw = await startChild<{ url: string }>(path.join(builtScripts(checkout), 'gateway-process.js'), [JSON.stringify({ ttlMs: 5_000, endpoints, dataDir })], flags(checkout));
      children.push(gw.child);
      gateways.push({ name: path.relative(process.cwd(), checkout) || '.', url: gw.ready.url });
    }
    // The floor of the difference itself: the same SDK call through a process that only relays bytes.
    const relay = await startChild<{ url: string }>('relay-process.ts', [ali.ready.url]);
    children.push(relay.child);
    const bare = await startChild<{ url: string }>('bare-apollo-process.ts', [JSON.stringify({ alibaba: ali.ready.url, ...ALIBABA_CREDENTIALS(MUTATED_ACCOUNT) })]);
    children.push(bare.child);
    const client = new AlibabaClient({ credentials: ALIBABA_CREDENTIALS(MUTATED_ACCOUNT), transport, endpoint: ali.ready.url });
    const sdkCall = (sdk: ReturnType<typeof sdkTo>) => async () => {
      const code = await sdkRename(sdk);
      if (code !== NOT_FOUND) throw new Error(`SDK: ${code}`);
    };
    const body = JSON.stringify({ query: NETPLANE_MUTATION, variables: NETPLANE_VARIABLES });
    const paths: Array<{ name: string; run: () => Promise<void>; latencies: number[] }> = [
      ...gateways.map((g) => ({
        name: `netplane ${g.name}`,
        latencies: [] as number[],
        run: async () => {
          const answer = await post(g.url, body, { 'accept-encoding': 'gzip, br' });
          if (!answer.body.includes(NOT_FOUND)) throw new Error(answer.body.slice(0, 500));
        },
      })),
      {
        name: 'bare Apollo + netplane client',
        latencies: [],
        run: async () => {
          const answer = await post(bare.ready.url, BARE_APOLLO_BODY);
          if (!answer.body.includes(NOT_FOUND)) throw new Error(answer.body.slice(0, 500));
        },
      },
      { name: 'SDK through a TCP relay', latencies: [], run: sdkCall(sdkTo(relay.ready.url)) },
      {
        name: 'netplane client, no gateway',
        latencies: [],
        run: async () => {
          const result = await client.call('ModifyNetworkInterfaceAttribute', { RegionId: MUTATED_REGION, NetworkInterfaceId: MISSING_ENI, NetworkInterfaceName: 'renamed' }, { safeToRepeat: false });
          if (result.ok || result.error.code !== NOT_FOUND) throw new Error(JSON.stringify(result).slice(0, 500));
        },
      },
      { name: 'SDK', latencies: [], run: sdkCall(sdkTo(ali.ready.url)) },
    ];
    for (let round = 0; round < ROUNDS + 10; round++) {
      const start = performance.now();
      // Each round in another order, so no path always follows another.
      const order = round % 2 === 0 ? paths : [...paths].reverse();
      for (const p of order) {
        const t0 = performance.now();
        await p.run();
        // Spaced, so a gateway's work after its answer never overlaps the next path's call.
        if (round >= 10) p.latencies.push(performance.now() - t0);
        await sleep(5);
      }
      await sleep(Math.max(0, PACE_MS - (performance.now() - start)));
    }
    const sdk = median(paths.at(-1)!.latencies);
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${ROUNDS} rounds`);
    for (const p of paths) console.log(`  ${p.name.padEnd(30)} p50 ${median(p.latencies).toFixed(2)} ms${p.name === 'SDK' ? '' : `  (− SDK: ${(median(p.latencies) - sdk).toFixed(2)} ms)`}`);
  } finally {
    closeClient();
    await transport.close();
    for (const child of children.reverse()) await child.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
