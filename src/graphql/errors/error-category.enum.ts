import { registerEnumType } from 'type-graphql';
import { ERROR_CATEGORIES, type ErrorCategory } from '../../domain/errors';
import { mangleCode } from './provider-error-code.enum';

/** `ResourceNotFound` → `RESOURCE_NOT_FOUND`; the internal value stays the category (= GraphQL type name). */
export const ErrorCategoryEnum = Object.fromEntries(ERROR_CATEGORIES.map((c) => [mangleCode(c), c])) as Record<
  string,
  ErrorCategory
>;

/** What each category means; the category's GraphQL type and its ErrorCategory value both say it. */
export const ERROR_CATEGORY_DESCRIPTIONS: Readonly<Record<ErrorCategory, string>> = {
  ResourceNotFound: 'The target (or something it refers to) does not exist.',
  InvalidParameter: 'A parameter was rejected, by the provider or by netplane before any call (with the code the provider would have answered).',
  InvalidResourceState: 'The resource is in a state that does not allow the operation.',
  ResourceConflict: 'The change conflicts with existing state (duplicate address, already associated …).',
  QuotaExceeded: 'An account or per-resource quota would be exceeded (e.g. EIPs per NAT gateway, private IPs per ENI).',
  InsufficientCapacity: 'The provider has no room for the request (e.g. no free private IP left in the vSwitch).',
  PermissionDenied: 'Authentication failed or the account may not do this (signature, credentials, RAM/IAM authorization, balance).',
  Throttled: 'The provider rate-limited the call; retry after retryAfterSeconds when given.',
  ProviderUnavailable: 'The provider could not be reached or failed (timeouts, resets, 5xx).',
  IdempotencyMismatch: 'A client token was reused with different parameters.',
  UnsupportedOperation: 'The provider does not offer this operation; netplane called nothing.',
  UnknownProviderError: 'A code no catalog documents, passed through verbatim.',
};

registerEnumType(ErrorCategoryEnum, {
  name: 'ErrorCategory',
  description: 'netplane\'s classification of errors; each value names the ProviderError type a code comes back as.',
  valuesConfig: Object.fromEntries(
    ERROR_CATEGORIES.map((c) => [mangleCode(c), { description: `Comes back as ${c}: ${ERROR_CATEGORY_DESCRIPTIONS[c]}` }]),
  ),
});
