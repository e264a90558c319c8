import { describe, expect, it } from 'vitest';
import { shareEqualStrings } from '../../src/cache/shared-strings';

// Which copy of a string a field holds is not observable from JavaScript: these tests pin what is
// (nothing read changes, frozen values are left alone); the memory it saves is the bench's (target 6).
describe('shareEqualStrings', () => {
  it('leaves every value of the items as it was, nested objects and arrays included', () => {
    const make = () => [
      { nativeId: 'eni-1', zone: JSON.parse('"cn-hangzhou-a"') as string, ips: [{ address: '10.0.0.1', primary: true }], groups: ['sg-1', 'sg-2'], attachment: null, count: 3 },
      { nativeId: 'eni-2', zone: JSON.parse('"cn-hangzhou-a"') as string, ips: [{ address: '10.0.0.1', primary: false }], groups: ['sg-1'], attachment: { instanceId: 'i-1' }, count: 0 },
    ];
    const items = make();
    shareEqualStrings(items);
    expect(items).toEqual(make());
  });

  it('leaves frozen values (the shared empty array) and non-object items alone', () => {
    const empty = Object.freeze([]) as unknown as string[];
    const items: unknown[] = [{ tags: empty, name: 'a' }, 'plain', null, 7];
    expect(() => shareEqualStrings(items)).not.toThrow();
    expect(items).toEqual([{ tags: [], name: 'a' }, 'plain', null, 7]);
    expect((items[0] as { tags: string[] }).tags).toBe(empty);
  });
});
