import { parse, protocol, type PGlite } from '@electric-sql/pglite';
import type { SqlParam } from './database';

/**
 * The embedded store's statements, each parsed once: PGlite's own `query` parses, analyses and
 * plans its text at every call (the unnamed statement), which for the store's larger statements
 * (a mutation's opening one: three inserts and a notify in one WITH) costs more than running them
 * — about 0.5 of its 0.9 ms. Here a text is prepared as a named statement the first time it is
 * issued and then only bound and executed, in one exchange with the backend (Bind, Describe,
 * Execute, Sync). The store's texts are a bounded family (placeholders, never inlined values);
 * past MAX_STATEMENTS the oldest is closed.
 *
 * This runs under PGlite's own locks, as its `query` does: outside a transaction the transaction
 * lock and then the query lock (so it never lands inside another caller's open transaction);
 * inside one, the query lock only.
 */

const MAX_STATEMENTS = 256;

/** What follows every Bind: the same three messages, serialized once. */
const DESCRIBE_EXECUTE_SYNC = concat([protocol.serialize.describe({ type: 'P' }), protocol.serialize.execute({}), protocol.serialize.sync()]);

function concat(messages: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(messages.reduce((length, m) => length + m.length, 0));
  let at = 0;
  for (const message of messages) {
    bytes.set(message, at);
    at += message.length;
  }
  return bytes;
}

interface Prepared {
  name: string;
  /** The parameters' type ids, as the backend inferred them (PGlite serializes values by them). */
  parameterTypes: number[];
}

export class PgliteStatements {
  private readonly prepared = new Map<string, Prepared>();
  private nextId = 1;

  constructor(private readonly db: PGlite) {}

  /** Runs one statement outside any transaction; its rows. */
  async run<Row extends object>(text: string, params: readonly SqlParam[]): Promise<Row[]> {
    await this.db._checkReady();
    return this.db._runExclusiveTransaction(async () => {
      const rows = await this.db._runExclusiveQuery(() => this.execute<Row>(text, params));
      // As PGlite's query does outside a transaction: the files hold what was committed.
      await this.db.syncToFs();
      return rows;
    });
  }

  /** Runs one statement inside the transaction that holds PGlite's transaction lock. */
  runInTransaction<Row extends object>(text: string, params: readonly SqlParam[]): Promise<Row[]> {
    return this.db._runExclusiveQuery(() => this.execute<Row>(text, params));
  }

  private async execute<Row extends object>(text: string, params: readonly SqlParam[]): Promise<Row[]> {
    const statement = this.prepared.get(text) ?? (await this.prepare(text));
    const values = params.map((value, index) => {
      if (value === null) return null;
      const serializer = this.db.serializers[statement.parameterTypes[index] ?? 0];
      return serializer ? serializer(value) : String(value);
    });
    try {
      const messages = await this.exchange(protocol.serialize.bind({ statement: statement.name, values }), DESCRIBE_EXECUTE_SYNC);
      // PGlite types rows as the caller's generic without checking them; the repositories map each
      // column explicitly from the row types they declare beside their SQL.
      return (parse.parseResults(messages, this.db.parsers)[0]?.rows ?? []) as Row[];
    } catch (error) {
      throw Object.assign(error as Error, { query: text, params });
    }
  }

  private async prepare(text: string): Promise<Prepared> {
    const name = `netplane_${this.nextId++}`;
    let messages;
    try {
      messages = await this.exchange(protocol.serialize.parse({ name, text }), protocol.serialize.describe({ type: 'S', name }), protocol.serialize.sync());
    } catch (error) {
      throw Object.assign(error as Error, { query: text });
    }
    const description = messages.find((m) => m.name === 'parameterDescription') as { dataTypeIDs?: number[] } | undefined;
    const prepared = { name, parameterTypes: description?.dataTypeIDs ?? [] };
    if (this.prepared.size >= MAX_STATEMENTS) await this.closeOldest();
    this.prepared.set(text, prepared);
    return prepared;
  }

  private async closeOldest(): Promise<void> {
    const [text, oldest] = this.prepared.entries().next().value ?? [];
    if (text === undefined || !oldest) return;
    this.prepared.delete(text);
    await this.exchange(protocol.serialize.close({ type: 'S', name: oldest.name }), protocol.serialize.sync());
  }

  /** One exchange with the backend: the messages sent together, what it answered (an error thrown, after its Sync). */
  private exchange(...messages: Uint8Array[]) {
    return this.db.execProtocolStream(concat(messages), { syncToFs: false });
  }
}
