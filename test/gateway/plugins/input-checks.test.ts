import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../../src/domain/global-id';
import type { RunningGateway } from '../../../src/gateway';
import { encodeCursor } from '../../../src/graphql/common/cursor';
import { gatewayWith, post } from '../gateway-fixture';

/**
 * Bad input found before execution is a request error: 400, no `data`, BAD_USER_INPUT naming the
 * field and the argument — the same answer as an invalid variable or a page size over the limit.
 */

let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await gatewayWith();
});
afterAll(async () => {
  await gateway.close();
});

const eni = { provider: 'ALIBABA', account: 'prod', region: 'cn-hangzhou', nativeId: 'eni-1' } as const;

async function expectRequestError(query: string, variables: Record<string, unknown>, field: string, argument: string): Promise<string> {
  const { status, body } = await post(gateway.url, query, variables);
  expect(status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field, argument });
  return body.errors![0]!.message;
}

describe('bad input before execution', () => {
  it('a 200 KB vpcId, literal or variable', async () => {
    const vpcId = 'v'.repeat(200_000);
    expect(await expectRequestError(`{ networkInterfaces(filter: { vpcId: "${vpcId}" }) { totalCount } }`, {}, 'networkInterfaces', 'filter.vpcId')).toBe(
      '"filter.vpcId" is 200000 characters long; at most 255 are accepted.',
    );
    await expectRequestError('query ($f: VirtualIpFilter) { virtualIps(filter: $f) { totalCount } }', { f: { vpcId } }, 'virtualIps', 'filter.vpcId');
  });

  it('too many nativeIds, under an alias and inside a fragment', async () => {
    const nativeIds = Array.from({ length: 501 }, (_, i) => `eip-${i}`);
    await expectRequestError(
      'query ($ids: [String!]) { ...F } fragment F on Query { mine: elasticIps(filter: { nativeIds: $ids }) { totalCount } }',
      { ids: nativeIds },
      'mine',
      'filter.nativeIds',
    );
  });

  it('a tag key beyond 128 characters and a namePrefix beyond 255', async () => {
    await expectRequestError(`{ elasticIps(filter: { tags: [{ key: "${'k'.repeat(129)}" }] }) { totalCount } }`, {}, 'elasticIps', 'filter.tags[0].key');
    await expectRequestError(`{ vifPeers(filter: { namePrefix: "${'p'.repeat(256)}" }) { totalCount } }`, {}, 'vifPeers', 'filter.namePrefix');
  });

  it('a forged cursor, after or before, is a 400 like every other bad argument', async () => {
    const forged = Buffer.from('["c2","ALIBABA"]').toString('base64url');
    expect(await expectRequestError('query ($c: String) { elasticIps(after: $c) { totalCount } }', { c: forged }, 'elasticIps', 'after')).toBe(
      '"after" is not a cursor returned by this connection.',
    );
    await expectRequestError('{ networkInterfaces(last: 2, before: "not-a-cursor") { totalCount } }', {}, 'networkInterfaces', 'before');
  });

  it('node(id: "garbage") is an error; nodes names the bad entry', async () => {
    await expectRequestError('{ node(id: "garbage") { id } }', {}, 'node', 'id');
    await expectRequestError('query ($id: ID!) { nodes(ids: [$id, "garbage"]) { id } }', { id: encodeGlobalId('NetworkInterface', eni) }, 'nodes', 'ids[1]');
  });

  it('accepts values at the limits, a cursor this gateway wrote, and a well-formed id of a missing resource (null)', async () => {
    const filter = { vpcId: 'v'.repeat(255), nativeIds: Array.from({ length: 500 }, (_, i) => `eni-${i}`), tags: Array.from({ length: 20 }, (_, i) => ({ key: `k${i}` })), ipAddress: '10.0.0.1' };
    const { status, body } = await post(
      gateway.url,
      'query ($f: NetworkInterfaceFilter, $c: String, $id: ID!) { networkInterfaces(filter: $f, after: $c) { totalCount } node(id: $id) { id } }',
      { f: filter, c: encodeCursor(eni, 1_000), id: encodeGlobalId('NetworkInterface', eni) },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ networkInterfaces: { totalCount: 0 }, node: null });
  });
});
