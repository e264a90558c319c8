import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetplaneSchema } from '../../../src/graphql';
import { codeEnumNames, mangleCode, sourceKey } from '../../../src/graphql/errors/provider-error-code.enum';
import { NETPLANE_CATALOG_ENTRIES } from '../../../src/graphql/errors/netplane-errors';
import { alibabaCatalog } from '../../../src/providers/alibaba';
import { huaweiCatalog } from '../../../src/providers/huawei/error-catalog';
import { GraphQLEnumType } from 'graphql';

const VALID_ENUM_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

describe('mangleCode', () => {
  it.each([
    ['InvalidVSwitchId.NotFound', 'INVALID_V_SWITCH_ID_NOT_FOUND'],
    ['Ecs.0005', 'ECS_0005'],
    ['IncorrectInstanceStatus', 'INCORRECT_INSTANCE_STATUS'],
    ['BIND_INSTANCE_OWENER_ERROR', 'BIND_INSTANCE_OWENER_ERROR'],
    ['DCaaS.0001', 'D_CAA_S_0001'],
  ])('%s → %s', (code, name) => {
    expect(mangleCode(code)).toBe(name);
  });
});

describe('ProviderErrorCode names', () => {
  const sources = [
    ...alibabaCatalog.entries.map((e) => ({ namespace: 'ALIBABA', code: e.code })),
    ...huaweiCatalog.entries.map((e) => ({ namespace: 'HUAWEI', code: e.code })),
    ...NETPLANE_CATALOG_ENTRIES.map((e) => ({ namespace: 'NETPLANE', code: e.code })),
  ];

  it('give every (provider, code) of both catalogs its own valid enum name', () => {
    const names = codeEnumNames(sources);
    const distinctSources = new Set(sources.map((s) => sourceKey(s.namespace, s.code)));
    expect(names.size).toBe(distinctSources.size);
    expect(new Set(names.values()).size).toBe(names.size);
    for (const name of names.values()) expect(name).toMatch(VALID_ENUM_NAME);
  });

  it('do not depend on the order of the catalog rows', () => {
    expect([...codeEnumNames([...sources].reverse()).entries()].sort()).toEqual([...codeEnumNames(sources).entries()].sort());
  });

  it('stay injective for codes that mangle alike', () => {
    const names = codeEnumNames([
      { namespace: 'ALIBABA', code: 'A.B' },
      { namespace: 'ALIBABA', code: 'A_B' },
      { namespace: 'ALIBABA', code: 'AB' },
      { namespace: 'ALIBABA', code: 'a.b' },
    ]);
    expect(new Set(names.values()).size).toBe(4);
  });

  it('are injective for any set of codes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 40 }), (codes) => {
        const names = codeEnumNames(codes.map((code) => ({ namespace: 'ALIBABA', code })));
        return names.size === codes.length && new Set(names.values()).size === codes.length && [...names.values()].every((n) => VALID_ENUM_NAME.test(n));
      }),
    );
  });

  it('carry the verbatim code in each enum value\'s description', () => {
    const schema = buildNetplaneSchema({ catalogs: [alibabaCatalog, huaweiCatalog] });
    const type = schema.getType('ProviderErrorCode');
    expect(type).toBeInstanceOf(GraphQLEnumType);
    const values = (type as GraphQLEnumType).getValues();
    const names = codeEnumNames(sources);
    expect(values).toHaveLength(names.size);
    for (const source of sources) {
      const value = values.find((v) => v.name === names.get(sourceKey(source.namespace, source.code)));
      expect(value?.description, source.code).toContain(`\`${source.code}\``);
    }
  });
});
