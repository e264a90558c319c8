import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDirectory, type DataDirectoryLock } from './data-dir-lock';
import type { Database, SqlExecutor, SqlParam, StatementBuilder } from './database';
import { discardClusterImage, freshClusterImage } from './pglite-image';
import { PgliteStatements } from './pglite-statements';

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

/** A statement waiting for the end of the turn it was asked for in (queryAfterTurn). */
interface DeferredStatement {
  statement: string | StatementBuilder;
  params: readonly SqlParam[];
  settle: (rows: Promise<object[]>) => void;
}

class PgliteDatabase implements Database {
  readonly backend = 'pglite';
  private deferred: DeferredStatement[] = [];
  /** Deferred statements issued and not yet ended, awaited by close(). */
  private readonly running = new Set<Promise<unknown>>();
  private readonly statements: PgliteStatements;

  constructor(
    private readonly db: PGlite,
    private readonly lock: DataDirectoryLock | null,
  ) {
    this.statements = new PgliteStatements(db);
  }

  query<Row extends object>(text: string, params: readonly SqlParam[] = []): Promise<Row[]> {
    this.issueDeferred();
    return this.statements.run<Row>(text, params);
  }

  /**
   * PGlite runs in this thread: a statement issued before the answer is written runs before it is
   * written, even when nobody awaits it. setImmediate issues it after the turn's promise chains
   * (the answer's included); a statement issued before then, by anything, first issues it, so
   * statements still run in the order they were asked for.
   */
  queryAfterTurn<Row extends object>(text: string | StatementBuilder, params: readonly SqlParam[] = []): Promise<Row[]> {
    return new Promise<object[]>((resolve) => {
      if (this.deferred.length === 0) setImmediate(() => this.issueDeferred());
      this.deferred.push({ statement: text, params, settle: resolve });
    }) as Promise<Row[]>;
  }

  async exec(script: string): Promise<void> {
    this.issueDeferred();
    await this.db.exec(script);
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    this.issueDeferred();
    return this.db.transaction((tx) =>
      work({
        query: <Row extends object>(text: string, params: readonly SqlParam[] = []) => this.statements.runInTransaction<Row>(text, params),
        exec: async (script: string) => {
          await tx.exec(script);
        },
      }),
    );
  }

  /** Issues the deferred statements in the order they were asked for; each caller gets its own statement's rows or error. */
  private issueDeferred(): void {
    if (this.deferred.length === 0) return;
    const statements = this.deferred;
    this.deferred = [];
    for (const statement of statements) {
      const rows = this.runDeferred(statement);
      const ended: Promise<unknown> = rows.catch(() => undefined).finally(() => this.running.delete(ended));
      this.running.add(ended);
      statement.settle(rows);
    }
  }

  /** A deferred statement's rows; one whose builder throws fails alone. */
  private runDeferred({ statement, params }: DeferredStatement): Promise<object[]> {
    if (typeof statement === 'string') return this.statements.run<object>(statement, params);
    let built;
    try {
      built = statement();
    } catch (error) {
      return Promise.reject(error);
    }
    return this.statements.run<object>(built.text, built.params);
  }

  async listen(channel: string, listener: (payload: string) => void): Promise<() => Promise<void>> {
    const stop = await this.db.listen(channel, listener);
    return async () => {
      if (!this.db.closed) await stop();
    };
  }

  async close(): Promise<void> {
    this.issueDeferred();
    await Promise.allSettled([...this.running]);
    try {
      if (!this.db.closed) await this.db.close();
    } finally {
      this.lock?.release();
    }
  }
}
