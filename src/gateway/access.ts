import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Authenticator } from '../auth/authenticator';
import type { Principal } from '../auth/principal';
import { REQUEST_ID_HEADER } from './context';
import { retryAfterSeconds, type RateLimiter } from './rate-limit/rate-limiter';
import { writeWhole } from './whole-answer';

/**
 * Who may reach the GraphQL endpoint, checked before the body is read: the caller's credentials
 * (401 with a Bearer challenge, 403 when they grant nothing) and the caller's request bucket (429
 * with Retry-After). Answers follow the GraphQL-over-HTTP spec: a GraphQL response body, in
 * application/graphql-response+json when the client accepts it.
 */
export class GatewayAccess {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly limiter: RateLimiter | undefined,
  ) {}

  /** The caller's principal, or undefined once the refusal has been written. */
  async admit(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<Principal | undefined> {
    const authentication = await this.authenticator.authenticate(req.headers.authorization);
    if (!authentication.ok) {
      const { status, code, message, challenge } = authentication;
      writeGraphQLError(req, res, requestId, status, message, code, challenge ? { 'www-authenticate': challenge } : {});
      return undefined;
    }
    const principal = authentication.principal;
    if (this.limiter) {
      const take = await this.limiter.admitRequest(principal);
      if (!take.allowed) {
        const seconds = retryAfterSeconds(take);
        writeGraphQLError(req, res, requestId, 429, `Rate limit exceeded for "${principal.id}"; retry after ${seconds} s.`, 'RATE_LIMITED', { 'retry-after': String(seconds) }, { retryAfterSeconds: seconds });
        return undefined;
      }
    }
    return principal;
  }
}

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** A request error as the GraphQL-over-HTTP spec has it: `{ errors }` with no `data`, in the media type the client accepts. */
export function writeGraphQLError(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
  extensions: Record<string, unknown> = {},
): void {
  const accept = req.headers.accept ?? '';
  const type = accept.includes(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : 'application/json';
  writeWhole(res, status, { 'content-type': `${type}; charset=utf-8`, [REQUEST_ID_HEADER]: requestId, ...headers }, JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}
