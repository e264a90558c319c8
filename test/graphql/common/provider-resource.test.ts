import { isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '../../../src/domain/global-id';
import { buildNetplaneSchema } from '../../../src/graphql';
import { alibabaCatalog } from '../../../src/providers/alibaba';
import { huaweiCatalog } from '../../../src/providers/huawei';

describe('ProviderResource', () => {
  const schema = buildNetplaneSchema({ catalogs: [alibabaCatalog, huaweiCatalog] });

  it('is implemented by every node type, with the location, native id and verbatim status fields', () => {
    const iface = schema.getType('ProviderResource');
    expect(isInterfaceType(iface)).toBe(true);
    if (!isInterfaceType(iface)) return;
    expect(Object.keys(iface.getFields()).sort()).toEqual(['account', 'id', 'name', 'nativeId', 'provider', 'providerStatus', 'region']);
    expect(iface.getInterfaces().map((i) => i.name)).toEqual(['Node']);
    for (const name of NODE_TYPES) {
      const type = schema.getType(name);
      expect(isObjectType(type), name).toBe(true);
      if (isObjectType(type)) expect(type.getInterfaces().map((i) => i.name).sort(), name).toEqual(['Node', 'ProviderResource']);
    }
  });

  it('resolves a plain domain object to its node type', async () => {
    const iface = schema.getType('ProviderResource');
    if (!isInterfaceType(iface)) throw new Error('ProviderResource is not an interface');
    // type-graphql wraps the resolveType it was given in an async function.
    const resolve = iface.resolveType as unknown as (value: { nodeType: string }) => Promise<string>;
    for (const nodeType of NODE_TYPES) expect(await resolve({ nodeType })).toBe(nodeType);
  });
});
