import { Field, Float, ObjectType, type ClassType } from 'type-graphql';
import type { ErrorCategory, Outcome as OutcomeValue } from '../../domain/errors';
import { ERROR_CATEGORY_DESCRIPTIONS } from './error-category.enum';
import { Outcome } from './outcome.enum';
import { ProviderError } from './provider-error.interface';
import { PLAIN_FIELDS } from '../common/plain-fields';

/** One object type per ErrorCategory (src/domain/errors.ts), each implementing ProviderError. */

@ObjectType('ResourceNotFound', { ...PLAIN_FIELDS, implements: ProviderError, description: ERROR_CATEGORY_DESCRIPTIONS.ResourceNotFound })
export class ResourceNotFound extends ProviderError {
  @Field(() => String, { nullable: true, description: 'The kind of resource the code is about.' })
  resourceType!: string | null;

  @Field(() => String, { nullable: true, description: 'Native id of the missing resource, when the provider names it or the mutation targeted it.' })
  resourceId!: string | null;
}

@ObjectType('InvalidParameter', { ...PLAIN_FIELDS, implements: ProviderError, description: ERROR_CATEGORY_DESCRIPTIONS.InvalidParameter })
export class InvalidParameter extends ProviderError {
  @Field(() => String, { nullable: true, description: 'The request parameter the code is about, when known.' })
  parameter!: string | null;
}

@ObjectType('InvalidResourceState', { ...PLAIN_FIELDS, implements: ProviderError, description: ERROR_CATEGORY_DESCRIPTIONS.InvalidResourceState })
export class InvalidResourceState extends ProviderError {}

@ObjectType('ResourceConflict', { ...PLAIN_FIELDS, implements: ProviderError, description: ERROR_CATEGORY_DESCRIPTIONS.ResourceConflict })
export class ResourceConflict extends ProviderError {
  @Field(() => String, { nullable: true, description: 'The kind of resource in the way, when known (`Operation` for an idempotency key still in flight).' })
  resourceType!: string | null;

  @Field(() => String, { nullable: true, description: 'Its id, when known: for netplane.IdempotencyKeyInFlight the running Operation.id (pass it to `operation(id:)`).' })
  resourceId!: string | null;
}

@ObjectType('QuotaExceeded', { ...PLAIN_FIELDS, implements: ProviderError, description: ERROR_CATEGORY_DESCRIPTIONS.QuotaExceeded })
export class QuotaExceeded extends ProviderError {}

@ObjectType('InsufficientCapacity', { ...PLAIN_FIELDS, implements: ProviderError, description: ERROR_CATEGORY_DESCRIPTIONS.InsufficientCapacity })
export class InsufficientCapacity extends ProviderError {}

@ObjectType('PermissionDenied', { ...PLAIN_FIELDS, implements: ProviderError, description: ERROR_CATEGORY_DESCRIPTIONS.PermissionDenied })
export class PermissionDenied extends ProviderError {}

@ObjectType('Throttled', { ...PLAIN_FIELDS, implements: ProviderError, description: ERROR_CATEGORY_DESCRIPTIONS.Throttled })
export class Throttled extends ProviderError {
  // Float, not Int: Alibaba announces the wait in milliseconds (x-acs-retry-after), e.g. 0.15 s.
  @Field(() => Float, { nullable: true, description: 'How long the provider asked to wait, in seconds (fractional), when it said.' })
  retryAfterSeconds!: number | null;
}

@ObjectType('ProviderUnavailable', { ...PLAIN_FIELDS, implements: ProviderError, description: ERROR_CATEGORY_DESCRIPTIONS.ProviderUnavailable })
export class ProviderUnavailable extends ProviderError {
  @Field(() => Outcome, { description: 'NOT_APPLIED when the request never reached the provider; UNKNOWN when it may have (timeout or reset after sending, unreadable 5xx answer).' })
  outcome!: OutcomeValue;
}

@ObjectType('IdempotencyMismatch', { ...PLAIN_FIELDS, implements: ProviderError, description: ERROR_CATEGORY_DESCRIPTIONS.IdempotencyMismatch })
export class IdempotencyMismatch extends ProviderError {}

@ObjectType('UnsupportedOperation', { ...PLAIN_FIELDS, implements: ProviderError, description: ERROR_CATEGORY_DESCRIPTIONS.UnsupportedOperation })
export class UnsupportedOperation extends ProviderError {
  @Field(() => String, { nullable: true, description: 'What to use instead on this provider, when it has an alternative.' })
  alternative!: string | null;
}

@ObjectType('UnknownProviderError', { ...PLAIN_FIELDS, implements: ProviderError, description: ERROR_CATEGORY_DESCRIPTIONS.UnknownProviderError })
export class UnknownProviderError extends ProviderError {
  @Field(() => Outcome, { description: 'Whether the provider may have applied the change: UNKNOWN unless netplane knows it did not (NOT_APPLIED).' })
  outcome!: OutcomeValue;
}

export const ERROR_CATEGORY_TYPES: Record<ErrorCategory, ClassType> = {
  ResourceNotFound,
  InvalidParameter,
  InvalidResourceState,
  ResourceConflict,
  QuotaExceeded,
  InsufficientCapacity,
  PermissionDenied,
  Throttled,
  ProviderUnavailable,
  IdempotencyMismatch,
  UnsupportedOperation,
  UnknownProviderError,
};
