import { GraphQLError, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import type { Result } from '../../domain/errors';
import type { Partition, ProviderName, ResourceRef } from '../../domain/resources';
import { presentFailure } from '../errors/provider-error.interface';
import { listsAskedSettled, type NetplaneContext } from '../context';
import { mapWithConcurrency } from './concurrency';
import type { ConnectionShape } from './connection.factory';
import { badListFilter, badUserInput, cursorOrError } from './argument-checks';
import { compareSortKeys, decodeCursorWithSnapshot, encodeCursor, type SortKey } from './cursor';
import type { NodeOf } from './node.interface';
import { DEFAULT_PAGE_SIZE, FANOUT_CONCURRENCY, MAX_PAGE_SIZE } from './page-limits';
import type { PartitionLoaders } from './partition-loaders';
import { partitionsOfPage, relationshipListsOfPage } from './page-relationships';
import type { PartitionOutcome } from './partition-outcome.type';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PartitionSelector {
  providers?: ProviderName[] | null;
  accounts?: string[] | null;
  regions?: string[] | null;
}

const inList = <T>(list: readonly T[] | null | undefined, value: T): boolean =>
  list == null || list.length === 0 || list.includes(value);

/**
 * A loop pushing into a literal, not `filter`: V8's filter builtin returns a holey array and the
 * same call inlined by its optimizing compiler a packed one, so the array's map changed when this
 * function was optimized, once per process, after warm-up: every optimized reader of it
 * (fanOutConnection and its closures) was thrown away ("wrong map") and compiled again.
 */
export function selectPartitions(all: readonly Partition[], selector: PartitionSelector): Partition[] {
  const selected: Partition[] = [];
  for (const p of all) {
    if (inList(selector.providers, p.provider) && inList(selector.accounts, p.account) && inList(selector.regions, p.region)) selected.push(p);
  }
  return selected;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

function cursorKey(cursor: string, argument: string): SortKey {
  const key = cursorOrError(cursor, argument);
  if (key instanceof GraphQLError) throw key;
  return key;
}

function pageSize(value: number | null | undefined, argument: string): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`"${argument}" must be between 0 and ${MAX_PAGE_SIZE}, got ${value}.`, [argument]);
  }
  return value;
}

/**
 * Relay pagination over items already in the deterministic (provider, account, region, nativeId)
 * order. Cursors are positions in that order, so `after`/`before` work even when the item they
 * came from is gone. Without `first`/`last` a page holds DEFAULT_PAGE_SIZE items. `snapshot`
 * (the cache window the items came from) is written into every cursor.
 */
export function paginate<T extends ResourceRef>(sorted: readonly T[], args: ConnectionArgs, snapshot: number | null = null): Page<T> {
  return paginateSegments([sorted], args, snapshot);
}

/**
 * paginate() over the concatenation of `segments` (each partition's list, in connection order),
 * without building it: a cursor is found by binary search, and only the page is copied, so a page
 * costs its own size whatever the fleet's.
 */
