import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database';
import { migrate, MigrationDriftError, MIGRATIONS, type Migration } from '../../src/store/migrations';
import { IN_MEMORY, openPgliteDatabase } from '../../src/store/pglite';
import { openPostgresDatabase } from '../../src/store/postgres';
import { BACKENDS, freshSchema, POSTGRES_URL, unique, type BackendName } from './backends';

/** One database per backend for the file; every test migrates a schema of its own in it. */
function useDatabase(backend: BackendName): { db: () => Database; schema: () => string } {
  let db: Database | undefined;
  const created: string[] = [];
  beforeAll(async () => {
    db = backend === 'PGlite' ? await openPgliteDatabase(IN_MEMORY) : await openPostgresDatabase({ url: POSTGRES_URL, schema: freshSchema().name, poolSize: 10 });
  });
  afterAll(async () => {
    if (backend === 'PostgreSQL' && db) for (const name of created) await db.exec(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    await db?.close();
  });
  return {
    db: () => {
      if (!db) throw new Error('opened in beforeAll');
      return db;
    },
    schema: () => {
      const name = unique('netplane_test_m').replace(/-/g, '_');
      created.push(name);
      return name;
    },
  };
}

async function tablesOf(db: Database, schema: string): Promise<string[]> {
  const rows = await db.query<{ table_name: string }>('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [schema]);
  return rows.map((r) => r.table_name);
}

async function versionsOf(db: Database, schema: string): Promise<number[]> {
  const rows = await db.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
  return rows.map((r) => r.version);
}

const addColumn: Migration = { version: 2, name: 'operations note', sql: 'ALTER TABLE operations ADD COLUMN note text;' };

describe('the migrations', () => {
  it('are numbered 1, 2, 3 … in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});

describe.each(BACKENDS)('migrations on %s', (backend) => {
  const { db, schema } = useDatabase(backend);

  it('create the schema, its tables and schema_migrations on first start, recording each version once', async () => {
    const name = schema();
    expect(await migrate(db(), name)).toEqual({ applied: MIGRATIONS.map((m) => m.version), version: MIGRATIONS.length });
    expect(await tablesOf(db(), name)).toEqual(['idempotency_keys', 'journal', 'operations', 'schema_migrations']);
    expect(await versionsOf(db(), name)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('do nothing on a restart', async () => {
    const name = schema();
    await migrate(db(), name);
    expect(await migrate(db(), name)).toEqual({ applied: [], version: MIGRATIONS.length });
    expect(await versionsOf(db(), name)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('apply only the migrations added since the last start', async () => {
    const name = schema();
    await migrate(db(), name);
    expect(await migrate(db(), name, [...MIGRATIONS, addColumn])).toEqual({ applied: [2], version: 2 });
    const columns = await db().query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'operations' AND column_name = 'note'`,
      [name],
    );
    expect(columns).toHaveLength(1);
  });

  it('refuse to start when an applied migration was edited', async () => {
    const name = schema();
    await migrate(db(), name);
    const edited = MIGRATIONS.map((m) => (m.version === 1 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    await expect(migrate(db(), name, edited)).rejects.toThrow(MigrationDriftError);
  });

  it('roll a failing migration back entirely, recording nothing of it', async () => {
    const name = schema();
    await migrate(db(), name);
    const broken: Migration = { version: 2, name: 'half', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' };
    await expect(migrate(db(), name, [...MIGRATIONS, broken])).rejects.toThrow();
    expect(await tablesOf(db(), name)).not.toContain('half_done');
    expect(await versionsOf(db(), name)).toEqual([1]);
  });

  it('refuse versions out of order', async () => {
    await expect(migrate(db(), schema(), [addColumn])).rejects.toThrow(RangeError);
  });
});

describe('migrations on PostgreSQL started by several replicas at once', () => {
  const schemaUnderTest = freshSchema();
  const databases: Database[] = [];
  afterAll(async () => {
    await Promise.all(databases.map((d) => d.close()));
    await schemaUnderTest.drop();
  });

  it('run once: one replica applies them, the others wait on the advisory lock and find nothing to do', async () => {
    for (let i = 0; i < 5; i++) databases.push(await openPostgresDatabase({ url: POSTGRES_URL, schema: schemaUnderTest.name, poolSize: 2 }));
    const reports = await Promise.all(databases.map((d) => migrate(d, schemaUnderTest.name)));
    expect(reports.filter((r) => r.applied.length > 0)).toEqual([{ applied: MIGRATIONS.map((m) => m.version), version: MIGRATIONS.length }]);
    expect(reports.filter((r) => r.applied.length === 0)).toHaveLength(4);
    expect(await versionsOf(databases[0] as Database, schemaUnderTest.name)).toEqual(MIGRATIONS.map((m) => m.version));
  });
});
