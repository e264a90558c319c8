import type { ProviderFailure } from './errors';
import type { ProviderName } from './resources';

/**
 * One HTTP request to a provider (every attempt and every page is one), as its client reports it:
 * to the scope of the request it served (src/domain/request-scope.ts) and to whoever watches the
 * clients (src/providers/common/observer.ts). Never credentials, URLs or provider messages (a
 * message may echo a key id); only the facts below.
 */
export interface ProviderCallEvent {
  provider: ProviderName;
  operation: string;
  /** 1-based attempt of the logical call (a retry is attempt 2, 3 …). */
  attempt: number;
  /** Wall-clock start, epoch milliseconds. */
  startedAt: number;
  durationMs: number;
  /** The provider's HTTP status; null when the transport failed before an answer. */
  httpStatus: number | null;
  /** The provider's own request id (x-acs-request-id, X-Request-Id …), when it answered with one. */
  requestId: string | null;
  /** Null on success; else the provider code or netplane's transport code. */
  code: string | null;
  /** Null on success; else the netplane error category. */
  category: ProviderFailure['category'] | null;
}