export function paginateSegments<T extends ResourceRef>(segments: readonly (readonly T[])[], args: ConnectionArgs, snapshot: number | null = null): Page<T> {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  const length = segments.reduce((n, segment) => n + segment.length, 0);
  let start = 0;
  let end = length;
  if (args.after != null) {
    const after = cursorKey(args.after, 'after');
    start = firstIndexWhere(segments, (ref) => compareRefToKey(ref, after) > 0);
  }
  if (args.before != null) {
    const before = cursorKey(args.before, 'before');
    end = Math.max(start, firstIndexWhere(segments, (ref) => compareRefToKey(ref, before) >= 0));
  }
  if (first !== null) end = Math.min(end, start + first);
  if (last !== null) start = Math.max(start, end - last);
  if (first === null && last === null) end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  const edges: PageEdge<T>[] = [];
  let offset = 0;
  for (const segment of segments) {
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset, segment.length);
    for (let i = from; i < to; i++) edges.push(new PageEdge(segment[i] as T, snapshot));
    offset += segment.length;
    if (offset >= end) break;
  }
  return {
    edges,
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: end < length,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * An edge of a page, its cursor encoded when read: a page whose query selects no edge `cursor` (a
 * dashboard's, or a walk's, which reads `pageInfo.endCursor`) encodes two cursors, not one per node.
 */
class PageEdge<T extends ResourceRef> {
  constructor(
    readonly node: T,
    private readonly snapshot: number | null,
  ) {}

  get cursor(): string {
    return cursorOf(this.node, this.snapshot);
  }
}

/**
 * The cursor last written for each node with its snapshot: nodes are shared by every request served
 * the same cached list and never mutated (partition-loaders.ts nodesOf), so a page read again in
 * the same cache window encodes no cursor.
 */
const cursors = new WeakMap<object, { snapshot: number | null; cursor: string }>();

function cursorOf(node: ResourceRef, snapshot: number | null): string {
  const known = cursors.get(node);
  if (known !== undefined && known.snapshot === snapshot) return known.cursor;
  const cursor = encodeCursor(node, snapshot);
  cursors.set(node, { snapshot, cursor });
  return cursor;
}

/** The position in the concatenated segments of the first item `past` holds for (`past` is false, then true, along the order). */
function firstIndexWhere<T>(segments: readonly (readonly T[])[], past: (item: T) => boolean): number {
  let offset = 0;
  for (const segment of segments) {
    if (segment.length > 0 && past(segment[segment.length - 1] as T)) {
      let low = 0;
      let high = segment.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (past(segment[middle] as T)) high = middle;
        else low = middle + 1;
      }
      return offset + low;
    }
    offset += segment.length;
  }
  return offset;
}

const partitionSortKey = (p: Partition): SortKey => [p.provider, p.account, p.region, ''];

function compareRefs(a: ResourceRef, b: ResourceRef): number {
  if (a.provider !== b.provider) return a.provider < b.provider ? -1 : 1;
  if (a.account !== b.account) return a.account < b.account ? -1 : 1;
  if (a.region !== b.region) return a.region < b.region ? -1 : 1;
  if (a.nativeId !== b.nativeId) return a.nativeId < b.nativeId ? -1 : 1;
  return 0;
}

/** compareSortKeys(sortKeyOf(ref), key) without building the key of every item scanned. */
function compareRefToKey(ref: ResourceRef, key: SortKey): number {
  const parts = [ref.provider, ref.account, ref.region, ref.nativeId] as const;
  for (let i = 0; i < 4; i++) if (parts[i] !== key[i]) return (parts[i] as string) < (key[i] as string) ? -1 : 1;
  return 0;
}

export function sortResources<T extends ResourceRef>(items: readonly T[]): T[] {
  return [...items].sort(compareRefs);
}

export interface FanOutOptions<T extends ResourceRef, Q extends { ids?: string[] }> {
  context: NetplaneContext;
  loaders: PartitionLoaders<T, Q>;
  selector: PartitionSelector;
  /** Pushed down to the provider. */
  query: Q;
  /** Applied to what came back: the filters that cannot be pushed down, and the pushed-down ones again (a provider may ignore a filter); null: no filter. */
  matches: ((item: NodeOf<T>) => boolean) | null;
  args: ConnectionArgs;
  /** The connection field's resolve info: the page's relationship lists are asked for with its own (./page-relationships.ts). */
  info?: GraphQLResolveInfo;
}

/** Which way a walk pages through a connection (walkDirection: null for a page that is not a walk's). */
export type WalkDirection = 'forward' | 'backward';

const directionOf = (after: boolean, before: boolean): WalkDirection | null => (after === before ? null : after ? 'forward' : 'backward');

/**
 * Whether this page is one of a walk, and which way: a page asked with one cursor (`after`, or
 * `before` alone) is a client walking the connection; so is a first page (no cursor this time)
 * whose document writes one cursor argument for the field (`after: $after`, null on the first
 * request), as a client written to page asks its first page (Relay's pagination queries do). A
 * first page whose document writes no cursor argument (a dashboard's), or both, is not a walk.
 */
