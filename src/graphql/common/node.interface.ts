import { Field, ID, InterfaceType } from 'type-graphql';
import { encodeGlobalId, type NodeTypeName } from '../../domain/global-id';
import type { ResourceRef } from '../../domain/resources';

/**
 * A domain resource as the GraphQL layer hands it out: the adapter's plain object plus its Relay
 * id and the name of its GraphQL type, which `Node.resolveType` reads (plain objects carry no class).
 */
export type NodeOf<T extends ResourceRef> = T & { readonly id: string; readonly nodeType: NodeTypeName };

export function asNode<T extends ResourceRef>(nodeType: NodeTypeName, resource: T): NodeOf<T> {
  return { ...resource, id: encodeGlobalId(nodeType, resource), nodeType };
}

@InterfaceType('Node', {
  description: 'An object with a Relay global id (opaque; it encodes provider, account, region and native id).',
  resolveType: (value: { nodeType: NodeTypeName }) => value.nodeType,
})
export abstract class Node {
  @Field(() => ID, { description: 'The Relay global id: opaque and stable; pass it to `node(id:)` to fetch the object again.' })
  id!: string;
}
