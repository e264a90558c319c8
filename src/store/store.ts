import { createHash } from 'node:crypto';
import type { Backend, Database } from './database';
import { SqlIdempotencyKeys, type IdempotencyKeys } from './idempotency';
import { SqlJournal, type Journal } from './journal';
import { migrate, type MigrationReport } from './migrations';
import { SqlMutationRecords, type MutationRecords } from './mutation-records';
import { SqlOperations, type Operations } from './operations';
import { IN_MEMORY, openPgliteDatabase } from './pglite';

/**
 * netplane's memory: idempotency keys, operations and the journal. One interface, two backends —
 * the embedded PGlite store (one process, no service to run) and PostgreSQL (several replicas) —
 * with one schema and one set of migrations, because both are PostgreSQL.
 */
export interface Store {
  readonly backend: Backend;
  readonly idempotency: IdempotencyKeys;
  readonly operations: Operations;
  readonly journal: Journal;
  /** A mutation's key, operation and journal rows written together before and after its provider call. */
  readonly mutations: MutationRecords;
  /** What opening the store migrated. */
  readonly migrations: MigrationReport;
  close(): Promise<void>;
}

export interface StoreSettings {
  /** How long an idempotency key and its outcome are kept (24 h by default). */
  idempotencyRetentionSeconds: number;
  /** How long a claim holds without renewal before a retry may take it over (its holder is presumed dead). */
  inFlightLeaseSeconds: number;
  /** The store's notion of now (tests move it to expire keys without waiting). */
  clock: () => Date;
}

export const DEFAULT_STORE_SETTINGS: StoreSettings = {
  idempotencyRetentionSeconds: 24 * 60 * 60,
  inFlightLeaseSeconds: 120,
  clock: () => new Date(),
};

export interface PgliteStoreOptions extends Partial<StoreSettings> {
  /** A directory (created when missing), or IN_MEMORY ("memory://") for a store that ends with the process. */
  dataDir: string;
}

export interface PostgresStoreOptions extends Partial<StoreSettings> {
  url: string;
  /** The schema to keep netplane's tables in; "public" by default. */
  schema?: string;
  /** Connections per replica; 10 by default. */
  poolSize?: number;
}

export async function openPgliteStore(options: PgliteStoreOptions): Promise<Store> {
  const { dataDir, ...settings } = options;
  return openOn(await openPgliteDatabase(dataDir), 'public', settings);
}

/** PostgreSQL's client (pg) is loaded only here: a process on the embedded store does not carry it. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const { url, schema = 'public', poolSize = 10, ...settings } = options;
  const { openPostgresDatabase } = await import('./postgres.js');
  return openOn(await openPostgresDatabase({ url, schema, poolSize }), schema, settings);
}

export { IN_MEMORY };

async function openOn(db: Database, schema: string, overrides: Partial<StoreSettings>): Promise<Store> {
  const settings: StoreSettings = { ...DEFAULT_STORE_SETTINGS, ...withoutUndefined(overrides) };
  try {
    const migrations = await migrate(db, schema);
    return new SqlStore(db, schema, settings, migrations);
  } catch (err) {
    await db.close();
    throw err;
  }
}

class SqlStore implements Store {
  readonly backend: Backend;
  readonly idempotency: IdempotencyKeys;
  readonly operations: Operations;
  readonly journal: Journal;
  readonly mutations: MutationRecords;

  constructor(
    private readonly db: Database,
    schema: string,
    settings: StoreSettings,
    readonly migrations: MigrationReport,
  ) {
    this.backend = db.backend;
    this.idempotency = new SqlIdempotencyKeys(db, {
      retentionSeconds: settings.idempotencyRetentionSeconds,
      inFlightLeaseSeconds: settings.inFlightLeaseSeconds,
      clock: settings.clock,
    });
    this.operations = new SqlOperations(db, settings.clock, operationsChannel(schema));
    this.journal = new SqlJournal(db, settings.clock);
    this.mutations = new SqlMutationRecords(
      db,
      { retentionSeconds: settings.idempotencyRetentionSeconds, inFlightLeaseSeconds: settings.inFlightLeaseSeconds },
      settings.clock,
      operationsChannel(schema),
    );
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** NOTIFY channels are database-wide: one per schema, short enough for PostgreSQL's 63-byte names. */
function operationsChannel(schema: string): string {
  return `netplane_ops_${createHash('sha256').update(schema).digest('hex').slice(0, 16)}`;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
