import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetplaneContext } from '../../../src/graphql/context';
import { CompiledExecution } from '../../../src/gateway/compiled-execution';
import { metricsPlugin } from '../../../src/gateway/plugins/metrics';
import { Observability } from '../../../src/observability/observability';
import { parseExposition, Scrape } from '../../observability/scrape';

/** The outcome of each GraphQL request: ok, errors (execution returned errors) or rejected (never executed). */

const schema = buildSchema('type Query { fine: Int!  broken: Int }');
const rootValue = {
  fine: () => 1,
  broken: () => {
    throw new Error('resolver failed');
  },
};
const observability = new Observability({ metrics: { processMetrics: false } });
let server: ApolloServer<NetplaneContext>;

beforeAll(async () => {
  server = new ApolloServer<NetplaneContext>({ schema, rootValue, plugins: [metricsPlugin(observability)] });
  await server.start();
});

afterAll(async () => {
  await server.stop();
});

const run = (query: string) => server.executeOperation({ query }, { contextValue: {} as NetplaneContext });
const outcomes = async (): Promise<Record<string, number>> =>
  new Scrape(parseExposition(await observability.metrics.scrape())).by('netplane_graphql_requests_total', 'outcome');

describe('metricsPlugin', () => {
  it('counts ok, errors and rejected requests by operation, each timed', async () => {
    await run('query Fine { fine }');
    await run('query Broken { broken }');
    await run('query Invalid { noSuchField }');
    await run('query Unparsable { fine');
    expect(await outcomes()).toEqual({ ok: 1, errors: 1, rejected: 2 });
    const s = new Scrape(parseExposition(await observability.metrics.scrape()));
    expect(s.by('netplane_graphql_requests_total', 'operation')).toEqual({ Fine: 1, Broken: 1, Invalid: 1, anonymous: 1 });
    expect(s.sum('netplane_graphql_request_duration_seconds_count')).toBe(4);
  });
});

describe('metricsPlugin with the compiled path', () => {
  it('counts a hot query answered compiled as ok or errors, never as rejected', async () => {
    const compiledSchema = buildSchema('type Query { fine: Int!  broken: Int }');
    const fields = compiledSchema.getQueryType()!.getFields();
    fields['fine']!.resolve = rootValue.fine;
    fields['broken']!.resolve = rootValue.broken;
    const own = new Observability({ metrics: { processMetrics: false } });
    const { gateway, plugin } = new CompiledExecution(compiledSchema, { compileAfter: 1 }).asApolloServerOptions();
    const compiledServer = new ApolloServer<NetplaneContext>({ gateway, plugins: [metricsPlugin(own), plugin] });
    await compiledServer.start();
    try {
      for (const query of ['query Fine { fine }', 'query Fine { fine }', 'query Broken { broken }', 'query Invalid { noSuchField }']) {
        await compiledServer.executeOperation({ query }, { contextValue: {} as NetplaneContext });
      }
      expect(new Scrape(parseExposition(await own.metrics.scrape())).by('netplane_graphql_requests_total', 'outcome')).toEqual({ ok: 2, errors: 1, rejected: 1 });
    } finally {
      await compiledServer.stop();
    }
  });
});
