import type { ProviderCallEvent } from './provider-call';
import type { ProviderName } from './resources';

/**
 * What the adapters and the list cache tell the GraphQL request they serve, and what bounds their
 * calls, passed to them explicitly as the last argument of every list, read and mutation call.
 * Work without a request (background pollers, recovery) passes none, and its calls are recorded
 * nowhere. The gateway's implementation (src/cache/call-tally.ts) tallies what the request cost
 * upstream and lists its provider calls for its log line; a connection's child scope adds the list
 * snapshot its pages read as of, a mutation's (src/operations/attempt-scope.ts) its deadline and
 * the attempts its journal records.
 */
export interface RequestScope {
  /** netplane's id of the request (x-request-id), which the provider-call log lines carry; null when it has none. */
  readonly requestId: string | null;
  /**
   * The overall deadline of the calls made in this scope, retries included (a mutation's
   * `deadlineSeconds`): when it fires no repeat starts and the request in flight is aborted.
   * None: only the transport's own timeouts bound them.
   */
  readonly deadline?: AbortSignal;
  /** One HTTP request sent to `provider` on the request's behalf: every page and every retry attempt. */
  recordSent(provider: ProviderName): void;
  /** One HTTP request to a provider ended (answered or failed), with the provider's request id. */
  recordCall(call: ProviderCallEvent): void;
  /** A list answered from the cache; `ageMs` since it was listed. */
  recordCacheHit(ageMs: number): void;
  /** A list that joined an identical call already in flight. */
  recordCoalesced(): void;
  /** A list of `partition` (`provider\u0000account\u0000region\u0000`) read, whichever way it was answered. */
  recordRead(partition: string): void;
  /** A list answered without being cached (a failure, or overtaken by a mutation). */
  recordUncachedRead(): void;
  /** The list snapshot (start ms of a cache window) to read as of; null: the current window. */
  readonly asOf: number | null;
  /** Told by the cache at a list read: a scope without a snapshot yet takes `window` (the current one) as its own. */
  pin(window: number): void;
  /** The cache window a list was served from. */
  recordServed(window: number): void;
}

/**
 * A scope within another's (a connection's lists, a mutation's provider call): by default it is
 * its parent in every respect — what its calls cost is recorded there (without a parent: nowhere)
 * — and a subclass overrides only what it holds itself.
 */
export class ChildScope implements RequestScope {
  constructor(protected readonly parent?: RequestScope) {}

  get requestId(): string | null {
    return this.parent?.requestId ?? null;
  }

  get deadline(): AbortSignal | undefined {
    return this.parent?.deadline;
  }

  get asOf(): number | null {
    return this.parent?.asOf ?? null;
  }

  pin(window: number): void {
    this.parent?.pin(window);
  }

  recordServed(window: number): void {
    this.parent?.recordServed(window);
  }

  recordSent(provider: ProviderName): void {
    this.parent?.recordSent(provider);
  }

  recordCall(call: ProviderCallEvent): void {
    this.parent?.recordCall(call);
  }

  recordCacheHit(ageMs: number): void {
    this.parent?.recordCacheHit(ageMs);
  }

  recordCoalesced(): void {
    this.parent?.recordCoalesced();
  }

  recordRead(partition: string): void {
    this.parent?.recordRead(partition);
  }

  recordUncachedRead(): void {
    this.parent?.recordUncachedRead();
  }
}
