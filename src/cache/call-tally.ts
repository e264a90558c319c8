import type { ProviderCallEvent } from '../domain/provider-call';
import type { RequestScope } from '../domain/request-scope';
import type { ProviderName } from '../domain/resources';
import { ListSnapshotScope } from './list-snapshot';

/** One provider HTTP request made for a GraphQL request, as its log line lists it. */
export interface ProviderCallRecord {
  provider: string;
  operation: string;
  /** The provider's request id: what its support asks for. */
  requestId: string | null;
  /** HTTP status; null when no answer came. */
  status: number | null;
  /** Null on success. */
  code: string | null;
  ms: number;
}

/** More calls than this are counted but not listed, so a fleet walk cannot make a log line huge. */
export const MAX_LISTED_PROVIDER_CALLS = 200;

/**
 * What one GraphQL request cost upstream: every HTTP request an adapter sent on its behalf
 * (pages and retries included) and what each got back (for the request's log line, which joins
 * netplane's request id to the providers'), the list calls answered from the cache or by joining
 * another request's identical call in flight, and the age of the oldest cached answer it was given.
 * The gateway opens one tally per request and puts it in the request's context; the resolvers pass
 * it (or a connection's child, `snapshot`) to every adapter call, down to the transport.
 */
export class ProviderCallTally implements RequestScope {
  /** The provider calls the cost plugin estimated before execution (src/gateway/plugins/cost.ts); null: not estimated. */
  estimatedProviderCalls: number | null = null;
  actual = 0;
  /** The first MAX_LISTED_PROVIDER_CALLS provider calls that ended. */
  readonly providerCalls: ProviderCallRecord[] = [];
  /** Every provider call that ended, listed or not. */
  providerCallCount = 0;
  readonly byProvider: Record<string, number> = {};
  cacheHits = 0;
  coalesced = 0;
  /** Age in ms of the oldest cached list answer served to this request (0 when none). */
  oldestAgeMs = 0;
  /**
   * The snapshot this request's cursors asked for: the lists its relationship fields load (outside
   * the connection's own scope) read as of it too, so a page and its relationships agree.
   */
  private listSnapshot: ListSnapshotScope | null = null;
  /** The partitions (`provider\u0000account\u0000region\u0000`) whose lists this request read: a mutation of one invalidates a shared response. */
  readonly partitionsRead = new Set<string>();
  /** List calls this request made (answered from memory, joined or sent). */
  listReads = 0;
  /** Lists answered without being cached (failures, or overtaken by a mutation): the answer must not be shared past its execution. */
  uncachedReads = 0;

  constructor(readonly requestId: string | null = null) {}

  /** The request's snapshot: that of the connection it follows (see `snapshot`), if any. */
  get asOf(): number | null {
    return this.listSnapshot?.asOf ?? null;
  }

  /**
   * The scope of one connection's lists, reading as of `asOf` (a cursor's snapshot; null: the window
   * of its first list read). The request follows the first connection with a cursor, else the first
   * connection: its relationship fields read the same lists as the page, and a walk's relationship
   * lists are listed once, not again in each window it spans.
   */
  snapshot(asOf: number | null): ListSnapshotScope {
    const scope = new ListSnapshotScope(asOf, this);
    if (!this.listSnapshot || (scope.fromCursor && !this.listSnapshot.fromCursor)) this.listSnapshot = scope;
    return scope;
  }

  /** A list read with the request's own scope pins the snapshot it follows, if any (else: the current window). */
  pin(window: number): void {
    this.listSnapshot?.pin(window);
  }

  recordServed(window: number): void {
    this.listSnapshot?.recordServed(window);
  }

  recordSent(provider: ProviderName): void {
    this.actual++;
    this.byProvider[provider] = (this.byProvider[provider] ?? 0) + 1;
  }

  recordCall(call: ProviderCallEvent): void {
    if (this.providerCalls.length < MAX_LISTED_PROVIDER_CALLS) {
      const ms = Math.round(call.durationMs * 10) / 10;
      this.providerCalls.push({ provider: call.provider, operation: call.operation, requestId: call.requestId, status: call.httpStatus, code: call.code, ms });
    }
    this.providerCallCount++;
  }

  recordCacheHit(ageMs: number): void {
    this.cacheHits++;
    this.oldestAgeMs = Math.max(this.oldestAgeMs, ageMs);
  }

  recordCoalesced(): void {
    this.coalesced++;
  }

  recordRead(partition: string): void {
    this.partitionsRead.add(partition);
    this.listReads++;
  }

  recordUncachedRead(): void {
    this.uncachedReads++;
  }
}
