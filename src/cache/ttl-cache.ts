/**
 * A small time-to-live map with clock-aligned windows: an entry lives until the end of the TTL
 * window it was stored in (windows are [k·ttl, (k+1)·ttl) of the clock), so it is never older
 * than the TTL, and however many readers poll, a key is filled at most once per window — the
 * calls a dashboard costs per refresh interval do not grow with its viewers. Expired entries
 * are dropped when seen; the oldest are evicted beyond `maxEntries`.
 */
export interface CachedEntry<V> {
  value: V;
  /** When the value was stored (the clock's milliseconds). */
  storedAt: number;
  /** The end of the window it was stored in. */
  expiresAt: number;
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
    if (this.now() >= entry.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, value: V): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(key);
    const now = this.now();
    this.entries.set(key, { value, storedAt: now, expiresAt: (Math.floor(now / this.ttlMs) + 1) * this.ttlMs });
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
