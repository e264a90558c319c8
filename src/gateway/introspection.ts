import { getNamedType, GraphQLError, isIntrospectionType, type ValidationRule } from 'graphql';

/**
 * With `gateway.introspection: false`, a document selecting `__schema` or `__type` fails
 * validation (400 before anything executes) with a message that says which setting did it.
 * `__typename` stays allowed: clients need it to read unions and interfaces.
 */
export const introspectionSwitchedOff: ValidationRule = (context) => ({
  Field(node) {
    const type = getNamedType(context.getType());
    if (type && isIntrospectionType(type)) {
      context.reportError(
        new GraphQLError(`Introspection is switched off on this gateway (gateway.introspection: false); "${node.name.value}" cannot be queried.`, {
          nodes: node,
        }),
      );
    }
  },
});
