import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { decodeOperationId, encodeOperationId } from '../../domain/global-id';
import type { MutationName } from '../../domain/mutations';
import type { ProviderName } from '../../domain/resources';
import { ATTEMPT_OUTCOMES, MAX_PAGE_SIZE, type AttemptOutcome as AttemptOutcomeValue, type JournalEntry, type JournalFilter } from '../../store';
import { requireScope } from '../common/authorization';
import { enumFrom } from '../common/enum-values';
import { PageInfo } from '../common/page-info.type';
import { Provider } from '../common/provider.enum';
import type { NetplaneContext } from '../context';
import { badCursor, checkPageSize, forwardOnly } from './operation.resolver';
import { OperationTarget } from './operation.type';

/**
 * `auditLog`: the journal of every mutation — its intent, recorded before the first provider call,
 * and each attempt after it — for callers holding the admin scope. Inputs are shown as stored:
 * secret-named fields redacted by the store, credentials never kept.
 */

export const JournalEntryKind = { INTENT: 'INTENT', ATTEMPT: 'ATTEMPT' } as const;
registerEnumType(JournalEntryKind, {
  name: 'JournalEntryKind',
  description: 'What a journal entry records.',
  valuesConfig: {
    INTENT: { description: 'The mutation as asked, recorded before its first provider call.' },
    ATTEMPT: { description: 'One provider call the mutation made (retries are attempts too), after it answered or failed.' },
  },
});

export const AttemptOutcome = enumFrom(ATTEMPT_OUTCOMES);
registerEnumType(AttemptOutcome, {
  name: 'AttemptOutcome',
  description: 'Whether an attempt changed the provider\'s state.',
  valuesConfig: {
    APPLIED: { description: 'The provider answered with success.' },
    NOT_APPLIED: { description: 'The provider refused it, or the request never reached it.' },
    UNKNOWN: { description: 'No answer (timeout or reset after sending, the deadline, a 5xx, a gateway that died mid-call): it may have been applied.' },
  },
});

@ObjectType('AuditLogEntry', { description: 'One journal entry: a mutation\'s intent or one of its provider attempts.' })
export class AuditLogEntry {
  @Field(() => ID, { description: 'Increasing in recording order across replicas.' })
  id!: string;

  @Field(() => JournalEntryKind, { description: 'INTENT or ATTEMPT.' })
  kind!: JournalEntry['kind'];

  @Field(() => String, { description: 'When it was recorded (ISO-8601, UTC).' })
  at!: string;

  @Field(() => String, { nullable: true, description: 'The caller (API key id or JWT subject); null without authentication.' })
  principal!: string | null;

  @Field(() => String, { description: 'The mutation field, e.g. `createNetworkInterface`.' })
  mutation!: string;

  @Field(() => OperationTarget, { description: 'The partition and resource the mutation acts on.' })
  target!: OperationTarget;

  @Field(() => ID, { nullable: true, description: 'The Operation.id of the mutation.' })
  operationId!: string | null;

  @Field(() => String, { nullable: true, description: 'The idempotency key the mutation ran under.' })
  idempotencyKey!: string | null;

  @Field(() => String, { nullable: true, description: 'INTENT: the canonical input as JSON, secret-named fields redacted. Null for attempts.' })
  input!: string | null;

  @Field(() => String, { nullable: true, description: 'ATTEMPT: the provider operation called, e.g. CreateNetworkInterface.' })
  providerOperation!: string | null;

  @Field(() => Int, { nullable: true, description: 'ATTEMPT: 1 for the first call, counting retries.' })
  attempt!: number | null;

  @Field(() => String, { nullable: true, description: 'ATTEMPT: the provider\'s request id, when it answered with one.' })
  providerRequestId!: string | null;

  @Field(() => Int, { nullable: true, description: 'ATTEMPT: the HTTP status; null when no answer came.' })
  httpStatus!: number | null;

  @Field(() => Int, { nullable: true, description: 'ATTEMPT: how long the call took, in milliseconds.' })
  durationMs!: number | null;

  @Field(() => AttemptOutcome, { nullable: true, description: 'ATTEMPT: whether it changed the provider\'s state.' })
  outcome!: AttemptOutcomeValue | null;

  @Field(() => String, { nullable: true, description: 'ATTEMPT: the provider\'s (or netplane\'s transport) error code when it failed.' })
  errorCode!: string | null;
}

@ObjectType('AuditLogEdge', { description: 'One AuditLogEntry in a page of an AuditLogConnection, with its cursor.' })
export class AuditLogEdge {
  @Field(() => String, { description: 'Opaque position of this entry; pass it as `after`.' })
  cursor!: string;

  @Field(() => AuditLogEntry, { description: 'The entry.' })
  node!: AuditLogEntry;
}

@ObjectType('AuditLogConnection', { description: 'A Relay connection over journal entries.' })
export class AuditLogConnection {
  @Field(() => [AuditLogEdge], { description: 'The entries of this page, in the requested order.' })
  edges!: AuditLogEdge[];

