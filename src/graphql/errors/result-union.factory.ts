import { createUnionType, type ClassType } from 'type-graphql';
import type { ErrorCatalog } from '../../domain/catalog';
import { ERROR_CATEGORIES, type ErrorCategory, type ProviderFailure } from '../../domain/errors';
import { operationsOf, providersOf, type MutationName } from '../../domain/operations';
import { ERROR_CATEGORY_TYPES } from './error-category.types';
import { installedCatalogs } from './installed-catalogs';
import { pascal } from '../mutations/names';
import { presentFailure, type ProviderErrorView } from './provider-error.interface';

/** Categories netplane itself can answer any mutation with, whatever the catalogs say. */
export const NETPLANE_MUTATION_CATEGORIES: readonly ErrorCategory[] = [
  'InvalidParameter',
  'ResourceNotFound',
  'PermissionDenied',
  'ProviderUnavailable',
  'UnknownProviderError',
  'UnsupportedOperation',
  // Idempotency keys (src/graphql/mutations/durability.stage.ts): a key reused for another input, or still in flight.
  'IdempotencyMismatch',
  'ResourceConflict',
];

/**
 * The error members of `<Op>Result`: the categories of every catalog entry the providers offering
 * the mutation document for the operations it calls (own rows and common rows), plus netplane's own,
 * in ERROR_CATEGORIES order.
 */
export function resultCategories(mutation: MutationName, catalogs: readonly ErrorCatalog[]): ErrorCategory[] {
  const found = new Set<ErrorCategory>(NETPLANE_MUTATION_CATEGORIES);
  for (const provider of providersOf(mutation)) {
    const catalog = catalogs.find((c) => c.provider === provider);
    if (!catalog) continue;
    for (const operation of operationsOf(mutation, provider)) for (const entry of catalog.forOperation(operation)) found.add(entry.category);
  }
  return ERROR_CATEGORIES.filter((c) => found.has(c));
}

/** What a mutation resolver returns: its success payload or a failure (a plain domain object). */
export type MutationResult<TSuccess> = TSuccess | ProviderErrorView;

export interface ResultUnion {
  /** The registered union (pass it to `@Mutation(() => …)`). */
  readonly union: object;
  readonly categories: readonly ErrorCategory[];
  /**
   * The failure as a member of this union. A category outside the union (an adapter classifying
   * beyond its catalog) comes back as UnknownProviderError with the verbatim code kept, so the
   * union's contract holds. When no provider answered (validation before the call), the gateway's
   * request id stands in, so there is always an id to quote.
   */
  failure(failure: ProviderFailure, gatewayRequestId: string): ProviderErrorView;
}

const unions = new Map<MutationName, ResultUnion>();

/** `<Op>Result = <Op>Success | <categories>`, created once per process (type-graphql metadata is global). */
export function resultUnion(mutation: MutationName, success: ClassType): ResultUnion {
  const existing = unions.get(mutation);
  if (existing) return existing;
  const categories = resultCategories(mutation, installedCatalogs());
  const successName = `${pascal(mutation)}Success`;
  const members = [success, ...categories.map((c) => ERROR_CATEGORY_TYPES[c])] as const;
  const union = createUnionType({
    name: `${pascal(mutation)}Result`,
    description: `Every outcome of ${mutation}: ${successName} or one of the error categories its providers document.`,
    types: () => members,
    resolveType: (value: object) => ('category' in value ? (value as ProviderFailure).category : successName),
  });
  const created: ResultUnion = {
    union,
    categories,
    failure(failure, gatewayRequestId) {
      const inUnion = categories.includes(failure.category);
      const withId = { ...failure, requestId: failure.requestId ?? gatewayRequestId };
      return presentFailure(
        inUnion ? withId : { ...withId, category: 'UnknownProviderError', outcome: failure.outcome ?? 'UNKNOWN' },
      );
    },
  };
  unions.set(mutation, created);
  return created;
}