export function walkDirection(args: ConnectionArgs, fieldNodes: readonly FieldNode[] = []): WalkDirection | null {
  if (args.after != null || args.before != null) return directionOf(args.after != null, args.before != null);
  const written = new Set(fieldNodes.flatMap((node) => node.arguments?.map((argument) => argument.name.value) ?? []));
  return directionOf(written.has('after'), written.has('before'));
}

/**
 * The partitions a walk has left past this page (./connection.ts walkDirection): its next pages
 * will read their relationship lists in each of these partitions — the ones with items beyond the
 * page, in the walk's direction. The page asks for them with its own (the cost estimate already
 * counts every partition's), so the walk waits for them once, not once per page as they come up;
 * a walk still reads each list once. A page that is not a walk's (a dashboard's first page) asks
 * only for its own.
 */
function walkAhead<T>(direction: WalkDirection | null, segments: readonly (readonly T[])[], partitions: readonly Partition[], onPage: readonly Partition[]): Partition[] {
  if (direction === null || onPage.length === 0) return [];
  const forward = direction === 'forward';
  const edge = forward ? onPage[onPage.length - 1]! : onPage[0]!;
  const at = partitions.findIndex((p) => p.provider === edge.provider && p.account === edge.account && p.region === edge.region);
  if (at < 0) return [];
  const ahead: Partition[] = [];
  const [from, to] = forward ? [at + 1, partitions.length] : [0, at];
  for (let i = from; i < to; i++) if (segments[i]!.length > 0) ahead.push(partitions[i]!);
  return ahead;
}

/**
 * Which partitions' relationship lists a forward page can ask for before all of its connection's
 * lists are in (those are waited for anyway, for the total count): as each partition's list
 * arrives, a partition is known to be on the page once every partition before it (from the
 * cursor's on) has arrived with fewer items than the page holds; on a forward walk's page, every
 * partition with items past the cursor (all of them on a first page) is on the page or ahead of
 * it in the walk (walkAhead). Only lists the page asks for after its fan-out anyway are asked
 * early, so its relationship lists load alongside the connection's slower partitions instead of
 * after them. Returns the callback for each partition's arrival (its index in `partitions`), or
 * null when the page is not a forward one.
 */
function earlyPagePartitions<T extends ResourceRef>(
  args: ConnectionArgs,
  walking: boolean,
  partitions: readonly Partition[],
  order: readonly number[],
  matches: ((item: T) => boolean) | null,
  ask: (partition: Partition) => void,
): ((index: number, result: Result<readonly T[]>) => void) | null {
  if (args.last != null || args.before != null || args.first === 0) return null;
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  const after = args.after != null ? cursorOrError(args.after, 'after') : null;
  if (after instanceof GraphQLError) return null;
  // Items of each arrived partition past the cursor; undefined: not arrived yet.
  const inRange: (number | undefined)[] = new Array(partitions.length);
  const asked = new Set<number>();
  const askOnce = (index: number) => {
    if (asked.has(index)) return;
    asked.add(index);
    ask(partitions[index]!);
  };
  return (index, result) => {
    const items = result.ok ? (matches ? result.value.filter(matches) : result.value) : [];
    inRange[index] = after ? items.length - firstIndexWhere([items], (ref) => compareRefToKey(ref, after) > 0) : items.length;
    if (walking) {
      if (inRange[index]! > 0) askOnce(index);
      return;
    }
    let before = 0;
    for (const at of order) {
      const count = inRange[at];
      if (count === undefined || before >= size) return;
      if (count > 0) askOnce(at);
      before += count;
    }
  };
}

/** The snapshot a page asks for: the one its `after` (else `before`) cursor came from. */
export function cursorSnapshot(args: ConnectionArgs): number | null {
  for (const cursor of [args.after, args.before]) {
    const snapshot = cursor == null ? null : (decodeCursorWithSnapshot(cursor)?.snapshot ?? null);
    if (snapshot !== null) return snapshot;
  }
  return null;
}

