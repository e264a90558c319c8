import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { createContext, type NetplaneContext } from '../graphql/context';
import type { AdapterRegistry } from './adapter-registry';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's x-request-id is kept when it is sane (printable, short); otherwise a new one is made. */
export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const given = headers[REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value && /^[\x21-\x7e]{1,128}$/.test(value) ? value : randomUUID();
}

/** One context per request: fresh DataLoaders (nothing cached across requests) and the request id. */
export function buildRequestContext(registry: AdapterRegistry, requestId: string): NetplaneContext {
  return createContext(registry, requestId);
}
