import type { Store, Operation } from '../store';
import { isFinalStatus } from '../store';
import { recoverAbandoned } from './recovery';
import { OperationTracker, type TrackerAdapters, type TrackerSettings } from './tracker';

/**
 * netplane's memory at run time: the store, the tracker following asynchronous changes, the
 * waiters of `wait: { timeoutSeconds }`, and the timer that purges idempotency keys past their
 * retention. One per gateway process; the mutation stage (src/graphql/mutations/durability.stage.ts)
 * and the operation queries reach it through the request context.
 */

export interface DurabilitySettings extends TrackerSettings {
  /** Overall deadline of one mutation, retries included, unless the request sets one. */
  deadlineSeconds: number;
  maxWaitSeconds: number;
  purgeIntervalSeconds: number;
  /** How long the store keeps idempotency keys (store.idempotencyRetentionSeconds): a retry looks for the key's operation that far back. */
  keyRetentionSeconds: number;
  /** How often operations left PENDING by a stopped gateway are looked for (src/operations/recovery.ts). */
  recoveryIntervalSeconds: number;
}

export class Durability {
  readonly tracker: OperationTracker;
  private readonly waiters = new Map<string, Set<(operation: Operation) => void>>();
  private stopWatching: (() => Promise<void>) | null = null;
  private purgeTimer: NodeJS.Timeout | null = null;
  private recoveryTimer: NodeJS.Timeout | null = null;
  private recovering: Promise<unknown> = Promise.resolve();
  /** Writes answered before they ended (see `afterAnswer`), awaited by close(). */
  private readonly writing = new Set<Promise<unknown>>();

  private constructor(
    readonly store: Store,
    /** The provider adapters behind the cache (reads and reconciles go upstream). */
    readonly adapters: TrackerAdapters,
    readonly settings: DurabilitySettings,
  ) {
    this.tracker = new OperationTracker(store, adapters, settings);
    this.tracker.onEnded((operation) => this.deliver(operation));
  }

  /** Watches the store (changes from every replica), resumes the pollers of unfinished operations and starts the purge timer. */
  static async start(store: Store, adapters: TrackerAdapters, settings: DurabilitySettings): Promise<Durability> {
    const durability = new Durability(store, adapters, settings);
    // Only the operations someone waits on are read back: a change nobody waits for costs no read.
    durability.stopWatching = await store.operations.watch(
      (operation) => durability.deliver(operation),
      (id) => durability.waiters.has(id),
    );
    await durability.tracker.resume();
    durability.purgeTimer = setInterval(() => {
      void store.idempotency.purgeExpired().catch(() => undefined);
    }, settings.purgeIntervalSeconds * 1000);
    durability.purgeTimer.unref();
    durability.recoverNow();
    durability.recoveryTimer = setInterval(() => durability.recoverNow(), settings.recoveryIntervalSeconds * 1000);
    durability.recoveryTimer.unref();
    return durability;
  }

  /**
   * The operation once it is final, or its state at the deadline (still RUNNING: never an error).
   */
  async waitFor(operationId: string, timeoutMs: number): Promise<Operation | null> {
    const current = await this.store.operations.get(operationId);
    if (!current || isFinalStatus(current.status) || timeoutMs <= 0) return current;
    return new Promise<Operation | null>((resolve) => {
      const waiters = this.waiters.get(operationId) ?? new Set();
      this.waiters.set(operationId, waiters);
      const settle = (operation: Operation | null) => {
        clearTimeout(timer);
        waiters.delete(onChange);
        if (waiters.size === 0) this.waiters.delete(operationId);
        resolve(operation);
      };
      const onChange = (operation: Operation) => {
        if (isFinalStatus(operation.status)) settle(operation);
      };
      const timer = setTimeout(() => void this.store.operations.get(operationId).then(settle, () => settle(current)), timeoutMs);
      waiters.add(onChange);
      // It may have ended between the read and the subscription.
      void this.store.operations.get(operationId).then((latest) => latest && onChange(latest), () => undefined);
    });
  }

  /** One recovery sweep, never two at once. */
  recoverNow(): Promise<unknown> {
    this.recovering = this.recovering.then(() => recoverAbandoned(this.store, this.adapters)).catch(() => undefined);
    return this.recovering;
  }

  /**
   * Lets a write end after the answer when the store runs statements one at a time in the order
   * they were issued (the embedded PGlite store): every later statement, a retry's claim or an
   * `operation(id)` read included, runs after it and sees it; a write whose statement is issued
   * after the turn (MutationRecords.finish's 'afterTurn') then costs the answer nothing, since
   * PGlite runs in this thread. On PostgreSQL (a pool) a later
   * statement could overtake it, so the write is awaited. A write that fails after the answer
   * leaves what a crash at that point leaves (the operation PENDING, the key held until its lease
   * ends), which recovery settles (./recovery.ts).
   */
  afterAnswer(write: Promise<unknown>): Promise<void> {
    if (this.store.backend !== 'pglite') return write.then(() => undefined);
    const settled: Promise<unknown> = write.catch(() => undefined).finally(() => this.writing.delete(settled));
    this.writing.add(settled);
    return Promise.resolve();
  }

  async close(): Promise<void> {
    await Promise.all(this.writing);
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    if (this.recoveryTimer) clearInterval(this.recoveryTimer);
    await this.recovering;
    this.tracker.close();
    await this.stopWatching?.();
  }

  private deliver(operation: Operation): void {
    for (const waiter of [...(this.waiters.get(operation.id) ?? [])]) waiter(operation);
  }
}
