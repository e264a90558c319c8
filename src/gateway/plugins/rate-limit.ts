import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { NetplaneContext } from '../../graphql/context';
import { retryAfterSeconds, type RateLimiter } from '../rate-limit/rate-limiter';
import type { Take } from '../rate-limit/bucket-store';

/** The GraphQL error of a request beyond its principal's bucket: 429 with Retry-After. */
export function rateLimitedError(take: Take, what: string): GraphQLError {
  const seconds = retryAfterSeconds(take);
  return new GraphQLError(`Rate limit exceeded for ${what}; retry after ${seconds} s.`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) } },
  });
}

/**
 * The mutation bucket: taken once the operation is known to be a mutation (the request bucket was
 * taken by the gateway before the body was read), so nothing executes past the limit.
 */
export function rateLimitPlugin(limiter: RateLimiter): ApolloServerPlugin<NetplaneContext> {
  // One listener for every request: it keeps no state of its own (no object per request).
  const listener: GraphQLRequestListener<NetplaneContext> = {
    async didResolveOperation({ operation, contextValue }) {
      if (operation?.operation !== 'mutation') return;
      const take = await limiter.admitMutation(contextValue.principal);
      if (!take.allowed) throw rateLimitedError(take, 'mutations');
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
