import type { ErrorCatalog } from '../../domain/catalog';

/**
 * type-graphql keeps its metadata in one global store, so the types derived from the catalogs
 * (the ProviderErrorCode enum, the result unions) can be registered only once per process. This
 * module holds the catalogs they were derived from and refuses a different set later.
 */
let installed: readonly ErrorCatalog[] | null = null;

function fingerprint(catalogs: readonly ErrorCatalog[]): string {
  return JSON.stringify(
    [...catalogs]
      .sort((a, b) => a.provider.localeCompare(b.provider))
      .map((c) => [c.provider, c.entries.map((e) => [e.code, e.httpStatus, e.category, e.operations])]),
  );
}

export function installCatalogs(catalogs: readonly ErrorCatalog[]): void {
  const providers = catalogs.map((c) => c.provider);
  if (new Set(providers).size !== providers.length) {
    throw new Error(`buildNetplaneSchema: one catalog per provider, got ${providers.join(', ')}`);
  }
  if (installed === null) {
    installed = [...catalogs];
    return;
  }
  if (fingerprint(installed) !== fingerprint(catalogs)) {
    throw new Error(
      'buildNetplaneSchema was already called with different catalogs in this process; the derived GraphQL types are global (type-graphql metadata) and cannot be redefined.',
    );
  }
}

export function installedCatalogs(): readonly ErrorCatalog[] {
  if (installed === null) throw new Error('No error catalogs installed: call buildNetplaneSchema({ catalogs }) first.');
  return installed;
}
