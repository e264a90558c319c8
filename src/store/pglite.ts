import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDirectory, type DataDirectoryLock } from './data-dir-lock';
import type { Database, SqlExecutor, SqlParam } from './database';
import { discardClusterImage, freshClusterImage } from './pglite-image';

/** The data directory value that keeps the embedded store in memory only (PGlite's own convention). */
export const IN_MEMORY = 'memory://';

/**
 * PostgreSQL's default shared_buffers (128 MB) is sized for a database server; the store's tables
 * (keys for a day, operations, the journal) are small and read by key. 16 MB lowers the process's
 * resident memory by about 100 MB (measured on an in-memory cluster) while the pages the store's
 * statements touch still fit.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * The embedded backend: PostgreSQL compiled to WASM, in this process, its files under
 * `<dataDir>/pgdata` (or in memory). PGlite runs one statement at a time; a transaction holds it
 * exclusively until it ends, which is what makes the store's read-then-write steps atomic here.
 */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  const lock = dataDir === IN_MEMORY ? null : lockDataDirectory(dataDir);
  try {
    const db = lock ? await PGlite.create(join(dataDir, 'pgdata'), { startParams: START_PARAMS }) : await createInMemory();
    return new PgliteDatabase(db, lock);
  } catch (err) {
    lock?.release();
    throw err;
  }
}

async function createInMemory(): Promise<PGlite> {
  const image = await freshClusterImage();
  if (image) {
    try {
      return await PGlite.create(IN_MEMORY, { loadDataDir: image, startParams: START_PARAMS });
    } catch {
      discardClusterImage();
    }
  }
  return PGlite.create(IN_MEMORY, { startParams: START_PARAMS });
}

class PgliteDatabase implements Database {
  readonly backend = 'pglite';

  constructor(
    private readonly db: PGlite,
    private readonly lock: DataDirectoryLock | null,
  ) {}

  query<Row extends object>(text: string, params: readonly SqlParam[] = []): Promise<Row[]> {
    return run<Row>(this.db, text, params);
  }

  async exec(script: string): Promise<void> {
    await this.db.exec(script);
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) =>
      work({
        query: <Row extends object>(text: string, params: readonly SqlParam[] = []) => run<Row>(tx, text, params),
        exec: async (script: string) => {
          await tx.exec(script);
        },
      }),
    );
  }

  async listen(channel: string, listener: (payload: string) => void): Promise<() => Promise<void>> {
    const stop = await this.db.listen(channel, listener);
    return async () => {
      if (!this.db.closed) await stop();
    };
  }

  async close(): Promise<void> {
    try {
      if (!this.db.closed) await this.db.close();
    } finally {
      this.lock?.release();
    }
  }
}

async function run<Row extends object>(target: PGlite | Transaction, text: string, params: readonly SqlParam[]): Promise<Row[]> {
  // PGlite types rows as the caller's generic without checking them; the repositories map each
  // column explicitly from the row types they declare beside their SQL.
  const result = await target.query<Row>(text, [...params]);
  return result.rows;
}
