/**
 * Bounds how many upstream list calls run at once, per key (a partition) and per group (a provider):
 * provider rate limits, not gateway CPU, are what a fleet fan-out exhausts first.
 */
class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  /** Takes a slot if one is free now. */
  tryAcquire(): boolean {
    if (this.active >= this.limit) return false;
    this.active++;
    return true;
  }

  async acquire(): Promise<void> {
    if (this.tryAcquire()) return;
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

export interface ConcurrencyBounds {
  /** Upstream calls in flight per (provider, account, region). */
  perPartition: number;
  /** Upstream calls in flight per provider, across its accounts and regions. */
  perProvider: number;
  /** Calls waiting for a slot per provider; one more is refused with FanOutOverloaded. Default: unbounded. */
  maxQueued?: number;
}

/** The fan-out queue of a provider is full: the call was refused before it waited or went upstream. */
export class FanOutOverloaded extends Error {
  constructor(
    readonly group: string,
    readonly queued: number,
  ) {
    super(`${queued} upstream calls to ${group} are already waiting for a slot; try again shortly.`);
  }
}

export class KeyedLimiter {
  private readonly byKey = new Map<string, Semaphore>();
  private readonly byGroup = new Map<string, Semaphore>();
  /** Calls of each group not yet holding the group's slot. */
  private readonly waiting = new Map<string, number>();

  constructor(private readonly bounds: ConcurrencyBounds) {}

  /** Runs `work` once a slot of its key and then of its group is free; rejects with FanOutOverloaded when the group's queue is full. */
  async run<T>(group: string, key: string, work: () => Promise<T>): Promise<T> {
    const own = this.semaphore(this.byKey, `${group}\u0000${key}`, this.bounds.perPartition);
    const shared = this.semaphore(this.byGroup, group, this.bounds.perProvider);
    // Partition first: a call waiting for its own partition must not hold one of the provider's slots.
    const ownNow = own.tryAcquire();
    const sharedNow = ownNow && shared.tryAcquire();
    if (!sharedNow) {
      const queued = this.waiting.get(group) ?? 0;
      if (this.bounds.maxQueued !== undefined && queued >= this.bounds.maxQueued) {
        if (ownNow) own.release();
        throw new FanOutOverloaded(group, queued);
      }
      this.waiting.set(group, queued + 1);
      if (!ownNow) await own.acquire();
    }
    try {
      if (!sharedNow) {
        try {
          await shared.acquire();
        } finally {
          this.waiting.set(group, (this.waiting.get(group) ?? 1) - 1);
        }
      }
      try {
        return await work();
      } finally {
        shared.release();
      }
    } finally {
      own.release();
    }
  }

  private semaphore(map: Map<string, Semaphore>, key: string, limit: number): Semaphore {
    let semaphore = map.get(key);
    if (!semaphore) {
      semaphore = new Semaphore(Math.max(1, limit));
      map.set(key, semaphore);
    }
    return semaphore;
  }
}
