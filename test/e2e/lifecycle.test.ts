import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindingsInFlight, Lifecycle, type LifecycleClient, type Partition } from '../../examples/lifecycle/lifecycle';
import { ASYNC_DELAY_MS, startHarness, type Harness } from '../support/harness';

/**
 * The lifecycle example, run through the gateway against both emulators: every resource created,
 * attached, bound, associated, updated, then unwound in reverse, each asynchronous change followed
 * to its settled state on the emulator clock — and the emulator's state afterwards equal to what it
 * was before, resource for resource.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.reset();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

function clientFor(log: string[]): LifecycleClient {
  return {
    async run(document, variables) {
      const { data, errors, status } = await h.gql(document, variables);
      if (errors) throw new Error(`HTTP ${status}: ${JSON.stringify(errors)}`);
      return data;
    },
    tick: () => h.advanceClock(ASYNC_DELAY_MS / 2),
    log: (line) => { log.push(line); if (process.env['LIFECYCLE_DEBUG']) console.log(line); },
  };
}

const emulatorOf = (p: Partition): 'alibaba' | 'huawei' => (p.provider === 'ALIBABA' ? 'alibaba' : 'huawei');

async function partitionState(p: Partition): Promise<unknown> {
  const snapshot = (await h.control(emulatorOf(p), 'GET', 'snapshot')) as Record<string, unknown>;
  const accounts = (snapshot['accounts'] ?? snapshot) as Record<string, Record<string, unknown>>;
  return accounts[p.account]?.[p.region];
}

describe('the lifecycle example reading a fleet to compare', () => {
  it('waits until the bindings the fleet already had in flight have finished (right after npm start, an ENI is still Attaching)', async () => {
    await h.reset();
    const partition: Partition = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' };
    const log: string[] = [];
    const lifecycle = new Lifecycle(clientFor(log));
    const moving = bindingsInFlight(await lifecycle.fleet(partition));
    expect(moving).toEqual(expect.arrayContaining([expect.stringMatching(/^eni-\S+ ATTACHING$/), expect.stringMatching(/^eip-\S+ ASSOCIATING$/)]));
    const atRest = await lifecycle.fleetAtRest(partition);
    expect(bindingsInFlight(atRest)).toEqual([]);
    expect(log).toEqual([expect.stringContaining(`waiting for bindings in flight to finish (${moving.join(', ')})`)]);
  });
});

describe.each<Partition>([
  { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' },
  { provider: 'HUAWEI', account: 'hw-prod', region: 'ap-southeast-1' },
])('the full lifecycle on $provider', (partition) => {
  it('creates, binds, associates and updates every resource, unwinds it all, and leaves the emulator state as it found it', async () => {
    // The demo fixture has changes of its own in flight (an ENI Attaching …): let them settle first.
    await h.advanceClock(ASYNC_DELAY_MS * 10);
    const before = await partitionState(partition);
    expect(before).toBeDefined();
    const log: string[] = [];
    const lifecycle = new Lifecycle(clientFor(log));
    await lifecycle.run(partition);
    expect(lifecycle.mutations).toBeGreaterThanOrEqual(partition.provider === 'ALIBABA' ? 16 : 14);
    expect(log.join('\n')).toMatch(/deleteNetworkInterface/);
    expect(await partitionState(partition)).toEqual(before);
  }, 120_000);
});
