import { ApolloServer } from '@apollo/server';
import { buildSchema, execute, GraphQLError, parse, getOperationAST, type ExecutionResult, type GraphQLObjectType } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { CompiledExecution } from '../../src/gateway/compiled-execution';
import { isUnexpected } from '../../src/gateway/plugins/masking';
import { gatewayWith, post } from './gateway-fixture';

/**
 * The compiled path answers as graphql-js does: the same data, the same errors (message,
 * locations, path, extensions, original error), the same null propagation, and the same
 * variable-coercion messages.
 */

const schema = buildSchema(/* GraphQL */ `
  interface Failure { code: String! }
  type Throttled implements Failure { code: String! retryAfter: Int }
  type Unavailable implements Failure { code: String! }
  enum Kind { NETWORK_INTERFACE VIRTUAL_IP }
  type Item { id: ID! name: String required: String! failure: Failure tags: [String!] sub: Item count: Int kind: Kind later: String }
  type Query {
    items(first: Int!): [Item!]!
    item(id: ID!): Item
    boom: String
    coded: String
    strict: String!
  }
  type Mutation { touch(id: ID!): Item }
`);

const sub = { id: 's', name: 'nested', required: 'y', tags: [], count: 1, kind: 'VIRTUAL_IP' };
const items = [
  { id: 'a', name: 'first', required: 'x', failure: null, tags: ['t'], sub, count: 2, kind: 'NETWORK_INTERFACE', later: 'soon' },
  { id: 'b', name: null, required: null, failure: { category: 'Throttled', code: 'Throttling', retryAfter: 3 }, tags: null, sub: null, count: 'many', kind: 'BOGUS', later: 'gone' },
  { id: 'c', name: 'third', required: 'z', failure: { category: 'Unavailable', code: 'ServiceUnavailable' }, tags: ['u', 'v'], sub, count: 2.5, kind: null, later: null },
];
let touched = 0;
const query = schema.getQueryType()!.getFields();
query['items']!.resolve = (_root, args: { first: number }) => items.slice(0, args.first);
query['item']!.resolve = (_root, args: { id: string }) => Promise.resolve(items.find((item) => item.id === args.id) ?? null);
query['boom']!.resolve = () => {
  throw new Error('adapter exploded');
};
let codedRuns = 0;
query['coded']!.resolve = () => {
  codedRuns++;
  throw new GraphQLError('Nothing here.', { extensions: { code: 'NOT_FOUND' } });
};
query['strict']!.resolve = () => null;
schema.getMutationType()!.getFields()['touch']!.resolve = (_root, args: { id: string }) => {
  touched++;
  return items.find((item) => item.id === args.id) ?? null;
};
// Resolved asynchronously: a value, a rejection, a null.
(schema.getType('Item') as GraphQLObjectType).getFields()['later']!.resolve = (item: { later: string | null }) =>
  item.later === 'gone' ? Promise.reject(new Error('gone')) : Promise.resolve(item.later);
const failure = schema.getType('Failure') as { resolveType?: (value: { category: string }) => string };
failure.resolveType = (value) => value.category;

/** What a client would see of a result, and which errors masking and logging treat as unexpected (they read the original error). */
const seen = (result: ExecutionResult) => ({
  json: JSON.parse(JSON.stringify({ data: result.data, errors: result.errors?.map((error) => error.toJSON()) })) as unknown,
  unexpected: result.errors?.map((error) => isUnexpected(error)),
});

async function both(text: string, variableValues?: Record<string, unknown>) {
  const document = parse(text);
  const operation = getOperationAST(document)!;
  const compiled = new CompiledExecution(schema, { compileAfter: 1 });
  const request = { document, operation, operationName: operation.name?.value, contextValue: {}, variableValues };
  return { graphqlJs: seen(await execute({ schema, document, variableValues })), compiled: seen(await compiled.execute(request)) };
}

