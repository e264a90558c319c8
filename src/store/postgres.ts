import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import { assertIdentifier, type Database, type SqlExecutor, type SqlParam, type StatementBuilder } from './database';

export interface PostgresOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** The schema netplane's tables live in (created by the first migration run). */
  schema: string;
  /** Connections per replica. */
  poolSize: number;
}

/**
 * The replicated backend: a PostgreSQL server shared by every gateway replica. Every connection of
 * the pool has its search_path set to the configured schema, so the SQL names no schema and runs
 * unchanged on PGlite.
 */
export async function openPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const schema = assertIdentifier('store.schema', options.schema);
  const pool = new Pool({
    connectionString: options.url,
    max: options.poolSize,
    connectionTimeoutMillis: 10_000,
    options: `-c search_path=${schema}`,
    application_name: 'netplane',
  });
  // An idle connection the server dropped is replaced at the next checkout, and the query that
  // needed it reports the failure; without a listener pg would crash the process instead.
  pool.on('error', () => undefined);
  const database = new PostgresDatabase(pool);
  try {
    await database.query('SELECT 1');
  } catch (err) {
    await pool.end();
    throw err;
  }
  return database;
}

class PostgresDatabase implements Database {
  readonly backend = 'postgres';
  private closed = false;
  private readonly listeners = new Set<() => Promise<void>>();

  constructor(private readonly pool: Pool) {}

  async query<Row extends object>(text: string, params: readonly SqlParam[] = []): Promise<Row[]> {
    return run<Row>(this.pool, text, params);
  }

  /** Issued at once: a pooled later statement could overtake a deferred one, so nothing is deferred here. */
  queryAfterTurn<Row extends object>(text: string | StatementBuilder, params: readonly SqlParam[] = []): Promise<Row[]> {
    if (typeof text === 'string') return this.query<Row>(text, params);
    let statement;
    try {
      statement = text();
    } catch (error) {
      return Promise.reject(error);
    }
    return this.query<Row>(statement.text, statement.params);
  }

  async exec(script: string): Promise<void> {
    await this.pool.query(script);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(executorOf(client));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      try {
        await client.query('ROLLBACK');
      } catch {
        // The connection itself failed; it must not go back to the pool.
        broken = true;
      }
      throw err;
    } finally {
      client.release(broken);
    }
  }

  async listen(channel: string, listener: (payload: string) => void): Promise<() => Promise<void>> {
    assertIdentifier('channel', channel);
    // LISTEN belongs to a session, so it holds a connection of its own for as long as it listens.
    const client = await this.pool.connect();
    const onNotification = (message: { channel: string; payload?: string }) => {
      if (message.channel === channel) listener(message.payload ?? '');
    };
    client.on('notification', onNotification);
    try {
      await client.query(`LISTEN ${channel}`);
    } catch (err) {
      client.off('notification', onNotification);
      client.release(true);
      throw err;
    }
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      this.listeners.delete(stop);
      client.off('notification', onNotification);
      try {
        await client.query(`UNLISTEN ${channel}`);
        client.release();
      } catch {
        client.release(true);
      }
    };
    this.listeners.add(stop);
    return stop;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // A listening connection is checked out for good; the pool ends only once it is back.
    await Promise.all([...this.listeners].map((stop) => stop()));
    await this.pool.end();
  }
}

function executorOf(client: PoolClient): SqlExecutor {
  return {
    query: <Row extends object>(text: string, params: readonly SqlParam[] = []) => run<Row>(client, text, params),
    exec: async (script: string) => {
      await client.query(script);
    },
  };
}

async function run<Row extends object>(target: Pool | PoolClient, text: string, params: readonly SqlParam[]): Promise<Row[]> {
  // pg types rows as QueryResultRow (values of type any); the repositories map each column
  // explicitly from the row types they declare beside their SQL.
  const result = await target.query<QueryResultRow>(text, [...params]);
  return result.rows as Row[];
}
