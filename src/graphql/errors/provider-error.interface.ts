import { Field, Int, InterfaceType } from 'type-graphql';
import type { ErrorCategory, Outcome as OutcomeValue, ProviderFailure } from '../../domain/errors';
import type { ProviderName } from '../../domain/resources';
import { Provider } from '../common/provider.enum';
import { installedProviderErrorCodes } from './provider-error-code.enum';

/** A ProviderFailure as the schema shows it: the domain object plus the code's enum value. */
export type ProviderErrorView = ProviderFailure & { codeEnum: string | null; outcome: OutcomeValue };

export function presentFailure(failure: ProviderFailure): ProviderErrorView {
  return {
    ...failure,
    codeEnum: installedProviderErrorCodes().valueOf(failure.provider, failure.code),
    outcome: failure.outcome ?? 'UNKNOWN',
  };
}

@InterfaceType('ProviderError', {
  description:
    'An error a provider (or netplane on its behalf) answered with, as data. The concrete type is its category.',
  // Failures are plain objects (STYLE anti-pattern 6): the category is the object type's name.
  resolveType: (value: { category: ErrorCategory }) => value.category,
})
export abstract class ProviderError {
  @Field(() => Provider, { description: 'The provider that answered (or would have been called).' })
  provider!: ProviderName;

  @Field(() => String, { description: 'The provider operation that failed, e.g. AssignPrivateIpAddresses.' })
  operation!: string;

  @Field(() => String, { description: 'The provider\'s verbatim error code.' })
  code!: string;

  @Field(() => installedProviderErrorCodes().enumObject, {
    nullable: true,
    description: 'The code as an enum value; null when no catalog documents the code.',
  })
  codeEnum!: string | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status the provider answered with.' })
  httpStatus!: number | null;

  @Field(() => String, { description: "The provider's verbatim message, or netplane's for its own codes (netplane.*) and transport faults." })
  message!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The provider\'s request id, for support tickets; netplane\'s x-request-id when no provider answered (input rejected before the call).',
  })
  requestId!: string | null;

  @Field(() => Boolean, { description: 'Whether sending the same request again may succeed.' })
  retryable!: boolean;

  @Field(() => Boolean, { description: 'Whether the (operation, code) pair is in the provider\'s error catalog.' })
  documented!: boolean;

  @Field(() => String, { nullable: true, description: 'The catalog\'s description of the code.' })
  description!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The idempotency key of the mutation that failed (given or generated): retry with it and the provider is not asked twice. Null outside mutations.',
  })
  idempotencyKey!: string | null;
}
