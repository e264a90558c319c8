import { registerEnumType } from 'type-graphql';
import { ERROR_CATEGORIES, type ErrorCategory } from '../../domain/errors';
import { mangleCode } from './provider-error-code.enum';

/** `ResourceNotFound` → `RESOURCE_NOT_FOUND`; the internal value stays the category (= GraphQL type name). */
export const ErrorCategoryEnum = Object.fromEntries(ERROR_CATEGORIES.map((c) => [mangleCode(c), c])) as Record<
  string,
  ErrorCategory
>;

registerEnumType(ErrorCategoryEnum, {
  name: 'ErrorCategory',
  description: 'netplane\'s classification of errors; each value names the ProviderError type a code comes back as.',
});
