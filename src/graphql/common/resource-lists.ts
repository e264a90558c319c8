import { isObjectType, type GraphQLSchema } from 'graphql';
import { FieldResolver, Query } from 'type-graphql';

// type-graphql does not export these from its entry point; its last Query overload has them.
type ReturnTypeFunc = Parameters<typeof Query>[0];
type AdvancedOptions = NonNullable<Parameters<typeof Query>[1]>;
import type { ListKind } from '../../domain/adapter';
import type { NetplaneContext } from '../context';
import { gatewayOnlyFields } from './list-filters';

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

/** A relationship field's method: its parent value and the request's context, nothing else. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each relationship's parent type differs; graphql-js passes it untyped
type RelationshipMethod = (parent: any, context: NetplaneContext) => unknown;
const relationshipMethods = new Map<string, RelationshipMethod>();

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
 * `@FieldResolver` of a relationship of `parentType`, recorded with the list it reads. Its method
 * takes `(@Root() parent, @Ctx() context)`, in that order, and uses no `this`: the schema resolves
 * the field with it directly (installRelationshipResolvers).
 */
export function Relationship(parentType: string, spec: RelationshipSpec, returnType: ReturnTypeFunc, options: AdvancedOptions) {
  return <M extends RelationshipMethod>(prototype: object, field: string, descriptor: TypedPropertyDescriptor<M>): void => {
    relationships.set(`${parentType}.${field}`, spec);
    if (descriptor.value) relationshipMethods.set(`${parentType}.${field}`, descriptor.value);
    FieldResolver(returnType, options)(prototype, field, descriptor);
  };
}

/**
 * Every relationship field of `schema` resolved by its method as a plain graphql-js resolver: the
 * resolver type-graphql builds runs per call what netplane never uses (its container, middlewares,
 * and a sort and map of the parameter list), and relationship fields run once per node of a page.
 */
export function installRelationshipResolvers(schema: GraphQLSchema): void {
  for (const [key, method] of relationshipMethods) {
    const [parentType, field] = key.split('.') as [string, string];
    const type = schema.getType(parentType);
    const definition = isObjectType(type) ? type.getFields()[field] : undefined;
    if (definition) definition.resolve = (parent: unknown, _args: unknown, context: NetplaneContext) => method(parent, context);
  }
}

export function rootListOf(queryField: string): ResourceListSpec | undefined {
  return rootLists.get(queryField);
}

export function relationshipOf(parentType: string, field: string): RelationshipSpec | undefined {
  return relationships.get(`${parentType}.${field}`);
}
