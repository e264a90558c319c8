import { randomUUID } from 'node:crypto';
import type { ProviderFailure } from '../domain/errors';
import type { MutationName } from '../domain/mutations';
import { Conditions, isoOf, isoOrNull } from './conditions';
import type { Database } from './database';
import type { JsonObject } from './json';

/**
 * Idempotency keys after Stripe and the IETF httpapi Idempotency-Key draft. A key is claimed before
 * the mutation runs and completed with its outcome; a second request with the key gets the stored
 * outcome (same input), a mismatch (different input) or "in flight" (the first still runs), and
 * never runs the mutation again. Keys live for a retention period (24 h by default), then go.
 */

/** 1 to 64 printable ASCII characters: what the GraphQL input and the Idempotency-Key header accept, and what fits Alibaba's ClientToken. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x20-\x7E]{1,64}$/;

/** The scope of requests made without an authenticated principal. */
export const ANONYMOUS_SCOPE = 'anonymous';

/** Keys are per caller: two principals may use the same key for different requests. */
export function idempotencyScope(principal: string | null | undefined): string {
  return principal ? `principal:${principal}` : ANONYMOUS_SCOPE;
}

/** A key for a request that brought none (returned to the caller so it can retry with it). */
export function generateIdempotencyKey(): string {
  return randomUUID();
}

export type IdempotencyState = 'IN_FLIGHT' | 'COMPLETED';

/** What a completed request answered: a reference to its success payload, or the typed error. */
export type StoredOutcome = { ok: true; payload: JsonObject } | { ok: false; error: ProviderFailure };

export interface IdempotencyKeyRef {
  scope: string;
  key: string;
}

export interface IdempotencyRecord extends IdempotencyKeyRef {
  mutation: MutationName;
  fingerprint: string;
  state: IdempotencyState;
  /** The operation the request created (set at the claim or at completion). */
  operationId: string | null;
  outcome: StoredOutcome | null;
  createdAt: string;
  completedAt: string | null;
  expiresAt: string;
  /** Until when the claimant is presumed alive (IN_FLIGHT only); after it another request may take over. */
  lockedUntil: string | null;
}

export interface ClaimRequest extends IdempotencyKeyRef {
  mutation: MutationName;
  /** requestFingerprint(input) of the canonical input. */
  fingerprint: string;
  /** The operation this request will create, recorded with the claim so a takeover can reconcile it. */
  operationId?: string | null;
  /** How long the claim holds before another request may take it over; the store's default when absent. */
  leaseSeconds?: number;
}

export type ClaimResult =
  /**
   * This request owns the key and must run the mutation, then complete (or release) it with
   * `claimToken`. `takeover`: a previous claimant held it IN_FLIGHT and stopped renewing (it
   * crashed); its call may have reached the provider, so reconcile `record.operationId` first.
   */
  | { kind: 'claimed'; record: IdempotencyRecord; claimToken: string; takeover: boolean }
  /** Same key, same mutation and input, completed: answer `record.outcome` without calling the provider. */
  | { kind: 'replay'; record: IdempotencyRecord & { state: 'COMPLETED'; outcome: StoredOutcome } }
  /** Same key, another mutation or input: IdempotencyMismatch. */
  | { kind: 'mismatch'; record: IdempotencyRecord }
  /** Same key and input while the first request still runs (its operation is `record.operationId`). */
  | { kind: 'in_flight'; record: IdempotencyRecord };

export interface IdempotencySettings {
  retentionSeconds: number;
  inFlightLeaseSeconds: number;
  clock: () => Date;
}

export interface IdempotencyKeys {
  claim(request: ClaimRequest): Promise<ClaimResult>;
  /** Stores the outcome; false when `claimToken` no longer holds the key (another request took it over). */
  complete(ref: IdempotencyKeyRef, claimToken: string, outcome: StoredOutcome, operationId?: string | null): Promise<boolean>;
  /** Gives the key up without an outcome (the request failed before it could change anything), so a retry runs afresh. */
  release(ref: IdempotencyKeyRef, claimToken: string): Promise<boolean>;
  /** Extends the claim's lease while a long mutation (a wait) still runs. */
  renew(ref: IdempotencyKeyRef, claimToken: string, leaseSeconds?: number): Promise<boolean>;
  /** The live record of a key; null when absent or past its retention. */
  get(ref: IdempotencyKeyRef): Promise<IdempotencyRecord | null>;
  /** Deletes keys past their retention; the number deleted. */
  purgeExpired(): Promise<number>;
}

interface KeyRow {
  scope: string;
  key: string;
  mutation: string;
  fingerprint: string;
  state: IdempotencyState;
  operation_id: string | null;
  outcome: StoredOutcome | null;
  created_at: Date;
  completed_at: Date | null;
  expires_at: Date;
  locked_until: Date | null;
}

