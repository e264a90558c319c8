import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  getVariableValues,
  getNamedType,
  isCompositeType,
  isInputType,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { ListKind } from '../../domain/adapter';
import { decodeGlobalId } from '../../domain/global-id';
import type { Partition } from '../../domain/resources';
import { cursorSnapshot, relationshipOf, rootListOf, selectPartitions, type AdapterDirectory, type NetplaneContext, type PartitionSelector } from '../../graphql';
import { introspectionOnly } from '../introspection';
import { limitError } from './limits';

/**
 * Query cost in provider calls (envelop §4.2: one plugin, one concern). Before execution it
 * estimates the calls a cold cache would need — every list the operation causes, once per
 * selected partition (the per-request loaders share a partition's list between fields), sized by
 * each API's page size and what the partition last held — and rejects operations above the limit
 * with QUERY_TOO_COSTLY. After execution it reports the estimate and the calls actually sent in
 * `extensions.providerCalls`, and the age of cached answers in `extensions.cacheControl`.
 * A root list paged with a cursor whose snapshot the cache still retains costs nothing for the
 * partitions it retains (it is served from that snapshot); the others are estimated cold.
 */

export interface CostOptions {
  maxProviderCalls: number;
  /** The cache TTL the adapters use, reported to clients (0 when no cache). */
  cacheTtlMs: number;
  /** How long after its window a snapshot is served to cursors taken from it (0 when never). */
  snapshotRetentionMs?: number;
}

const partitionKey = (p: Partition): string => `${p.provider}/${p.account}/${p.region}`;

/** partitionKey of the configured partitions, made once: every request walks them for each field it lists. */
const partitionKeys = new WeakMap<Partition, string>();
function partitionKeyOf(p: Partition): string {
  let key = partitionKeys.get(p);
  if (key === undefined) {
    key = partitionKey(p);
    partitionKeys.set(p, key);
  }
  return key;
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Estimated provider calls of one operation against the configured partitions. */
export function estimateProviderCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationSelection: SelectionSetNode,
  variables: Record<string, unknown>,
  adapters: AdapterDirectory,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const all = adapters.partitions();
  /**
   * The loads, by kind and how (and a pushed-down filter's tag), then by partition: "all" lists or
   * an id batch; a full list makes the batch free. Grouped so the walk builds one key per field,
   * not one per field and partition (a dashboard's fields times 24 partitions, every request).
   */
  const loads = new Map<string, Map<string, number>>();
  const callsFor = (p: Partition, kind: ListKind, asOf: number | null): number => {
    const adapter = adapters.adapterFor(p);
    return adapter?.estimatePartitionListCalls?.(p, kind, asOf) ?? adapter?.estimateListCalls?.(kind, 0) ?? 1;
  };
  const need = (partitions: readonly Partition[], kind: ListKind, how: 'all' | 'byId' | 'filtered', tag = '', asOf: number | null = null): void => {
    const group = `${kind}|${how}${tag}`;
    let byPartition = loads.get(group);
    if (byPartition === undefined) {
      byPartition = new Map();
      loads.set(group, byPartition);
    }
    for (const p of partitions) {
      const key = partitionKeyOf(p);
      if (!byPartition.has(key)) byPartition.set(key, how === 'byId' ? 1 : callsFor(p, kind, asOf));
    }
  };

  /** `asOf`: the snapshot of the enclosing root list's cursor, which its relationships read too. */
  const walk = (
    set: SelectionSetNode | undefined,
    parent: GraphQLCompositeType,
    scope: readonly Partition[],
    seen: Set<string>,
    asOf: number | null,
  ): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) walk(selection.selectionSet, type, scope, seen, asOf);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type)) walk(fragment.selectionSet, type, scope, new Set([...seen, fragment.name.value]), asOf);
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const fieldDef = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      if (!fieldDef) continue;
      const args: Record<string, unknown> = {};
      for (const arg of selection.arguments ?? []) {
        const def = fieldDef.args.find((a) => a.name === arg.name.value);
        if (def && isInputType(def.type)) args[arg.name.value] = valueFromAST(arg.value, def.type, variables);
      }
      let inner = scope;
      let innerAsOf = asOf;
      const root = parent.name === 'Query' ? rootListOf(name) : undefined;
      if (root) {
        const rootKind = root.kind;
        const filter = (args['filter'] ?? {}) as PartitionSelector & Record<string, unknown>;
        inner = selectPartitions(all, filter);
        // Filters the gateway applies to the partition's full list share it; the others are pushed down.
        const pushedDown = Object.entries(filter).some(
          ([k, v]) => !root.gatewayOnlyFilters.includes(k) && v != null && !(Array.isArray(v) && v.length === 0),
        );
        // Only the unfiltered list's snapshot is looked up: a pushed-down filter is estimated cold.
        innerAsOf = cursorSnapshot({ after: stringOrNull(args['after']), before: stringOrNull(args['before']) });
        need(inner, rootKind, pushedDown ? 'filtered' : 'all', pushedDown ? `#${loads.size}` : '', pushedDown ? null : innerAsOf);
      } else if (parent.name === 'Query' && (name === 'node' || name === 'nodes')) {
        const ids = (name === 'node' ? [args['id']] : ((args['ids'] as unknown[] | undefined) ?? [])).filter((v): v is string => typeof v === 'string');
        const decoded = ids.map((id) => decodeGlobalId(id)).filter((d) => d !== null);
        inner = selectPartitions(all, {}).filter((p) => decoded.some((d) => partitionKey(d) === partitionKey(p)));
        for (const d of decoded) need([{ provider: d.provider, account: d.account, region: d.region }], d.type, 'byId');
      } else {
        const relation = relationshipOf(parent.name, name);
        if (relation) need(scope, relation.kind, relation.how, '', asOf);
      }
      const type = getNamedType(fieldDef.type);
      if (isCompositeType(type)) walk(selection.selectionSet, type, inner, seen, innerAsOf);
    }
  };
  const query = schema.getQueryType();
  if (query) walk(operationSelection, query, [], new Set(), null);

  let total = 0;
  for (const [group, byPartition] of loads) {
    // An id batch is answered from the partition's full list when the operation loads it anyway.
    const full = group.endsWith('|byId') ? loads.get(`${group.slice(0, -'byId'.length)}all`) : undefined;
    for (const [key, calls] of byPartition) if (!full?.has(key)) total += calls;
  }
  return total;
}

