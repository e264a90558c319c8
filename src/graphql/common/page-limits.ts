/** Connection page sizes; the gateway's limits plugin rejects larger `first`/`last` up front. */
export const DEFAULT_PAGE_SIZE = 50;
/** The largest page a provider list API returns (Alibaba DescribeNetworkInterfaces MaxResults 500). */
export const MAX_PAGE_SIZE = 500;
/**
 * Partitions one connection field asks for at the same time. High on purpose: the real bounds on
 * upstream calls (per partition, per provider) are enforced below, around the adapters
 * (src/cache/keyed-limiter.ts, configured in `fanout`).
 */
export const FANOUT_CONCURRENCY = 64;
