import { MAX_PAGE_SIZE } from '../graphql/common/page-limits';

/**
 * What one GraphQL request may ask of the gateway, configurable in the `limits` block. Every limit
 * is checked before anything executes, so a request beyond one costs no provider call. The
 * provider-call cost limit is `cost.maxProviderCalls` (it belongs with the cost model).
 */
export interface RequestLimits {
  /** Deepest field nesting an operation may have (root fields are depth 1; introspection counts as 1). */
  maxDepth: number;
  /** Aliased fields in one document (each alias of a list field is one more fan-out). */
  maxAliases: number;
  /** Lexical tokens in one document; the parser stops at this count, so a huge document costs little. */
  maxTokens: number;
  /** Largest request body in bytes, enforced while it is read. */
  maxBodyBytes: number;
  /** Largest `first`/`last` of a connection; at most the largest provider page (MAX_PAGE_SIZE). */
  maxPageSize: number;
}

/**
 * The defaults. 12 levels and 30 aliases hold every example operation (the deepest, FleetDashboard
 * and ElasticIps, are depth 6; none has more than 4 aliases) with room; 5000 tokens hold the
 * largest example document (examples/lifecycle, 886 tokens) five times over; 256 KiB is far above
 * any hand-written query yet bounds memory per request.
 */
export const DEFAULT_REQUEST_LIMITS: Readonly<RequestLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5_000,
  maxBodyBytes: 256 * 1024,
  maxPageSize: MAX_PAGE_SIZE,
});

/** The ranges a configuration may choose from (below the minima netplane's own examples fail). */
export const REQUEST_LIMIT_RANGES: Readonly<Record<keyof RequestLimits, readonly [min: number, max: number]>> = Object.freeze({
  maxDepth: [3, 100],
  maxAliases: [0, 10_000],
  maxTokens: [100, 1_000_000],
  maxBodyBytes: [1_024, 64 * 1024 * 1024],
  maxPageSize: [1, MAX_PAGE_SIZE],
});
