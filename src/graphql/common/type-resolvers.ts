import { isAbstractType, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Every union and interface declared with a `resolveType` answers synchronously when that function
 * returns a type name, as all of netplane's do (a failure's `category`, a node's `nodeType`).
 *
 * type-graphql wraps each declared `resolveType` in an async function (it may return a class or a
 * promise), so graphql-js waited a promise per abstract value, and graphql-jit (the compiled path,
 * src/gateway/compiled-execution.ts) cannot use it at all: it calls type resolvers synchronously
 * and reads a promise as no type. A name is returned as is; anything else (a class, a promise,
 * nothing) goes through type-graphql's own wrapper, which calls the declared function again
 * (declared type resolvers read their value and nothing else).
 */
export function installSynchronousTypeResolvers(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const declared = [...storage.interfaceTypes, ...storage.unions];
  for (const { name, resolveType } of declared) {
    const type = schema.getType(name);
    if (!resolveType || !isAbstractType(type) || !type.resolveType) continue;
    const viaTypeGraphql: GraphQLTypeResolver<unknown, unknown> = type.resolveType;
    type.resolveType = (value, context, info, abstractType) => {
      const resolved: unknown = resolveType(value, context, info, abstractType);
      return typeof resolved === 'string' ? resolved : viaTypeGraphql(value, context, info, abstractType);
    };
  }
}
