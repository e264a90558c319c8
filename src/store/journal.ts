import type { MutationName } from '../domain/mutations';
import type { ProviderName } from '../domain/resources';
import { Conditions, isoOf } from './conditions';
import { decodeCursor, encodeCursor, InvalidCursorError, pageSize, toPage, type Page, type PageRequest } from './cursor';
import type { Database } from './database';
import type { JsonValue } from './json';
import { redactSecrets } from './redact';

/**
 * The journal (audit log): every mutation is recorded before its first provider call (its intent)
 * and after each attempt (what the provider answered, or that nobody knows). Rows are only ever
 * added. Inputs are stored with every secret-named field redacted, by the store itself.
 */

/** Whether an attempt changed the provider's state: known applied, known not applied, or unknown (timeout, reset). */
export const ATTEMPT_OUTCOMES = ['APPLIED', 'NOT_APPLIED', 'UNKNOWN'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

/** What every journal row of one mutation shares. */
export interface JournalContext {
  /** The caller's identity; null without authentication. */
  principal: string | null;
  mutation: MutationName;
  provider: ProviderName;
  account: string;
  region: string;
  targetNativeId: string | null;
  operationId: string | null;
  idempotencyKey: string | null;
}

export interface IntentRecord extends JournalContext {
  /** The canonical input; secret-named fields are redacted before it is stored. */
  input: unknown;
}

export interface AttemptRecord extends JournalContext {
  /** The provider's operation name (CreateNetworkInterface, CreateVifPeer …). */
  providerOperation: string;
  /** 1 for the first call, counting retries. */
  attempt: number;
  providerRequestId: string | null;
  /** Null when no HTTP answer came (timeout, reset). */
  httpStatus: number | null;
  durationMs: number;
  outcome: AttemptOutcome;
  /** The provider's error code (or netplane's transport code) when the attempt failed. */
  errorCode: string | null;
}

interface EntryBase extends JournalContext {
  /** Increasing in insertion order across replicas (a sequence), as a string. */
  id: string;
  at: string;
}

export type JournalEntry =
  | (EntryBase & { kind: 'INTENT'; input: JsonValue })
  | (EntryBase & Omit<AttemptRecord, keyof JournalContext> & { kind: 'ATTEMPT' });

export interface JournalFilter {
  kinds?: Array<JournalEntry['kind']>;
  principals?: string[];
  mutations?: MutationName[];
  providers?: ProviderName[];
  accounts?: string[];
  operationIds?: string[];
  /** At or after (ISO-8601). */
  since?: string;
  /** Before (ISO-8601). */
  before?: string;
}

export interface JournalListOptions extends PageRequest {
  /** NEWEST_FIRST (the default, an audit view) or OLDEST_FIRST (one operation's story in order). */
  order?: 'NEWEST_FIRST' | 'OLDEST_FIRST';
}

export interface Journal {
  recordIntent(intent: IntentRecord): Promise<JournalEntry>;
  recordAttempt(attempt: AttemptRecord): Promise<JournalEntry>;
  list(filter: JournalFilter, page: JournalListOptions): Promise<Page<JournalEntry>>;
}

interface JournalRow {
  id: string;
  kind: JournalEntry['kind'];
  at: Date;
  principal: string | null;
  mutation: string;
  provider: ProviderName;
  account: string;
  region: string;
  target_native_id: string | null;
  operation_id: string | null;
  idempotency_key: string | null;
  input: JsonValue | null;
  provider_operation: string | null;
  attempt: number | null;
  provider_request_id: string | null;
  http_status: number | null;
  duration_ms: number | null;
  outcome: AttemptOutcome | null;
  error_code: string | null;
}

// The id is a bigint: read as text so both drivers hand back the same type.
const COLUMNS =
  'id::text AS id, kind, at, principal, mutation, provider, account, region, target_native_id, operation_id, idempotency_key, input, provider_operation, attempt, provider_request_id, http_status, duration_ms, outcome, error_code';
const CONTEXT_COLUMNS = 'kind, at, principal, mutation, provider, account, region, target_native_id, operation_id, idempotency_key';
/** The columns of an intent row, in the order of intentValues. */
export const INTENT_COLUMNS = `${CONTEXT_COLUMNS}, input`;
/** The columns of an attempt row, in the order of attemptValues. */
export const ATTEMPT_COLUMNS = `${CONTEXT_COLUMNS}, provider_operation, attempt, provider_request_id, http_status, duration_ms, outcome, error_code`;
const CURSOR_TAG = 'j1';

export class SqlJournal implements Journal {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
  ) {}

  async recordIntent(intent: IntentRecord): Promise<JournalEntry> {
    const sql = new Conditions();
    const [row] = await this.db.query<JournalRow>(
      `INSERT INTO journal (${INTENT_COLUMNS}) VALUES (${intentValues(sql, intent, this.clock().toISOString())}) RETURNING ${COLUMNS}`,
      sql.params,
    );
    return toEntry(inserted(row));
  }

  async recordAttempt(attempt: AttemptRecord): Promise<JournalEntry> {
    const sql = new Conditions();
    const [row] = await this.db.query<JournalRow>(
      `INSERT INTO journal (${ATTEMPT_COLUMNS}) VALUES (${attemptValues(sql, attempt, this.clock().toISOString())}) RETURNING ${COLUMNS}`,
      sql.params,
    );
    return toEntry(inserted(row));
  }

  async list(filter: JournalFilter, page: JournalListOptions): Promise<Page<JournalEntry>> {
    const size = pageSize(page);
    const newestFirst = (page.order ?? 'NEWEST_FIRST') === 'NEWEST_FIRST';
    const where = new Conditions()
      .when(filter.kinds, (p) => `kind = ANY(${p}::text[])`)
      .when(filter.principals, (p) => `principal = ANY(${p}::text[])`)
      .when(filter.mutations, (p) => `mutation = ANY(${p}::text[])`)
      .when(filter.providers, (p) => `provider = ANY(${p}::text[])`)
      .when(filter.accounts, (p) => `account = ANY(${p}::text[])`)
      .when(filter.operationIds, (p) => `operation_id = ANY(${p}::text[])`)
      .when(filter.since, (p) => `at >= ${p}::timestamptz`)
      .when(filter.before, (p) => `at < ${p}::timestamptz`);
    if (page.after) {
      const [id] = decodeCursor(CURSOR_TAG, page.after, 1) as [string];
      if (!/^[0-9]{1,18}$/.test(id)) throw new InvalidCursorError(page.after);
      where.add(`id ${newestFirst ? '<' : '>'} ${where.bind(id)}::bigint`);
    }
    const rows = await this.db.query<JournalRow>(
      `SELECT ${COLUMNS} FROM journal ${where.toSql()} ORDER BY journal.id ${newestFirst ? 'DESC' : 'ASC'} LIMIT ${where.bind(size + 1)}`,
      where.params,
    );
    return toPage(rows.map(toEntry), size, (e) => encodeCursor(CURSOR_TAG, [e.id]));
  }

}

