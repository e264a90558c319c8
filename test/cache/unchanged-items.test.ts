import { describe, expect, it } from 'vitest';
import { reuseUnchanged, sameValue } from '../../src/cache/unchanged-items';

describe('sameValue', () => {
  it('compares plain objects, arrays and primitives by structure, key order aside', () => {
    expect(sameValue({ a: 1, b: [{ c: 'x' }], d: null }, { d: null, b: [{ c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: [] }, { a: {} })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });
});

describe('reuseUnchanged', () => {
  const eni = (nativeId: string, status = 'AVAILABLE') => ({ nativeId, status, privateIps: [{ address: '10.0.0.1' }] });

  it('returns the previous list itself when every item is equal and in place', () => {
    const previous = [eni('a'), eni('b')];
    expect(reuseUnchanged(previous, [eni('a'), eni('b')])).toBe(previous);
  });

  it('keeps the previous objects of unchanged items, matched in place or by native id, and the new ones of changed items', () => {
    const previous = [eni('a'), eni('b'), eni('c')];
    const next = [eni('c'), eni('a', 'IN_USE'), eni('b'), eni('d')];
    const out = reuseUnchanged(previous, next);
    expect(out).not.toBe(previous);
    expect(out).toEqual(next);
    expect(out[0]).toBe(previous[2]);
    expect(out[1]).toBe(next[1]);
    expect(out[2]).toBe(previous[1]);
    expect(out[3]).toBe(next[3]);
  });

  it('a shorter list is a new list, even when its items are all kept', () => {
    const previous = [eni('a'), eni('b')];
    const out = reuseUnchanged(previous, [eni('a')]);
    expect(out).not.toBe(previous);
    expect(out[0]).toBe(previous[0]);
  });
});
