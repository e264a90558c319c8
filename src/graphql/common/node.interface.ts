import { isObjectType, type GraphQLSchema } from 'graphql';
import { Field, ID, InterfaceType } from 'type-graphql';
import { encodeGlobalId, type NodeTypeName } from '../../domain/global-id';
import type { ResourceRef } from '../../domain/resources';

/**
 * A domain resource as the GraphQL layer hands it out: the adapter's plain object plus the name of
 * its GraphQL type, which `Node.resolveType` reads (plain objects carry no class). Its Relay id is
 * made when a query selects it (`globalIdOf`), not with the view.
 */
export type NodeOf<T extends ResourceRef> = T & { readonly nodeType: NodeTypeName };

export function asNode<T extends ResourceRef>(nodeType: NodeTypeName, resource: T): NodeOf<T> {
  // The type's name first, the resource's fields after: V8 clones a fast object's properties into
  // the literal, whereas properties added after a spread of ~20 turned each view into a dictionary
  // (~950 B per node instead of ~360, 30 MB more for a 50,000-resource fleet).
  return { nodeType, ...resource } as NodeOf<T>;
}

/**
 * The ids made so far, per view. Views are made for every resource of a listed partition (the
 * bench fleet: 50,016) and shared by every request served the same cached list, but a page
 * selects a few hundred: made with the view, their ids held 5.6 MB of the fleet's 80 MB live heap
 * — twice that at the heap's peak, where V8 lets the old generation grow to twice what survived.
 */
const globalIds = new WeakMap<object, string>();

/** The view's Relay global id, made the first time it is asked for. */
export function globalIdOf(node: NodeOf<ResourceRef>): string {
  let id = globalIds.get(node);
  if (id === undefined) {
    id = encodeGlobalId(node.nodeType, node);
    globalIds.set(node, id);
  }
  return id;
}

/** The `id` of every type implementing ProviderResource (the views asNode makes) resolved by globalIdOf. */
export function installGlobalIdResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'ProviderResource')) continue;
    const field = type.getFields()['id'];
    if (field) field.resolve = (node: NodeOf<ResourceRef>) => globalIdOf(node);
  }
}

@InterfaceType('Node', {
  description: 'An object with a Relay global id (opaque; it encodes provider, account, region and native id).',
  resolveType: (value: { nodeType: NodeTypeName }) => value.nodeType,
})
export abstract class Node {
  @Field(() => ID, { description: 'The Relay global id: opaque and stable; pass it to `node(id:)` to fetch the object again.' })
  id!: string;
}
