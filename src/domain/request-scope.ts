import type { ProviderName } from './resources';

/**
 * What the adapters and the list cache tell the GraphQL request they serve, passed to them
 * explicitly as the last argument of every list, read and mutation call. Work without a request
 * (background pollers, recovery) passes none, and its calls are recorded nowhere. The gateway's
 * implementation (src/cache/call-tally.ts) tallies what the request cost upstream; a connection's
 * child scope adds the list snapshot its pages read as of.
 */
export interface RequestScope {
  /** One HTTP request sent to `provider` on the request's behalf: every page and every retry attempt. */
  recordSent(provider: ProviderName): void;
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
