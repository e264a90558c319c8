import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load';
import { account } from '../support/config';
import { scratchDirectories } from '../support/scratch-directories';

const emptyDir = scratchDirectories('netplane-store-config-');

describe('store settings in the configuration', () => {
  it('defaults to the embedded store under ./.netplane-data, keys kept 24 h, claims leased for 120 s', () => {
    const config = parseConfig({ accounts: [account] }, 'test', {});
    expect(config.store).toEqual({
      backend: 'embedded',
      dataDir: './.netplane-data',
      schema: 'public',
      poolSize: 10,
      idempotencyRetentionSeconds: 86_400,
      inFlightLeaseSeconds: 120,
    });
  });

  it('gives the built-in demo the same defaults', () => {
    const config = loadConfig({}, emptyDir());
    expect(config.store.backend).toBe('embedded');
    expect(config.store.dataDir).toBe('./.netplane-data');
    expect(config.store.idempotencyRetentionSeconds).toBe(86_400);
  });

  it('takes a PostgreSQL backend with its URL, schema and pool, and an in-memory data directory', () => {
    const postgres = parseConfig(
      {
        accounts: [account],
        store: { backend: 'postgres', databaseUrl: 'postgresql://netplane@db.internal:5432/netplane', schema: 'netplane', poolSize: 4, idempotencyRetentionSeconds: 3600 },
      },
      'test',
      {},
    );
    expect(postgres.store).toMatchObject({ backend: 'postgres', databaseUrl: 'postgresql://netplane@db.internal:5432/netplane', schema: 'netplane', poolSize: 4, idempotencyRetentionSeconds: 3600 });
    expect(parseConfig({ accounts: [account], store: { dataDir: 'memory://' } }, 'test', {}).store.dataDir).toBe('memory://');
  });

  it('lets NETPLANE_DATABASE_URL select PostgreSQL over the file, keeping the file\'s other store settings', () => {
    const config = parseConfig({ accounts: [account], store: { backend: 'embedded', schema: 'gw' } }, 'test', {
      NETPLANE_DATABASE_URL: 'postgres://netplane:pw@127.0.0.1:5432/netplane',
    });
    expect(config.store).toMatchObject({ backend: 'postgres', databaseUrl: 'postgres://netplane:pw@127.0.0.1:5432/netplane', schema: 'gw' });
    expect(loadConfig({ NETPLANE_DATABASE_URL: 'postgres://127.0.0.1/test' }, emptyDir()).store.backend).toBe('postgres');
  });

  it('rejects the postgres backend without a URL, a URL of another scheme without echoing it, and out-of-range settings, naming the path', () => {
    for (const [bad, path] of [
      [{ backend: 'postgres' }, 'store.databaseUrl'],
      [{ databaseUrl: 'mysql://root:hunter2@127.0.0.1/db' }, 'store.databaseUrl'],
      [{ schema: 'Bad-Schema' }, 'store.schema'],
      [{ poolSize: 0 }, 'store.poolSize'],
      [{ idempotencyRetentionSeconds: 10 }, 'store.idempotencyRetentionSeconds'],
      [{ inFlightLeaseSeconds: 1 }, 'store.inFlightLeaseSeconds'],
      [{ backend: 'sqlite' }, 'store.backend'],
      [{ dataDirectory: './x' }, 'store'],
    ] as const) {
      expect(() => parseConfig({ accounts: [account], store: bad }, 'test', {})).toThrow(ConfigError);
      expect(() => parseConfig({ accounts: [account], store: bad }, 'test', {})).toThrow(path);
    }
    expect(() => parseConfig({ accounts: [account], store: { databaseUrl: 'mysql://root:hunter2@127.0.0.1/db' } }, 'test', {})).not.toThrow(/hunter2/);
    expect(() => parseConfig({ accounts: [account] }, 'test', { NETPLANE_DATABASE_URL: 'not a url with secret-pw' })).toThrow(ConfigError);
    expect(() => parseConfig({ accounts: [account] }, 'test', { NETPLANE_DATABASE_URL: 'not a url with secret-pw' })).not.toThrow(/secret-pw/);
  });
});