describe('CompiledExecution', () => {
  const documents: Record<string, [string, Record<string, unknown>?]> = {
    'plain, nested and list fields': ['{ items(first: 3) { id name tags } }'],
    'an abstract type resolved by name': ['{ items(first: 3) { id failure { __typename code ... on Throttled { retryAfter } } } }'],
    'a null in a non-null field, propagated to the nearest nullable parent': ['{ item(id: "b") { id required } items(first: 1) { id } }'],
    'a null in a non-null list item, propagated through the list': ['{ items(first: 3) { id required } }'],
    'a non-null root field that is null': ['query Strict { strict }'],
    'an unexpected throw and a GraphQLError with extensions': ['{ boom coded items(first: 1) { id } }'],
    'variables, arguments and an alias': ['query Q($id: ID!, $n: Int!) { one: item(id: $id) { id name } items(first: $n) { id } }', { id: 'c', n: 2 }],
    'a variable that does not coerce': ['query Q($n: Int!) { items(first: $n) { id } }', { n: 'many' }],
    'a missing variable': ['query Q($n: Int!) { items(first: $n) { id } }', {}],
    '@skip and @include on fields, fragment spreads and inline fragments': [
      `query Q($yes: Boolean!, $no: Boolean!) {
        items(first: 3) { id name @include(if: $no) ...Tags @skip(if: $yes) ... on Item @include(if: $yes) { required: id } ...Tags }
      }
      fragment Tags on Item { tags name @skip(if: $no) }`,
      { yes: true, no: false },
    ],
    'the same field selected twice, once skipped': ['query Q($no: Boolean!) { items(first: 2) { ... on Item { name @include(if: $no) } name } }', { no: false }],
    'a subfield skipped in one occurrence of a field and selected in another': ['query Q($yes: Boolean!) { items(first: 1) { sub { id @skip(if: $yes) } sub { name id } } }', { yes: true }],
    'a fragment spread skipped once and spread again': ['query Q($yes: Boolean!) { items(first: 1) { id ...N @skip(if: $yes) ...N } } fragment N on Item { name }', { yes: true }],
    'an Int and an enum that do not serialize, in list items': ['{ items(first: 3) { id count kind } }'],
    'a resolver that resolves, rejects or returns null asynchronously': ['{ items(first: 3) { id later } }'],
    'a nested object and fragments': ['{ items(first: 3) { ...Basic sub { ...Basic } } } fragment Basic on Item { id name tags }'],
  };
  for (const [name, [text, variables]] of Object.entries(documents)) {
    it(`answers as graphql-js does: ${name}`, async () => {
      const { graphqlJs, compiled } = await both(text, variables);
      expect(compiled).toEqual(graphqlJs);
    });
  }

  it('keeps the thrown error as the original error, so masking still recognises an unexpected throw', async () => {
    const document = parse('{ boom }');
    const compiled = new CompiledExecution(schema, { compileAfter: 1 });
    const result = await compiled.execute({ document, operation: getOperationAST(document)!, operationName: undefined, contextValue: {}, variableValues: undefined });
    expect(result.errors?.[0]).toBeInstanceOf(GraphQLError);
    expect(result.errors?.[0]?.originalError).toBeInstanceOf(Error);
    expect(result.errors?.[0]?.originalError).not.toBeInstanceOf(GraphQLError);
  });

  it('answers a document renamed after it was compiled with its own error locations, as graphql-js does', async () => {
    const compiled = new CompiledExecution(schema, { compileAfter: 1 });
    const texts = [
      'query A { items(first: 1) { id } coded boom }',
      'query ALongerName { items(first: 1) { id } coded boom }',
      'query B { items(first: 1) { id } coded boom }',
      'query Multi {\n  coded\n  items(first: 1) { id later }\n}',
      'query MultiLongerName {\n  coded\n  items(first: 1) { id later }\n}',
      'query ML { coded\n  boom }',
      'query MLLongerName { coded\n  boom }',
      'fragment F on Query { boom }\nquery Frag { ...F coded }',
      'fragment F on Query { boom }\nquery FragLongerName { ...F coded }',
      'query G { ...H }\nfragment H on Query { coded boom }',
      'query GLongerName { ...H }\nfragment H on Query { coded boom }',
    ];
    for (const text of texts) {
      const document = parse(text);
      const operation = getOperationAST(document)!;
      const answer = await compiled.execute({ document, operation, operationName: operation.name?.value, contextValue: {}, variableValues: {} });
      expect(seen(answer), text).toEqual(seen(await execute({ schema, document })));
    }
  });

  it('runs a mutation once, on graphql-js', async () => {
    const before = touched;
    const { graphqlJs, compiled } = await both('mutation { touch(id: "a") { id } }');
    expect(compiled).toEqual(graphqlJs);
    expect(touched - before).toBe(2);
  });

  it('answers errors through Apollo with their locations, path and code', async () => {
    const { gateway, plugin } = new CompiledExecution(schema, { compileAfter: 1 }).asApolloServerOptions();
    const apollo = new ApolloServer({ gateway, plugins: [plugin], includeStacktraceInErrorResponses: false });
    await apollo.start();
    try {
      const response = await apollo.executeOperation({ query: '{\n  coded\n  items(first: 1) { id }\n}' });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.data).toEqual({ coded: null, items: [{ id: 'a' }] });
      expect(response.body.singleResult.errors).toEqual([
        { message: 'Nothing here.', locations: [{ line: 2, column: 3 }], path: ['coded'], extensions: { code: 'NOT_FOUND' } },
      ]);
    } finally {
      await apollo.stop();
    }
  });
});

