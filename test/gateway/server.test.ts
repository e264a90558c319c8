import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/domain/global-id';
import type { RunningGateway } from '../../src/gateway';
import { gatewayWith, post } from './gateway-fixture';

let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await gatewayWith();
});
afterAll(async () => {
  await gateway.close();
});

const ASSIGN = `mutation ($input: AssignPrivateIpAddressesInput!) {
  assignPrivateIpAddresses(input: $input) {
    __typename
    ... on ProviderError { provider operation code codeEnum httpStatus message requestId retryable documented }
    ... on InvalidParameter { parameter }
    ... on ResourceNotFound { resourceType resourceId }
  }
}`;

describe('startGateway', () => {
  it('serves /healthz', async () => {
    const response = await fetch(`${gateway.origin}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('returns its GraphQL endpoint as url', () => {
    expect(gateway.url).toBe(`${gateway.origin}/graphql`);
    expect(gateway.port).toBeGreaterThan(0);
  });

  it('echoes a caller\'s x-request-id and makes one up otherwise', async () => {
    const mine = await post(gateway.url, '{ __typename }', {}, { 'x-request-id': 'trace-123' });
    expect(mine.headers.get('x-request-id')).toBe('trace-123');
    const made = await post(gateway.url, '{ __typename }');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses subscriptions over plain HTTP with a clear 400 that points at the WebSocket endpoint', async () => {
    const response = await post(gateway.url, 'subscription { operationUpdated(filter: {}) { id status } }');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_SUPPORTED');
    expect(response.body.errors?.[0]?.message).toMatch(/WebSocket .*graphql-transport-ws.* \/graphql/);
  });

  it('does not take automatic persisted queries, so a wrong hash is a client error, not an internal one', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(response.status).toBeLessThan(500);
  });

  it('sends every whole answer with its Content-Length, never chunked: GraphQL, errors, probes and GraphiQL alike', async () => {
    const head = (path: string, method: string, body?: string) =>
      new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
        const request = http.request(`${gateway.origin}${path}`, { method, headers: { 'content-type': 'application/json', accept: 'application/json' } }, (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => (bytes += chunk.length));
          response.on('end', () => resolve({ ...response.headers, 'x-received-bytes': String(bytes) }));
        });
        request.on('error', reject);
        request.end(body);
      });
    for (const headers of [
      await head('/graphql', 'POST', JSON.stringify({ query: '{ __typename }' })),
      await head('/graphql', 'POST', '{not json'),
      // Characters of several bytes in the answer (a validation message quotes them): the length counts bytes.
      await head('/graphql', 'POST', JSON.stringify({ query: '{ networkInterfaces(first: "ü€") { totalCount } }' })),
      await head('/healthz', 'GET'),
      await head('/nowhere', 'GET'),
    ]) {
      expect(headers['transfer-encoding']).toBeUndefined();
      expect(headers['content-length']).toBe(headers['x-received-bytes']);
    }
  });

  it('marks every GraphQL answer cache-control: no-store, as Apollo did, GET queries included', async () => {
    const posted = await post(gateway.url, '{ __typename }');
    expect(posted.headers.get('cache-control')).toBe('no-store');
    const got = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(got.status).toBe(200);
    expect(got.headers.get('cache-control')).toBe('no-store');
  });

  it('normalizes a request target as a browser would: dot segments reach the same endpoint', async () => {
    // fetch would normalize the path itself: node:http sends it as written.
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${gateway.origin}/x/../graphql`, { method: 'POST', path: '/x/../graphql', headers: { 'content-type': 'application/json' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end(JSON.stringify({ query: '{ __typename }' }));
    });
    expect(status).toBe(200);
  });

  it('answers 404 outside its paths', async () => {
    expect((await fetch(`${gateway.origin}/nope`)).status).toBe(404);
  });

  it('fails with a clear error when the port is taken', async () => {
    await expect(gatewayWith([], { port: gateway.port })).rejects.toThrow(
      `gateway: port ${gateway.port} on 127.0.0.1 is already in use`,
    );
  });
});

describe('mutations answered by netplane itself (no adapter is called)', () => {
  it('a malformed id is InvalidParameter netplane.MalformedId, as data', async () => {
    const { status, body } = await post(gateway.url, ASSIGN, { input: { networkInterfaceId: 'not-an-id', secondaryPrivateIpAddressCount: 1 } }, { 'x-request-id': 'req-1' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.assignPrivateIpAddresses).toMatchObject({
      __typename: 'InvalidParameter',
      provider: 'ALIBABA',
      operation: 'AssignPrivateIpAddresses',
      code: 'netplane.MalformedId',
      codeEnum: 'NETPLANE_MALFORMED_ID',
      httpStatus: 400,
      requestId: 'req-1',
      retryable: false,
      documented: true,
      parameter: 'networkInterfaceId',
    });
  });

  it('an id of another resource type is InvalidParameter netplane.WrongIdType', async () => {
    const eipId = encodeGlobalId('ElasticIp', { provider: 'ALIBABA', account: 'a', region: 'cn-hangzhou', nativeId: 'eip-1' });
    const { body } = await post(gateway.url, ASSIGN, { input: { networkInterfaceId: eipId } });
    expect(body.data?.assignPrivateIpAddresses).toMatchObject({ __typename: 'InvalidParameter', code: 'netplane.WrongIdType' });
  });

  it('both an id and a reference is InvalidParameter netplane.AmbiguousTarget', async () => {
    const ref = { provider: 'ALIBABA' as const, account: 'a', region: 'cn-hangzhou', nativeId: 'eni-1' };
    const { body } = await post(gateway.url, ASSIGN, { input: { networkInterfaceId: encodeGlobalId('NetworkInterface', ref), networkInterface: ref } });
    expect(body.data?.assignPrivateIpAddresses).toMatchObject({ __typename: 'InvalidParameter', code: 'netplane.AmbiguousTarget' });
  });

  it('an unconfigured account/region is ResourceNotFound netplane.PartitionNotConfigured', async () => {
    const { body } = await post(gateway.url, ASSIGN, {
      input: { networkInterface: { provider: 'ALIBABA', account: 'ghost', region: 'cn-hangzhou', nativeId: 'eni-1' } },
    });
    expect(body.data?.assignPrivateIpAddresses).toMatchObject({
      __typename: 'ResourceNotFound',
      code: 'netplane.PartitionNotConfigured',
      httpStatus: 404,
      resourceType: 'Partition',
      resourceId: 'ALIBABA/ghost/cn-hangzhou',
    });
  });

  it('a provider that does not offer the mutation is UnsupportedOperation naming the alternative, with no call', async () => {
    const { body } = await post(
      gateway.url,
      `mutation ($input: AssignPrivateIpAddressesInput!) { assignPrivateIpAddresses(input: $input) { __typename ... on ProviderError { provider code } ... on UnsupportedOperation { alternative } } }`,
      { input: { networkInterface: { provider: 'HUAWEI', account: 'a', region: 'r', nativeId: 'x' }, secondaryPrivateIpAddressCount: 1 } },
    );
    expect(body.data?.assignPrivateIpAddresses).toMatchObject({ __typename: 'UnsupportedOperation', provider: 'HUAWEI', code: 'netplane.UnsupportedOperation' });
    expect((body.data?.assignPrivateIpAddresses as { alternative: string }).alternative).toMatch(/createVirtualIp.*bindVirtualIp/);
  });

  it('a field the target\'s provider does not take is InvalidParameter naming it, never ignored', async () => {
    const { body } = await post(
      gateway.url,
      `mutation ($input: CreateVifPeerInput!) { createVifPeer(input: $input) { __typename ... on ProviderError { provider code } ... on InvalidParameter { parameter } } }`,
      { input: { target: { provider: 'ALIBABA', account: 'a', region: 'cn-hangzhou' }, bgpGroupId: 'bgpg-1', remoteGatewayIp: '10.0.0.2', routeMode: 'BGP' } },
    );
    expect(body.data?.createVifPeer).toEqual({ __typename: 'InvalidParameter', provider: 'ALIBABA', code: 'netplane.FieldNotTaken', parameter: 'routeMode' });
  });

  it('rejects a BGP ASN beyond 4294967295 at the edge', async () => {
    const { status, body } = await post(
      gateway.url,
      `mutation ($input: CreateVifPeerInput!) { createVifPeer(input: $input) { __typename } }`,
      { input: { target: { provider: 'HUAWEI', account: 'a', region: 'r' }, vifId: 'x', name: 'p', addressFamily: 'IPV4', localGatewayIp: 'a', remoteGatewayIp: 'b', bgpAsn: 4294967296 } },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/UInt32 must be an integer between 0 and 4294967295/);
  });
});

describe('queries without configured partitions', () => {
  it('answer an empty connection', async () => {
    const { body } = await post(gateway.url, '{ networkInterfaces { totalCount partitions { ok } edges { cursor } pageInfo { hasNextPage } } }');
    expect(body.data).toEqual({ networkInterfaces: { totalCount: 0, partitions: [], edges: [], pageInfo: { hasNextPage: false } } });
  });

  it('resolve a well-formed id of an unconfigured partition to null', async () => {
    const id = encodeGlobalId('VifPeer', { provider: 'HUAWEI', account: 'a', region: 'r', nativeId: 'x' });
    const other = encodeGlobalId('ElasticIp', { provider: 'ALIBABA', account: 'b', region: 'r', nativeId: 'eip-1' });
    const { status, body } = await post(gateway.url, 'query ($id: ID!, $other: ID!) { node(id: $id) { id } nodes(ids: [$id, $other]) { id } }', { id, other });
    expect(status).toBe(200);
    expect(body.data).toEqual({ node: null, nodes: [null, null] });
  });

  it('refuse more ids than a page holds in nodes(ids)', async () => {
    const ids = Array.from({ length: 501 }, (_, i) => `id-${i}`);
    const { body } = await post(gateway.url, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(body.errors?.[0]).toMatchObject({ message: '"ids" holds 501 ids; the maximum is 500.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('list the documented errors of a mutation', async () => {
    const { body } = await post<{ errorCatalog: { provider: string; operation: string; code: string; category: string; codeEnum: string | null }[] }>(
      gateway.url,
      '{ errorCatalog(mutation: CREATE_VIF_PEER) { provider operation code category codeEnum } }',
    );
    const entries = body.data!.errorCatalog;
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) expect(entry.codeEnum).not.toBeNull();
    const operations = new Set(entries.map((e) => `${e.provider} ${e.operation}`));
    expect(operations).toEqual(new Set(['HUAWEI CreateVifPeer', 'ALIBABA CreateBgpPeer']));
    expect(entries.map((e) => e.code)).toEqual(expect.arrayContaining(['DC.0001', 'netplane.UnsupportedOperation', 'netplane.FieldNotTaken']));
  });
});
