import { ApolloServer } from '@apollo/server';
import { buildSchema, GraphQLError, parse, type ValidationRule } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenamedDocuments, shapeOf } from '../../src/gateway/renamed-documents';

/**
 * A document that differs from a validated one only in its operation's name is not validated
 * again, and answers exactly as a validated one does: the same data, errors with its own locations.
 */

const schema = buildSchema(/* GraphQL */ `
  type Query { a: String b(n: Int!): String coded: String }
`);
const query = schema.getQueryType()!.getFields();
query['a']!.resolve = () => 'A';
query['b']!.resolve = (_root, args: { n: number }) => `B${args.n}`;
query['coded']!.resolve = () => {
  throw new GraphQLError('Nothing here.', { extensions: { code: 'NOT_FOUND' } });
};

describe('shapeOf', () => {
  it('is the same for one named operation under another name, at the same offset', () => {
    expect(shapeOf(parse('query First { a }'))).toBe(shapeOf(parse('query Second { a }')));
    expect(shapeOf(parse('query First($n: Int!) { b(n: $n) }'))).toBe(shapeOf(parse('query LongerName($n: Int!) { b(n: $n) }')));
  });

  it('differs when anything but the name differs, the name\'s offset included', () => {
    expect(shapeOf(parse('query First { a }'))).not.toBe(shapeOf(parse('query Second { b(n: 1) }')));
    expect(shapeOf(parse('query First { a }'))).not.toBe(shapeOf(parse('query  Second { a }')));
  });

  it('is the same for one named operation with fragments under another name', () => {
    expect(shapeOf(parse('query A { ...F } fragment F on Query { a }'))).toBe(shapeOf(parse('query B { ...F } fragment F on Query { a }')));
    expect(shapeOf(parse('fragment F on Query { a } query A { ...F }'))).toBe(shapeOf(parse('fragment F on Query { a } query B { ...F }')));
  });

  it('is null for an anonymous operation, several operations, or fragments alone', () => {
    expect(shapeOf(parse('{ a }'))).toBeNull();
    expect(shapeOf(parse('query { a }'))).toBeNull();
    expect(shapeOf(parse('query A { a } query B { a }'))).toBeNull();
    expect(shapeOf(parse('query A { ...F } query B { a } fragment F on Query { a }'))).toBeNull();
    expect(shapeOf(parse('fragment F on Query { a }'))).toBeNull();
  });
});

describe('RenamedDocuments behind Apollo', () => {
  let validations = 0;
  const counting: ValidationRule = () => {
    validations++;
    return {};
  };
  const renamed = new RenamedDocuments();
  const apollo = new ApolloServer({ schema, validationRules: [counting], documentStore: renamed.store, plugins: [renamed.plugin()], includeStacktraceInErrorResponses: false });
  const plain = new ApolloServer({ schema, includeStacktraceInErrorResponses: false });
  beforeAll(async () => {
    await apollo.start();
    await plain.start();
  });
  afterAll(async () => {
    await apollo.stop();
    await plain.stop();
  });

  const single = async (server: ApolloServer, text: string, variables?: Record<string, unknown>, operationName?: string) => {
    const response = await server.executeOperation({ query: text, ...(variables && { variables }), ...(operationName && { operationName }) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, result: JSON.parse(JSON.stringify(response.body.singleResult)) as unknown };
  };
  /** The answer with renamed documents, and the count of validations it ran, next to Apollo's own. */
  const answer = async (text: string, variables?: Record<string, unknown>, operationName?: string) => {
    const before = validations;
    const ours = await single(apollo, text, variables, operationName);
    expect(ours).toEqual(await single(plain, text, variables, operationName));
    return { ...ours, validated: validations - before };
  };

  it('validates a document once for every name it is sent under', async () => {
    expect((await answer('query Poll1($n: Int!) { a b(n: $n) }', { n: 1 })).validated).toBe(1);
    const renamedOnce = await answer('query Poll2($n: Int!) { a b(n: $n) }', { n: 2 });
    expect(renamedOnce).toEqual({ status: undefined, result: { data: { a: 'A', b: 'B2' } }, validated: 0 });
    expect((await answer('query Poll2($n: Int!) { a b(n: $n) }', { n: 3 })).validated).toBe(0);
    expect((await answer('query Poll2($n: Int!) { a b(n: $n) }', { n: 3 }, 'Poll2')).validated).toBe(0);
  });

  it('keeps each text\'s own error locations when the name\'s length moves them', async () => {
    await answer('query X { a coded }');
    const { result, validated } = await answer('query ALongerName { a coded }');
    expect(validated).toBe(0);
    expect(result).toEqual({
      data: { a: 'A', coded: null },
      errors: [{ message: 'Nothing here.', locations: [{ line: 1, column: 23 }], path: ['coded'], extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('still validates, and refuses, a document of another shape, and one that never passed', async () => {
    await answer('query V1 { a }');
    const other = await answer('query V2 { nope }');
    expect(other.validated).toBe(1);
    expect(other.status).toBe(400);
    expect((await answer('query V3 { nope }')).validated).toBe(1);
    expect((await answer('query V4($n: Int!) { a }', { n: 1 })).status).toBe(400);
    expect((await answer('query V5($n: Int!) { a }', { n: 1 })).status).toBe(400);
  });

  it('validates a document with fragments once for every name, and still refuses an unused fragment', async () => {
    expect((await answer('query Frag1 { ...F } fragment F on Query { a }')).validated).toBe(1);
    expect(await answer('query Frag2 { ...F } fragment F on Query { a }')).toEqual({ status: undefined, result: { data: { a: 'A' } }, validated: 0 });
    const unused = await answer('query Frag3 { a } fragment F on Query { a }');
    expect(unused.status).toBe(400);
    expect(unused.validated).toBe(1);
  });

  it('answers an operation name the document does not hold as Apollo does', async () => {
    await answer('query N1 { a }');
    const { status, validated } = await answer('query N2 { a }', undefined, 'N1');
    expect(validated).toBe(0);
    expect(status).toBe(400);
  });

  it('leaves a syntax error and the token limit to Apollo', async () => {
    await answer('query S1 { a }');
    expect((await answer('query S2 { a')).status).toBe(400);
    const limited = new RenamedDocuments({ parseOptions: { maxTokens: 6 } });
    const server = new ApolloServer({ schema, parseOptions: { maxTokens: 6 }, documentStore: limited.store, plugins: [limited.plugin()] });
    await server.start();
    try {
      expect((await single(server, 'query T1 { a }')).result).toEqual({ data: { a: 'A' } });
      expect(await single(server, 'query T2 { a b(n: 1) }')).toMatchObject({ status: 400 });
    } finally {
      await server.stop();
    }
  });
});
