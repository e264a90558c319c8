import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../../src/gateway';
import { ensureGraphiqlBundle, gatewayWith, post } from './gateway-fixture';

/**
 * Every configurable request limit rejects a request one past it, before execution, and accepts a
 * request exactly at it; GraphiQL and introspection can be switched off.
 */

const limits = { maxDepth: 4, maxAliases: 3, maxTokens: 100, maxBodyBytes: 2_048, maxPageSize: 100 };
let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await gatewayWith([], { limits });
});
afterAll(async () => {
  await gateway.close();
});

/** `{ __typename __typename … }`: `fields` + 2 tokens (the braces). */
const documentOfTokens = (tokens: number) => `{ ${'__typename '.repeat(tokens - 2)}}`;

/** A POST body of exactly `bytes` bytes: `{ __typename }` padded with a comment. */
function bodyOfBytes(bytes: number): string {
  const base = JSON.stringify({ query: '{ __typename } #' });
  return JSON.stringify({ query: `{ __typename } #${'x'.repeat(bytes - base.length)}` });
}

const postRaw = (body: string) => fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('configured request limits, at and one past each', () => {
  it('depth: accepts maxDepth levels, rejects one more', async () => {
    const atLimit = await post(gateway.url, '{ networkInterfaces { edges { node { id } } } }');
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors).toBeUndefined();
    const past = await post(gateway.url, '{ networkInterfaces { edges { node { attachment { instanceId } } } } }');
    expect(past.status).toBe(400);
    expect(past.body.errors?.[0]).toMatchObject({ message: 'Query depth 5 exceeds the maximum of 4.', extensions: { code: 'QUERY_TOO_DEEP' } });
  });

  it('aliases: accepts maxAliases, rejects one more', async () => {
    const atLimit = await post(gateway.url, '{ a: __typename b: __typename c: __typename }');
    expect(atLimit.status).toBe(200);
    const past = await post(gateway.url, '{ a: __typename b: __typename c: __typename d: __typename }');
    expect(past.status).toBe(400);
    expect(past.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('tokens: accepts a document of maxTokens tokens, stops parsing one past it', async () => {
    const atLimit = await post(gateway.url, documentOfTokens(limits.maxTokens));
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors).toBeUndefined();
    const past = await post(gateway.url, documentOfTokens(limits.maxTokens + 1));
    expect(past.status).toBe(400);
    expect(past.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(past.body.errors?.[0]?.message).toContain(`more that ${limits.maxTokens} tokens`);
  });

  it('body: accepts a body of exactly maxBodyBytes, answers 413 to one byte more', async () => {
    const atLimit = bodyOfBytes(limits.maxBodyBytes);
    expect(Buffer.byteLength(atLimit)).toBe(limits.maxBodyBytes);
    expect((await postRaw(atLimit)).status).toBe(200);
    const past = await postRaw(bodyOfBytes(limits.maxBodyBytes + 1));
    expect(past.status).toBe(413);
    expect(((await past.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BODY_TOO_LARGE');
  });

  it('page size: accepts first/last of maxPageSize, rejects one more', async () => {
    const atLimit = await post(gateway.url, 'query ($n: Int) { elasticIps(first: 100) { totalCount } vifPeers(last: $n) { totalCount } }', { n: 100 });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors).toBeUndefined();
    const past = await post(gateway.url, '{ elasticIps(first: 101) { totalCount } }');
    expect(past.status).toBe(400);
    expect(past.body.errors?.[0]).toMatchObject({ message: '"first" is 101; it must be between 0 and 100.', extensions: { code: 'PAGE_SIZE_EXCEEDED' } });
  });
});

describe('GraphiQL and introspection switched off', () => {
  let closed: RunningGateway;
  beforeAll(async () => {
    ensureGraphiqlBundle();
    closed = await gatewayWith([], { graphiql: false, introspection: false });
  }, 120_000);
  afterAll(async () => {
    await closed.close();
  });

  it('answers a browser asking for GraphiQL with 406 and says which setting is off; the assets are 404', async () => {
    const page = await fetch(closed.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(406);
    expect(await page.text()).toContain('gateway.graphiql: false');
    expect((await fetch(`${closed.origin}/graphiql/graphiql.js`)).status).toBe(404);
  });

  it('rejects the introspection query with a 400 naming the setting, and still answers __typename', async () => {
    const introspection = await post(closed.url, getIntrospectionQuery());
    expect(introspection.status).toBe(400);
    expect(introspection.body.data).toBeUndefined();
    expect(introspection.body.errors?.[0]?.message).toBe(
      'Introspection is switched off on this gateway (gateway.introspection: false); "__schema" cannot be queried.',
    );
    const type = await post(closed.url, '{ __type(name: "Query") { name } }');
    expect(type.status).toBe(400);
    const typename = await post(closed.url, '{ __typename }');
    expect(typename.status).toBe(200);
    expect(typename.body.data).toEqual({ __typename: 'Query' });
  });

  it('serves both when switched on (the default)', async () => {
    expect((await fetch(gateway.url, { headers: { accept: 'text/html' } })).status).toBe(200);
    expect((await post(gateway.url, '{ __schema { queryType { name } } }')).status).toBe(200);
  });
});
