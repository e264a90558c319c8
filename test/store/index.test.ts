import { afterAll, describe, expect, it } from 'vitest';
import { storeSchema } from '../../src/config/schema';
import { openStore, requestFingerprint } from '../../src/store';
import { freshSchema, POSTGRES_URL, TestClock } from './backends';

describe('openStore from the configuration', () => {
  const schema = freshSchema();
  afterAll(() => schema.drop());

  it('opens the embedded store by default (in memory here) with the configured retention', async () => {
    const clock = new TestClock();
    const store = await openStore(storeSchema.parse({ dataDir: 'memory://', idempotencyRetentionSeconds: 600 }), { clock: clock.now });
    try {
      expect(store.backend).toBe('pglite');
      const claim = await store.idempotency.claim({ scope: 'anonymous', key: 'k', mutation: 'releaseElasticIp', fingerprint: requestFingerprint({}) });
      expect(Date.parse(claim.record.expiresAt) - clock.now().getTime()).toBe(600_000);
    } finally {
      await store.close();
    }
  });

  it('opens PostgreSQL in the configured schema when the backend is postgres', async () => {
    const store = await openStore(storeSchema.parse({ backend: 'postgres', databaseUrl: POSTGRES_URL, schema: schema.name, poolSize: 2 }));
    try {
      expect(store.backend).toBe('postgres');
      expect(store.migrations.applied).toEqual([1]);
    } finally {
      await store.close();
    }
  });

  it('refuses a postgres section without a URL', async () => {
    await expect(openStore({ ...storeSchema.parse({}), backend: 'postgres' })).rejects.toThrow(/databaseUrl/);
  });
});
