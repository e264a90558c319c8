import { describe, expect, it } from 'vitest';
import type { Partition } from '../../src/domain/resources';
import { OperationTracker, statusVerdict } from '../../src/operations/tracker';
import type { Operation } from '../../src/store';
import { ASYNC_DELAY_MS, useHarness } from '../support/harness';

/**
 * The tracker against the real emulators (through the composition root's provider adapters) and
 * the harness's in-memory store: verdicts from statuses, one poller per resource, the time bound,
 * the cache told when an operation ends, and the resume after a restart.
 */

const h = useHarness({ durability: { pollInitialDelayMs: 20, pollMaxDelayMs: 100 } }, { reset: 'demo' });

const ALI: Partition = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' };

async function until(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function aliResource(kind: 'listElasticIps' | 'listNetworkInterfaces', name: string): Promise<{ nativeId: string; status: string }> {
  const reader = h.durability.adapters.readerFor('ALIBABA')!;
  const listed = await reader[kind](ALI, {});
  if (!listed.ok) throw new Error(listed.error.message);
  return (listed.value as Array<{ nativeId: string; name: string | null; status: string }>).find((r) => r.name === name)!;
}

function runningOn(nativeId: string, mutation: Operation['mutation'], pending: string[], settled: string[] | 'gone'): Promise<Operation> {
  return h.durability.store.operations.create({ mutation, ...ALI, targetNativeId: nativeId, status: 'RUNNING', completion: { kind: 'status', pending, settled } });
}

describe('statusVerdict', () => {
  const associate = { kind: 'status', pending: ['ASSOCIATING'], settled: ['IN_USE'] } as const;
  const release = { kind: 'status', pending: ['RELEASING'], settled: 'gone' } as const;
  it('runs while pending or not yet visible, succeeds on a settled status', () => {
    expect(statusVerdict(associate, 'ASSOCIATING')).toEqual({ done: false });
    expect(statusVerdict(associate, null)).toEqual({ done: false });
    expect(statusVerdict(associate, 'IN_USE')).toEqual({ done: true, change: { status: 'SUCCEEDED' } });
  });
  it('a delete succeeds once the resource is gone or DELETED', () => {
    expect(statusVerdict(release, 'RELEASING')).toEqual({ done: false });
    expect(statusVerdict(release, null)).toEqual({ done: true, change: { status: 'SUCCEEDED' } });
    expect(statusVerdict(release, 'DELETED')).toEqual({ done: true, change: { status: 'SUCCEEDED' } });
  });
});

describe('OperationTracker', () => {
  it('follows every operation on one resource with ONE poller, and ends them all when the resource settles', async () => {
    const eni = await aliResource('listNetworkInterfaces', 'spare-eni');
    const eip = await aliResource('listElasticIps', 'spare-eip');
    const invalidated: Partition[] = [];
    const tracker = new OperationTracker(
      h.durability.store,
      { readerFor: h.durability.adapters.readerFor, invalidate: (p) => invalidated.push(p) },
      { operationTimeoutSeconds: 60, pollInitialDelayMs: 20, pollMaxDelayMs: 100, pollConcurrencyPerPartition: 2 },
    );
    const reader = h.durability.adapters.readerFor('ALIBABA')!;
    const associated = await reader.associateElasticIp!({ ...ALI, nativeId: eip.nativeId }, { instanceId: eni.nativeId, instanceType: 'NetworkInterface' });
    expect(associated.ok).toBe(true);
    const first = await runningOn(eip.nativeId, 'associateElasticIp', ['ASSOCIATING'], ['IN_USE']);
    const second = await runningOn(eip.nativeId, 'associateElasticIp', ['ASSOCIATING'], ['IN_USE']);
    tracker.follow(first);
    tracker.follow(second);
    expect(tracker.activePollers()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await h.durability.store.operations.get(first.id))?.status).toBe('RUNNING');

    await h.advanceClock(ASYNC_DELAY_MS);
    await until(async () => (await h.durability.store.operations.get(second.id))?.status === 'SUCCEEDED');
    expect((await h.durability.store.operations.get(first.id))?.status).toBe('SUCCEEDED');
    await until(async () => tracker.activePollers() === 0);
    expect(invalidated).toContainEqual(ALI);
    tracker.close();
  });

  it('an operation not finished within its bound is TIMED_OUT, and the cache is told', async () => {
    const eni = await aliResource('listNetworkInterfaces', 'spare-eni');
    const invalidated: Partition[] = [];
    const tracker = new OperationTracker(
      h.durability.store,
      { readerFor: h.durability.adapters.readerFor, invalidate: (p) => invalidated.push(p) },
      { operationTimeoutSeconds: 0.3, pollInitialDelayMs: 20, pollMaxDelayMs: 100, pollConcurrencyPerPartition: 2 },
    );
    // AVAILABLE is neither the pending nor the settled status: it never settles.
    const stuck = await runningOn(eni.nativeId, 'attachNetworkInterface', ['ATTACHING'], ['IN_USE']);
    tracker.follow(stuck);
    await until(async () => (await h.durability.store.operations.get(stuck.id))?.status === 'TIMED_OUT');
    expect(invalidated).toEqual([ALI]);
    tracker.close();
  });

  it('resumes the RUNNING operations it finds in the store (a restart), not the PENDING ones', async () => {
    const eni = await aliResource('listNetworkInterfaces', 'spare-eni');
    const running = await runningOn(eni.nativeId, 'attachNetworkInterface', ['ATTACHING'], ['IN_USE']);
    const pending = await h.durability.store.operations.create({ mutation: 'createNetworkInterface', ...ALI, completion: { kind: 'sync' } });
    const tracker = new OperationTracker(
      h.durability.store,
      { readerFor: h.durability.adapters.readerFor, invalidate: () => undefined },
      { operationTimeoutSeconds: 0.3, pollInitialDelayMs: 20, pollMaxDelayMs: 100, pollConcurrencyPerPartition: 2 },
    );
    expect(await tracker.resume()).toBeGreaterThanOrEqual(1);
    await until(async () => (await h.durability.store.operations.get(running.id))?.status === 'TIMED_OUT');
    expect((await h.durability.store.operations.get(pending.id))?.status).toBe('PENDING');
    tracker.close();
  });
});
