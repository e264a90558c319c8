import { defaultFieldResolver, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId, NODE_TYPES } from '../../../src/domain/global-id';
import type { ResourceRef } from '../../../src/domain/resources';
import { buildNetplaneSchema } from '../../../src/graphql';
import { asNode } from '../../../src/graphql/common/node.interface';
import { alibabaCatalog } from '../../../src/providers/alibaba';
import { huaweiCatalog } from '../../../src/providers/huawei';

const eni: ResourceRef = { provider: 'ALIBABA', account: 'acme', region: 'cn-hangzhou', nativeId: 'eni-1' };

describe('node views', () => {
  it('carry the resource and its type as their own properties, not a Relay id (made when a query reads it)', () => {
    const node = asNode('NetworkInterface', eni);
    expect({ ...node }).toEqual({ nodeType: 'NetworkInterface', ...eni });
    expect(Object.keys(node)).toEqual(['nodeType', ...Object.keys(eni)]);
    expect(Object.hasOwn(node, 'id')).toBe(false);
    expect(JSON.parse(JSON.stringify(node))).toEqual({ nodeType: 'NetworkInterface', ...eni });
  });

  it('give the Relay id of their type and resource, made once per view', () => {
    const node = asNode('NetworkInterface', eni);
    const id = node.id;
    expect(id).toBe(encodeGlobalId('NetworkInterface', eni));
    expect(decodeGlobalId(id)).toEqual({ type: 'NetworkInterface', ...eni });
    expect(node.id).toBe(id);
  });

  it('answer `id` through the schema for every resource type, as a property read (no resolver)', () => {
    const schema = buildNetplaneSchema({ catalogs: [alibabaCatalog, huaweiCatalog] });
    for (const nodeType of NODE_TYPES) {
      const type = schema.getType(nodeType);
      if (!isObjectType(type)) throw new Error(`${nodeType} is not an object type`);
      expect(type.getFields()['id']?.resolve, nodeType).toBeUndefined();
      const node = asNode(nodeType, eni);
      expect(defaultFieldResolver(node, {}, {}, { fieldName: 'id' } as never)).toBe(encodeGlobalId(nodeType, eni));
    }
  });
});
