/**
 * The emulators' notion of time. By default it follows the wall clock (so `npm start` shows an EIP
 * turning from Associating to InUse after a few seconds); tests freeze it and move it explicitly
 * through the control API so they never sleep.
 */
export class EmulatorClock {
  private offsetMs = 0;
  private frozenAtMs: number | null = null;

  constructor(private readonly wall: () => number = Date.now) {}

  now(): number {
    return this.frozenAtMs ?? this.wall() + this.offsetMs;
  }

  nowIso(): string {
    return new Date(this.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('clock can only move forward by a finite amount');
    if (this.frozenAtMs !== null) this.frozenAtMs += ms;
    else this.offsetMs += ms;
  }

  freeze(atMs: number = this.now()): void {
    this.frozenAtMs = atMs;
  }

  unfreeze(): void {
    if (this.frozenAtMs !== null) this.offsetMs = this.frozenAtMs - this.wall();
    this.frozenAtMs = null;
  }

  isFrozen(): boolean {
    return this.frozenAtMs !== null;
  }
}

/**
 * Deferred state transitions (Associating → InUse, PENDING_CREATE → ACTIVE …). They run lazily
 * whenever the emulator handles a request or the clock moves, so no timers are involved.
 */
export class TransitionScheduler {
  private pending: Array<{ atMs: number; seq: number; apply: () => void }> = [];
  private seq = 0;

  constructor(private readonly clock: EmulatorClock) {}

  after(delayMs: number, apply: () => void): void {
    this.pending.push({ atMs: this.clock.now() + delayMs, seq: this.seq++, apply });
  }

  runDue(): number {
    const now = this.clock.now();
    const due = this.pending.filter((t) => t.atMs <= now).sort((a, b) => a.atMs - b.atMs || a.seq - b.seq);
    if (due.length === 0) return 0;
    this.pending = this.pending.filter((t) => t.atMs > now);
    for (const t of due) t.apply();
    return due.length;
  }

  pendingCount(): number {
    return this.pending.length;
  }

  clear(): void {
    this.pending = [];
  }
}
