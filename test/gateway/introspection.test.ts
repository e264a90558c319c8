import { describe, expect, it } from 'vitest';
import { introspectionOnly } from '../../src/gateway/introspection';

describe('introspectionOnly', () => {
  it('is true for queries of __typename, __schema and __type alone, through fragments', () => {
    expect(introspectionOnly('{ __typename }')).toBe(true);
    expect(introspectionOnly('query Q { __schema { types { name } } __type(name: "Query") { name } }')).toBe(true);
    expect(introspectionOnly('{ ...F ... on Query { __typename } } fragment F on Query { __typename }')).toBe(true);
  });

  it('is false for anything that may reach a provider or the store, a mutation, or a document that does not parse', () => {
    expect(introspectionOnly('query Poll17 { networkInterfaces(first: 500) { totalCount } }')).toBe(false);
    expect(introspectionOnly('{ __typename networkInterfaces { totalCount } }')).toBe(false);
    expect(introspectionOnly('{ ...F } fragment F on Query { operation(id: "x") { id } }')).toBe(false);
    expect(introspectionOnly('mutation { __typename }')).toBe(false);
    expect(introspectionOnly('{ __typename ')).toBe(false);
    expect(introspectionOnly(undefined)).toBe(false);
    expect(introspectionOnly(`{ __typename ${' '.repeat(2000)}}`)).toBe(false);
  });
});
