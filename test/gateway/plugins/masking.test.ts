import { ApolloServer } from '@apollo/server';
import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskingPlugin, redactSecrets } from '../../../src/gateway/plugins/masking';

// A fixture schema whose resolvers fail in the ways the plugin must tell apart (envelop's test/common.ts).
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      bug: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('adapter exploded: AccessKeySecret=abc123 at db.internal');
        },
      },
      deliberate: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('Nothing here.', { extensions: { code: 'NOT_FOUND' } });
        },
      },
      fine: { type: GraphQLString, resolve: () => 'ok' },
    },
  }),
});

async function run(showDetails: boolean, query: string) {
  const server = new ApolloServer({ schema, plugins: [maskingPlugin({ showDetails })], includeStacktraceInErrorResponses: false });
  const response = await server.executeOperation({ query });
  await server.stop();
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('maskingPlugin', () => {
  it('turns an unexpected throw into "Unexpected error." with its path, leaking nothing', async () => {
    const result = await run(false, '{ fine bug }');
    expect(result.data).toEqual({ fine: 'ok', bug: null });
    expect(result.errors).toEqual([{ message: 'Unexpected error.', locations: [{ line: 1, column: 8 }], path: ['bug'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(result)).not.toContain('abc123');
  });

  it('lets deliberate GraphQL errors through unchanged', async () => {
    const result = await run(false, '{ deliberate }');
    expect(result.errors?.[0]).toMatchObject({ message: 'Nothing here.', extensions: { code: 'NOT_FOUND' } });
  });

  it('shows the original message in development, with credentials redacted', async () => {
    const result = await run(true, '{ bug }');
    expect(result.errors?.[0]?.message).toBe('adapter exploded: AccessKeySecret=[REDACTED] at db.internal');
  });
});

describe('redactSecrets', () => {
  it.each([
    ['Signature=abc&Foo=1', 'Signature=[REDACTED]&Foo=1'],
    ['{"AccessKeyId":"LTAI5t"}', '{"AccessKeyId":"[REDACTED]"}'],
    ['authorization: SDK-HMAC-SHA256 Access=AK, Signature=ff', 'authorization: [REDACTED]'],
    ['sk=hunter2 and ak = AKID', 'sk=[REDACTED] and ak = [REDACTED]'],
  ])('%s → %s', (input, output) => {
    expect(redactSecrets(input)).toBe(output);
  });
});
