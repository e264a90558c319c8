/**
 * One frozen empty array for every empty list field of the resources the adapters map. A fleet's
 * resources mostly have no tags, carried virtual IPs or remote subnets: the bench fleet (50,016
 * resources) held ~105,000 distinct empty arrays, 3.3 MB of its cached lists — twice that at the
 * heap's peak, where V8 lets the old generation grow to twice what survived. Mapped resources are
 * never mutated (the cache shares them across requests and windows), so one array serves them
 * all; frozen, a mutation would throw instead of changing every resource.
 */
const EMPTY: readonly never[] = Object.freeze([]);

/** `items`, or the shared empty array when it has none. */
export function orSharedEmpty<T>(items: T[]): T[] {
  return items.length === 0 ? (EMPTY as never[]) : items;
}

/** The shared empty array, for a list field the provider never fills. */
export function noItems<T>(): T[] {
  return EMPTY as never[];
}
