/**
 * A small time-to-live map with clock-aligned windows: an entry lives until the end of the TTL
 * window it was stored in (windows are [k·ttl, (k+1)·ttl) of the clock), so it is never older
 * than the TTL, and however many readers poll, a key is filled at most once per window — the
 * calls a dashboard costs per refresh interval do not grow with its viewers.
 *
 * Snapshots: a window's entries stay readable AS OF that window (`getAsOf`) for `retentionMs`
 * after it ends, so a client paging through a list it started in one window keeps reading the
 * same answers.
 *
 * Memory is bounded in bytes: every entry's size (`sizeOf`, an estimate) counts toward `maxBytes`,
 * retained snapshots included, and toward `maxEntries`; past either bound the least recently used
 * entry is evicted first (a read moves an entry to the back). Entries past their retention are
 * dropped when the earliest of them is due.
 *
 * A value stored again in a later window may keep the parts of the key's newest earlier value that
 * did not change (`reuse`); entries sharing one holder (`holderOf`) count its bytes once.
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

export interface ByteBudget<V> {
  maxBytes: number;
  /** The bytes one value holds (an estimate is fine: it only has to grow with the value). */
  sizeOf: (value: V) => number;
  /** The object holding a value's bytes, when values can share it: entries with the same holder count once. */
  holderOf?: (value: V) => object | undefined;
}

/** Given the newest value of the same key from an earlier window and the one being stored: what to store. */
export type Reuse<V> = (previous: V, next: V) => V;

/** The group a key belongs to (a prefix of it), for deleteGroup. */
export type GroupOf = (key: string) => string;

export class TtlCache<V> {
  /** `${key}\u0001${window}` → entry, least recently used first. */
  private readonly entries = new Map<string, CachedEntry<V>>();
  /** What each slot's bytes are counted under (its holder, else the slot), apart so that entries handed out stay plain. */
  private readonly holders = new Map<string, unknown>();
  /** Bytes and number of slots of each holder. */
  private readonly held = new Map<unknown, { bytes: number; slots: number }>();
  private totalBytes = 0;
  /** The earliest `retainedUntil` of any entry: no sweep is needed before it. */
  private nextSweepAt = Number.POSITIVE_INFINITY;
  /** With `groupOf`: each group's slots, so deleteGroup touches only them. */
  private readonly groups = new Map<string, Set<string>>();

  constructor(
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
    readonly retentionMs = 0,
    private readonly budget?: ByteBudget<V>,
    private readonly reuse?: Reuse<V>,
    /**
     * Groups keys (by a prefix of theirs) for deleteGroup: dropping one group then costs its own
     * entries, where deleteByPrefix walks (and copies) every entry of the cache.
     */
    private readonly groupOf?: GroupOf,
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
    this.touch(slot, entry);
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
        this.remove(slot, entry);
        continue;
      }
      this.touch(slot, entry);
      return entry;
    }
    return undefined;
  }

  set(key: string, value: V): CachedEntry<V> | undefined {
    if (this.ttlMs <= 0) return undefined;
    const now = this.now();
    const window = this.windowOf(now);
    const slot = `${key}${SEPARATOR}${window}`;
    const previous = this.entries.get(slot);
    const earlier = this.reuse && this.newestBefore(key, window, now);
    if (earlier) value = this.reuse!(earlier.value, value);
    else if (previous && this.reuse) value = this.reuse(previous.value, value);
    if (previous) this.remove(slot, previous);
    const expiresAt = window + this.ttlMs;
    const entry: CachedEntry<V> = { value, storedAt: now, window, expiresAt, retainedUntil: expiresAt + Math.max(0, this.retentionMs) };
    this.entries.set(slot, entry);
    if (this.groupOf) {
      const group = this.groupOf(key);
      const slots = this.groups.get(group);
      if (slots) slots.add(slot);
      else this.groups.set(group, new Set([slot]));
    }
    this.count(slot, value);
    this.nextSweepAt = Math.min(this.nextSweepAt, entry.retainedUntil);
    this.dropExpired(now);
    // The entry just stored stays even when it alone exceeds the budget: its readers are waiting for it.
    while (this.entries.size > 1 && (this.entries.size > this.maxEntries || (this.budget !== undefined && this.totalBytes > this.budget.maxBytes))) {
      const [lru, lruEntry] = this.entries.entries().next().value as [string, CachedEntry<V>];
      this.remove(lru, lruEntry);
    }
    return entry;
  }

  /** Drops every entry (of every snapshot) whose key is in `group` (see `groupOf`); returns how many. */
  deleteGroup(group: string): number {
    if (!this.groupOf) throw new Error('deleteGroup needs the cache to group its keys (groupOf)');
    const slots = this.groups.get(group);
    if (!slots) return 0;
    let dropped = 0;
    for (const slot of [...slots]) {
      const entry = this.entries.get(slot);
      if (entry) {
        this.remove(slot, entry);
        dropped++;
      }
    }
    return dropped;
  }

  /** Drops every entry (of every snapshot) whose key starts with `prefix`; returns how many. */
  deleteByPrefix(prefix: string): number {
    let dropped = 0;
    for (const [slot, entry] of [...this.entries]) {
      if (slot.startsWith(prefix)) {
        this.remove(slot, entry);
        dropped++;
      }
    }
    return dropped;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The estimated bytes held (0 without a byte budget). */
  get bytes(): number {
    return this.totalBytes;
  }

  /** The key's entry of the latest window before `window` that is still retained. */
  private newestBefore(key: string, window: number, now: number): CachedEntry<V> | undefined {
    for (let w = window - this.ttlMs; w >= window - this.ttlMs - Math.max(0, this.retentionMs); w -= this.ttlMs) {
      const entry = this.entries.get(`${key}${SEPARATOR}${w}`);
      if (entry && now < entry.retainedUntil) return entry;
    }
    return undefined;
  }

  private count(slot: string, value: V): void {
    if (!this.budget) return;
    const holder = this.budget.holderOf?.(value) ?? slot;
    this.holders.set(slot, holder);
    const held = this.held.get(holder);
    if (held) {
      held.slots++;
      return;
    }
    const bytes = this.budget.sizeOf(value);
    this.held.set(holder, { bytes, slots: 1 });
    this.totalBytes += bytes;
  }

  private uncount(slot: string): void {
    if (!this.holders.has(slot)) return;
    const holder = this.holders.get(slot);
    this.holders.delete(slot);
    const held = this.held.get(holder)!;
    if (--held.slots > 0) return;
    this.held.delete(holder);
    this.totalBytes -= held.bytes;
  }

  private touch(slot: string, entry: CachedEntry<V>): void {
    this.entries.delete(slot);
    this.entries.set(slot, entry);
  }

  private remove(slot: string, entry: CachedEntry<V>): void {
    if (this.entries.get(slot) !== entry) return;
    this.entries.delete(slot);
    this.uncount(slot);
    if (this.groupOf) {
      const group = this.groupOf(slot.slice(0, slot.lastIndexOf(SEPARATOR)));
      const slots = this.groups.get(group);
      if (slots?.delete(slot) && slots.size === 0) this.groups.delete(group);
    }
  }

  /** Reads reorder entries, so expiry is not in map order: a full sweep, only once the earliest is due. */
  private dropExpired(now: number): void {
    if (now < this.nextSweepAt) return;
    let next = Number.POSITIVE_INFINITY;
    for (const [slot, entry] of [...this.entries]) {
      if (now >= entry.retainedUntil) this.remove(slot, entry);
      else next = Math.min(next, entry.retainedUntil);
    }
    this.nextSweepAt = next;
  }
}
