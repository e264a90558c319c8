/**
 * For `@ObjectType` options: the type's fields are its values' own properties, read by graphql-js's
 * default resolver. Without it type-graphql wraps every field in a resolver that runs the
 * middlewares (netplane has none), an extra call and object per field of every node of a page.
 * Fields with a `@FieldResolver` keep theirs. A type given middlewares or `@Authorized` must not use it.
 */
export const PLAIN_FIELDS = { simpleResolvers: true } as const;
