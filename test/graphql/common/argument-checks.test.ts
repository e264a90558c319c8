import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../../src/domain/global-id';
import { badArgumentOf, badListFilter, badNodeIds, cursorOrError, globalIdOrError } from '../../../src/graphql/common/argument-checks';
import { encodeCursor } from '../../../src/graphql/common/cursor';
import { FILTER_FIELD_LIMITS, NATIVE_ID_MAX_LENGTH, TAG_FILTER_MAX_COUNT, TAG_KEY_MAX_LENGTH } from '../../../src/graphql/common/filter-limits';
import { MAX_PAGE_SIZE } from '../../../src/graphql/common/page-limits';

const ref = { provider: 'ALIBABA', account: 'prod', region: 'cn-hangzhou', nativeId: 'eni-1' } as const;

function expectBad(error: GraphQLError | null, argument: string, message: RegExp): void {
  expect(error).toBeInstanceOf(GraphQLError);
  expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  expect(error!.message).toMatch(message);
}

describe('list filter limits', () => {
  it.each(['vpcId', 'subnetId', 'instanceId', 'boundToId', 'virtualInterfaceId'])('%s: accepts %s characters, rejects one more', (field) => {
    expect(badListFilter({ [field]: 'x'.repeat(NATIVE_ID_MAX_LENGTH) })).toBeNull();
    expectBad(badListFilter({ [field]: 'x'.repeat(NATIVE_ID_MAX_LENGTH + 1) }), `filter.${field}`, /is 256 characters long; at most 255/);
  });

  it('nativeIds: accepts MAX_PAGE_SIZE ids, rejects one more, and bounds each id', () => {
    expect(badListFilter({ nativeIds: Array.from({ length: MAX_PAGE_SIZE }, (_, i) => `eni-${i}`) })).toBeNull();
    expectBad(badListFilter({ nativeIds: Array.from({ length: MAX_PAGE_SIZE + 1 }, (_, i) => `eni-${i}`) }), 'filter.nativeIds', /holds 501 entries; at most 500/);
    expectBad(badListFilter({ nativeIds: ['eni-1', 'x'.repeat(200_000)] }), 'filter.nativeIds[1]', /200000 characters long/);
  });

  it('namePrefix: at most 255 characters', () => {
    expect(badListFilter({ namePrefix: 'n'.repeat(255) })).toBeNull();
    expectBad(badListFilter({ namePrefix: 'n'.repeat(256) }), 'filter.namePrefix', /at most 255/);
  });

  it('tags: at most 20, keys of at most 128 characters', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}` }));
    expect(badListFilter({ tags: tags(TAG_FILTER_MAX_COUNT) })).toBeNull();
    expectBad(badListFilter({ tags: tags(TAG_FILTER_MAX_COUNT + 1) }), 'filter.tags', /holds 21 entries; at most 20/);
    expect(badListFilter({ tags: [{ key: 'k'.repeat(TAG_KEY_MAX_LENGTH), value: null }] })).toBeNull();
    expectBad(badListFilter({ tags: [{ key: 'a' }, { key: 'k'.repeat(TAG_KEY_MAX_LENGTH + 1) }] }), 'filter.tags[1].key', /at most 128/);
    expectBad(badListFilter({ tags: [{ key: 'a', value: 'v'.repeat(256) }] }), 'filter.tags[0].value', /at most 255/);
  });

  it('ipAddress and address: an IPv4 or IPv6 address', () => {
    expect(badListFilter({ ipAddress: '192.168.1.10', address: '240e::1' })).toBeNull();
    expectBad(badListFilter({ ipAddress: '192.168.1.300' }), 'filter.ipAddress', /not an IPv4 or IPv6 address/);
    expectBad(badListFilter({ address: 'a'.repeat(46) }), 'filter.address', /at most 45/);
  });

  it('leaves fields without a documented limit alone (partition selectors and statuses never reach a provider)', () => {
    expect(badListFilter({ accounts: ['a'.repeat(1000)], regions: ['r'], statuses: ['IN_USE'], providers: ['ALIBABA'] })).toBeNull();
    expect(Object.keys(FILTER_FIELD_LIMITS)).not.toContain('accounts');
  });
});

describe('cursors and global ids', () => {
  it('a cursor this connection wrote decodes; a forged one is BAD_USER_INPUT naming the argument', () => {
    expect(cursorOrError(encodeCursor(ref, 5_000), 'after')).toEqual(['ALIBABA', 'prod', 'cn-hangzhou', 'eni-1']);
    expectBad(cursorOrError(Buffer.from('["c9","x"]').toString('base64url'), 'before') as GraphQLError, 'before', /"before" is not a cursor/);
  });

  it('a malformed id is BAD_USER_INPUT; a well-formed id decodes whether or not the resource exists', () => {
    expectBad(globalIdOrError('garbage', ['id']) as GraphQLError, 'id', /"id" is not a netplane id/);
    expect(globalIdOrError(encodeGlobalId('NetworkInterface', ref), ['id'])).toMatchObject({ type: 'NetworkInterface', nativeId: 'eni-1' });
    expectBad(badNodeIds([encodeGlobalId('NetworkInterface', ref), 'junk']), 'ids[1]', /"ids\[1\]" is not a netplane id/);
    expectBad(badNodeIds(Array.from({ length: MAX_PAGE_SIZE + 1 }, () => encodeGlobalId('NetworkInterface', ref))), 'ids', /holds 501 ids/);
  });
});

describe('badArgumentOf: which check applies to which argument', () => {
  const connection = { parentType: 'Query', field: 'networkInterfaces', returnType: 'NetworkInterfaceConnection' };
  it('checks filters and cursors of connection fields, node ids of node/nodes, and nothing else', () => {
    expectBad(badArgumentOf(connection, { filter: { vpcId: 'v'.repeat(300) } }), 'filter.vpcId', /at most 255/);
    expectBad(badArgumentOf(connection, { after: 'forged' }), 'after', /not a cursor/);
    expectBad(badArgumentOf({ parentType: 'Query', field: 'node', returnType: 'Node' }, { id: 'garbage' }), 'id', /not a netplane id/);
    expectBad(badArgumentOf({ parentType: 'Query', field: 'nodes', returnType: 'Node' }, { ids: ['garbage'] }), 'ids[0]', /not a netplane id/);
    expect(badArgumentOf(connection, { first: 5, filter: { vpcId: 'vpc-1' }, after: null })).toBeNull();
    // A mutation's id argument is answered by the mutation's own typed result, not here.
    expect(badArgumentOf({ parentType: 'Mutation', field: 'deleteNetworkInterface', returnType: 'DeleteNetworkInterfaceResult' }, { id: 'garbage' })).toBeNull();
  });
});
