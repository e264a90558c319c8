import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestFingerprint } from '../../src/store/fingerprint';
import { canonicalJson } from '../../src/store/json';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: undefined, b: null } })).toBe('{"a":{"b":null,"d":[3,1]},"b":1}');
  });

  it('refuses what JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ n: Number.POSITIVE_INFINITY })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });

  it('parses back to the same value for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('requestFingerprint', () => {
  it('is the same for inputs that differ only in key order or absent optional fields', () => {
    const a = requestFingerprint({ vSwitchId: 'vsw-1', tags: [{ key: 'k', value: 'v' }], name: undefined });
    const b = requestFingerprint({ tags: [{ value: 'v', key: 'k' }], vSwitchId: 'vsw-1' });
    expect(a).toBe(b);
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('differs when any value differs, including list order and a secret field', () => {
    const base = { ips: ['10.0.0.1', '10.0.0.2'], bgpMd5: 'one' };
    expect(requestFingerprint(base)).not.toBe(requestFingerprint({ ...base, ips: ['10.0.0.2', '10.0.0.1'] }));
    expect(requestFingerprint(base)).not.toBe(requestFingerprint({ ...base, bgpMd5: 'two' }));
    expect(requestFingerprint({ count: 1 })).not.toBe(requestFingerprint({ count: '1' }));
  });
});