  @Field(() => PageInfo, { description: 'Whether more entries follow; page on with `after: endCursor` (only forward).' })
  pageInfo!: PageInfo;
}

export const AuditLogOrder = { NEWEST_FIRST: 'NEWEST_FIRST', OLDEST_FIRST: 'OLDEST_FIRST' } as const;
registerEnumType(AuditLogOrder, {
  name: 'AuditLogOrder',
  description: 'The order of audit log entries.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Most recent first (an audit view).' },
    OLDEST_FIRST: { description: 'In recording order (one operation\'s story).' },
  },
});

@InputType('AuditLogFilter', { description: 'Which journal entries: those matching every list given (an absent list matches all).' })
export class AuditLogFilter {
  @Field(() => [JournalEntryKind], { nullable: true, description: 'Only intents or only attempts.' })
  kinds?: Array<JournalEntry['kind']> | null;

  @Field(() => [String], { nullable: true, description: 'Only entries of these callers.' })
  principals?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only entries of these mutation fields.' })
  mutations?: string[] | null;

  @Field(() => [Provider], { nullable: true, description: 'Only entries on these clouds.' })
  providers?: ProviderName[] | null;

  @Field(() => [String], { nullable: true, description: 'Only entries in these configured accounts.' })
  accounts?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only entries of these operations (Operation.id).' })
  operationIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only entries recorded at or after this instant (ISO-8601).' })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries recorded before this instant (ISO-8601).' })
  before?: string | null;

  @Field(() => AuditLogOrder, { nullable: true, description: 'NEWEST_FIRST when absent.' })
  order?: keyof typeof AuditLogOrder | null;
}

function toEntry(entry: JournalEntry): AuditLogEntry {
  const attempt = entry.kind === 'ATTEMPT' ? entry : null;
  return {
    id: entry.id,
    kind: entry.kind,
    at: entry.at,
    principal: entry.principal,
    mutation: entry.mutation,
    target: { provider: entry.provider, account: entry.account, region: entry.region, nativeId: entry.targetNativeId },
    operationId: entry.operationId ? encodeOperationId(entry.operationId) : null,
    idempotencyKey: entry.idempotencyKey,
    input: entry.kind === 'INTENT' ? JSON.stringify(entry.input) : null,
    providerOperation: attempt?.providerOperation ?? null,
    attempt: attempt?.attempt ?? null,
    providerRequestId: attempt?.providerRequestId ?? null,
    httpStatus: attempt?.httpStatus ?? null,
    durationMs: attempt?.durationMs ?? null,
    outcome: attempt?.outcome ?? null,
    errorCode: attempt?.errorCode ?? null,
  };
}

function toJournalFilter(filter: AuditLogFilter | null): JournalFilter {
  if (!filter) return {};
  const present = <T>(list: T[] | null | undefined) => (list && list.length > 0 ? list : undefined);
  const operationIds = present(filter.operationIds)?.map((id) => {
    const decoded = decodeOperationId(id);
    if (!decoded) throw new GraphQLError(`The id "${id}" is not an Operation id.`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    return decoded;
  });
  return {
    kinds: present(filter.kinds),
    principals: present(filter.principals),
    mutations: present(filter.mutations) as MutationName[] | undefined,
    providers: present(filter.providers),
    accounts: present(filter.accounts),
    operationIds,
    ...(filter.since && { since: filter.since }),
    ...(filter.before && { before: filter.before }),
  };
}

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditLogConnection, {
    description:
      'The journal: every mutation\'s intent (before its first provider call) and each provider attempt (request id, HTTP status, duration, outcome). Needs the admin scope when authentication is on.',
  })
  async auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Which entries; all when absent.' }) filter: AuditLogFilter | null,
    @Arg('first', () => Int, { nullable: true, description: `At most this many entries, 1 to ${MAX_PAGE_SIZE}; 50 when absent.` }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Only entries after this cursor (pageInfo.endCursor of the previous page).' }) after: string | null,
    @Arg('last', () => Int, { nullable: true, description: 'Not offered: this connection pages forward only (newest first, or as ordered); giving it is a 400.' }) last: number | null,
    @Arg('before', () => String, { nullable: true, description: 'Not offered: this connection pages forward only; giving it is a 400.' }) before: string | null,
    @Ctx() context: NetplaneContext,
  ): Promise<AuditLogConnection> {
    requireScope(context, 'admin');
    forwardOnly(last, before);
    const size = checkPageSize(first);
    if (!context.durability) throw new GraphQLError('This gateway keeps no journal (it was started without a store).', { extensions: { code: 'UNAVAILABLE' } });
    const page = await context.durability.store.journal
      .list(toJournalFilter(filter), { first: size, after, order: filter?.order ?? 'NEWEST_FIRST' })
      .catch(badCursor);
    return {
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toEntry(e.node) })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after), startCursor: page.edges[0]?.cursor ?? null, endCursor: page.endCursor },
    };
  }
}