const COLUMNS = 'scope, key, mutation, fingerprint, state, operation_id, outcome, created_at, completed_at, expires_at, locked_until';

/** Read-then-decide steps that lose a race with a purge start over; more than this is a bug. */
const CLAIM_ROUNDS = 3;

export class SqlIdempotencyKeys implements IdempotencyKeys {
  constructor(
    private readonly db: Database,
    private readonly settings: IdempotencySettings,
  ) {}

  async claim(request: ClaimRequest): Promise<ClaimResult> {
    assertKey(request.key);
    const leaseSeconds = request.leaseSeconds ?? this.settings.inFlightLeaseSeconds;
    for (let round = 0; round < CLAIM_ROUNDS; round++) {
      const now = this.settings.clock();
      const claimToken = randomUUID();
      const { lockedUntil, expiresAt } = claimTimes(now, leaseSeconds, this.settings.retentionSeconds);
      const result = await this.db.transaction(async (tx): Promise<ClaimResult | null> => {
        // Atomic on both backends: of concurrent inserts of one key exactly one succeeds; the others
        // wait for it to commit and fall through to read the winner's row.
        const sql = new Conditions();
        const [inserted] = await tx.query<KeyRow>(
          `INSERT INTO idempotency_keys (${CLAIM_COLUMNS}) VALUES (${claimValues(sql, request, claimToken, now, lockedUntil, expiresAt)})
           ON CONFLICT (scope, key) DO NOTHING
           RETURNING ${COLUMNS}`,
          sql.params,
        );
        if (inserted) return { kind: 'claimed', record: toRecord(inserted), claimToken, takeover: false };

        const [existing] = await tx.query<KeyRow>(`SELECT ${COLUMNS} FROM idempotency_keys WHERE scope = $1 AND key = $2 FOR UPDATE`, [
          request.scope,
          request.key,
        ]);
        if (!existing) return null;
        if (existing.expires_at.getTime() <= now.getTime()) {
          // Past its retention but not purged yet: the key is free again, as if it had never been used.
          const [fresh] = await tx.query<KeyRow>(
            `UPDATE idempotency_keys
             SET mutation = $3, fingerprint = $4, state = 'IN_FLIGHT', claim_token = $5, locked_until = $6::timestamptz,
                 operation_id = $7, outcome = NULL, created_at = $8::timestamptz, completed_at = NULL, expires_at = $9::timestamptz
             WHERE scope = $1 AND key = $2
             RETURNING ${COLUMNS}`,
            [request.scope, request.key, request.mutation, request.fingerprint, claimToken, lockedUntil, request.operationId ?? null, now.toISOString(), expiresAt],
          );
          return fresh ? { kind: 'claimed', record: toRecord(fresh), claimToken, takeover: false } : null;
        }
        const record = toRecord(existing);
        if (existing.mutation !== request.mutation || existing.fingerprint !== request.fingerprint) return { kind: 'mismatch', record };
        if (existing.state === 'COMPLETED' && existing.outcome) return { kind: 'replay', record: { ...record, state: 'COMPLETED', outcome: existing.outcome } };
        if (existing.locked_until && existing.locked_until.getTime() > now.getTime()) return { kind: 'in_flight', record };
        const [taken] = await tx.query<KeyRow>(
          `UPDATE idempotency_keys
           SET claim_token = $3, locked_until = $4::timestamptz, operation_id = COALESCE(operation_id, $5)
           WHERE scope = $1 AND key = $2
           RETURNING ${COLUMNS}`,
          [request.scope, request.key, claimToken, lockedUntil, request.operationId ?? null],
        );
        return taken ? { kind: 'claimed', record: toRecord(taken), claimToken, takeover: true } : null;
      });
      if (result) return result;
    }
    throw new Error(`idempotency key ${request.key} kept vanishing while being claimed`);
  }

  async complete(ref: IdempotencyKeyRef, claimToken: string, outcome: StoredOutcome, operationId: string | null = null): Promise<boolean> {
    const sql = new Conditions();
    const rows = await this.db.query<{ key: string }>(completeSql(sql, ref, claimToken, outcome, this.settings.clock(), operationId), sql.params);
    return rows.length === 1;
  }

  async release(ref: IdempotencyKeyRef, claimToken: string): Promise<boolean> {
    const sql = new Conditions();
    const rows = await this.db.query<{ key: string }>(releaseSql(sql, ref, claimToken), sql.params);
    return rows.length === 1;
  }

