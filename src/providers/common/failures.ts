import type { ProviderFailure } from '../../domain/errors';
import type { ProviderName } from '../../domain/resources';
import type { TransportFault } from './transport';

/**
 * Failures that do not come from a provider's error body: the transport broke, or the provider
 * answered something that is not its documented error shape. Their codes are netplane's own and
 * are prefixed so they can never be mistaken for a provider code.
 */
export const TRANSPORT_CODES = {
  CONNECT_FAILED: 'netplane.TransportConnectFailed',
  TIMEOUT: 'netplane.TransportTimeout',
  CONNECTION_RESET: 'netplane.TransportConnectionReset',
  DEADLINE: 'netplane.DeadlineExceeded',
  OTHER: 'netplane.TransportError',
  MALFORMED_RESPONSE: 'netplane.MalformedProviderResponse',
} as const;

export function transportFailure(provider: ProviderName, operation: string, fault: TransportFault): ProviderFailure {
  return {
    category: 'ProviderUnavailable',
    provider,
    operation,
    code: TRANSPORT_CODES[fault.kind],
    httpStatus: null,
    message: fault.message,
    requestId: null,
    retryable: true,
    documented: false,
    description: fault.mayHaveReachedProvider
      ? 'The request may have reached the provider; the change may or may not have been applied.'
      : 'The request never reached the provider.',
    outcome: fault.mayHaveReachedProvider ? 'UNKNOWN' : 'NOT_APPLIED',
  };
}

/** A response whose body is not the provider's documented JSON (HTML error page, truncated body …). */
export function malformedResponseFailure(
  provider: ProviderName,
  operation: string,
  httpStatus: number,
  requestId: string | null,
  detail: string,
): ProviderFailure {
  const serverSide = httpStatus >= 500;
  return {
    category: serverSide ? 'ProviderUnavailable' : 'UnknownProviderError',
    provider,
    operation,
    code: TRANSPORT_CODES.MALFORMED_RESPONSE,
    httpStatus,
    message: `The provider answered HTTP ${httpStatus} with a body netplane cannot read: ${detail}`,
    requestId,
    retryable: serverSide,
    documented: false,
    description: null,
    outcome: 'UNKNOWN',
  };
}

export function unsupportedOperation(provider: ProviderName, operation: string, detail: string): ProviderFailure {
  return {
    category: 'UnsupportedOperation',
    provider,
    operation,
    code: 'netplane.UnsupportedOperation',
    httpStatus: null,
    message: detail,
    requestId: null,
    retryable: false,
    documented: false,
    description: null,
    outcome: 'NOT_APPLIED',
  };
}
