import type { ProviderName } from './resources';

/**
 * netplane's classification of provider errors. Each category becomes a GraphQL object type that
 * implements the ProviderError interface; mutation result unions are built from these.
 */
export const ERROR_CATEGORIES = [
  'ResourceNotFound',
  'InvalidParameter',
  'InvalidResourceState',
  'ResourceConflict',
  'QuotaExceeded',
  'InsufficientCapacity',
  'PermissionDenied',
  'Throttled',
  'ProviderUnavailable',
  'IdempotencyMismatch',
  'UnsupportedOperation',
  'UnknownProviderError',
] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

/** Whether a change may have been applied by the provider when the call failed. */
export type Outcome = 'NOT_APPLIED' | 'UNKNOWN';

/**
 * A provider failure as data. Adapters never throw for anything the provider (or the transport to
 * it) can do; they return one of these, and the GraphQL layer turns it into a union member.
 */
export interface ProviderFailure {
  category: ErrorCategory;
  provider: ProviderName;
  /** The provider's own operation name, e.g. AssignPrivateIpAddresses or CreateVifPeer. */
  operation: string;
  /** The provider's verbatim error code. */
  code: string;
  httpStatus: number | null;
  message: string;
  requestId: string | null;
  retryable: boolean;
  /** True when the (operation, code) pair is in the provider's error catalog. */
  documented: boolean;
  /** The catalog's description of the code, when documented. */
  description: string | null;
  resourceType?: string | null;
  resourceId?: string | null;
  parameter?: string | null;
  retryAfterSeconds?: number | null;
  outcome?: Outcome;
  /** For UnsupportedOperation: what to use instead on this provider. */
  alternative?: string | null;
  /** The idempotency key of the mutation that failed, set by the durability stage. */
  idempotencyKey?: string | null;
}

export type Result<T> =
  | { ok: true; value: T; requestId: string | null }
  | { ok: false; error: ProviderFailure };

export function ok<T>(value: T, requestId: string | null = null): Result<T> {
  return { ok: true, value, requestId };
}

export function failed<T>(error: ProviderFailure): Result<T> {
  return { ok: false, error };
}
