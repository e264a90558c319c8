import { GraphQLError } from 'graphql';
import type { ProviderFailure, Result } from '../../domain/errors';
import { ProviderFailureError } from './partition-loaders';

/**
 * Where a provider failure cannot travel as data (a relationship field, `node`), it becomes a
 * located GraphQL error with the typed failure in its extensions; the field resolves to null.
 */
export function providerFailureError(failure: ProviderFailure): GraphQLError {
  return new GraphQLError(`${failure.provider} ${failure.operation} failed: ${failure.code}`, {
    extensions: {
      code: 'PROVIDER_ERROR',
      providerError: {
        category: failure.category,
        provider: failure.provider,
        operation: failure.operation,
        code: failure.code,
        httpStatus: failure.httpStatus,
        message: failure.message,
        requestId: failure.requestId,
        retryable: failure.retryable,
      },
    },
  });
}

export function valueOrThrow<T>(result: Result<T>): T {
  if (!result.ok) throw providerFailureError(result.error);
  return result.value;
}

/** Loader rejections carry a failure; anything else is unexpected and goes to the masking plugin. */
export async function loadOrThrow<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ProviderFailureError) throw providerFailureError(error.failure);
    throw error;
  }
}
