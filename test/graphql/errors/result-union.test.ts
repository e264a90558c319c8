import type { GraphQLInterfaceType} from 'graphql';
import { GraphQLUnionType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATEGORIES, type ErrorCategory, type ProviderFailure } from '../../../src/domain/errors';
import { encodeGlobalId, NODE_TYPES } from '../../../src/domain/global-id';
import { mutationDescriptor } from '../../../src/domain/mutations';
import { MUTATION_NAMES, operationsOf, providersOf } from '../../../src/domain/operations';
import { buildNetplaneSchema } from '../../../src/graphql';
import { NETPLANE_MUTATION_CATEGORIES, resultCategories, resultUnion } from '../../../src/graphql/errors/result-union.factory';
import { mutationPayloadType } from '../../../src/graphql/mutations/mutation-payload.factory';
import { alibabaCatalog } from '../../../src/providers/alibaba';
import { huaweiCatalog } from '../../../src/providers/huawei/error-catalog';

const catalogs = [alibabaCatalog, huaweiCatalog];
let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildNetplaneSchema({ catalogs });
});

function failure(category: ErrorCategory): ProviderFailure {
  return {
    category,
    provider: 'ALIBABA',
    operation: 'AssignPrivateIpAddresses',
    code: 'Some.Code',
    httpStatus: 400,
    message: 'm',
    requestId: 'r',
    retryable: false,
    documented: true,
    description: null,
  };
}

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

async function resolvedName(type: GraphQLUnionType | GraphQLInterfaceType, value: object): Promise<string | undefined> {
  return type.resolveType!(value, {}, {} as GraphQLResolveInfo, type);
}

describe.each(MUTATION_NAMES)('%sResult', (mutation) => {
  const unionName = `${pascal(mutation)}Result`;

  it('has the success type and exactly the categories of its providers\' catalog entries plus netplane\'s own', () => {
    const union = schema.getType(unionName);
    expect(union).toBeInstanceOf(GraphQLUnionType);
    const expected = new Set<ErrorCategory>(NETPLANE_MUTATION_CATEGORIES);
    for (const provider of providersOf(mutation)) {
      const catalog = catalogs.find((c) => c.provider === provider)!;
      for (const operation of operationsOf(mutation, provider)) for (const entry of catalog.forOperation(operation)) expected.add(entry.category);
    }
    const members = (union as GraphQLUnionType).getTypes().map((t) => t.name);
    expect(members[0]).toBe(`${pascal(mutation)}Success`);
    expect(new Set(members.slice(1))).toEqual(expected);
    expect(resultCategories(mutation, catalogs)).toEqual(ERROR_CATEGORIES.filter((c) => expected.has(c)));
  });

  it('resolves a plain success payload to the success type', async () => {
    const union = schema.getType(unionName) as GraphQLUnionType;
    expect(await resolvedName(union, { requestId: 'r' })).toBe(`${pascal(mutation)}Success`);
  });

  it.each(resultCategories(mutation, catalogs))('resolves a plain %s failure to its type', async (category) => {
    const union = schema.getType(unionName) as GraphQLUnionType;
    expect(await resolvedName(union, failure(category))).toBe(category);
  });
});

describe('ProviderError', () => {
  it.each(ERROR_CATEGORIES)('resolves a plain %s failure to the type of that name, which implements it', async (category) => {
    const type = schema.getType('ProviderError') as GraphQLInterfaceType;
    expect(await resolvedName(type, failure(category))).toBe(category);
    expect(schema.getPossibleTypes(type).map((t) => t.name)).toContain(category);
  });
});

describe('Node', () => {
  it.each(NODE_TYPES)('resolves a loaded %s to its type', async (nodeType) => {
    const type = schema.getType('Node') as GraphQLInterfaceType;
    const ref = { provider: 'HUAWEI' as const, account: 'a', region: 'r', nativeId: 'n' };
    expect(await resolvedName(type, { ...ref, id: encodeGlobalId(nodeType, ref), nodeType })).toBe(nodeType);
  });
});

const unionOf = (mutation: (typeof MUTATION_NAMES)[number]) => resultUnion(mutation, mutationPayloadType(mutationDescriptor(mutation)));

describe('a failure whose category is not in the union', () => {
  it('comes back as UnknownProviderError with the verbatim code kept', () => {
    // Some mutation's providers document no error of some category (e.g. no quota on a delete).
    const union = MUTATION_NAMES.map(unionOf).find((u) => ERROR_CATEGORIES.some((c) => !u.categories.includes(c)));
    if (!union) throw new Error('every union has every category: nothing to check');
    const outside = ERROR_CATEGORIES.find((c) => !union.categories.includes(c))!;
    const member = union.failure({ ...failure(outside), code: 'Odd.Code' }, 'gateway-id');
    expect(member.category).toBe('UnknownProviderError');
    expect(member.code).toBe('Odd.Code');
    expect(member.outcome).toBe('UNKNOWN');
    expect(member.requestId).toBe('r');
  });

  it('keeps the provider request id, and falls back to the gateway\'s when no provider answered', () => {
    const union = unionOf('createVifPeer');
    expect(union.failure(failure('InvalidParameter'), 'gateway-id').requestId).toBe('r');
    expect(union.failure({ ...failure('InvalidParameter'), requestId: null }, 'gateway-id').requestId).toBe('gateway-id');
  });
});