/** The context columns' values, bound through `sql` and cast (they read the same in VALUES and in a SELECT). */
function contextValues(sql: Conditions, kind: JournalEntry['kind'], context: JournalContext, at: string): string[] {
  return [
    `${sql.bind(kind)}::text`,
    `${sql.bind(at)}::timestamptz`,
    `${sql.bind(context.principal)}::text`,
    `${sql.bind(context.mutation)}::text`,
    `${sql.bind(context.provider)}::text`,
    `${sql.bind(context.account)}::text`,
    `${sql.bind(context.region)}::text`,
    `${sql.bind(context.targetNativeId)}::text`,
    `${sql.bind(context.operationId)}::text`,
    `${sql.bind(context.idempotencyKey)}::text`,
  ];
}

/** An intent row's values (INTENT_COLUMNS); the input is stored with its secret-named fields redacted. */
export function intentValues(sql: Conditions, intent: IntentRecord, at: string): string {
  return [...contextValues(sql, 'INTENT', intent, at), `${sql.bind(JSON.stringify(redactSecrets(intent.input)))}::jsonb`].join(', ');
}

/** An attempt row's values (ATTEMPT_COLUMNS). */
export function attemptValues(sql: Conditions, attempt: AttemptRecord, at: string): string {
  return [
    ...contextValues(sql, 'ATTEMPT', attempt, at),
    `${sql.bind(attempt.providerOperation)}::text`,
    `${sql.bind(attempt.attempt)}::integer`,
    `${sql.bind(attempt.providerRequestId)}::text`,
    `${sql.bind(attempt.httpStatus)}::integer`,
    `${sql.bind(Math.round(attempt.durationMs))}::integer`,
    `${sql.bind(attempt.outcome)}::text`,
    `${sql.bind(attempt.errorCode)}::text`,
  ].join(', ');
}

/** INSERT … RETURNING gives exactly the row it inserted. */
function inserted(row: JournalRow | undefined): JournalRow {
  if (!row) throw new Error('journal INSERT returned no row');
  return row;
}

function toEntry(row: JournalRow): JournalEntry {
  const base: EntryBase = {
    id: row.id,
    at: isoOf(row.at),
    principal: row.principal,
    // Only this module writes the column, from a MutationName.
    mutation: row.mutation as MutationName,
    provider: row.provider,
    account: row.account,
    region: row.region,
    targetNativeId: row.target_native_id,
    operationId: row.operation_id,
    idempotencyKey: row.idempotency_key,
  };
  if (row.kind === 'INTENT') return { ...base, kind: 'INTENT', input: row.input ?? null };
  // The table's CHECK guarantees these columns on ATTEMPT rows.
  return {
    ...base,
    kind: 'ATTEMPT',
    providerOperation: row.provider_operation ?? '',
    attempt: row.attempt ?? 0,
    providerRequestId: row.provider_request_id,
    httpStatus: row.http_status,
    durationMs: row.duration_ms ?? 0,
    outcome: row.outcome ?? 'UNKNOWN',
    errorCode: row.error_code,
  };
}
