import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Resolver, Root, Subscription, type PubSub, type SubscribeResolverData } from 'type-graphql';
import { decodeOperationId } from '../../domain/global-id';
import { isFinalStatus, type Operation as StoredOperation } from '../../store';
import { ProviderCallTally } from '../../cache/call-tally';
import { createLoaders, type NetplaneContext } from '../context';
import { OperationFilterInput, visibleTo } from './operation.resolver';
import { Operation, toOperationView, type OperationView } from './operation.type';

/**
 * The changes of operations as the gateway hears them (src/gateway/subscriptions-feed.ts: one
 * watch of the store per gateway, shared by every subscription).
 */
export interface OperationUpdates {
  /** The operation's state now. */
  get(id: string): Promise<StoredOperation | null>;
  /** Calls `listener` with the latest state of every operation created or changed from now on; resolves once listening. Its result stops it. */
  listen(listener: (operation: StoredOperation) => void): Promise<() => void>;
}

const badInput = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

const within = <T>(allowed: readonly T[] | null | undefined, value: T): boolean => !allowed || allowed.length === 0 || allowed.includes(value);

function instant(name: string, value: string | null | undefined): number | undefined {
  if (value == null) return undefined;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) throw badInput(`filter.${name} is not an ISO-8601 instant: ${JSON.stringify(value)}.`);
  return parsed;
}

/** `operations(filter)`'s filter applied to one change as it is heard (the store applies it in SQL for lists). */
export function operationMatcher(filter: OperationFilterInput): (operation: StoredOperation) => boolean {
  const since = instant('since', filter.since);
  const before = instant('before', filter.before);
  return (operation) => {
    const created = Date.parse(operation.createdAt);
    return (
      within(filter.statuses, operation.status) &&
      within(filter.mutations, operation.mutation as string) &&
      within(filter.providers, operation.provider) &&
      within(filter.accounts, operation.account) &&
      within(filter.regions, operation.region) &&
      (!filter.idempotencyKeys || filter.idempotencyKeys.length === 0 || (operation.idempotencyKey !== null && filter.idempotencyKeys.includes(operation.idempotencyKey))) &&
      (since === undefined || created >= since) &&
      (before === undefined || created < before)
    );
  };
}

/**
 * The updates one subscription receives, in the order heard. While the subscriber is slow, a newer
 * state of an operation replaces its older one still waiting (a watcher wants where it stands, and
 * the queue stays bounded by the number of operations); a state already delivered is not repeated
 * (the store's watch may tell a change twice). Not an async generator: a generator waiting for the
 * next change could not be ended by an unsubscribe until that change came.
 */
/** What a subscriber sees change: two states with the same one are the same update told twice. */
function stateOf(operation: StoredOperation): string {
  return JSON.stringify([operation.updatedAt, operation.status, operation.providerRequestIds, operation.providerJobId, operation.targetNativeId, operation.resourceNativeId, operation.error]);
}

