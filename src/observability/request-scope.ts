import type { Span } from '@opentelemetry/api';
import { IdleStorage } from './idle-storage';

/** One provider HTTP request made for a GraphQL request, as its log line lists it. */
export interface ProviderCallRecord {
  provider: string;
  operation: string;
  /** The provider's request id: what its support asks for. */
  requestId: string | null;
  /** HTTP status; null when no answer came. */
  status: number | null;
  /** Null on success. */
  code: string | null;
  ms: number;
}

/**
 * What the observability layer knows about the GraphQL request running now: netplane's request
 * id, to put on provider-call log lines, and the provider calls made for it, for the request's
 * log line. Provider clients report from deep inside adapters, where nothing else says which
 * request they serve; OpenTelemetry propagates its span context the same way.
 */
export class ObservedRequest {
  /** The first MAX_LISTED_PROVIDER_CALLS calls. */
  readonly providerCalls: ProviderCallRecord[] = [];
  /** Every call, listed or not. */
  providerCallCount = 0;
  /** The request's trace span when traces are on. */
  span: Span | null = null;

  constructor(readonly requestId: string) {}
}

/** More calls than this are counted but not listed, so a fleet walk cannot make a log line huge. */
export const MAX_LISTED_PROVIDER_CALLS = 200;

const storage = new IdleStorage<ObservedRequest>();

export function withObservedRequest<T>(request: ObservedRequest, work: () => Promise<T>): Promise<T> {
  return storage.run(request, work);
}

export function currentObservedRequest(): ObservedRequest | undefined {
  return storage.getStore();
}
