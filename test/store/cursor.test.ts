import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError, pageSize, toPage } from '../../src/store/cursor';

describe('keyset cursors', () => {
  it('round-trip the sort key of their list', () => {
    const cursor = encodeCursor('o1', ['2026-01-01T00:00:00.000Z', 'op-1']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('o1', cursor, 2)).toEqual(['2026-01-01T00:00:00.000Z', 'op-1']);
  });

  it('refuse cursors of another list, of another shape, or not written by this module', () => {
    const journal = encodeCursor('j1', ['7']);
    for (const bad of [journal, encodeCursor('o1', ['only-one']), 'not base64!', '', Buffer.from('{"a":1}').toString('base64url'), encodeCursor('o1', ['', 'x'])]) {
      expect(() => decodeCursor('o1', bad, 2)).toThrow(InvalidCursorError);
    }
  });

  it('build a page from one row more than asked, whose presence alone says there is a next page', () => {
    const page = toPage(['a', 'b', 'c'], 2, (row) => `c-${row}`);
    expect(page).toEqual({ edges: [{ node: 'a', cursor: 'c-a' }, { node: 'b', cursor: 'c-b' }], hasNextPage: true, endCursor: 'c-b' });
    expect(toPage([], 2, (row: string) => row)).toEqual({ edges: [], hasNextPage: false, endCursor: null });
  });

  it('take page sizes from 1 to 500, 50 by default', () => {
    expect(pageSize({})).toBe(50);
    expect(pageSize({ first: 500 })).toBe(500);
    for (const first of [0, 501, 1.5, -1]) expect(() => pageSize({ first })).toThrow(RangeError);
  });
});
