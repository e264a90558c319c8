import type { GraphQLResolveInfo } from 'graphql';
import type { ResourceRef, Tag } from '../../domain/resources';
import type { ConnectionArgs } from './connection.args';
import { fanOutConnection, type PartitionSelector } from './connection';
import type { NodeOf } from './node.interface';
import type { PartitionLoaders } from './partition-loaders';
import type { NetplaneContext } from '../context';
import type { TagFilter } from './resource-filter';

/**
 * A resource's list filter, declared once per field: the adapter-query key it is pushed down as
 * (when the adapters take it; then the providers filter, and the gateway applies it again, since a
 * provider may ignore a filter), and how the gateway matches an item against it. Fields without a
 * push-down key are applied by the gateway to the partition's full list — which the query-cost
 * estimate reads from the same declaration. Unset, null or empty-list values match everything.
 */

export interface FilterFieldSpec<T, V> {
  /** The key of the adapter query the value is pushed down as. */
  readonly pushDown?: string;
  /** The value the adapter query takes, when it differs from the GraphQL value. */
  readonly toQuery?: (value: V) => unknown;
  readonly matches: (item: T, value: V) => boolean;
}

export type ListFilterSpec<T, F> = { readonly [K in keyof F]?: FilterFieldSpec<T, NonNullable<F[K]>> };

/** The fields every resource filter has (ResourceFilter); providers/accounts/regions select partitions. */
export interface CommonFilterFields {
  nativeIds?: string[] | null;
  namePrefix?: string | null;
}

const isSet = (value: unknown): boolean => value != null && !(Array.isArray(value) && value.length === 0);

/** nativeIds (pushed down as `ids`) and namePrefix, for a spec to spread. */
export function commonFilters<T extends ResourceRef & { name: string | null }>(): ListFilterSpec<T, CommonFilterFields> {
  return {
    nativeIds: { pushDown: 'ids', matches: (item, ids) => ids.includes(item.nativeId) },
    namePrefix: { matches: (item, prefix) => (item.name ?? '').startsWith(prefix) },
  };
}

/** A status filter: any of the listed statuses. */
export function statusFilter<T extends { status: string }>(): FilterFieldSpec<T, readonly string[]> {
  return { matches: (item, statuses) => statuses.includes(item.status) };
}

/** A tag filter: every listed tag carried (a tag without value matches any value). */
export function tagFilter<T extends { tags: readonly Tag[] }>(pushDown?: string): FilterFieldSpec<T, readonly TagFilter[]> {
  return {
    ...(pushDown !== undefined && {
      pushDown,
      toQuery: (tags: readonly TagFilter[]) => tags.map((t) => (t.value == null ? { key: t.key } : { key: t.key, value: t.value })),
    }),
    matches: (item, tags) => tags.every((wanted) => item.tags.some((t) => t.key === wanted.key && (wanted.value == null || t.value === wanted.value))),
  };
}

/** A scalar field equal to the given value, pushed down as `pushDown` when given. */
export function equalTo<T, V>(value: (item: T) => V | null | undefined, pushDown?: string): FilterFieldSpec<T, V> {
  return { ...(pushDown !== undefined && { pushDown }), matches: (item, wanted) => value(item) === wanted };
}

/** The filter fields no adapter takes: applied by the gateway to the partition's full list. */
export function gatewayOnlyFields(spec: { readonly [field: string]: { readonly pushDown?: string } | undefined }): string[] {
  const selectors = ['providers', 'accounts', 'regions'];
  return [...selectors, ...Object.entries(spec).filter(([, field]) => field?.pushDown === undefined).map(([name]) => name)];
}

/** One resource list over the partitions the filter selects, its filter pushed down and re-applied as the spec declares. */
export function listConnection<T extends ResourceRef, Q extends { ids?: string[] }, F extends PartitionSelector>(
  context: NetplaneContext,
  loaders: PartitionLoaders<T, Q>,
  filter: F | null,
  args: ConnectionArgs,
  spec: ListFilterSpec<NodeOf<T>, F>,
  info?: GraphQLResolveInfo,
) {
  const f = (filter ?? {}) as F;
  const given = (Object.keys(spec) as Array<keyof F>)
    .filter((field) => isSet(f[field]))
    .map((field) => ({ field, value: f[field] as NonNullable<F[keyof F]>, rule: spec[field]! }));
  const query: Record<string, unknown> = {};
  for (const { value, rule } of given) if (rule.pushDown !== undefined) query[rule.pushDown] = rule.toQuery ? rule.toQuery(value) : value;
  return fanOutConnection({
    context,
    loaders,
    selector: f,
    query: query as Q,
    matches: given.length === 0 ? null : (item: NodeOf<T>) => given.every(({ value, rule }) => rule.matches(item, value)),
    args,
    ...(info && { info }),
  });
}
