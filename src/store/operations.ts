import { randomUUID } from 'node:crypto';
import type { ProviderFailure } from '../domain/errors';
import type { Completion, MutationName } from '../domain/mutations';
import type { ProviderName } from '../domain/resources';
import { Conditions, isoOf, isoOrNull } from './conditions';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from './cursor';
import type { Database, SqlExecutor } from './database';

/**
 * Operations: one row per mutation, from PENDING to a final status, after AWS Cloud Control's
 * ProgressEvent and Alibaba Cloud Control's tasks. A row carries what a poller needs to follow the
 * change to its end after a restart (the completion spec and the provider's job id), and a final
 * status is never left again, whichever replica tries.
 */

export const OPERATION_STATUSES = ['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];
export const FINAL_OPERATION_STATUSES: readonly OperationStatus[] = ['SUCCEEDED', 'FAILED', 'TIMED_OUT'];

export function isFinalStatus(status: OperationStatus): boolean {
  return FINAL_OPERATION_STATUSES.includes(status);
}

export interface Operation {
  id: string;
  mutation: MutationName;
  provider: ProviderName;
  account: string;
  region: string;
  /** The resource the mutation acts on; null for creates until the provider names it. */
  targetNativeId: string | null;
  status: OperationStatus;
  /** Every provider request id the operation's calls returned, in call order. */
  providerRequestIds: string[];
  /** Huawei ECS job id of an asynchronous change. */
  providerJobId: string | null;
  principal: string | null;
  idempotencyKey: string | null;
  /** How the provider completes the change: what a poller resumed after a restart follows. */
  completion: Completion;
  /** The resource the change produced or changed, once done. */
  resourceNativeId: string | null;
  error: ProviderFailure | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface NewOperation {
  /** Given when the caller needs the id before the row exists (to record it with the idempotency claim). */
  id?: string;
  mutation: MutationName;
  provider: ProviderName;
  account: string;
  region: string;
  targetNativeId?: string | null;
  /** PENDING when absent; a synchronous change may be recorded SUCCEEDED at once. */
  status?: OperationStatus;
  providerRequestIds?: string[];
  providerJobId?: string | null;
  principal?: string | null;
  idempotencyKey?: string | null;
  completion: Completion;
  resourceNativeId?: string | null;
  error?: ProviderFailure | null;
}

/** A change to an unfinished operation; absent fields keep their value, request ids are appended. */
export interface OperationChange {
  status?: OperationStatus;
  addProviderRequestIds?: string[];
  providerJobId?: string;
  targetNativeId?: string;
  resourceNativeId?: string;
  error?: ProviderFailure;
}

export type TransitionResult =
  | { ok: true; operation: Operation }
  | { ok: false; reason: 'NOT_FOUND' }
  /** FINAL: the operation had already ended. STATUS_CHANGED: it is no longer in the expected status. */
  | { ok: false; reason: 'FINAL' | 'STATUS_CHANGED'; operation: Operation };

export interface OperationFilter {
  ids?: string[];
  statuses?: OperationStatus[];
  mutations?: MutationName[];
  providers?: ProviderName[];
  accounts?: string[];
  regions?: string[];
  principals?: string[];
  idempotencyKeys?: string[];
  /** Created at or after (ISO-8601). */
  since?: string;
  /** Created before (ISO-8601). */
  before?: string;
}

export interface Operations {
  /** Records a new operation; when `id` is already recorded, the stored operation is returned unchanged. */
  create(operation: NewOperation): Promise<Operation>;
  get(id: string): Promise<Operation | null>;
  /** Applies a change only while the operation is unfinished (and, when given, in `expectedStatus`). */
  transition(id: string, change: OperationChange, options?: { expectedStatus?: OperationStatus }): Promise<TransitionResult>;
  /** Newest first ((createdAt, id) descending), keyset-paginated. */
  list(filter: OperationFilter, page: PageRequest): Promise<Page<Operation>>;
  /** Every PENDING or RUNNING operation, oldest first: what pollers resume after a restart. */
  listUnfinished(): Promise<Operation[]>;
  /**
   * Calls `listener` with the latest state of every operation created or changed by any replica
   * sharing the database, at least once per change. Resolves once watching; its result stops it.
   * `wanted`: which operations' changes are read back and delivered (default: every one), so a
   * watcher interested in a few costs no read per change of the others.
   */
  watch(listener: (operation: Operation) => void, wanted?: (id: string) => boolean): Promise<() => Promise<void>>;
}

export interface OperationRow {
  id: string;
  mutation: string;
  provider: ProviderName;
  account: string;
  region: string;
  target_native_id: string | null;
  status: OperationStatus;
  provider_request_ids: string[];
  provider_job_id: string | null;
  principal: string | null;
  idempotency_key: string | null;
  completion: Completion;
  resource_native_id: string | null;
  error: ProviderFailure | null;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

export const OPERATION_COLUMNS =
  'id, mutation, provider, account, region, target_native_id, status, provider_request_ids, provider_job_id, principal, idempotency_key, completion, resource_native_id, error, created_at, updated_at, finished_at';
const FINAL_SQL = `('SUCCEEDED', 'FAILED', 'TIMED_OUT')`;
const CURSOR_TAG = 'o1';

export class SqlOperations implements Operations {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
    /** NOTIFY channel of this store's schema (schemas sharing a database must not hear each other). */
    private readonly channel: string,
  ) {}

  async create(operation: NewOperation): Promise<Operation> {
    const id = operation.id ?? randomUUID();
    return this.db.transaction(async (tx) => {
      const sql = new Conditions();
      const { columns, values } = operationValues(sql, { ...operation, id }, this.clock().toISOString());
      const [inserted] = await tx.query<OperationRow>(
        `INSERT INTO operations (${columns}) VALUES (${values}) ON CONFLICT (id) DO NOTHING RETURNING ${OPERATION_COLUMNS}`,
        sql.params,
      );
      if (inserted) {
        await this.notify(tx, id);
        return toOperation(inserted);
      }
      const existing = await this.read(tx, id);
      if (!existing) throw new Error(`operation ${id} conflicted on insert but cannot be read`);
      return existing;
    });
  }

  get(id: string): Promise<Operation | null> {
    return this.read(this.db, id);
  }

  async transition(id: string, change: OperationChange, options: { expectedStatus?: OperationStatus } = {}): Promise<TransitionResult> {
    return this.db.transaction(async (tx): Promise<TransitionResult> => {
      const sql = new Conditions();
      const [updated] = await tx.query<OperationRow>(transitionSql(sql, id, change, this.clock().toISOString(), options.expectedStatus), sql.params);
      if (updated) {
        await this.notify(tx, id);
        return { ok: true, operation: toOperation(updated) };
      }
      const current = await this.read(tx, id);
      if (!current) return { ok: false, reason: 'NOT_FOUND' };
      return { ok: false, reason: isFinalStatus(current.status) ? 'FINAL' : 'STATUS_CHANGED', operation: current };
    });
  }

  async list(filter: OperationFilter, page: PageRequest): Promise<Page<Operation>> {
    const size = pageSize(page);
    const where = new Conditions()
      .when(filter.ids, (p) => `id = ANY(${p}::text[])`)
      .when(filter.statuses, (p) => `status = ANY(${p}::text[])`)
      .when(filter.mutations, (p) => `mutation = ANY(${p}::text[])`)
      .when(filter.providers, (p) => `provider = ANY(${p}::text[])`)
      .when(filter.accounts, (p) => `account = ANY(${p}::text[])`)
      .when(filter.regions, (p) => `region = ANY(${p}::text[])`)
      .when(filter.principals, (p) => `principal = ANY(${p}::text[])`)
      .when(filter.idempotencyKeys, (p) => `idempotency_key = ANY(${p}::text[])`)
      .when(filter.since, (p) => `created_at >= ${p}::timestamptz`)
      .when(filter.before, (p) => `created_at < ${p}::timestamptz`);
    if (page.after) {
      const [createdAt, id] = decodeCursor(CURSOR_TAG, page.after, 2) as [string, string];
      where.add(`(created_at, id) < (${where.bind(createdAt)}::timestamptz, ${where.bind(id)})`);
    }
    const rows = await this.db.query<OperationRow>(
      `SELECT ${OPERATION_COLUMNS} FROM operations ${where.toSql()} ORDER BY created_at DESC, id DESC LIMIT ${where.bind(size + 1)}`,
      where.params,
    );
    return toPage(rows.map(toOperation), size, (o) => encodeCursor(CURSOR_TAG, [o.createdAt, o.id]));
  }

  async listUnfinished(): Promise<Operation[]> {
    const rows = await this.db.query<OperationRow>(`SELECT ${OPERATION_COLUMNS} FROM operations WHERE status NOT IN ${FINAL_SQL} ORDER BY created_at, id`);
    return rows.map(toOperation);
  }

  watch(listener: (operation: Operation) => void, wanted?: (id: string) => boolean): Promise<() => Promise<void>> {
    return this.db.listen(this.channel, (id) => {
      if (wanted && !wanted(id)) return;
      // The notification names the operation; its latest state is read back, so a burst of
      // changes may be delivered as several copies of the last state, never as a stale one last.
      void this.get(id).then(
        (operation) => {
          if (operation) listener(operation);
        },
        () => undefined,
      );
    });
  }

  private async read(executor: SqlExecutor, id: string): Promise<Operation | null> {
    const [row] = await executor.query<OperationRow>(`SELECT ${OPERATION_COLUMNS} FROM operations WHERE id = $1`, [id]);
    return row ? toOperation(row) : null;
  }

  private async notify(tx: SqlExecutor, id: string): Promise<void> {
    // Delivered when the transaction commits, so a watcher never reads a change that did not happen.
    await tx.query('SELECT pg_notify($1, $2)', [this.channel, id]);
  }
}

/**
 * A new operation's columns and their values, bound through `sql` and cast to the columns' types,
 * so they read the same in `VALUES (…)` and in `SELECT … FROM` (./mutation-records.ts).
 */
export function operationValues(sql: Conditions, operation: NewOperation & { id: string }, now: string): { columns: string; values: string } {
  const status = sql.bind(operation.status ?? 'PENDING');
  const at = `${sql.bind(now)}::timestamptz`;
  const values = [
    `${sql.bind(operation.id)}::text`,
    `${sql.bind(operation.mutation)}::text`,
    `${sql.bind(operation.provider)}::text`,
    `${sql.bind(operation.account)}::text`,
    `${sql.bind(operation.region)}::text`,
    `${sql.bind(operation.targetNativeId ?? null)}::text`,
    `${status}::text`,
    `${sql.bind(distinct(operation.providerRequestIds ?? []))}::text[]`,
    `${sql.bind(operation.providerJobId ?? null)}::text`,
    `${sql.bind(operation.principal ?? null)}::text`,
    `${sql.bind(operation.idempotencyKey ?? null)}::text`,
    `${sql.bind(JSON.stringify(operation.completion))}::jsonb`,
    `${sql.bind(operation.resourceNativeId ?? null)}::text`,
    `${sql.bind(operation.error ? JSON.stringify(operation.error) : null)}::jsonb`,
    at,
    at,
    `CASE WHEN ${status}::text IN ${FINAL_SQL} THEN ${at} END`,
  ];
  return {
    columns:
      'id, mutation, provider, account, region, target_native_id, status, provider_request_ids, provider_job_id, principal, idempotency_key, completion, resource_native_id, error, created_at, updated_at, finished_at',
    values: values.join(', '),
  };
}

/** The UPDATE of a transition (see Operations.transition), returning the changed row, none when the operation is final or not in `expectedStatus`. */
export function transitionSql(sql: Conditions, id: string, change: OperationChange, now: string, expectedStatus?: OperationStatus): string {
  const status = `${sql.bind(change.status ?? null)}::text`;
  const at = `${sql.bind(now)}::timestamptz`;
  const expected = `${sql.bind(expectedStatus ?? null)}::text`;
  return `UPDATE operations
         SET status = COALESCE(${status}, status),
             provider_request_ids = provider_request_ids
               || ARRAY(SELECT r FROM unnest(${sql.bind(distinct(change.addProviderRequestIds ?? []))}::text[]) WITH ORDINALITY AS added(r, n) WHERE r <> ALL (provider_request_ids) ORDER BY n),
             provider_job_id = COALESCE(${sql.bind(change.providerJobId ?? null)}::text, provider_job_id),
             target_native_id = COALESCE(${sql.bind(change.targetNativeId ?? null)}::text, target_native_id),
             resource_native_id = COALESCE(${sql.bind(change.resourceNativeId ?? null)}::text, resource_native_id),
             error = COALESCE(${sql.bind(change.error ? JSON.stringify(change.error) : null)}::jsonb, error),
             updated_at = ${at},
             finished_at = CASE WHEN COALESCE(${status}, status) IN ${FINAL_SQL} THEN ${at} END
         WHERE id = ${sql.bind(id)} AND status NOT IN ${FINAL_SQL} AND (${expected} IS NULL OR status = ${expected})
         RETURNING ${OPERATION_COLUMNS}`;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function toOperation(row: OperationRow): Operation {
  return {
    id: row.id,
    // Only this module writes the column, from a MutationName.
    mutation: row.mutation as MutationName,
    provider: row.provider,
    account: row.account,
    region: row.region,
    targetNativeId: row.target_native_id,
    status: row.status,
    providerRequestIds: row.provider_request_ids,
    providerJobId: row.provider_job_id,
    principal: row.principal,
    idempotencyKey: row.idempotency_key,
    completion: row.completion,
    resourceNativeId: row.resource_native_id,
    error: row.error,
    createdAt: isoOf(row.created_at),
    updatedAt: isoOf(row.updated_at),
    finishedAt: isoOrNull(row.finished_at),
  };
}
