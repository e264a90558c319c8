import { execute, parse, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/app/compose';
import { buildNetplaneSchema } from '../../../src/graphql';
import { partitionsOfPage, relationshipListsOfPage } from '../../../src/graphql/common/page-relationships';

/** Which partition lists a connection page's relationship fields will load, read from the resolve info of the real schema. */

const schema = buildNetplaneSchema({ catalogs: CATALOGS });
const fields = schema.getQueryType()!.getFields();
const roots = ['networkInterfaces', 'elasticIps'] as const;
const originals = new Map<string, GraphQLFieldResolver<unknown, unknown> | undefined>();
let captured: GraphQLResolveInfo | undefined;

beforeAll(() => {
  // The connection resolvers only hand over their info here: nothing is listed.
  for (const root of roots) {
    originals.set(root, fields[root]!.resolve);
    fields[root]!.resolve = (_source, _args, _context, info) => {
      captured = info;
      return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0, partitions: [] };
    };
  }
});

afterAll(() => {
  for (const root of roots) fields[root]!.resolve = originals.get(root);
});

function listsOf(document: string, nodeType: string, variables: Record<string, unknown> = {}): string[] {
  captured = undefined;
  const result = execute({ schema, document: parse(document), variableValues: variables });
  expect(result).not.toHaveProperty('errors');
  return relationshipListsOfPage(captured!, nodeType);
}

describe('relationshipListsOfPage', () => {
  it("names the lists of the relationships selected on the page's nodes", () => {
    expect(listsOf('{ networkInterfaces { edges { node { id virtualIps { id } elasticIps { id } } } } }', 'NetworkInterface')).toEqual(['VirtualIp', 'ElasticIp']);
    expect(listsOf('{ networkInterfaces { totalCount edges { cursor node { id } } } }', 'NetworkInterface')).toEqual([]);
  });

  it('follows aliases, named fragments and inline fragments on the node type or its interfaces', () => {
    const document = `
      query { page: networkInterfaces { ...Page } }
      fragment Page on NetworkInterfaceConnection { all: edges { ... on NetworkInterfaceEdge { node { ...Eni ... on ProviderResource { ... on NetworkInterface { vips: virtualIps { id } } } } } } }
      fragment Eni on Node { ... on NetworkInterface { elasticIps { id } } }`;
    expect(listsOf(document, 'NetworkInterface').sort()).toEqual(['ElasticIp', 'VirtualIp']);
  });

  it('leaves out fields @skip or @include drop, and fragments on other types', () => {
    const document = `query ($skip: Boolean!, $include: Boolean!) {
      networkInterfaces { edges { node { virtualIps @skip(if: $skip) { id } ... on VirtualIp { networkInterfaces { id } } ... @include(if: $include) { elasticIps { id } } } } } }`;
    expect(listsOf(document, 'NetworkInterface', { skip: true, include: false })).toEqual([]);
    expect(listsOf(document, 'NetworkInterface', { skip: false, include: true })).toEqual(['VirtualIp', 'ElasticIp']);
  });

  it('leaves nested relationships, which only some nodes load, to their fields', () => {
    expect(listsOf('{ elasticIps { edges { node { id boundTo { networkInterface { id } virtualIp { id } } } } } }', 'ElasticIp')).toEqual([]);
  });
});

describe('partitionsOfPage', () => {
  it('gives each partition of the page once, in page order', () => {
    const node = (account: string, region: string) => ({ provider: 'ALIBABA' as const, account, region, nativeId: 'x' });
    const page = [node('a', 'r1'), node('a', 'r1'), node('a', 'r2'), node('b', 'r1'), node('a', 'r1')];
    expect(partitionsOfPage(page)).toEqual([node('a', 'r1'), node('a', 'r2'), node('b', 'r1')]);
  });
});
