import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildNetplaneSchema } from '../../src/graphql';
import { alibabaCatalog } from '../../src/providers/alibaba';
import { huaweiCatalog } from '../../src/providers/huawei/error-catalog';

/**
 * The schema is the manual people read in GraphiQL's docs pane: every type, field, argument,
 * input field and enum value says what it is; Relay's node and connection conventions hold.
 */

const schema = buildNetplaneSchema({ catalogs: [alibabaCatalog, huaweiCatalog] });
const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const ownTypes: GraphQLNamedType[] = Object.values(schema.getTypeMap()).filter(
  (t) => !t.name.startsWith('__') && !(isScalarType(t) && BUILT_IN_SCALARS.has(t.name)),
);
const described = (text: string | null | undefined): boolean => typeof text === 'string' && text.trim().length > 0;

function undocumented(): string[] {
  const missing: string[] = [];
  for (const type of ownTypes) {
    // The root operation types are documented by their fields.
    const root = type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType();
    if (!root && !described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

const unwrap = (type: GraphQLType): string => String(type);

describe('schema lint: documentation', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    expect(undocumented()).toEqual([]);
  });
});

describe('schema lint: Relay conventions', () => {
  const connections = ownTypes.filter((t) => isObjectType(t) && t.name.endsWith('Connection'));

  it('has connections to check', () => {
    expect(connections.length).toBeGreaterThanOrEqual(4);
  });

  it('gives every Node implementation a non-null ID', () => {
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('Node is not an interface');
    for (const impl of schema.getPossibleTypes(node)) expect(unwrap(impl.getFields()['id']!.type), impl.name).toBe('ID!');
  });

  it('shapes every connection as edges { cursor node } and pageInfo', () => {
    for (const connection of connections) {
      if (!isObjectType(connection)) continue;
      const fields = connection.getFields();
      expect(unwrap(fields['pageInfo']!.type), connection.name).toBe('PageInfo!');
      const edges = fields['edges']!.type;
      expect(isNonNullType(edges) && isListType(edges.ofType), connection.name).toBe(true);
      const edge = getNamedType(edges);
      if (!isObjectType(edge)) throw new Error(`${connection.name} edges are not objects`);
      expect(unwrap(edge.getFields()['cursor']!.type), edge.name).toBe('String!');
      expect(edge.getFields()['node'], edge.name).toBeDefined();
    }
    const pageInfo = schema.getType('PageInfo');
    if (!isObjectType(pageInfo)) throw new Error('PageInfo missing');
    const f = pageInfo.getFields();
    expect([unwrap(f['hasNextPage']!.type), unwrap(f['hasPreviousPage']!.type), unwrap(f['startCursor']!.type), unwrap(f['endCursor']!.type)]).toEqual([
      'Boolean!',
      'Boolean!',
      'String',
      'String',
    ]);
  });

  it('pages every field returning a connection with first/after/last/before', () => {
    const fieldsReturning = (type: GraphQLNamedType): GraphQLField<unknown, unknown>[] =>
      ownTypes.flatMap((t) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : [])).filter((f) => getNamedType(f.type) === type);
    for (const connection of connections) {
      for (const field of fieldsReturning(connection)) {
        expect(field.args.map((a) => a.name), `${field.name}: ${connection.name}`).toEqual(expect.arrayContaining(['first', 'after', 'last', 'before']));
      }
    }
  });

  it('answers every mutation with a union of its success payload and ProviderError types', () => {
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      const result = getNamedType(field.type);
      if (!isUnionType(result)) throw new Error(`${field.name} does not return a union`);
      const [success, ...errors] = result.getTypes();
      expect(success!.name, field.name).toMatch(/Success$/);
      for (const error of errors) expect(error.getInterfaces().map((i) => i.name), `${field.name}: ${error.name}`).toContain('ProviderError');
    }
  });
});
