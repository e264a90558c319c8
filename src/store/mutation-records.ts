import { randomUUID } from 'node:crypto';
import { Conditions } from './conditions';
import type { Database, SqlParam } from './database';
import { assertKey, CLAIM_COLUMNS, claimTimes, claimValues, completeSql, releaseSql, type ClaimRequest, type IdempotencyKeyRef, type StoredOutcome } from './idempotency';
import { ATTEMPT_COLUMNS, attemptValues, INTENT_COLUMNS, intentValues, type AttemptRecord, type JournalContext } from './journal';
import { operationValues, toOperation, transitionSql, type NewOperation, type Operation, type OperationChange, type OperationRow } from './operations';

/**
 * One mutation's records around its provider call, each side written as ONE statement (atomic on
 * both backends, one round trip): before the call, the key claimed, the operation created and the
 * intent journaled together; after it, the attempts journaled, the operation moved on and the key
 * completed or freed together. The repositories' own methods (claim, create, recordIntent …) stay
 * for the other paths: a key already taken, a retry resuming an operation, recovery.
 */

export interface MutationStart {
  /** The claim of a key nobody holds, naming the operation to create. */
  claim: ClaimRequest & { operationId: string };
  /** The operation (PENDING), created with the claim's operation id and key. */
  operation: Omit<NewOperation, 'id' | 'idempotencyKey' | 'status'>;
  /** The journal's intent: what the mutation will ask of the provider (secret-named fields redacted). */
  input: unknown;
  /** The journal rows' principal (the key's scope says it only as a scope). */
  principal: string | null;
}

export interface MutationFinish {
  journal: JournalContext & { operationId: string };
  /** The provider calls of the change, in order. */
  attempts: Array<Omit<AttemptRecord, keyof JournalContext>>;
  change: OperationChange;
  key: IdempotencyKeyRef;
  claimToken: string;
  /** What the key keeps for replays; null frees the key, so a retry runs afresh. */
  keyOutcome: StoredOutcome | null;
}

export interface MutationRecords {
  /**
   * Claims a key nobody holds, creates its operation (PENDING) and journals the intent, all or
   * nothing. Null when the key is already in the store: IdempotencyKeys.claim decides what then
   * (replay, mismatch, in flight, takeover, expired).
   */
  start(start: MutationStart): Promise<{ claimToken: string } | null>;
  /**
   * Journals the attempts, applies `change` to the operation (while unfinished) and completes or
   * frees the key (while `claimToken` holds it), all or nothing. The operation as changed; null
   * when it had ended already (nothing changed on it). `afterTurn`: the statement is issued once
   * this turn of the event loop has written its answer, still ahead of any statement issued later
   * (Database.queryAfterTurn; at once on PostgreSQL).
   */
  finish(finish: MutationFinish, issue?: 'now' | 'afterTurn'): Promise<Operation | null>;
  /**
   * finish() for a caller that does not read the operation back (a failure answered before its
   * closing write): the same records in the same one statement, which returns only whether the
   * operation changed — not its row, whose decoding (timestamps, arrays, JSON) was a fifth of
   * that statement's cost on the embedded store.
   */
  finishUnread(finish: MutationFinish, issue?: 'now' | 'afterTurn'): Promise<boolean>;
}

interface KeySettings {
  retentionSeconds: number;
  inFlightLeaseSeconds: number;
}

export class SqlMutationRecords implements MutationRecords {
  constructor(
    private readonly db: Database,
    private readonly keys: KeySettings,
    private readonly clock: () => Date,
    /** The operations' NOTIFY channel (./operations.ts): watchers hear these changes like any other. */
    private readonly channel: string,
  ) {}

