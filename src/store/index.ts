import type { NetplaneConfig } from '../config/schema';
import { openPgliteStore, openPostgresStore, type Store, type StoreSettings } from './store';

export * from './store';
export * from './idempotency';
export * from './operations';
export * from './journal';
export type { MutationRecords, MutationStart, MutationFinish } from './mutation-records';
export { requestFingerprint } from './fingerprint';
export { redactSecrets, isSecretFieldName, REDACTED } from './redact';
export { InvalidCursorError, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page, type PageRequest } from './cursor';
export { MigrationDriftError, MIGRATIONS, type MigrationReport } from './migrations';
export { DataDirectoryInUseError } from './data-dir-lock';
export type { Backend } from './database';
export type { JsonObject, JsonValue } from './json';

/** Opens the store the configuration names (the `store` section, after NETPLANE_DATABASE_URL). */
export async function openStore(config: NetplaneConfig['store'], overrides: Partial<StoreSettings> = {}): Promise<Store> {
  const settings = {
    idempotencyRetentionSeconds: config.idempotencyRetentionSeconds,
    inFlightLeaseSeconds: config.inFlightLeaseSeconds,
    ...overrides,
  };
  if (config.backend === 'postgres') {
    // The schema refuses the postgres backend without a URL; this guards callers that built the section by hand.
    if (!config.databaseUrl) throw new RangeError('store.databaseUrl is required for the postgres backend');
    return openPostgresStore({ url: config.databaseUrl, schema: config.schema, poolSize: config.poolSize, ...settings });
  }
  return openPgliteStore({ dataDir: config.dataDir, ...settings });
}
