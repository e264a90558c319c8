import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema, type GraphQLResolveInfo } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noStorePlugins } from '../../../src/gateway/plugins/no-store';

/** Answers stay uncacheable without Apollo's cache-control plugin, whose per-field hook wraps every resolver. */

const schema = buildSchema('type Query { hint: Boolean!  broken: Int }');
const rootValue = {
  // Apollo's cache-control plugin hands every resolver `info.cacheControl`; without it there is none.
  hint: (_args: unknown, _context: unknown, info: GraphQLResolveInfo & { cacheControl?: unknown }) => info.cacheControl !== undefined,
  broken: () => {
    throw new Error('resolver failed');
  },
};
let server: ApolloServer;

beforeAll(async () => {
  server = new ApolloServer({ schema, rootValue, plugins: noStorePlugins() });
  await server.start();
});

afterAll(async () => {
  await server.stop();
});

const post = (query: string) =>
  server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query } },
    context: async () => ({}),
  });

describe('noStorePlugins', () => {
  it('marks answers no-store, with data, with errors and when the document is invalid', async () => {
    for (const query of ['{ hint }', '{ broken }', '{ noSuchField }']) {
      expect((await post(query)).headers.get('cache-control')).toBe('no-store');
    }
  });

  it('leaves field resolvers unwrapped: no cache hint is offered to them', async () => {
    const response = await post('{ hint }');
    expect(response.body.kind === 'complete' && JSON.parse(response.body.string)).toEqual({ data: { hint: false } });
  });
});