/**
 * Lists every partition the selector picks (FANOUT_CONCURRENCY at a time), merges, orders and
 * pages. A failing partition does not fail the field: its typed error is in `partitions`.
 * A page asked with a cursor reads the lists as of the cursor's snapshot while the cache retains
 * it (src/cache/list-snapshot.ts), so the pages of one walk come from the same lists; the
 * relationship fields of the page read as of it too (ProviderCallTally.snapshot).
 */
export async function fanOutConnection<T extends ResourceRef, Q extends { ids?: string[] }>(
  options: FanOutOptions<T, Q>,
): Promise<ConnectionShape<NodeOf<T>>> {
  // Validate the page arguments and the filter before calling anyone. (Every list resolver passes
  // its whole filter as the selector; the gateway ran the same checks before execution.)
  paginate([], options.args);
  const badFilter = badListFilter(options.selector);
  if (badFilter) throw badFilter;
  const partitions = selectPartitions(options.context.adapters.partitions(), options.selector);
  // The connection's own scope: its lists read as of the cursor's snapshot, and say which they were served from.
  const scope = options.context.requestScope.snapshot(cursorSnapshot(options.args));
  const observer = options.context.fanOutObserver;
  const resource = options.loaders.nodeType;
  // Each partition's list comes ordered by native id, so concatenating the partitions in
  // (provider, account, region) order gives the connection's order without sorting the fleet.
  // Pushed in a loop, as selectPartitions' result is: one elements kind whatever tier made it.
  const order: number[] = [];
  for (let index = 0; index < partitions.length; index++) order.push(index);
  order.sort((a, b) => compareSortKeys(partitionSortKey(partitions[a]!), partitionSortKey(partitions[b]!)));
  const related = options.info ? relationshipListsOfPage(options.info, resource) : [];
  const askRelated = (partition: Partition) => {
    for (const kind of related) void options.context.loaders[kind].all(partition);
  };
  const direction = walkDirection(options.args, options.info?.fieldNodes);
  const early = related.length > 0 ? earlyPagePartitions(options.args, direction === 'forward', partitions, order, options.matches, askRelated) : null;
  const listOne = (p: Partition, index: number) =>
    early ? options.loaders.list(p, options.query, scope).then((result) => (early(index, result), result)) : options.loaders.list(p, options.query, scope);
  const listAll = () =>
    mapWithConcurrency(partitions.map((p, index) => ({ p, index })), FANOUT_CONCURRENCY, ({ p, index }) =>
      observer ? observer.partition(resource, p, () => listOne(p, index)) : listOne(p, index),
    );
  const results = await (observer ? observer.fanOut(resource, partitions, listAll) : listAll());
  const outcomes: PartitionOutcome[] = [];
  const segments: (readonly NodeOf<T>[])[] = [];
  const segmentPartitions: Partition[] = [];
  let totalCount = 0;
  order.forEach((index) => {
    const result = results[index]!;
    const partition = partitions[index] as Partition;
    const base = { provider: partition.provider, account: partition.account, region: partition.region };
    if (!result.ok) {
      outcomes.push({ ...base, ok: false, itemCount: 0, error: presentFailure(result.error) });
      return;
    }
    const matching = options.matches ? result.value.filter(options.matches) : result.value;
    segments.push(matching);
    segmentPartitions.push(partition);
    totalCount += matching.length;
    outcomes.push({ ...base, ok: true, itemCount: matching.length, error: null });
  });
  // nodesOf (partition-loaders.ts) orders every partition's answer; the partitions are in order.
  const page = paginateSegments(segments, options.args, scope.cursorSnapshot);
  if (related.length > 0) {
    // A loop, not `map`: the builtin's array and the optimized compiler's inlined one differ in
    // elements kind, which threw away partitionsOfPage's optimized code once after warm-up.
    const nodes: NodeOf<T>[] = [];
    for (const edge of page.edges) nodes.push(edge.node);
    const onPage = partitionsOfPage(nodes);
    for (const partition of [...onPage, ...walkAhead(direction, segments, segmentPartitions, onPage)]) askRelated(partition);
  }
  await listsAskedSettled(options.context.loaders);
  return { ...page, totalCount, partitions: outcomes };
}
