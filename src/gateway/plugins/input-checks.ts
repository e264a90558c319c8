import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getVariableValues,
} from 'graphql';
import { badArgumentOf } from '../../graphql/common/argument-checks';
import { introspectionOnly } from '../introspection';

/**
 * Bad input the gateway can judge from the request alone — a list filter beyond the providers'
 * documented limits, a cursor this gateway did not write, a malformed global id — is a request
 * error, found before execution: 400 with no `data` and no provider call, like invalid variables
 * or a page size over the limit (GraphQL over HTTP: request errors are 4xx; field errors during
 * execution are 200 with partial data). The checks themselves live with the schema
 * (src/graphql/common/argument-checks.ts), which runs them again in its resolvers.
 */

function withLocation(error: GraphQLError, node: Parameters<typeof getArgumentValues>[1], responseKey: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: node,
    extensions: { ...error.extensions, field: responseKey, http: { status: 400 } },
  });
}

export function firstBadArgument(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): GraphQLError | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return null;
  const spread = new Set<string>();

  const visit = (set: SelectionSetNode | undefined, parent: GraphQLCompositeType, path: string): GraphQLError | null => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field) continue; // __typename and introspection fields: nothing to check
        const responseKey = `${path}${path ? '.' : ''}${selection.alias?.value ?? selection.name.value}`;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, selection, variables);
        } catch {
          continue; // invalid arguments are reported by validation/execution already
        }
        const returnType = getNamedType(field.type);
        const bad = badArgumentOf({ parentType: parent.name, field: field.name, returnType: returnType.name }, args);
        if (bad) return withLocation(bad, selection, responseKey);
        if (isCompositeType(returnType)) {
          const below = visit(selection.selectionSet, returnType, responseKey);
          if (below) return below;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) {
          const below = visit(selection.selectionSet, type, path);
          if (below) return below;
        }
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && type && isCompositeType(type)) {
          const below = visit(fragment.selectionSet, type, path);
          if (below) return below;
        }
      }
    }
    return null;
  };
  return visit(operation.selectionSet, rootType, '');
}

export function inputChecksPlugin(): ApolloServerPlugin {
  // One listener for every request: it keeps no state of its own (no object per request).
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ schema, document, operation, request }) {
      if (!operation) return;
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
      // Variables that do not coerce are answered by execution as the request error they are.
      if (coerced.errors) return;
      const bad = firstBadArgument(schema, document, operation, coerced.coerced);
      if (bad) throw bad;
    },
  };
  // Introspection fields alone (`{ __typename }`) take no argument this checks: such a request gets no listener.
  return { requestDidStart: ({ request }) => Promise.resolve(introspectionOnly(request.query) ? undefined : listener) };
}
