import type { ApolloServerPlugin } from '@apollo/server';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { NetplaneContext } from '../../graphql/context';
import { isUnexpected, redactSecrets } from './masking';

/**
 * One log line per operation: request id, operation, duration, error count and the provider calls
 * it made (provider, operation, the provider's request id, status, ms: its scope lists them,
 * src/cache/call-tally.ts), which join netplane's request id to the providers' (never variables:
 * they may hold secrets).
 */
export function loggingPlugin(logger: Logger): ApolloServerPlugin<NetplaneContext> {
  return {
    async requestDidStart({ contextValue }) {
      // Both lines are at info or error: a logger that writes neither (silent) has nothing to do for this request.
      if (!logger.isLevelEnabled('error')) return;
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors, response }) {
          if (!logger.isLevelEnabled('info')) return;
          const durationMs = performance.now() - started;
          const calls = contextValue.requestScope;
          logger.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              operationType: operation?.operation ?? null,
              durationMs: Math.round(durationMs * 10) / 10,
              errors: errors?.length ?? 0,
              status: response.http.status ?? 200,
              providerCallCount: calls.providerCallCount,
              providerCalls: calls.providerCalls,
            },
            'graphql request',
          );
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!isUnexpected(error)) continue;
            const original = error.originalError as Error;
            logger.error(
              { requestId: contextValue.requestId, path: error.path, error: redactSecrets(original.stack ?? original.message) },
              'unexpected error',
            );
          }
        },
      };
    },
  };
}
