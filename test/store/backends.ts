import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { POSTGRES_URL, dropSchema, ensurePostgres } from '../support/postgres';
import { IN_MEMORY, openPgliteStore, openPostgresStore, type Store, type StoreSettings } from '../../src/store';

/**
 * The backends every contract test runs against: the embedded store (PGlite in memory) and the
 * machine's PostgreSQL server, each test file on a schema of its own (created fresh, dropped after),
 * so files running in parallel and repeated runs never see each other's rows.
 */
export const BACKENDS = ['PGlite', 'PostgreSQL'] as const;
export type BackendName = (typeof BACKENDS)[number];

export { POSTGRES_URL, ensurePostgres } from '../support/postgres';

/** A controllable now: tests move it to expire keys and leases instead of sleeping. */
export class TestClock {
  private ms: number;

  constructor(start = '2026-01-01T00:00:00.000Z') {
    this.ms = Date.parse(start);
  }

  readonly now = (): Date => new Date(this.ms);

  advanceSeconds(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export interface TestSchema {
  name: string;
  open(settings?: Partial<StoreSettings>): Promise<Store>;
  drop(): Promise<void>;
}

/** A schema no other run uses; the store's migrations create it, drop() removes it and everything in it. */
export function freshSchema(): TestSchema {
  ensurePostgres();
  const name = `netplane_test_${randomBytes(6).toString('hex')}`;
  return {
    name,
    open: (settings = {}) => openPostgresStore({ url: POSTGRES_URL, schema: name, poolSize: 20, ...settings }),
    drop: () => dropSchema(name),
  };
}

/** Opens one store of `backend` for the enclosing describe block (opened once: PGlite takes seconds to start). */
export function useStore(backend: BackendName, settings: Partial<StoreSettings> = {}): () => Store {
  let store: Store | undefined;
  let schema: TestSchema | undefined;
  beforeAll(async () => {
    if (backend === 'PGlite') {
      store = await openPgliteStore({ dataDir: IN_MEMORY, ...settings });
    } else {
      schema = freshSchema();
      store = await schema.open(settings);
    }
  });
  afterAll(async () => {
    await store?.close();
    await schema?.drop();
  });
  return () => {
    if (!store) throw new Error('the store is opened in beforeAll');
    return store;
  };
}

let counter = 0;
/** A name no other test of the run uses (keys, accounts, principals), so tests sharing a store stay apart. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${randomBytes(3).toString('hex')}`;
}
