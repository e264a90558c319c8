import { Arg, Query, Resolver } from 'type-graphql';
import { operationsOf, providersOf, type MutationName as MutationNameValue } from '../../domain/operations';
import { installedCatalogs } from './installed-catalogs';
import { ErrorCatalogEntry, MutationName } from './error-catalog.type';
import { NETPLANE_CATALOG_ENTRIES } from './netplane-errors';
import { installedProviderErrorCodes } from './provider-error-code.enum';

/**
 * The documented entries of a mutation, per provider offering it: the rows of every operation it
 * calls (its own operation first), the provider's common rows once, then netplane's own.
 */
export function errorCatalogOf(mutation: MutationNameValue): ErrorCatalogEntry[] {
  const codes = installedProviderErrorCodes();
  const entries: ErrorCatalogEntry[] = [];
  for (const provider of providersOf(mutation)) {
    const [operation, ...others] = operationsOf(mutation, provider);
    const catalog = installedCatalogs().find((c) => c.provider === provider);
    if (!operation || !catalog) continue;
    const own = (op: string) => catalog.forOperation(op).filter((e) => e.operations !== 'common').map((entry) => ({ op, entry }));
    const common = catalog.entries.filter((e) => e.operations === 'common');
    const rows = [
      ...[operation, ...others].flatMap(own),
      ...[...common, ...NETPLANE_CATALOG_ENTRIES].map((entry) => ({ op: operation, entry })),
    ];
    for (const { op, entry } of rows) {
      entries.push({
        provider,
        operation: op,
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
  errorCatalog(@Arg('mutation', () => MutationName, { description: 'The mutation whose errors to list.' }) mutation: MutationNameValue): ErrorCatalogEntry[] {
    return errorCatalogOf(mutation);
  }
}
