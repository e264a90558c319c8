import fc from 'fast-check';
import { GraphQLError, Kind, parse, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Partition, ResourceRef } from '../../../src/domain/resources';
import { paginate, paginateSegments, selectPartitions, sortResources, walkDirection } from '../../../src/graphql/common/connection';
import { encodeCursor } from '../../../src/graphql/common/cursor';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../src/graphql/common/page-limits';

const item = (provider: 'ALIBABA' | 'HUAWEI', account: string, region: string, nativeId: string): ResourceRef => ({
  provider,
  account,
  region,
  nativeId,
});

const merged = [
  item('HUAWEI', 'acct-b', 'ap-southeast-1', 'p-2'),
  item('ALIBABA', 'acct-a', 'cn-shanghai', 'eni-9'),
  item('HUAWEI', 'acct-a', 'ap-southeast-1', 'p-1'),
  item('ALIBABA', 'acct-a', 'cn-hangzhou', 'eni-2'),
  item('ALIBABA', 'acct-a', 'cn-hangzhou', 'eni-1'),
  item('ALIBABA', 'acct-b', 'cn-hangzhou', 'eni-0'),
];
const ids = (items: { nativeId: string }[]): string[] => items.map((i) => i.nativeId);

describe('sortResources', () => {
  it('orders merged partitions by provider, account, region, nativeId whatever order they arrived in', () => {
    const expected = ['eni-1', 'eni-2', 'eni-9', 'eni-0', 'p-1', 'p-2'];
    expect(ids(sortResources(merged))).toEqual(expected);
    expect(ids(sortResources([...merged].reverse()))).toEqual(expected);
  });
});

