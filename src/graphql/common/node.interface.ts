import { Field, ID, InterfaceType } from 'type-graphql';
import { encodeGlobalId, type NodeTypeName } from '../../domain/global-id';
import type { ResourceRef } from '../../domain/resources';

/**
 * A domain resource as the GraphQL layer hands it out: the adapter's plain object's properties plus
 * the name of its GraphQL type, which `Node.resolveType` reads, and its Relay `id`, a getter of the
 * view's class made the first time it is read, not with the view.
 */
export type NodeOf<T extends ResourceRef> = T & { readonly nodeType: NodeTypeName; readonly id: string };

/**
 * One class of views per node type. The `id` is a getter of the class, not a field resolver: a
 * field with a resolver costs graphql-jit a resolve info, a response path and three closures per
 * node (a dashboard page has 5,000 ids), a property it reads in place. Not enumerable and not the
 * view's own, so a copy or the JSON of a view holds the resource's fields only, as before.
 * A class per type, so V8 sizes each type's views for its own fields (they stay fast objects of
 * about the size of an object literal's).
 */
type ViewClass = new (resource: ResourceRef) => NodeOf<ResourceRef>;
const viewClasses = new Map<NodeTypeName, ViewClass>();

function viewClassOf(nodeType: NodeTypeName): ViewClass {
  let View = viewClasses.get(nodeType);
  if (View === undefined) {
    View = class {
      readonly nodeType: NodeTypeName;
      /**
       * The id once made. Made when first read, not with the view: views are made for every
       * resource of a listed partition (the bench fleet: 50,016) and shared by every request served
       * the same cached list, but a page selects a few hundred; made with the view, their ids held
       * 5.6 MB of the fleet's 80 MB live heap. A private slot of every view (8 bytes each, not in
       * its keys, copies or JSON), not a WeakMap from views to ids: a page reads 5,000 ids, and a
       * WeakMap lookup per id was 0.2 ms of a warm page's CPU.
       */
      #id: string | undefined = undefined;

      constructor(resource: ResourceRef) {
        // The type's name first, the resource's fields after, in the resource's order.
        this.nodeType = nodeType;
        Object.assign(this, resource);
      }

      get id(): string {
        return (this.#id ??= encodeGlobalId(this.nodeType, this as unknown as ResourceRef));
      }
    } as unknown as ViewClass;
    viewClasses.set(nodeType, View);
  }
  return View;
}

export function asNode<T extends ResourceRef>(nodeType: NodeTypeName, resource: T): NodeOf<T> {
  // A resource has no `id` of its own (its native id is `nativeId`); one would collide with the getter.
  return new (viewClassOf(nodeType))(resource) as NodeOf<T>;
}

@InterfaceType('Node', {
  description: 'An object with a Relay global id (opaque; it encodes provider, account, region and native id).',
  resolveType: (value: { nodeType: NodeTypeName }) => value.nodeType,
})
export abstract class Node {
  @Field(() => ID, { description: 'The Relay global id: opaque and stable; pass it to `node(id:)` to fetch the object again.' })
  id!: string;
}