describe('CompiledExecution behind Apollo', () => {
  /** Runs `work` against an Apollo Server executing through the compiled path, counting the calls of its gateway executor. */
  const withServerCountingExecutorCalls = async (work: (apollo: ApolloServer, counted: { executorCalls: number }) => Promise<void>) => {
    const { gateway, plugin } = new CompiledExecution(schema, { compileAfter: 1 }).asApolloServerOptions();
    const counted = { executorCalls: 0 };
    const load = gateway.load.bind(gateway);
    gateway.load = async (options) => {
      const { executor } = await load(options);
      if (!executor) throw new Error('the compiled path loads an executor');
      return {
        executor: (context) => {
          counted.executorCalls++;
          return executor(context);
        },
      };
    };
    const apollo = new ApolloServer({ gateway, plugins: [plugin], includeStacktraceInErrorResponses: false });
    await apollo.start();
    try {
      await work(apollo, counted);
    } finally {
      await apollo.stop();
    }
  };
  const single = (response: Awaited<ReturnType<ApolloServer['executeOperation']>>) => {
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };

  it('answers a query without errors before Apollo builds a gateway request for it, hot or not', () =>
    withServerCountingExecutorCalls(async (apollo, counted) => {
      for (const query of ['{ items(first: 2) { id name } }', '{ items(first: 2) { id name @include(if: true) } }']) {
        expect(single(await apollo.executeOperation({ query }))).toEqual({ data: { items: [{ id: 'a', name: 'first' }, { id: 'b', name: null }] } });
      }
      expect(counted.executorCalls).toBe(0);
    }));

  it('hands a compiled result with errors to Apollo to format, without executing it again', () =>
    withServerCountingExecutorCalls(async (apollo, counted) => {
      const before = codedRuns;
      const result = single(await apollo.executeOperation({ query: '{ coded }' }));
      expect(result.errors).toEqual([{ message: 'Nothing here.', locations: [{ line: 1, column: 3 }], path: ['coded'], extensions: { code: 'NOT_FOUND' } }]);
      expect({ resolverRuns: codedRuns - before, executorCalls: counted.executorCalls }).toEqual({ resolverRuns: 1, executorCalls: 1 });
    }));

  it('runs a mutation once on graphql-js and answers it likewise; variables that do not coerce reach Apollo as graphql-js reports them', () =>
    withServerCountingExecutorCalls(async (apollo, counted) => {
      const before = touched;
      const mutation = single(await apollo.executeOperation({ query: 'mutation { touch(id: "a") { id } }' }));
      const coercion = single(await apollo.executeOperation({ query: 'query Q($n: Int!) { items(first: $n) { id } }', variables: { n: 'many' } }));
      expect(mutation.data).toEqual({ touch: { id: 'a' } });
      expect(coercion.errors?.[0]?.message).toMatch(/^Variable "\$n" got invalid value "many"/);
      expect({ touched: touched - before, executorCalls: counted.executorCalls }).toEqual({ touched: 1, executorCalls: 1 });
    }));
});

