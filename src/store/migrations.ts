import { createHash } from 'node:crypto';
import { assertIdentifier, type Database } from './database';

/**
 * The store's schema, as an ordered list of migrations written once for both backends. A migration
 * is never edited once released (its checksum is recorded and checked at every start); a change
 * is a new migration at the end of the list.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const FINAL_STATUSES_SQL = `('SUCCEEDED', 'FAILED', 'TIMED_OUT')`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'idempotency keys, operations, journal',
    sql: `
CREATE TABLE idempotency_keys (
  scope          text        NOT NULL,
  key            text        NOT NULL,
  mutation       text        NOT NULL,
  fingerprint    text        NOT NULL,
  state          text        NOT NULL CHECK (state IN ('IN_FLIGHT', 'COMPLETED')),
  claim_token    text        NOT NULL,
  locked_until   timestamptz,
  operation_id   text,
  outcome        jsonb,
  created_at     timestamptz NOT NULL,
  completed_at   timestamptz,
  expires_at     timestamptz NOT NULL,
  PRIMARY KEY (scope, key),
  CHECK ((state = 'COMPLETED') = (outcome IS NOT NULL AND completed_at IS NOT NULL))
);
CREATE INDEX idempotency_keys_expires_at_idx ON idempotency_keys (expires_at);

CREATE TABLE operations (
  id                    text        PRIMARY KEY,
  mutation              text        NOT NULL,
  provider              text        NOT NULL,
  account               text        NOT NULL,
  region                text        NOT NULL,
  target_native_id      text,
  status                text        NOT NULL CHECK (status IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT')),
  provider_request_ids  text[]      NOT NULL DEFAULT '{}',
  provider_job_id       text,
  principal             text,
  idempotency_key       text,
  completion            jsonb       NOT NULL,
  resource_native_id    text,
  error                 jsonb,
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL,
  finished_at           timestamptz,
  CHECK ((status IN ${FINAL_STATUSES_SQL}) = (finished_at IS NOT NULL))
);
CREATE INDEX operations_created_idx ON operations (created_at DESC, id DESC);
CREATE INDEX operations_partition_idx ON operations (provider, account, region, created_at DESC, id DESC);
CREATE INDEX operations_unfinished_idx ON operations (created_at, id) WHERE status NOT IN ${FINAL_STATUSES_SQL};

CREATE TABLE journal (
  id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind                 text        NOT NULL CHECK (kind IN ('INTENT', 'ATTEMPT')),
  at                   timestamptz NOT NULL,
  principal            text,
  mutation             text        NOT NULL,
  provider             text        NOT NULL,
  account              text        NOT NULL,
  region               text        NOT NULL,
  target_native_id     text,
  operation_id         text,
  idempotency_key      text,
  input                jsonb,
  provider_operation   text,
  attempt              integer,
  provider_request_id  text,
  http_status          integer,
  duration_ms          integer,
  outcome              text        CHECK (outcome IN ('APPLIED', 'NOT_APPLIED', 'UNKNOWN')),
  error_code           text,
  CHECK (kind <> 'INTENT' OR input IS NOT NULL),
  CHECK (kind <> 'ATTEMPT' OR (provider_operation IS NOT NULL AND attempt IS NOT NULL AND duration_ms IS NOT NULL AND outcome IS NOT NULL))
);
CREATE INDEX journal_operation_idx ON journal (operation_id, id);
CREATE INDEX journal_principal_idx ON journal (principal, id);
CREATE INDEX journal_at_idx ON journal (at);
`,
  },
];

/** An applied migration's text no longer matches the code's: the database and the code disagree on the schema. */
export class MigrationDriftError extends Error {
  constructor(readonly version: number) {
    super(`migration ${version} applied to this database differs from the one in this build; migrations are never edited, add a new one`);
    this.name = 'MigrationDriftError';
  }
}

export interface MigrationReport {
  /** Versions this run applied (empty when the schema was already current). */
  applied: number[];
  /** The highest version now applied. */
  version: number;
}

/**
 * Brings `schema` up to date, once per database however many processes start together: every step
 * runs in one transaction behind a transaction-scoped advisory lock named after the schema, so a
 * second replica waits for the first and then finds nothing left to do. A failed migration rolls
 * back entirely.
 */
export async function migrate(db: Database, schema: string, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationReport> {
  assertIdentifier('store.schema', schema);
  assertOrdered(migrations);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`netplane.migrations.${schema}`]);
    await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET LOCAL search_path TO ${schema};`);
    await tx.exec(`
CREATE TABLE IF NOT EXISTS schema_migrations (
  version     integer     PRIMARY KEY,
  name        text        NOT NULL,
  checksum    text        NOT NULL,
  applied_at  timestamptz NOT NULL DEFAULT now()
);`);
    const rows = await tx.query<{ version: number; checksum: string }>('SELECT version, checksum FROM schema_migrations');
    const recorded = new Map(rows.map((r) => [r.version, r.checksum]));
    const applied: number[] = [];
    for (const migration of migrations) {
      const checksum = checksumOf(migration);
      const existing = recorded.get(migration.version);
      if (existing !== undefined) {
        if (existing !== checksum) throw new MigrationDriftError(migration.version);
        continue;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [migration.version, migration.name, checksum]);
      applied.push(migration.version);
    }
    return { applied, version: Math.max(0, ...rows.map((r) => r.version), ...migrations.map((m) => m.version)) };
  });
}

function checksumOf(migration: Migration): string {
  return createHash('sha256').update(migration.sql, 'utf8').digest('hex');
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new RangeError(`migration versions must run 1, 2, 3 … in order; position ${i} holds ${m.version}`);
  });
}
