import type { Result } from '../domain/errors';
import type { Partition } from '../domain/resources';

/**
 * Where the list answers of several gateway replicas meet (src/cache/cached-adapter.ts uses it
 * behind its own in-memory window cache). One replica needs none: its CachedAdapter already
 * coalesces and caches in memory. Replicas behind one address share one (src/cache/redis-list-store.ts)
 * so that viewers spread over them cost the provider calls of one replica:
 *  - an answer filled by any replica is served by all of them until its window ends;
 *  - an identical list in flight on one replica is joined by the others (one upstream call);
 *  - a partition's generation, bumped by every invalidation on any replica, is part of every slot,
 *    so a mutation through one replica hides the partition's answers from all of them.
 */

/** One cached list: (partition, generation, query, window). */
export interface SharedSlot {
  /** The partition, provider included (`provider/account/region`). */
  partition: string;
  /** The partition's generation when the list was asked for. */
  generation: number;
  /** The list kind and its query, as the CachedAdapter keys them. */
  key: string;
  /** Start of the clock-aligned window the answer belongs to (ms). */
  window: number;
  /** How long the answer stays readable from now (the rest of its window plus the snapshot retention). */
  keepMs: number;
}

/** filled: this replica called upstream; shared: another replica's answer; joined: waited for another replica's call. */
export type SharedSource = 'filled' | 'shared' | 'joined';

export interface SharedAnswer {
  result: Result<unknown[]>;
  source: SharedSource;
}

export interface SharedListStore {
  /** The partition's current generation (0 until first invalidated). */
  generation(partition: Partition): Promise<number>;
  /** Bumps the partition's generation: every replica stops serving its answers, and is told (`onInvalidate`). */
  invalidate(partition: Partition): Promise<void>;
  /**
   * `listener` hears the partitions other replicas invalidate, as they do, so a replica drops what
   * it holds beyond the list cache (shared GraphQL responses) at once. Best effort (a message lost
   * while disconnected is not replayed): the generation checked before every list is the guarantee.
   */
  onInvalidate(listener: (partition: Partition) => void): void;
  /**
   * The slot's answer when any replica has it; else the answer of the one replica that fills it
   * (`fill` runs here when this replica wins the fill). Only successful answers are kept.
   */
  getOrFill(slot: SharedSlot, fill: () => Promise<Result<unknown[]>>): Promise<SharedAnswer>;
  close(): Promise<void>;
}

/**
 * The in-process implementation: several CachedAdapters of one process (tests, or a process that
 * hosts more than one gateway) share answers and fills exactly as replicas share Redis.
 */
export class MemoryListStore implements SharedListStore {
  private readonly generations = new Map<string, number>();
  private readonly answers = new Map<string, { result: Result<unknown[]>; until: number }>();
  private readonly fills = new Map<string, Promise<Result<unknown[]>>>();
  private readonly listeners = new Set<(partition: Partition) => void>();

  constructor(private readonly now: () => number = Date.now) {}

  generation(partition: Partition): Promise<number> {
    return Promise.resolve(this.generations.get(partitionId(partition)) ?? 0);
  }

  invalidate(partition: Partition): Promise<void> {
    const id = partitionId(partition);
    this.generations.set(id, (this.generations.get(id) ?? 0) + 1);
    for (const key of [...this.answers.keys()]) if (key.startsWith(`${id}\u0000`)) this.answers.delete(key);
    for (const listener of this.listeners) listener(partition);
    return Promise.resolve();
  }

  onInvalidate(listener: (partition: Partition) => void): void {
    this.listeners.add(listener);
  }

  async getOrFill(slot: SharedSlot, fill: () => Promise<Result<unknown[]>>): Promise<SharedAnswer> {
    const id = slotId(slot);
    const kept = this.answers.get(id);
    if (kept && this.now() < kept.until) return { result: kept.result, source: 'shared' };
    const pending = this.fills.get(id);
    if (pending) return { result: await pending, source: 'joined' };
    const filling = fill().then((result) => {
      if (result.ok && slot.keepMs > 0 && (this.generations.get(slot.partition) ?? 0) === slot.generation) {
        this.answers.set(id, { result, until: this.now() + slot.keepMs });
      }
      return result;
    });
    this.fills.set(id, filling);
    try {
      return { result: await filling, source: 'filled' };
    } finally {
      this.fills.delete(id);
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** A partition as replicas name it to each other. */
export function partitionId(p: Partition): string {
  return `${p.provider}/${p.account}/${p.region}`;
}

/** The slot's identity; starts with its partition so an invalidation finds its answers. */
export function slotId(slot: SharedSlot): string {
  return `${slot.partition}\u0000${slot.generation}\u0000${slot.window}\u0000${slot.key}`;
}