  async start(start: MutationStart): Promise<{ claimToken: string } | null> {
    const { claim } = start;
    assertKey(claim.key);
    const now = this.clock();
    const at = now.toISOString();
    const claimToken = randomUUID();
    const { lockedUntil, expiresAt } = claimTimes(now, claim.leaseSeconds ?? this.keys.inFlightLeaseSeconds, this.keys.retentionSeconds);
    const sql = new Conditions();
    const operation = operationValues(sql, { ...start.operation, id: claim.operationId, idempotencyKey: claim.key, status: 'PENDING' }, at);
    const journal: JournalContext = {
      principal: start.principal,
      mutation: claim.mutation,
      provider: start.operation.provider,
      account: start.operation.account,
      region: start.operation.region,
      targetNativeId: start.operation.targetNativeId ?? null,
      operationId: claim.operationId,
      idempotencyKey: claim.key,
    };
    // A key already in the store inserts nothing, so neither does anything after it; an operation
    // id already in the store fails the whole statement (the key is then not claimed either).
    // Only whether it was claimed comes back: the caller knows the rest (no row to encode and parse).
    const [row] = await this.db.query<{ id: string }>(
      `WITH claimed AS (
         INSERT INTO idempotency_keys (${CLAIM_COLUMNS}) VALUES (${claimValues(sql, claim, claimToken, now, lockedUntil, expiresAt)})
         ON CONFLICT (scope, key) DO NOTHING
         RETURNING key
       ), created AS (
         INSERT INTO operations (${operation.columns}) SELECT ${operation.values} FROM claimed
         RETURNING id
       ), intent AS (
         INSERT INTO journal (${INTENT_COLUMNS}) SELECT ${intentValues(sql, { ...journal, input: start.input }, at)} FROM created
       ), notified AS (
         SELECT pg_notify(${sql.bind(this.channel)}, id) FROM created
       )
       SELECT created.id, (SELECT count(*) FROM notified) AS notified FROM created`,
      sql.params,
    );
    return row ? { claimToken } : null;
  }

  async finish(finish: MutationFinish, issue: 'now' | 'afterTurn' = 'now'): Promise<Operation | null> {
    const [row] = await this.issueFinish<OperationRow>(finish, 'moved.*', issue);
    return row ? toOperation(row) : null;
  }

  async finishUnread(finish: MutationFinish, issue: 'now' | 'afterTurn' = 'now'): Promise<boolean> {
    const rows = await this.issueFinish<{ id: string }>(finish, 'moved.id', issue);
    return rows.length > 0;
  }

  /** The closing statement, answering `columns` of the operation as changed (no row when it had ended). */
  private issueFinish<Row extends object>(finish: MutationFinish, columns: 'moved.*' | 'moved.id', issue: 'now' | 'afterTurn'): Promise<Row[]> {
    // The moment is this call's; after the turn, the statement is made when it is issued, off the answer's path.
    const at = this.clock();
    if (issue === 'afterTurn') return this.db.queryAfterTurn<Row>(() => this.finishStatement(finish, columns, at));
    const { text, params } = this.finishStatement(finish, columns, at);
    return this.db.query<Row>(text, params);
  }

  private finishStatement(finish: MutationFinish, columns: 'moved.*' | 'moved.id', at: Date): { text: string; params: readonly SqlParam[] } {
    const sql = new Conditions();
    const steps: string[] = [];
    if (finish.attempts.length > 0) {
      const rows = finish.attempts.map((attempt) => `(${attemptValues(sql, { ...finish.journal, ...attempt }, at.toISOString())})`);
      steps.push(`attempts AS (INSERT INTO journal (${ATTEMPT_COLUMNS}) VALUES ${rows.join(', ')})`);
    }
    steps.push(`moved AS (${transitionSql(sql, finish.journal.operationId, finish.change, at.toISOString())})`);
    steps.push(
      `keyed AS (${
        finish.keyOutcome
          ? completeSql(sql, finish.key, finish.claimToken, finish.keyOutcome, at, finish.journal.operationId)
          : releaseSql(sql, finish.key, finish.claimToken)
      })`,
    );
    steps.push(`notified AS (SELECT pg_notify(${sql.bind(this.channel)}, id) FROM moved)`);
    return { text: `WITH ${steps.join(',\n')}\nSELECT ${columns}, (SELECT count(*) FROM notified) AS notified FROM moved`, params: sql.params };
  }
}