class OperationStream implements AsyncIterableIterator<StoredOperation> {
  private readonly waiting = new Map<string, StoredOperation>();
  private readonly delivered = new Map<string, StoredOperation>();
  private wake: (() => void) | undefined;
  private done = false;
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly accept: (operation: StoredOperation) => boolean,
    /** Following one operation: the stream ends after its final status. */
    private readonly endsWithFinal: boolean,
  ) {}

  async start(updates: OperationUpdates, initial: StoredOperation | null): Promise<void> {
    this.stopListening = await updates.listen((operation) => this.offer(operation));
    if (initial) this.offer(initial);
  }

  offer(operation: StoredOperation): void {
    if (this.done || !this.accept(operation)) return;
    const seen = this.delivered.get(operation.id);
    // updatedAt has millisecond precision: two changes in one millisecond differ in what they say, not in time.
    if (seen !== undefined && (seen.updatedAt > operation.updatedAt || stateOf(seen) === stateOf(operation) || isFinalStatus(seen.status))) return;
    const queued = this.waiting.get(operation.id);
    if (queued && (queued.updatedAt > operation.updatedAt || isFinalStatus(queued.status))) return;
    this.waiting.set(operation.id, operation);
    this.wake?.();
  }

  async next(): Promise<IteratorResult<StoredOperation>> {
    while (!this.done) {
      const first = this.waiting.entries().next();
      if (!first.done) {
        const [id, operation] = first.value;
        this.waiting.delete(id);
        this.delivered.set(id, operation);
        if (this.endsWithFinal && isFinalStatus(operation.status)) this.finish();
        return { done: false, value: operation };
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
    return { done: true, value: undefined };
  }

  async return(): Promise<IteratorResult<StoredOperation>> {
    this.finish();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<StoredOperation> {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.stopListening?.();
    this.waiting.clear();
    this.wake?.();
  }
}

interface OperationUpdatedArgs {
  id?: string | null;
  filter?: OperationFilterInput | null;
}

async function subscribeToOperations({ args, context }: SubscribeResolverData<unknown, OperationUpdatedArgs, NetplaneContext>): Promise<AsyncIterable<StoredOperation>> {
  const { id, filter } = args;
  if ((id == null) === (filter == null)) throw badInput('Give operationUpdated exactly one of `id` (one operation) or `filter` (every operation it matches).');
  const updates = context.operationUpdates;
  if (!updates) throw new GraphQLError('This gateway keeps no operations, so there are none to watch.', { extensions: { code: 'OPERATION_NOT_SUPPORTED' } });
  const principal = context.principal;
  if (id != null) {
    const operationId = decodeOperationId(id);
    const notFound = badInput(`No operation has the id ${JSON.stringify(id)}.`);
    if (!operationId) throw notFound;
    const stream = new OperationStream((operation) => operation.id === operationId, true);
    // Listening before reading: a change between the two is not lost (the older state is then dropped).
    await stream.start(updates, null);
    const current = await updates.get(operationId);
    if (!current || !visibleTo(principal, current)) {
      await stream.return();
      throw notFound;
    }
    stream.offer(current);
    return stream;
  }
  const matches = operationMatcher(filter as OperationFilterInput);
  const stream = new OperationStream((operation) => visibleTo(principal, operation) && matches(operation), false);
  await stream.start(updates, null);
  return stream;
}

/**
 * type-graphql builds no Subscription field without a PubSub, even one with its own `subscribe`
 * like operationUpdated. netplane declares no topic-based subscription: this one says so if a
 * future field tries, instead of delivering nothing.
 */
export const NO_TOPIC_SUBSCRIPTIONS: PubSub = {
  publish(topic) {
    throw new Error(`netplane has no topic-based subscriptions (topic ${topic}); give the field a \`subscribe\` function`);
  },
  subscribe(topic) {
    throw new Error(`netplane has no topic-based subscriptions (topic ${topic}); give the field a \`subscribe\` function`);
  },
};

@Resolver()
export class OperationUpdatedResolver {
  @Subscription(() => Operation, {
    subscribe: subscribeToOperations,
    description:
      'Every change of an operation, as it happens (over WebSocket, the graphql-transport-ws protocol, at the GraphQL path). With `id`: the operation\'s state now, then each change, ending after its final status. With `filter`: each change of every operation it matches, from now on, until unsubscribed. Only operations in partitions the caller may read are reported.',
  })
  operationUpdated(
    @Root() operation: StoredOperation,
    @Ctx() context: NetplaneContext,
    @Arg('id', () => ID, { nullable: true, description: 'The operation to follow (its global id, as a mutation payload\'s `operation.id`). Give either this or `filter`.' })
    _id?: string | null,
    @Arg('filter', () => OperationFilterInput, { nullable: true, description: 'Which operations to report, as `operations(filter:)` lists them (`{}`: all). Give either this or `id`.' })
    _filter?: OperationFilterInput | null,
  ): OperationView {
    // One subscription lives long: each update reads its resource afresh (not from the loaders of an
    // earlier one), in a scope of its own (not as of a snapshot an earlier one read).
    context.requestScope = new ProviderCallTally(context.requestId);
    context.loaders = createLoaders(context.adapters, context.requestScope);
    return toOperationView(operation);
  }
}
