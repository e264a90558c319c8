import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { badNodeIds, globalIdOrError, type ArgumentPath } from './argument-checks';
import { loadersOf, type NetplaneContext } from '../context';
import { Node, type NodeOf } from './node.interface';
import { MAX_PAGE_SIZE } from './page-limits';
import { loadOrThrow } from './provider-failure.error';
import type { ResourceRef } from '../../domain/resources';
import { decodeOperationId } from '../../domain/global-id';
import { loadOperation } from '../operations/operation.resolver';
import type { OperationView } from '../operations/operation.type';

/**
 * Relay object identification. A malformed id is the caller's error (BAD_USER_INPUT); a
 * well-formed id of an unconfigured partition or of a resource the provider does not know resolves
 * to null; a provider failure is a located error.
 */
async function loadNode(context: NetplaneContext, id: string, path: ArgumentPath): Promise<NodeOf<ResourceRef> | OperationView | null> {
  // Operations are Nodes kept in the store, not provider resources.
  if (decodeOperationId(id)) return loadOperation(context, id);
  const decoded = globalIdOrError(id, path);
  if (decoded instanceof GraphQLError) throw decoded;
  if (!context.adapters.adapterFor(decoded)) return null;
  const { type, ...ref } = decoded;
  return loadOrThrow(loadersOf(context, type).byId(ref));
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'The resource with this global id.' })
  node(@Arg('id', () => ID, { description: 'A global id from any Node.id.' }) id: string, @Ctx() context: NetplaneContext): Promise<NodeOf<ResourceRef> | OperationView | null> {
    return loadNode(context, id, ['id']);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `The resources with these ids (at most ${MAX_PAGE_SIZE}), in order; ids of one partition and type are fetched in one provider call.`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: `Global ids from Node.id, at most ${MAX_PAGE_SIZE}; each answer is null when its id resolves to nothing.` }) ids: string[],
    @Ctx() context: NetplaneContext,
  ): Promise<NodeOf<ResourceRef> | OperationView | null>[] {
    const bad = badNodeIds(ids);
    if (bad) throw bad;
    return ids.map((id, index) => loadNode(context, id, ['ids', index]));
  }
}