export function costPlugin(options: CostOptions): ApolloServerPlugin<NetplaneContext> {
  // One listener for every request: the estimate is kept in the request's own scope.
  const listener: GraphQLRequestListener<NetplaneContext> = {
    async didResolveOperation({ schema, document, operation, request, contextValue }) {
      if (!operation || operation.operation !== 'query') return;
      // Estimate from coerced variables only: raw JSON can hold any shape (`regions: true`); when
      // coercion fails, execution answers BAD_USER_INPUT and there is nothing to estimate.
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
      if (coerced.errors) return;
      const estimated = estimateProviderCalls(schema, document, operation.selectionSet, coerced.coerced, contextValue.adapters);
      contextValue.requestScope.estimatedProviderCalls = estimated;
      if (estimated > options.maxProviderCalls) {
        const error = limitError(
          `This query needs an estimated ${estimated} provider calls; the limit is ${options.maxProviderCalls}. ` +
            'Narrow the filter (providers, accounts, regions) or select fewer relationships.',
          'QUERY_TOO_COSTLY',
        );
        Object.assign(error.extensions, { estimatedProviderCalls: estimated, maxProviderCalls: options.maxProviderCalls });
        throw error;
      }
    },
    async willSendResponse({ response, contextValue }) {
      if (response.body.kind !== 'single') return;
      const tally = contextValue.requestScope;
      const estimated = tally.estimatedProviderCalls;
      // Operations that cannot reach a provider (introspection, __typename) answer unchanged.
      if (!estimated && !tally.actual && !tally.cacheHits && !tally.coalesced) return;
      const result = response.body.singleResult;
      result.extensions = {
        ...result.extensions,
        providerCalls: {
          estimated,
          actual: tally.actual,
          byProvider: { ...tally.byProvider },
          cacheHits: tally.cacheHits,
          coalesced: tally.coalesced,
          limit: options.maxProviderCalls,
        },
        // oldestAgeMs is the true age of the oldest answer served, a retained snapshot's included
        // (it may then exceed maxAgeMs, up to maxAgeMs + snapshotRetentionMs).
        cacheControl: {
          maxAgeMs: options.cacheTtlMs,
          snapshotRetentionMs: options.snapshotRetentionMs ?? 0,
          oldestAgeMs: tally.oldestAgeMs,
        },
      };
    },
  };
  // Introspection fields alone reach no provider (nothing to estimate, nothing to report): such a request gets no listener.
  return { requestDidStart: ({ request }) => Promise.resolve(introspectionOnly(request.query) ? undefined : listener) };
}
