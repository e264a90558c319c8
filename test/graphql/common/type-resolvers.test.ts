import { isAbstractType, type GraphQLAbstractType, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildNetplaneSchema } from '../../../src/graphql';
import { alibabaCatalog } from '../../../src/providers/alibaba';
import { huaweiCatalog } from '../../../src/providers/huawei/error-catalog';

const schema = buildNetplaneSchema({ catalogs: [alibabaCatalog, huaweiCatalog] });
const resolve = (typeName: string, value: object) => {
  const type = schema.getType(typeName) as GraphQLAbstractType;
  return type.resolveType!(value, {}, {} as GraphQLResolveInfo, type);
};

describe('installSynchronousTypeResolvers (buildNetplaneSchema)', () => {
  it('resolves a failure to its category synchronously, as the compiled path needs', () => {
    expect(resolve('ProviderError', { category: 'Throttled' })).toBe('Throttled');
  });

  it('resolves a node to its type synchronously', () => {
    expect(resolve('Node', { nodeType: 'ElasticIp' })).toBe('ElasticIp');
  });

  it('resolves a mutation result union to the success or the failure category synchronously', () => {
    const union = Object.values(schema.getTypeMap()).find((type) => isAbstractType(type) && type.name.endsWith('Result'))!;
    expect(resolve(union.name, { category: 'ResourceNotFound' })).toBe('ResourceNotFound');
    expect(resolve(union.name, {})).toBe(union.name.replace(/Result$/, 'Success'));
  });
});
