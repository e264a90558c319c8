import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../../../src/gateway';
import { countAliases, pageArguments, selectionDepth } from '../../../src/gateway/plugins/limits';
import { gatewayWith, post } from '../gateway-fixture';

const limits = { maxDepth: 4, maxAliases: 3, maxBodyBytes: 2048, maxPageSize: 100 };
let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await gatewayWith([], { limits });
});
afterAll(async () => {
  await gateway.close();
});

function operationOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  return { document, operation, fragments };
}

describe('limit measurements', () => {
  it('count depth through inline fragments and named fragments', () => {
    const { operation, fragments } = operationOf('{ a { b { ... on T { c { d } } ...F } } } fragment F on T { e { f { g } } }');
    expect(selectionDepth(operation.selectionSet, fragments)).toBe(5);
  });

  it('count aliases in operations and fragments', () => {
    const { document } = operationOf('{ x: a y: a { z: b } ...F } fragment F on Query { w: a }');
    expect(countAliases(document)).toBe(4);
  });

  it('read first/last from literals and variables', () => {
    const { operation, fragments } = operationOf('query ($n: Int) { a(first: 5) { b(last: $n) } }');
    expect(pageArguments(operation, fragments, { n: 7 })).toEqual([
      { name: 'first', value: 5 },
      { name: 'last', value: 7 },
    ]);
  });
});

describe('the limits plugin over HTTP', () => {
  it('rejects a query deeper than maxDepth with a 400 and a clear message', async () => {
    const { status, body } = await post(gateway.url, '{ networkInterfaces { edges { node { virtualIps { networkInterfaces { id } } } } } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: 'Query depth 6 exceeds the maximum of 4.', extensions: { code: 'QUERY_TOO_DEEP' } });
  });

  it('rejects more aliases than maxAliases', async () => {
    const { status, body } = await post(gateway.url, '{ a: __typename b: __typename c: __typename d: __typename }');
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: 'The document uses 4 aliases; the maximum is 3.', extensions: { code: 'TOO_MANY_ALIASES' } });
  });

  it('rejects first beyond the page size, literal or variable', async () => {
    const literal = await post(gateway.url, '{ elasticIps(first: 1000) { totalCount } }');
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0]).toMatchObject({ message: '"first" is 1000; it must be between 0 and 100.', extensions: { code: 'PAGE_SIZE_EXCEEDED' } });
    const variable = await post(gateway.url, 'query ($n: Int) { vifPeers(last: $n) { totalCount } }', { n: 101 });
    expect(variable.body.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
  });

  it('lets an operation within the limits run', async () => {
    const { status, body } = await post(gateway.url, '{ a: __typename networkInterfaces(first: 100) { totalCount } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('rejects a body larger than maxBodyBytes with 413 before parsing it', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(4096)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: 'Request body exceeds 2048 bytes.', extensions: { code: 'BODY_TOO_LARGE' } }] });
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(response.status).toBe(400);
  });
});

describe('introspection', () => {
  it('is not limited by depth (GraphiQL and codegen need the full introspection query)', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const strict = await gatewayWith([], { limits: { ...limits, maxDepth: 3, maxBodyBytes: 64 * 1024 } });
    try {
      const { status, body } = await post(strict.url, getIntrospectionQuery());
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });
});
