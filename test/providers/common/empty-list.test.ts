import { describe, expect, it } from 'vitest';
import { noItems, orSharedEmpty } from '../../../src/providers/common/empty-list';

describe('orSharedEmpty', () => {
  it('keeps a list that has items', () => {
    const items = ['a'];
    expect(orSharedEmpty(items)).toBe(items);
  });

  it('answers one shared empty array for every empty list', () => {
    expect(orSharedEmpty([])).toBe(orSharedEmpty<number>([]));
    expect(orSharedEmpty([])).toBe(noItems());
    expect(orSharedEmpty([])).toEqual([]);
  });

  it('shares a frozen array: a mutation throws instead of changing every resource', () => {
    expect(() => noItems<string>().push('x')).toThrow(TypeError);
    expect(noItems()).toHaveLength(0);
  });
});
