import { isObjectType, type GraphQLSchema } from 'graphql';
import { FieldResolver, type Query } from 'type-graphql';
import type { NetplaneContext } from '../context';

/**
 * For `@ObjectType` options: the type's fields are its values' own properties, read by graphql-js's
 * default resolver. Without it type-graphql wraps every field in a resolver that runs the
 * middlewares (netplane has none), an extra call and object per field of every node of a page.
 * Fields with a `@FieldResolver` keep theirs. A type given middlewares or `@Authorized` must not use it.
 */
export const PLAIN_FIELDS = { simpleResolvers: true } as const;

// type-graphql does not export these from its entry point; its last Query overload has them.
export type ReturnTypeFunc = Parameters<typeof Query>[0];
export type AdvancedOptions = NonNullable<Parameters<typeof Query>[1]>;

/** A plain field resolver's method: its parent value and the request's context, nothing else. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each field's parent type differs; graphql-js passes it untyped
export type PlainFieldMethod = (parent: any, context: NetplaneContext) => unknown;
const plainMethods = new Map<string, PlainFieldMethod>();

/**
 * `@FieldResolver` of a field of `parentType` that the schema resolves with the method itself
 * (installPlainFieldResolvers): the resolver type-graphql builds runs per call what netplane never
 * uses (its container, middlewares, and a sort and map of the parameter list), and these fields run
 * once per node of a page. The method takes `(@Root() parent, @Ctx() context)` or `(@Root() parent)`,
 * in that order, and uses no `this`.
 */
export function PlainFieldResolver(parentType: string, returnType: ReturnTypeFunc, options: AdvancedOptions) {
  return <M extends PlainFieldMethod>(prototype: object, field: string, descriptor: TypedPropertyDescriptor<M>): void => {
    if (descriptor.value) plainMethods.set(`${parentType}.${field}`, descriptor.value);
    FieldResolver(returnType, options)(prototype, field, descriptor);
  };
}

/** Every field declared with PlainFieldResolver resolved by its method as a plain graphql-js resolver. */
export function installPlainFieldResolvers(schema: GraphQLSchema): void {
  for (const [key, method] of plainMethods) {
    const [parentType, field] = key.split('.') as [string, string];
    const type = schema.getType(parentType);
    const definition = isObjectType(type) ? type.getFields()[field] : undefined;
    if (definition) definition.resolve = (parent: unknown, _args: unknown, context: NetplaneContext) => method(parent, context);
  }
}
