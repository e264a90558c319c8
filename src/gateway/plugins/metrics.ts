import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { performance } from 'node:perf_hooks';
import { getOperationAST } from 'graphql';
import type { GraphqlOutcome } from '../../observability/metrics';
import { failSpan, SPAN_ATTRIBUTES, type Observability } from '../../observability/observability';
import type { GatewayContext } from '../context';

/**
 * Counts and times every GraphQL request by operation and outcome — `rejected` when it never
 * reached execution (parse, validation, limits, cost), `errors` when execution returned errors,
 * else `ok` (typed provider errors in a mutation's union and failing partitions are data, so ok) —
 * and names the request's trace span (GatewayContext.requestSpan) after its operation ("query Dashboard").
 */
export function metricsPlugin(observability: Observability): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      let executed = false;
      const listener: GraphQLRequestListener<GatewayContext> = {
        // Reached once the operation passed every check, before it executes — also when a plugin
        // answers it from here (the compiled path, ../compiled-execution.ts), when Apollo calls no
        // executionDidStart.
        async responseForOperation() {
          executed = true;
          return null;
        },
        async willSendResponse({ operationName, operation, errors, request, document }) {
          const outcome: GraphqlOutcome = !executed ? 'rejected' : errors && errors.length > 0 ? 'errors' : 'ok';
          const seconds = (performance.now() - started) / 1e3;
          // A document that parsed but failed validation has no resolved operation: name it from the document.
          const named = operation ?? (document ? getOperationAST(document, request.operationName) : null) ?? undefined;
          observability.metrics.recordGraphqlRequest(operationName ?? named?.name?.value ?? null, named?.operation ?? null, outcome, seconds);
        },
      };
      const span = contextValue.requestSpan;
      // Traces off: no span to name or fail, so Apollo is given no hook for it to call and await.
      if (!span) return listener;
      listener.didResolveOperation = async ({ operationName, operation }) => {
        if (!operation) return;
        span.updateName(operationName ? `${operation.operation} ${operationName}` : operation.operation);
        span.setAttribute(SPAN_ATTRIBUTES.graphqlOperationType, operation.operation);
        if (operationName) span.setAttribute(SPAN_ATTRIBUTES.graphqlOperationName, operationName);
      };
      listener.didEncounterErrors = async ({ errors }) => {
        const first = errors[0];
        const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'GRAPHQL_ERROR';
        failSpan(span, code, executed ? 'errors' : 'rejected');
      };
      return listener;
    },
  };
}
