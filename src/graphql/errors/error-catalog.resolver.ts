import { Arg, Query, Resolver } from 'type-graphql';
import { providerOperation, providersOf, type MutationName as MutationNameValue } from '../../domain/operations';
import { installedCatalogs } from './installed-catalogs';
import { ErrorCatalogEntry, MutationName } from './error-catalog.type';
import { NETPLANE_CATALOG_ENTRIES } from './netplane-errors';
import { installedProviderErrorCodes } from './provider-error-code.enum';

/** The documented entries of a mutation: its providers' rows for the operation, their common rows, then netplane's own. */
export function errorCatalogOf(mutation: MutationNameValue): ErrorCatalogEntry[] {
  const codes = installedProviderErrorCodes();
  const entries: ErrorCatalogEntry[] = [];
  for (const provider of providersOf(mutation)) {
    const operation = providerOperation(mutation, provider);
    const catalog = installedCatalogs().find((c) => c.provider === provider);
    if (!operation) continue;
    const rows = [...(catalog?.forOperation(operation) ?? []), ...NETPLANE_CATALOG_ENTRIES];
    for (const entry of rows) {
      entries.push({
        provider,
        operation,
        code: entry.code,
        codeEnum: codes.valueOf(provider, entry.code),
        httpStatus: entry.httpStatus,
        message: entry.message,
        description: entry.description,
        category: entry.category,
        retryable: entry.retryable,
        common: entry.operations === 'common',
      });
    }
  }
  return entries;
}

@Resolver()
export class ErrorCatalogResolver {
  @Query(() => [ErrorCatalogEntry], { description: 'What a mutation can return: every documented error code, by provider.' })
  errorCatalog(@Arg('mutation', () => MutationName) mutation: MutationNameValue): ErrorCatalogEntry[] {
    return errorCatalogOf(mutation);
  }
}
