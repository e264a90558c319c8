/** Connection page sizes; the gateway's limits plugin rejects larger `first`/`last` up front. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;
/** Partitions listed at the same time by one connection field. */
export const FANOUT_CONCURRENCY = 4;
