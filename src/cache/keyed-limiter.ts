/**
 * Bounds how many upstream list calls run at once, per key (a partition) and per group (a provider):
 * provider rate limits, not gateway CPU, are what a fleet fan-out exhausts first.
 */
class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
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
}

export class KeyedLimiter {
  private readonly byKey = new Map<string, Semaphore>();
  private readonly byGroup = new Map<string, Semaphore>();

  constructor(private readonly bounds: ConcurrencyBounds) {}

  /** Runs `work` once a slot of its key and then of its group is free. */
  async run<T>(group: string, key: string, work: () => Promise<T>): Promise<T> {
    const own = this.semaphore(this.byKey, `${group}\u0000${key}`, this.bounds.perPartition);
    const shared = this.semaphore(this.byGroup, group, this.bounds.perProvider);
    // Partition first: a call waiting for its own partition must not hold one of the provider's slots.
    await own.acquire();
    try {
      await shared.acquire();
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
