import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { IDEMPOTENCY_KEY_PATTERN } from '../../store';

/**
 * The Idempotency-Key header (IETF httpapi draft) names ONE request: it is accepted only on a
 * request whose operation is a single mutation, and must be a valid key. Anything else is a
 * request error (400) before execution, so no mutation of a batch runs under a key meant for
 * another.
 */

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

function rootFieldCount(operation: OperationDefinitionNode): number {
  // Fragments at the root of a mutation would hide the count; they are counted as several.
  return operation.selectionSet.selections.reduce((n, s) => n + (s.kind === Kind.FIELD ? 1 : 2), 0);
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

export function idempotencyKeyPlugin(): ApolloServerPlugin {
  // Only requests with the header are looked at; one listener serves them all (it reads the header again).
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ operation, request }) {
      const key = request.http?.headers.get(IDEMPOTENCY_KEY_HEADER) ?? '';
      if (!IDEMPOTENCY_KEY_PATTERN.test(key)) throw badRequest('The Idempotency-Key header is 1 to 64 printable ASCII characters.');
      if (!operation || operation.operation !== 'mutation' || rootFieldCount(operation) !== 1) {
        throw badRequest(
          'The Idempotency-Key header names one mutation: send it with a request of exactly one mutation field, or give each mutation its own idempotencyKey input field.',
        );
      }
    },
  };
  return {
    requestDidStart: ({ request }) => Promise.resolve(request.http?.headers.get(IDEMPOTENCY_KEY_HEADER) === undefined ? undefined : listener),
  };
}
