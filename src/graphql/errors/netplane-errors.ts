import type { CatalogEntry } from '../../domain/catalog';
import type { ErrorCategory, ProviderFailure } from '../../domain/errors';
import type { ProviderName } from '../../domain/resources';

/**
 * The errors netplane itself answers with, before any provider is called. They travel exactly
 * like provider errors (as union members), with codes in their own `netplane.` namespace.
 */
export const NETPLANE_ERRORS = {
  malformedId: {
    code: 'netplane.MalformedId',
    httpStatus: 400,
    category: 'InvalidParameter',
    message: 'The id "%s" is not a netplane id.',
    description: 'A global id could not be decoded; ids are opaque and must be used as returned by netplane.',
  },
  wrongIdType: {
    code: 'netplane.WrongIdType',
    httpStatus: 400,
    category: 'InvalidParameter',
    message: 'The id "%s" names a %s, expected a %s.',
    description: 'A global id of another resource type was passed.',
  },
  ambiguousTarget: {
    code: 'netplane.AmbiguousTarget',
    httpStatus: 400,
    category: 'InvalidParameter',
    message: 'Give exactly one of %s.',
    description: 'A mutation names its target either by global id or by provider, account, region and native id, not both or neither.',
  },
  invalidInput: {
    code: 'netplane.InvalidInput',
    httpStatus: 400,
    category: 'InvalidParameter',
    message: '%s',
    description: 'The input breaks a rule netplane checks before calling the provider.',
  },
  partitionNotConfigured: {
    code: 'netplane.PartitionNotConfigured',
    httpStatus: 404,
    category: 'ResourceNotFound',
    message: 'No %s account "%s" is configured for region "%s".',
    description: 'The (provider, account, region) the target names is not configured in this gateway.',
  },
  unsupportedOperation: {
    code: 'netplane.UnsupportedOperation',
    httpStatus: 501,
    category: 'UnsupportedOperation',
    message: '%s does not offer %s.',
    description: 'The provider of the target does not offer this mutation; `alternative` says what to use instead (see Query.errorCatalog).',
  },
  fieldNotTaken: {
    code: 'netplane.FieldNotTaken',
    httpStatus: 400,
    category: 'InvalidParameter',
    message: '%s does not take %s.',
    description: 'An input field was given that the target\'s provider does not take; netplane rejects it rather than ignore it.',
  },
  permissionDenied: {
    code: 'netplane.PermissionDenied',
    httpStatus: 403,
    category: 'PermissionDenied',
    message: '"%s" may not %s in %s.',
    description: 'The caller\'s grants do not include the mutate scope on the target\'s partition (provider, account, region); nothing was sent to the provider.',
  },
  invalidIdempotencyKey: {
    code: 'netplane.InvalidIdempotencyKey',
    httpStatus: 400,
    category: 'InvalidParameter',
    message: '%s',
    description: 'An idempotency key (the idempotencyKey input field or the Idempotency-Key header) is 1 to 64 printable ASCII characters; the header and the field, or the key and clientToken, must not disagree.',
  },
  idempotencyMismatch: {
    code: 'netplane.IdempotencyMismatch',
    httpStatus: 422,
    category: 'IdempotencyMismatch',
    message: 'The idempotency key "%s" was used for another mutation or input.',
    description: 'A key names one request: the same key with another mutation or input is refused (IETF httpapi Idempotency-Key draft, 422). Use a new key for a new request.',
  },
  idempotencyKeyInFlight: {
    code: 'netplane.IdempotencyKeyInFlight',
    httpStatus: 409,
    category: 'ResourceConflict',
    message: 'The request with idempotency key "%s" is still running as operation %s.',
    description: 'The first request with this key has not answered yet: follow its operation (`operation(id:)`, resourceId names it) or retry later with the same key to get its outcome.',
  },
} as const satisfies Record<string, { code: string; httpStatus: number; category: ErrorCategory; message: string; description: string }>;

export type NetplaneErrorName = keyof typeof NETPLANE_ERRORS;

/** The netplane errors as catalog entries, so they are listed and enumerated like provider codes. */
export const NETPLANE_CATALOG_ENTRIES: readonly CatalogEntry[] = Object.values(NETPLANE_ERRORS).map((e) => ({
  code: e.code,
  httpStatus: e.httpStatus,
  message: e.message,
  description: e.description,
  category: e.category,
  retryable: false,
  operations: 'common' as const,
}));

export interface NetplaneFailureInput {
  provider: ProviderName;
  operation: string;
  message: string;
  requestId: string | null;
  parameter?: string;
  resourceType?: string;
  resourceId?: string;
  alternative?: string;
}

export function netplaneFailure(name: NetplaneErrorName, input: NetplaneFailureInput): ProviderFailure {
  const error = NETPLANE_ERRORS[name];
  return {
    category: error.category,
    provider: input.provider,
    operation: input.operation,
    code: error.code,
    httpStatus: error.httpStatus,
    message: input.message,
    requestId: input.requestId,
    retryable: false,
    documented: true,
    description: error.description,
    parameter: input.parameter ?? null,
    resourceType: input.resourceType ?? null,
    resourceId: input.resourceId ?? null,
    ...(input.alternative !== undefined && { alternative: input.alternative }),
    outcome: 'NOT_APPLIED',
  };
}
