import { describe, expect, it } from 'vitest';
import { FanOutOverloaded, KeyedLimiter } from '../../src/cache/keyed-limiter';

/** Work that stays in flight until released, recording the peak concurrency per label. */
function gate() {
  const releases: Array<() => void> = [];
  const active = new Map<string, number>();
  const peak = new Map<string, number>();
  const work = (labels: string[]) => async () => {
    for (const l of labels) {
      active.set(l, (active.get(l) ?? 0) + 1);
      peak.set(l, Math.max(peak.get(l) ?? 0, active.get(l)!));
    }
    await new Promise<void>((resolve) => releases.push(resolve));
    for (const l of labels) active.set(l, active.get(l)! - 1);
  };
  /** Releases whatever is in flight, a tick at a time, until every call has finished. */
  const drain = async (pending: Promise<unknown>[]) => {
    let done = false;
    void Promise.all(pending).then(() => (done = true));
    while (!done) {
      await new Promise((r) => setImmediate(r));
      releases.splice(0).forEach((release) => release());
    }
  };
  return { work, peak, drain };
}

describe('KeyedLimiter', () => {
  it('never runs more than perPartition calls of one partition at once', async () => {
    const limiter = new KeyedLimiter({ perPartition: 2, perProvider: 100 });
    const { work, peak, drain } = gate();
    const pending = Array.from({ length: 7 }, () => limiter.run('ALIBABA', 'p1', work(['p1'])));
    await drain(pending);
    expect(peak.get('p1')).toBe(2);
  });

  it('never runs more than perProvider calls of one provider at once, across partitions', async () => {
    const limiter = new KeyedLimiter({ perPartition: 2, perProvider: 3 });
    const { work, peak, drain } = gate();
    const pending = ['a', 'b', 'c', 'd', 'e'].flatMap((p) => [1, 2].map(() => limiter.run('HUAWEI', p, work(['HUAWEI', p]))));
    await drain(pending);
    expect(peak.get('HUAWEI')).toBe(3);
  });

  it('bounds each provider separately', async () => {
    const limiter = new KeyedLimiter({ perPartition: 4, perProvider: 1 });
    const { work, peak, drain } = gate();
    const pending = [
      limiter.run('ALIBABA', 'x', work(['all'])),
      limiter.run('HUAWEI', 'x', work(['all'])),
      limiter.run('ALIBABA', 'y', work(['all'])),
    ];
    await drain(pending);
    expect(peak.get('all')).toBe(2);
  });

  it('frees the slot when the work fails', async () => {
    const limiter = new KeyedLimiter({ perPartition: 1, perProvider: 1 });
    await expect(limiter.run('ALIBABA', 'p', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run('ALIBABA', 'p', () => Promise.resolve(42))).resolves.toBe(42);
  });
});

describe('KeyedLimiter queue bound', () => {
  it('refuses a call with FanOutOverloaded once maxQueued calls of its provider wait, and admits again as the queue drains', async () => {
    const limiter = new KeyedLimiter({ perPartition: 1, perProvider: 1, maxQueued: 2 });
    const releases: Array<() => void> = [];
    const hold = () => new Promise<string>((resolve) => releases.push(() => resolve('done')));
    const running = limiter.run('ALIBABA', 'p1', hold);
    const queued = [limiter.run('ALIBABA', 'p2', hold), limiter.run('ALIBABA', 'p3', hold)];
    await Promise.resolve();
    await expect(limiter.run('ALIBABA', 'p4', hold)).rejects.toBeInstanceOf(FanOutOverloaded);
    // Another provider's queue is its own.
    const other = limiter.run('HUAWEI', 'p1', async () => 'huawei');
    await expect(other).resolves.toBe('huawei');
    // Drain: release each held call as it starts.
    for (let i = 0; i < 3; i++) {
      while (releases.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      releases.shift()!();
    }
    await Promise.all([running, ...queued]);
    await expect(limiter.run('ALIBABA', 'p5', async () => 'admitted')).resolves.toBe('admitted');
  });
});