describe('CompiledExecution behind Apollo, when no operation resolves', () => {
  it.each([
    ['an operation name the document does not hold', '{ coded }', 'Missing', 'Unknown operation named "Missing".'],
    ['two named operations and no name chosen', 'query A { coded } query B { boom }', undefined, 'Must provide operation name if query contains multiple operations.'],
  ])('answers %s with graphql-js\'s 400, as without the compiled path', async (_case, query, operationName, message) => {
    const answers = [];
    for (const compiled of [new CompiledExecution(schema, { compileAfter: 1 }).asApolloServerOptions(), undefined]) {
      const apollo = compiled ? new ApolloServer({ gateway: compiled.gateway, plugins: [compiled.plugin] }) : new ApolloServer({ schema });
      await apollo.start();
      try {
        const response = await apollo.executeOperation({ query, ...(operationName && { operationName }) });
        if (response.body.kind !== 'single') throw new Error('expected a single result');
        answers.push({ status: response.http.status, errors: response.body.singleResult.errors?.map((e) => e.message) });
      } finally {
        await apollo.stop();
      }
    }
    expect(answers[0]).toEqual({ status: 400, errors: [message] });
    expect(answers[0]).toEqual(answers[1]);
  });
});

describe('CompiledExecution of hot documents', () => {
  const run = (compiled: CompiledExecution, text: string, operationName?: string) => {
    const document = parse(text);
    const operation = getOperationAST(document, operationName)!;
    return compiled.execute({ document, operation, operationName, contextValue: {}, variableValues: undefined });
  };

  it('runs each operation of a document with several, by the name chosen', async () => {
    const compiled = new CompiledExecution(schema, { compileAfter: 1 });
    const text = 'query A { items(first: 1) { id } } query B { item(id: "c") { name } }';
    for (let i = 0; i < 2; i++) {
      expect((await run(compiled, text, 'A')).data).toEqual({ items: [{ id: 'a' }] });
      expect((await run(compiled, text, 'B')).data).toEqual({ item: { name: 'third' } });
    }
  });

  it('answers a document renamed on every request the same, compiled or not', async () => {
    const compiled = new CompiledExecution(schema);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await run(compiled, `query Poll${i} { items(first: 2) { id name } }`));
    for (const answer of answers) expect(answer).toEqual({ data: { items: [{ id: 'a', name: 'first' }, { id: 'b', name: null }] } });
  });
});

describe('gateway.compiledExecution', () => {
  const runTwice = async (options: { compiledExecution?: boolean }) => {
    const gateway = await gatewayWith([], options);
    const calls = vi.spyOn(CompiledExecution.prototype, 'executeCompiled');
    try {
      const answers = [await post(gateway.url, '{ __typename }'), await post(gateway.url, '{ __typename }')];
      return { bodies: answers.map((a) => a.body), compiledCalls: calls.mock.calls.length };
    } finally {
      calls.mockRestore();
      await gateway.close();
    }
  };

  it('runs documents through the compiled path by default', async () => {
    expect(await runTwice({})).toEqual({ bodies: [{ data: { __typename: 'Query' } }, { data: { __typename: 'Query' } }], compiledCalls: 2 });
  });

  it('switched off, runs every document on graphql-js alone, with the same answers', async () => {
    expect(await runTwice({ compiledExecution: false })).toEqual({ bodies: [{ data: { __typename: 'Query' } }, { data: { __typename: 'Query' } }], compiledCalls: 0 });
  });
});
