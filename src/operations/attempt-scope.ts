import type { ProviderCallEvent } from '../domain/provider-call';
import { ChildScope, type RequestScope } from '../domain/request-scope';
import { TRANSPORT_CODES } from '../providers/common/failures';
import type { AttemptOutcome } from '../store';

/**
 * The scope of one mutation's provider call, a child of its request's: the mutation's overall
 * deadline bounds the call (the retry layer starts no repeat and the transport aborts the request
 * in flight when it fires), and every provider call made under it is kept for the journal — only
 * this mutation's, since the clients record into the scope they were given with the call.
 */
export class AttemptScope extends ChildScope {
  /** The provider calls made under this scope, in the order they ended. */
  readonly calls: ProviderCallEvent[] = [];

  constructor(
    request: RequestScope | undefined,
    private readonly signal: AbortSignal,
  ) {
    super(request);
  }

  override get deadline(): AbortSignal {
    return this.signal;
  }

  override recordCall(call: ProviderCallEvent): void {
    this.calls.push(call);
    super.recordCall(call);
  }
}

/** Whether an attempt changed the provider's state, from what its client reported of it. */
export function attemptOutcome(call: ProviderCallEvent): AttemptOutcome {
  if (call.code === null) return 'APPLIED';
  if (call.code === TRANSPORT_CODES.CONNECT_FAILED) return 'NOT_APPLIED';
  // No answer, or a 5xx: the provider may have applied it.
  if (call.httpStatus === null || call.httpStatus >= 500) return 'UNKNOWN';
  return 'NOT_APPLIED';
}
