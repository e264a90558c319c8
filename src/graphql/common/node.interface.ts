import { Field, ID, InterfaceType } from 'type-graphql';
import { encodeGlobalId, type NodeTypeName } from '../../domain/global-id';
import type { ResourceRef } from '../../domain/resources';

/**
 * A domain resource as the GraphQL layer hands it out: the adapter's plain object plus its Relay
 * id and the name of its GraphQL type, which `Node.resolveType` reads (plain objects carry no class).
 */
export type NodeOf<T extends ResourceRef> = T & { readonly id: string; readonly nodeType: NodeTypeName };

export function asNode<T extends ResourceRef>(nodeType: NodeTypeName, resource: T): NodeOf<T> {
  // The two fields first, the resource's after: V8 clones a fast object's properties into the
  // literal, whereas two properties added after a spread of ~20 turned each view into a dictionary
  // (~950 B per node instead of ~360, 30 MB more for a 50,000-resource fleet).
  return { id: encodeGlobalId(nodeType, resource), nodeType, ...resource } as NodeOf<T>;
}

@InterfaceType('Node', {
  description: 'An object with a Relay global id (opaque; it encodes provider, account, region and native id).',
  resolveType: (value: { nodeType: NodeTypeName }) => value.nodeType,
})
export abstract class Node {
  @Field(() => ID, { description: 'The Relay global id: opaque and stable; pass it to `node(id:)` to fetch the object again.' })
  id!: string;
}
