import { Field, Float, ObjectType, type ClassType } from 'type-graphql';
import type { ErrorCategory, Outcome as OutcomeValue } from '../../domain/errors';
import { Outcome } from './outcome.enum';
import { ProviderError } from './provider-error.interface';

/** One object type per ErrorCategory (src/domain/errors.ts), each implementing ProviderError. */

@ObjectType('ResourceNotFound', { implements: ProviderError, description: 'The target (or something it refers to) does not exist.' })
export class ResourceNotFound extends ProviderError {
  @Field(() => String, { nullable: true, description: 'The kind of resource the code is about.' })
  resourceType!: string | null;

  @Field(() => String, { nullable: true })
  resourceId!: string | null;
}

@ObjectType('InvalidParameter', { implements: ProviderError, description: 'A parameter was rejected.' })
export class InvalidParameter extends ProviderError {
  @Field(() => String, { nullable: true, description: 'The request parameter the code is about, when known.' })
  parameter!: string | null;
}

@ObjectType('InvalidResourceState', { implements: ProviderError, description: 'The resource is in a state that does not allow the operation.' })
export class InvalidResourceState extends ProviderError {}

@ObjectType('ResourceConflict', { implements: ProviderError, description: 'The change conflicts with existing state (duplicate address, already associated …).' })
export class ResourceConflict extends ProviderError {}

@ObjectType('QuotaExceeded', { implements: ProviderError })
export class QuotaExceeded extends ProviderError {}

@ObjectType('InsufficientCapacity', { implements: ProviderError })
export class InsufficientCapacity extends ProviderError {}

@ObjectType('PermissionDenied', { implements: ProviderError })
export class PermissionDenied extends ProviderError {}

@ObjectType('Throttled', { implements: ProviderError })
export class Throttled extends ProviderError {
  // Float, not Int: Alibaba announces the wait in milliseconds (x-acs-retry-after), e.g. 0.15 s.
  @Field(() => Float, { nullable: true, description: 'How long the provider asked to wait, in seconds (fractional), when it said.' })
  retryAfterSeconds!: number | null;
}

@ObjectType('ProviderUnavailable', { implements: ProviderError, description: 'The provider could not be reached or failed (timeouts, resets, 5xx).' })
export class ProviderUnavailable extends ProviderError {
  @Field(() => Outcome)
  outcome!: OutcomeValue;
}

@ObjectType('IdempotencyMismatch', { implements: ProviderError, description: 'A client token was reused with different parameters.' })
export class IdempotencyMismatch extends ProviderError {}

@ObjectType('UnsupportedOperation', { implements: ProviderError, description: 'The provider does not offer this operation; netplane called nothing.' })
export class UnsupportedOperation extends ProviderError {
  @Field(() => String, { nullable: true, description: 'What to use instead on this provider, when it has an alternative.' })
  alternative!: string | null;
}

@ObjectType('UnknownProviderError', { implements: ProviderError, description: 'A code no catalog documents, passed through verbatim.' })
export class UnknownProviderError extends ProviderError {
  @Field(() => Outcome)
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
