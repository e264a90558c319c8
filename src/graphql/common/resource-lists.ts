import { Query } from 'type-graphql';
import type { ListKind } from '../../domain/adapter';
import { gatewayOnlyFields } from './list-filters';
import { PlainFieldResolver, type AdvancedOptions, type PlainFieldMethod, type ReturnTypeFunc } from './plain-fields';

/**
 * What each resource's resolvers declare about the provider lists they read, recorded where they
 * declare it: the root connection field of each resource (with the filter fields the gateway
 * applies itself, which share the partition's full list, unlike pushed-down ones), and every
 * relationship field (the list its parent's partition loads, whole or by id). The query-cost
 * plugin estimates provider calls from these records instead of re-declaring them.
 */

export interface ResourceListSpec {
  kind: ListKind;
  /** Filter fields never pushed down to the provider: they are applied to the partition's full list. */
  gatewayOnlyFilters: readonly string[];
}

export interface RelationshipSpec {
  /** The list the field reads in its parent's partition. */
  kind: ListKind;
  /** `all`: the partition's full list (once per request); `byId`: an id batch. */
  how: 'all' | 'byId';
}

const rootLists = new Map<string, ResourceListSpec>();
const relationships = new Map<string, RelationshipSpec>();

/** `@Query` of a resource's connection, recorded as the root list of `kind` with the filter fields its declaration applies in the gateway. */
export function ResourceList(
  list: { kind: ListKind; filters: Parameters<typeof gatewayOnlyFields>[0] },
  returnType: ReturnTypeFunc,
  options: AdvancedOptions,
): MethodDecorator {
  return (prototype, field, descriptor) => {
    rootLists.set(String(field), { kind: list.kind, gatewayOnlyFilters: gatewayOnlyFields(list.filters) });
    Query(returnType, options)(prototype, field, descriptor);
  };
}

/**
 * A relationship field of `parentType` (a PlainFieldResolver), recorded with the list it reads. Its
 * method takes `(@Root() parent, @Ctx() context)`, in that order, and uses no `this`.
 */
export function Relationship(parentType: string, spec: RelationshipSpec, returnType: ReturnTypeFunc, options: AdvancedOptions) {
  return <M extends PlainFieldMethod>(prototype: object, field: string, descriptor: TypedPropertyDescriptor<M>): void => {
    relationships.set(`${parentType}.${field}`, spec);
    PlainFieldResolver(parentType, returnType, options)(prototype, field, descriptor);
  };
}

export function rootListOf(queryField: string): ResourceListSpec | undefined {
  return rootLists.get(queryField);
}

export function relationshipOf(parentType: string, field: string): RelationshipSpec | undefined {
  return relationships.get(`${parentType}.${field}`);
}
