import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database';
import { IN_MEMORY, openPgliteDatabase } from '../../src/store/pglite';

// The embedded store's statements go through src/store/pglite-statements.ts (each text prepared once).
describe('the embedded store\'s prepared statements', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openPgliteDatabase(IN_MEMORY);
    await db.exec('CREATE TABLE prepared_rows (id int PRIMARY KEY, tags text[], doc jsonb, at timestamptz, note text)');
  }, 120_000);
  afterAll(() => db?.close());

  const preparedTexts = async () =>
    (await db.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')).map((r) => r.statement);

  it('parses a text once: later runs of it bind the statement already prepared, with their own values', async () => {
    const insert = 'INSERT INTO prepared_rows (id, note) VALUES ($1, $2) RETURNING id, note';
    expect(await db.query(insert, [1, 'one'])).toEqual([{ id: 1, note: 'one' }]);
    expect(await db.query(insert, [2, 'two'])).toEqual([{ id: 2, note: 'two' }]);
    expect((await preparedTexts()).filter((t) => t === insert)).toHaveLength(1);
  });

  it('serializes values by the types the backend inferred: arrays, JSON text cast to jsonb, timestamps, null', async () => {
    await db.query('INSERT INTO prepared_rows (id, tags, doc, at, note) VALUES ($1, $2, $3::jsonb, $4, $5)', [3, ['a', 'b,c'], '{"k":[1,2]}', '2026-01-01T00:00:00.000Z', null]);
    const [row] = await db.query<{ tags: string[]; doc: unknown; at: Date; note: string | null }>('SELECT tags, doc, at, note FROM prepared_rows WHERE id = $1', [3]);
    expect(row).toEqual({ tags: ['a', 'b,c'], doc: { k: [1, 2] }, at: new Date('2026-01-01T00:00:00.000Z'), note: null });
  });

  it('answers an error to its caller and the next statement runs; a text that does not parse is not kept', async () => {
    const insert = 'INSERT INTO prepared_rows (id) VALUES ($1)';
    await db.query(insert, [10]);
    await expect(db.query(insert, [10])).rejects.toThrow(/duplicate key/);
    await expect(db.query('SELEKT $1', [1])).rejects.toThrow(/syntax error/);
    expect(await preparedTexts()).not.toContain('SELEKT $1');
    expect(await db.query('SELECT count(*)::int AS n FROM prepared_rows WHERE id = $1', [10])).toEqual([{ n: 1 }]);
  });

  it('keeps at most 256 prepared texts, closing the oldest', async () => {
    for (let i = 0; i < 300; i++) await db.query(`SELECT $1::int + ${i} AS n`, [1]);
    const texts = await preparedTexts();
    expect(texts.length).toBeLessThanOrEqual(256);
    expect(texts).toContain('SELECT $1::int + 299 AS n');
    expect(texts).not.toContain('SELECT $1::int + 0 AS n');
    expect(await db.query('SELECT $1::int + 0 AS n', [1])).toEqual([{ n: 1 }]);
  });

  it('runs a transaction\'s statements in it: rolled back with it, committed with it', async () => {
    const insert = 'INSERT INTO prepared_rows (id) VALUES ($1)';
    await expect(
      db.transaction(async (tx) => {
        await tx.query(insert, [20]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await db.transaction(async (tx) => {
      await tx.query(insert, [21]);
    });
    expect(await db.query<{ id: number }>('SELECT id FROM prepared_rows WHERE id IN (20, 21)')).toEqual([{ id: 21 }]);
  });
});
