/**
 * The one thing the two backends differ in: how SQL reaches PostgreSQL. The embedded store runs
 * PostgreSQL compiled to WASM (PGlite) in-process and the replicated store talks to a server over
 * `pg`; both take the same SQL, so the schema, the migrations and every query are written once
 * (src/store/migrations.ts and the repositories) against this port.
 */

/** Values bound to `$n` placeholders. Timestamps travel as ISO strings, JSON as text cast to jsonb. */
export type SqlParam = string | number | boolean | null | readonly string[];

/**
 * A statement made only when it is issued (queryAfterTurn): its text and parameters cost nothing
 * in the turn that asks for it, which may be writing an answer.
 */
export type StatementBuilder = () => { text: string; params: readonly SqlParam[] };

export interface SqlExecutor {
  /** One statement with `$n` parameters; the rows it returns. */
  query<Row extends object>(text: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** A script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export type Backend = 'pglite' | 'postgres';

export interface Database extends SqlExecutor {
  readonly backend: Backend;
  /**
   * One statement issued once the current turn of the event loop has ended — after the answer
   * this turn writes — yet ahead of every statement issued after this call (on the embedded store,
   * which runs statements one at a time in the order they are issued, a later statement first
   * issues the deferred ones; close() issues and awaits them). On PostgreSQL, whose pool gives no
   * such order, it is issued at once.
   */
  queryAfterTurn<Row extends object>(text: string | StatementBuilder, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Runs `work` in one transaction (READ COMMITTED): committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` with the payload of every NOTIFY on `channel`, from any connection to the same
   * database (so from every replica on PostgreSQL). Resolves once listening; the function it
   * resolves to stops listening.
   */
  listen(channel: string, listener: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** PostgreSQL identifiers netplane creates (schemas, channels): plain lower-case names, never quoted. */
export const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertIdentifier(kind: string, name: string): string {
  if (!IDENTIFIER.test(name)) throw new RangeError(`${kind} must match ${IDENTIFIER.source}, got "${name}"`);
  return name;
}
