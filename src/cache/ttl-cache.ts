/**
 * A small time-to-live map. Entries older than `ttlMs` are misses (and are dropped when seen);
 * the oldest entries are evicted beyond `maxEntries`, so memory stays bounded whatever the keys.
 */
export interface CachedEntry<V> {
  value: V;
  /** When the value was stored (the clock's milliseconds). */
  storedAt: number;
}

export class TtlCache<V> {
  private readonly entries = new Map<string, CachedEntry<V>>();

  constructor(
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string): CachedEntry<V> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, value: V): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: this.now() });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Drops every entry whose key starts with `prefix`; returns how many. */
  deleteByPrefix(prefix: string): number {
    let dropped = 0;
    for (const key of [...this.entries.keys()]) {
      if (key.startsWith(prefix)) {
        this.entries.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  get size(): number {
    return this.entries.size;
  }
}
