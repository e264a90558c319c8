/**
 * In-process measurement of one failing mutation's cost (issue 11 target 7), for iterating without
 * the whole bench: netplane composed as `npm start` composes it (src/app/compose.ts), its embedded
 * store on disk in a fresh temporary directory, its accounts pointing at an Alibaba emulator in its
 * own process (./emulator-process.ts, no provider model); `updateNetworkInterface` on a missing ENI
 * and the official SDK's ModifyNetworkInterfaceAttribute, interleaved.
 *
 *   npx tsx scripts/bench/mutation-profile.ts
 *   MUTATION_RUNS=400 MUTATION_PROFILE=/tmp/mutation.cpuprofile npx tsx scripts/bench/mutation-profile.ts
 *   MUTATION_DURABILITY=0 npx tsx scripts/bench/mutation-profile.ts   # without the store: the gateway's own floor
 *
 * Prints the p50 of each path, of `{ __typename }` (what any request through the gateway costs),
 * and of the store's opening and closing statements. For a finer split, add temporary marks to
 * the gateway's code — `(globalThis as any).__np_mark?.('label')`, the first one 'http-in' where
 * the HTTP server takes the request — and it prints the p50 between consecutive marks of each
 * mutation request (the figures in the issue 11 target 7 notes were taken so). Everything runs in
 * this one process: the client's latency includes work the gateway does after its answer (use
 * ./mutation-ab.ts for end-to-end figures with the gateway in its own process).
 */
import '../../src/app/production-mode';
import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { startNetplane } from '../../src/app/compose';
import { startChild } from './child';
import { startCpuProfile } from './cpu-profile';
import { ALIBABA, ALIBABA_CREDENTIALS, benchConfig } from './fleet';
import { closeClient, post } from './http-client';

const RUNS = Number(process.env.MUTATION_RUNS ?? 200);
const PROFILE = process.env.MUTATION_PROFILE;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const ali = await startChild<{ url: string }>('emulator-process.ts', ['alibaba']);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netplane-mutation-profile-'));
  const netplane = await startNetplane(benchConfig({ ttlMs: 5_000, endpoints: { alibaba: ali.ready.url, huawei: ali.ready.url }, dataDir }), { logger: pino({ level: 'silent' }), durability: process.env.MUTATION_DURABILITY !== '0' });
  const stages: Record<string, number[]> = {};
  const timed = <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    const start = performance.now();
    try {
      return await fn(...args);
    } finally {
      (stages[name] ??= []).push(performance.now() - start);
    }
  };
  // Stage timestamps, from temporary marks in the gateway's code (see above), when there are any.
  let current: Array<[string, number]> = [];
  const traces: Array<Array<[string, number]>> = [];
  (globalThis as { __np_mark?: (label: string) => void }).__np_mark = (label) => {
    if (label === 'http-in') traces.push((current = []));
    current.push([label, performance.now()]);
  };
  const store = netplane.store;
  if (store) {
    store.mutations.start = timed('store: opening statement', store.mutations.start.bind(store.mutations));
    store.mutations.finish = timed('store: closing statement (after the answer)', store.mutations.finish.bind(store.mutations));
    store.mutations.finishUnread = timed('store: closing statement (after the answer)', store.mutations.finishUnread.bind(store.mutations));
  }
  try {
    const [account, region] = [ALIBABA.accounts[0]!, ALIBABA.regions[0]!];
    const ecs = new Ecs(new $OpenApiUtil.Config({ endpoint: new URL(ali.ready.url).host, protocol: 'http', regionId: region, ...ALIBABA_CREDENTIALS(account) }));
    const MUTATION = `mutation ($input: UpdateNetworkInterfaceInput!) { updateNetworkInterface(input: $input) { __typename ... on ProviderError { code } } }`;
    const body = JSON.stringify({ query: MUTATION, variables: { input: { networkInterface: { provider: 'ALIBABA', account, region, nativeId: 'eni-bench-missing' }, networkInterfaceName: 'renamed' } } });
    const viaNetplane = async () => {
      const answer = await post(netplane.gatewayUrl, body, { 'accept-encoding': 'gzip, br' });
      if (!answer.body.includes('InvalidEniId.NotFound')) throw new Error(answer.body.slice(0, 500));
    };
    const typename = JSON.stringify({ query: '{ __typename }' });
    const viaTypename = async () => void (await post(netplane.gatewayUrl, typename, { 'accept-encoding': 'gzip, br' }));
    const viaSdk = async () => {
      try {
        await ecs.modifyNetworkInterfaceAttribute(new $Ecs.ModifyNetworkInterfaceAttributeRequest({ regionId: region, networkInterfaceId: 'eni-bench-missing', networkInterfaceName: 'renamed' }));
      } catch (error) {
        if ((error as { code?: string }).code !== 'InvalidEniId.NotFound') throw error;
      }
    };
    for (let i = 0; i < 30; i++) await Promise.all([viaNetplane(), viaSdk(), viaTypename()].map((p) => p));
    for (const key of Object.keys(stages)) stages[key] = [];

    const stopProfile = await startCpuProfile(PROFILE, 100);
    const paths = { netplane: [] as number[], sdk: [] as number[], typename: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      for (const [name, run] of [['netplane', viaNetplane], ['sdk', viaSdk], ['typename', viaTypename]] as const) {
        const start = performance.now();
        await run();
        paths[name].push(performance.now() - start);
      }
      // Paced under the emulator's rate limits, and so the closing write ends before the next.
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await stopProfile();
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${RUNS} runs`);
    console.log(`netplane updateNetworkInterface p50 ${median(paths.netplane).toFixed(2)} ms; SDK p50 ${median(paths.sdk).toFixed(2)} ms; difference ${(median(paths.netplane) - median(paths.sdk)).toFixed(2)} ms`);
    console.log(`netplane { __typename } p50 ${median(paths.typename).toFixed(2)} ms`);
    const gaps: Record<string, number[]> = {};
    for (const trace of traces.slice(-RUNS * 3)) {
      if (!trace.some(([label]) => label === 'stage-in' || label === 'exec-mutation')) {
        const ordered = [...trace].sort((a, b) => a[1] - b[1]);
        for (let i = 1; i < ordered.length; i++) (gaps[`{ __typename }: ${ordered[i - 1]![0]} → ${ordered[i]![0]}`] ??= []).push(ordered[i]![1] - ordered[i - 1]![1]);
        continue;
      }
      const ordered = [...trace].sort((a, b) => a[1] - b[1]);
      for (let i = 1; i < ordered.length; i++) (gaps[`${ordered[i - 1]![0]} → ${ordered[i]![0]}`] ??= []).push(ordered[i]![1] - ordered[i - 1]![1]);
      const end = ordered.find(([l]) => l === 'res-end') ?? ordered.find(([l]) => l === 'res-finish');
      if (end) (gaps['http-in → answered'] ??= []).push(end[1] - ordered[0]![1]);
    }
    for (const [name, values] of Object.entries(gaps)) console.log(`  ${name}: p50 ${median(values).toFixed(2)} ms (${values.length})`);
    for (const [name, values] of Object.entries(stages)) console.log(`  ${name}: p50 ${median(values).toFixed(2)} ms (${values.length})`);
  } finally {
    closeClient();
    await netplane.close();
    await ali.child.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
