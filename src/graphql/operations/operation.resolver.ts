import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { permits, type Principal } from '../../auth/principal';
import { decodeOperationId } from '../../domain/global-id';
import { mutationDescriptor } from '../../domain/mutations';
import type { ProviderName } from '../../domain/resources';
import { InvalidCursorError, MAX_PAGE_SIZE, type Operation as StoredOperation, type OperationFilter, type OperationStatus as StatusValue } from '../../store';
import { Node, type NodeOf } from '../common/node.interface';
import { PageInfo } from '../common/page-info.type';
import { Provider } from '../common/provider.enum';
import type { NetplaneContext } from '../context';
import { Operation, OperationStatus, toOperationView, type OperationView } from './operation.type';
import type { ResourceRef } from '../../domain/resources';
import type { MutationName } from '../../domain/mutations';

/**
 * Reading operations: `operation(id)`, `operations(filter, first, after)` (newest first, from the
 * store, whichever replica recorded them) and `Operation.resource`, resolved through the request's
 * loaders. A caller sees the operations of the partitions it may read.
 */

export function visibleTo(principal: Principal, operation: StoredOperation): boolean {
  return permits(principal, 'read', { provider: operation.provider, account: operation.account, region: operation.region });
}

function durabilityOf(context: NetplaneContext) {
  if (!context.durability) {
    throw new GraphQLError('This gateway keeps no operations (it was started without a store).', { extensions: { code: 'UNAVAILABLE' } });
  }
  return context.durability;
}

/** An Operation's global id to its record, or null (a malformed id is the caller's error). */
export async function loadOperation(context: NetplaneContext, id: string): Promise<OperationView | null> {
  const operationId = decodeOperationId(id);
  if (!operationId) throw new GraphQLError(`The id "${id}" is not an Operation id.`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  const operation = await durabilityOf(context).store.operations.get(operationId);
  return operation && visibleTo(context.principal, operation) ? toOperationView(operation) : null;
}

@InputType('OperationFilter', { description: 'Which operations to list: those matching every list given (an absent list matches all).' })
export class OperationFilterInput {
  @Field(() => [OperationStatus], { nullable: true, description: 'Only operations in one of these statuses.' })
  statuses?: StatusValue[] | null;

  @Field(() => [String], { nullable: true, description: 'Only operations of these mutation fields, e.g. `createNetworkInterface`.' })
  mutations?: string[] | null;

  @Field(() => [Provider], { nullable: true, description: 'Only operations on these clouds.' })
  providers?: ProviderName[] | null;

  @Field(() => [String], { nullable: true, description: 'Only operations in these configured accounts.' })
  accounts?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only operations in these regions.' })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only operations sent with one of these idempotency keys.' })
  idempotencyKeys?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only operations created at or after this instant (ISO-8601).' })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'Only operations created before this instant (ISO-8601).' })
  before?: string | null;
}

@ObjectType('OperationEdge', { description: 'One Operation in a page of an OperationConnection, with its cursor.' })
export class OperationEdge {
  @Field(() => String, { description: 'Opaque position of this operation (newest first); pass it as `after`.' })
  cursor!: string;

  @Field(() => Operation, { description: 'The operation.' })
  node!: OperationView;
}

@ObjectType('OperationConnection', { description: 'A Relay connection over operations, newest first.' })
export class OperationConnection {
  @Field(() => [OperationEdge], { description: 'The operations of this page, newest first (the ones of partitions the caller may not read are left out).' })
  edges!: OperationEdge[];

  @Field(() => PageInfo, { description: 'Whether more operations follow; page on with `after: endCursor` (only forward).' })
  pageInfo!: PageInfo;
}

export function checkPageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first is 1 to ${MAX_PAGE_SIZE}.`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  return size;
}

/** The store's connections are keyset-paginated in one direction. */
export function forwardOnly(last: number | null | undefined, before: string | null | undefined): void {
  if (last != null || before != null) {
    throw new GraphQLError('This connection pages forward only: use first and after.', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}

export function badCursor(error: unknown): never {
  if (error instanceof InvalidCursorError) throw new GraphQLError(`after: ${error.message}`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  throw error;
}

function toStoreFilter(filter: OperationFilterInput | null | undefined): OperationFilter {
  if (!filter) return {};
  const present = <T>(list: T[] | null | undefined) => (list && list.length > 0 ? list : undefined);
  return {
    statuses: present(filter.statuses),
    mutations: present(filter.mutations) as MutationName[] | undefined,
    providers: present(filter.providers),
    accounts: present(filter.accounts),
    regions: present(filter.regions),
    idempotencyKeys: present(filter.idempotencyKeys),
    ...(filter.since && { since: filter.since }),
    ...(filter.before && { before: filter.before }),
  };
}

@Resolver(() => Operation)
export class OperationResolver {
  @Query(() => Operation, { nullable: true, description: 'The operation with this id (Operation.id); null when unknown or in a partition the caller may not read.' })
  operation(@Arg('id', () => ID, { description: 'An Operation.id, as a mutation payload or `operations` returned it.' }) id: string, @Ctx() context: NetplaneContext): Promise<OperationView | null> {
    return loadOperation(context, id);
  }

  @Query(() => OperationConnection, { description: 'Operations recorded by any replica sharing the store, newest first.' })
  async operations(
    @Arg('filter', () => OperationFilterInput, { nullable: true, description: 'Which operations; all when absent.' }) filter: OperationFilterInput | null,
    @Arg('first', () => Int, { nullable: true, description: `At most this many operations, 1 to ${MAX_PAGE_SIZE}; 50 when absent.` }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Only operations after this cursor (pageInfo.endCursor of the previous page).' }) after: string | null,
    @Arg('last', () => Int, { nullable: true, description: 'Not offered: this connection pages forward only (newest first, or as ordered); giving it is a 400.' }) last: number | null,
    @Arg('before', () => String, { nullable: true, description: 'Not offered: this connection pages forward only; giving it is a 400.' }) before: string | null,
    @Ctx() context: NetplaneContext,
  ): Promise<OperationConnection> {
    forwardOnly(last, before);
    const size = checkPageSize(first);
    const page = await durabilityOf(context)
      .store.operations.list(toStoreFilter(filter), { first: size, after })
      .catch(badCursor);
    const edges = page.edges.filter((e) => visibleTo(context.principal, e.node)).map((e) => ({ cursor: e.cursor, node: toOperationView(e.node) }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after), startCursor: page.edges[0]?.cursor ?? null, endCursor: page.endCursor },
    };
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The resource the change made or acted on, read now (through the request\'s loaders); null while unknown, once deleted, or when the read fails.',
  })
  async resource(@Root() operation: OperationView, @Ctx() context: NetplaneContext): Promise<NodeOf<ResourceRef> | null> {
    const nativeId = operation.record.resourceNativeId ?? operation.record.targetNativeId;
    if (!nativeId) return null;
    const type = mutationDescriptor(operation.mutation).resource;
    const ref = { provider: operation.target.provider, account: operation.target.account, region: operation.target.region };
    if (!context.adapters.adapterFor(ref)) return null;
    const found = await context.loaders[type].reread(ref, [nativeId]);
    return found.ok ? ((found.value[0] as NodeOf<ResourceRef> | undefined) ?? null) : null;
  }
}
