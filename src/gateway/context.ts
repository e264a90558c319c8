import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Span } from '@opentelemetry/api';
import type { ProviderCallTally } from '../cache/call-tally';
import { createContext, type NetplaneContext } from '../graphql/context';
import type { AdapterRegistry } from './adapter-registry';
import { LOOPBACK_DEMO_PRINCIPAL, type Principal } from '../auth/principal';
import { ScopedDirectory } from '../auth/scoped-directory';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What the gateway's own plugins read beside the resolvers' context. */
export interface GatewayContext extends NetplaneContext {
  /** The request's trace span (traces on), which the metrics plugin names after the operation. */
  requestSpan?: Span;
}

/** A caller's x-request-id is kept when it is sane (printable, short); otherwise a new one is made. */
export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const given = headers[REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value && /^[\x21-\x7e]{1,128}$/.test(value) ? value : randomUUID();
}

/**
 * One context per request: fresh DataLoaders, made on first use (nothing cached across requests), the request id,
 * the caller's principal, whose loaders see only the partitions it may read, and the request's
 * scope (`providerCalls`, a fresh one when not given), which every adapter call it makes records into.
 */
export function buildRequestContext(
  registry: AdapterRegistry,
  requestId: string,
  principal: Principal = LOOPBACK_DEMO_PRINCIPAL,
  providerCalls?: ProviderCallTally,
): NetplaneContext {
  const adapters = principal === LOOPBACK_DEMO_PRINCIPAL ? registry : new ScopedDirectory(registry, principal);
  return createContext(adapters, requestId, principal, providerCalls);
}