  async renew(ref: IdempotencyKeyRef, claimToken: string, leaseSeconds: number = this.settings.inFlightLeaseSeconds): Promise<boolean> {
    const rows = await this.db.query<{ key: string }>(
      `UPDATE idempotency_keys SET locked_until = $4::timestamptz
       WHERE scope = $1 AND key = $2 AND claim_token = $3 AND state = 'IN_FLIGHT'
       RETURNING key`,
      [ref.scope, ref.key, claimToken, plusSeconds(this.settings.clock(), leaseSeconds)],
    );
    return rows.length === 1;
  }

  async get(ref: IdempotencyKeyRef): Promise<IdempotencyRecord | null> {
    const [row] = await this.db.query<KeyRow>(`SELECT ${COLUMNS} FROM idempotency_keys WHERE scope = $1 AND key = $2 AND expires_at > $3::timestamptz`, [
      ref.scope,
      ref.key,
      this.settings.clock().toISOString(),
    ]);
    return row ? toRecord(row) : null;
  }

  async purgeExpired(): Promise<number> {
    const [row] = await this.db.query<{ purged: number }>(
      `WITH purged AS (DELETE FROM idempotency_keys WHERE expires_at <= $1::timestamptz RETURNING 1) SELECT count(*)::integer AS purged FROM purged`,
      [this.settings.clock().toISOString()],
    );
    return row?.purged ?? 0;
  }
}

/** The columns of a fresh claim, in the order of claimValues. */
export const CLAIM_COLUMNS = 'scope, key, mutation, fingerprint, state, claim_token, locked_until, operation_id, created_at, expires_at';

/** A fresh claim's values (CLAIM_COLUMNS), bound through `sql` and cast (they read the same in VALUES and in a SELECT). */
export function claimValues(sql: Conditions, request: ClaimRequest, claimToken: string, now: Date, lockedUntil: string, expiresAt: string): string {
  return [
    `${sql.bind(request.scope)}::text`,
    `${sql.bind(request.key)}::text`,
    `${sql.bind(request.mutation)}::text`,
    `${sql.bind(request.fingerprint)}::text`,
    `'IN_FLIGHT'`,
    `${sql.bind(claimToken)}::text`,
    `${sql.bind(lockedUntil)}::timestamptz`,
    `${sql.bind(request.operationId ?? null)}::text`,
    `${sql.bind(now.toISOString())}::timestamptz`,
    `${sql.bind(expiresAt)}::timestamptz`,
  ].join(', ');
}

/** Stores the outcome of a key `claimToken` still holds (see IdempotencyKeys.complete); returns its key when it did. */
export function completeSql(sql: Conditions, ref: IdempotencyKeyRef, claimToken: string, outcome: StoredOutcome, at: Date, operationId: string | null): string {
  return `UPDATE idempotency_keys
       SET state = 'COMPLETED', outcome = ${sql.bind(JSON.stringify(outcome))}::jsonb, completed_at = ${sql.bind(at.toISOString())}::timestamptz, locked_until = NULL,
           operation_id = COALESCE(${sql.bind(operationId)}::text, operation_id)
       WHERE ${heldBy(sql, ref, claimToken)}
       RETURNING key`;
}

/** Frees a key `claimToken` still holds (see IdempotencyKeys.release); returns its key when it did. */
export function releaseSql(sql: Conditions, ref: IdempotencyKeyRef, claimToken: string): string {
  return `DELETE FROM idempotency_keys WHERE ${heldBy(sql, ref, claimToken)} RETURNING key`;
}

function heldBy(sql: Conditions, ref: IdempotencyKeyRef, claimToken: string): string {
  return `scope = ${sql.bind(ref.scope)} AND key = ${sql.bind(ref.key)} AND claim_token = ${sql.bind(claimToken)} AND state = 'IN_FLIGHT'`;
}

/** The lease and retention of a claim made at `now`. */
export function claimTimes(now: Date, leaseSeconds: number, retentionSeconds: number): { lockedUntil: string; expiresAt: string } {
  return { lockedUntil: plusSeconds(now, leaseSeconds), expiresAt: plusSeconds(now, retentionSeconds) };
}

export function assertKey(key: string): void {
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) throw new RangeError('an idempotency key is 1 to 64 printable ASCII characters');
}

function plusSeconds(at: Date, seconds: number): string {
  return new Date(at.getTime() + seconds * 1000).toISOString();
}

function toRecord(row: KeyRow): IdempotencyRecord {
  return {
    scope: row.scope,
    key: row.key,
    // Only this module writes the column, from a MutationName.
    mutation: row.mutation as MutationName,
    fingerprint: row.fingerprint,
    state: row.state,
    operationId: row.operation_id,
    outcome: row.outcome,
    createdAt: isoOf(row.created_at),
    completedAt: isoOrNull(row.completed_at),
    expiresAt: isoOf(row.expires_at),
    lockedUntil: isoOrNull(row.locked_until),
  };
}
