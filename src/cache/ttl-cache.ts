/**
 * A small time-to-live map with clock-aligned windows: an entry lives until the end of the TTL
 * window it was stored in (windows are [k·ttl, (k+1)·ttl) of the clock), so it is never older
 * than the TTL, and however many readers poll, a key is filled at most once per window — the
 * calls a dashboard costs per refresh interval do not grow with its viewers.
 *
 * Snapshots: a window's entries stay readable AS OF that window (`getAsOf`) for `retentionMs`
 * after it ends, so a client paging through a list it started in one window keeps reading the
 * same answers. Retained entries count toward `maxEntries`; the oldest are evicted first, and
 * entries past their retention are dropped when seen or when newer ones are stored.
 */
export interface CachedEntry<V> {
  value: V;
  /** When the value was stored (the clock's milliseconds). */
  storedAt: number;
  /** The start of the window it was stored in: the snapshot it belongs to. */
  window: number;
  /** The end of the window it was stored in. */
  expiresAt: number;
  /** Until when it is still served as of its window. */
  retainedUntil: number;
}

const SEPARATOR = '\u0001';

export class TtlCache<V> {
  /** `${key}\u0001${window}` → entry, in insertion (so roughly time) order. */
  private readonly entries = new Map<string, CachedEntry<V>>();

  constructor(
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
    readonly retentionMs = 0,
  ) {}

  /** The start of the window `at` falls in. */
  windowOf(at: number): number {
    return Math.floor(at / this.ttlMs) * this.ttlMs;
  }

  /** The entry of the current window. */
  get(key: string): CachedEntry<V> | undefined {
    if (this.ttlMs <= 0) return undefined;
    const now = this.now();
    const slot = `${key}${SEPARATOR}${this.windowOf(now)}`;
    const entry = this.entries.get(slot);
    if (!entry || now >= entry.expiresAt) {
      this.dropExpired(now);
      return undefined;
    }
    return entry;
  }

  /**
   * The entry as of snapshot `window`: that window's entry while retained, else the oldest
   * later one still readable (a partition first listed, or listed again after an invalidation,
   * in a later window) — never an entry older than the snapshot.
   */
  getAsOf(key: string, window: number): CachedEntry<V> | undefined {
    if (this.ttlMs <= 0 || !Number.isFinite(window)) return undefined;
    const now = this.now();
    const current = this.windowOf(now);
    for (let w = Math.max(this.windowOf(window), current - this.retentionMs - this.ttlMs); w <= current; w += this.ttlMs) {
      const slot = `${key}${SEPARATOR}${w}`;
      const entry = this.entries.get(slot);
      if (!entry) continue;
      if (now >= entry.retainedUntil) {
        this.entries.delete(slot);
        continue;
      }
      return entry;
    }
    return undefined;
  }

  set(key: string, value: V): CachedEntry<V> | undefined {
    if (this.ttlMs <= 0) return undefined;
    const now = this.now();
    const window = this.windowOf(now);
    const slot = `${key}${SEPARATOR}${window}`;
    this.entries.delete(slot);
    const expiresAt = window + this.ttlMs;
    const entry = { value, storedAt: now, window, expiresAt, retainedUntil: expiresAt + Math.max(0, this.retentionMs) };
    this.entries.set(slot, entry);
    this.dropExpired(now);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return entry;
  }

  /** Drops every entry (of every snapshot) whose key starts with `prefix`; returns how many. */
  deleteByPrefix(prefix: string): number {
    let dropped = 0;
    for (const slot of [...this.entries.keys()]) {
      if (slot.startsWith(prefix)) {
        this.entries.delete(slot);
        dropped++;
      }
    }
    return dropped;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Entries are stored in time order, so the expired ones are at the front. */
  private dropExpired(now: number): void {
    for (const [slot, entry] of this.entries) {
      if (now < entry.retainedUntil) break;
      this.entries.delete(slot);
    }
  }
}