describe('paginate', () => {
  const sorted = sortResources(merged);

  it('pages forward with first/after until the end', () => {
    const page1 = paginate(sorted, { first: 4 });
    expect(ids(page1.edges.map((e) => e.node))).toEqual(['eni-1', 'eni-2', 'eni-9', 'eni-0']);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = paginate(sorted, { first: 4, after: page1.pageInfo.endCursor });
    expect(ids(page2.edges.map((e) => e.node))).toEqual(['p-1', 'p-2']);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('pages backward with last/before', () => {
    const tail = paginate(sorted, { last: 2 });
    expect(ids(tail.edges.map((e) => e.node))).toEqual(['p-1', 'p-2']);
    const before = paginate(sorted, { last: 3, before: tail.pageInfo.startCursor });
    expect(ids(before.edges.map((e) => e.node))).toEqual(['eni-2', 'eni-9', 'eni-0']);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('keeps a cursor meaningful when its item is gone', () => {
    const cursor = encodeCursor(item('ALIBABA', 'acct-a', 'cn-hangzhou', 'eni-15'));
    expect(ids(paginate(sorted, { first: 2, after: cursor }).edges.map((e) => e.node))).toEqual(['eni-2', 'eni-9']);
  });

  it('gives each edge the cursor of its node', () => {
    for (const edge of paginate(sorted, {}).edges) expect(edge.cursor).toBe(encodeCursor(edge.node));
  });

  it(`returns ${DEFAULT_PAGE_SIZE} items when neither first nor last is given`, () => {
    const many = sortResources(Array.from({ length: DEFAULT_PAGE_SIZE + 5 }, (_, i) => item('ALIBABA', 'a', 'r', `eni-${String(i).padStart(3, '0')}`)));
    const page = paginate(many, {});
    expect(page.edges).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('returns an empty page for first: 0', () => {
    expect(paginate(sorted, { first: 0 }).edges).toEqual([]);
  });

  it.each([
    [{ first: MAX_PAGE_SIZE + 1 }, /"first" must be between 0 and 500/],
    [{ last: -1 }, /"last" must be between 0 and 500/],
    [{ after: 'garbage!' }, /"after" is not a cursor/],
    [{ before: 'Zm9v' }, /"before" is not a cursor/],
  ])('rejects %j with a user error', (args, message) => {
    let thrown: unknown;
    try {
      paginate(sorted, args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).message).toMatch(message);
    expect((thrown as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('paginateSegments', () => {
  // The fleet in segments as fanOutConnection holds it: one per partition, some empty.
  const fleet = sortResources(
    ['a', 'b', 'c'].flatMap((account) => Array.from({ length: 7 }, (_, i) => item('ALIBABA', account, 'r', `eni-${i}`))),
  );
  const cut = (sorted: readonly ResourceRef[], at: readonly number[]): ResourceRef[][] => {
    const bounds = [...new Set([0, ...at, sorted.length])].sort((x, y) => x - y);
    return bounds.slice(1).map((bound, i) => sorted.slice(bounds[i], bound));
  };
  const cursorAt = (i: number, shift: string) => ({ ...fleet[i]!, nativeId: `${fleet[i]!.nativeId}${shift}` });
  const key = (ref: ResourceRef) => [ref.provider, ref.account, ref.region, ref.nativeId].join('\u0000');
  /** The Relay rules by a linear scan of the whole list. */
  const reference = (args: { first?: number; last?: number; after?: ResourceRef; before?: ResourceRef }) => {
    const start = args.after ? fleet.filter((ref) => key(ref) <= key(args.after!)).length : 0;
    let end = args.before ? Math.max(start, fleet.filter((ref) => key(ref) < key(args.before!)).length) : fleet.length;
    let from = start;
    if (args.first !== undefined) end = Math.min(end, from + args.first);
    if (args.last !== undefined) from = Math.max(from, end - args.last);
    if (args.first === undefined && args.last === undefined) end = Math.min(end, from + DEFAULT_PAGE_SIZE);
    return { nodes: fleet.slice(from, end), hasPreviousPage: from > 0, hasNextPage: end < fleet.length };
  };

  it('pages the segments as a linear scan pages their concatenation, cursors between or on items included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: fleet.length }), { maxLength: 6 }),
        fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: fleet.length - 1 }), fc.constantFrom('', '-', '~')), { nil: undefined }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: fleet.length - 1 }), fc.constantFrom('', '-', '~')), { nil: undefined }),
        (at, first, last, after, before) => {
          const refs = { first, last, after: after && cursorAt(...after), before: before && cursorAt(...before) };
          const page = paginateSegments(cut(fleet, at), { first, last, after: refs.after && encodeCursor(refs.after), before: refs.before && encodeCursor(refs.before) }, 7);
          const expected = reference(refs);
          expect(page.edges.map((e) => e.node)).toEqual(expected.nodes);
          expect(page.edges.map((e) => e.cursor)).toEqual(expected.nodes.map((node) => encodeCursor(node, 7)));
          expect(page.pageInfo).toMatchObject({ hasPreviousPage: expected.hasPreviousPage, hasNextPage: expected.hasNextPage });
        },
      ),
    );
  });

  it('finds an after cursor past the end of a segment at the start of the next', () => {
    const segments = cut(fleet, [7, 14]);
    const page = paginateSegments(segments, { first: 2, after: encodeCursor(fleet[6]!) });
    expect(page.edges.map((e) => e.node)).toEqual([fleet[7], fleet[8]]);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });
});

describe('selectPartitions', () => {
  const all: Partition[] = [
    { provider: 'ALIBABA', account: 'a', region: 'cn-hangzhou' },
    { provider: 'ALIBABA', account: 'b', region: 'cn-shanghai' },
    { provider: 'HUAWEI', account: 'a', region: 'ap-southeast-1' },
  ];

  it('selects every partition without a filter, and for empty lists', () => {
    expect(selectPartitions(all, {})).toEqual(all);
    expect(selectPartitions(all, { providers: [], accounts: null })).toEqual(all);
  });

  it('intersects the provider, account and region lists', () => {
    expect(selectPartitions(all, { providers: ['ALIBABA'] })).toHaveLength(2);
    expect(selectPartitions(all, { accounts: ['a'], regions: ['ap-southeast-1', 'cn-hangzhou'] })).toEqual([all[0], all[2]]);
    expect(selectPartitions(all, { providers: ['HUAWEI'], accounts: ['b'] })).toEqual([]);
  });
});

describe('walkDirection', () => {
  /** The field nodes of the document's first root field. */
  const fieldNodes = (document: string): FieldNode[] => {
    const operation = parse(document).definitions[0]!;
    if (operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
    return [operation.selectionSet.selections[0] as FieldNode];
  };
  const cursor = encodeCursor(item('ALIBABA', 'a', 'cn-hangzhou', 'eni-1'));

  it('a page asked with one cursor walks: forward after it, backward before it; with both it is a window, not a walk', () => {
    expect(walkDirection({ first: 5, after: cursor })).toBe('forward');
    expect(walkDirection({ last: 5, before: cursor })).toBe('backward');
    expect(walkDirection({ first: 5, after: cursor, before: cursor })).toBeNull();
  });

  it("a first page walks when its document writes the field's cursor argument (null this time), as a client written to page asks it", () => {
    expect(walkDirection({ first: 5, after: null }, fieldNodes('query ($after: String) { networkInterfaces(first: 5, after: $after) { totalCount } }'))).toBe('forward');
    expect(walkDirection({ last: 5 }, fieldNodes('query ($before: String) { networkInterfaces(last: 5, before: $before) { totalCount } }'))).toBe('backward');
  });

  it("a first page whose document has no cursor argument (a dashboard's), or both, does not walk", () => {
    expect(walkDirection({ first: 5 }, fieldNodes('{ networkInterfaces(first: 5) { totalCount } }'))).toBeNull();
    expect(walkDirection({ first: 5 })).toBeNull();
    expect(walkDirection({ first: 5 }, fieldNodes('query ($a: String, $b: String) { networkInterfaces(first: 5, after: $a, before: $b) { totalCount } }'))).toBeNull();
  });
});
