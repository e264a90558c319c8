import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const MAX_UINT32 = 4_294_967_295;

function asUInt32(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_UINT32) {
    throw new GraphQLError(`UInt32 must be an integer between 0 and ${MAX_UINT32}, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/**
 * GraphQL `Int` is a signed 32-bit integer, but BGP ASNs go up to 4294967295 (4-byte ASNs, RFC 6793).
 * A dedicated scalar keeps the value an exact JSON number and rejects fractions and out-of-range
 * values at the edge, which `Float` would let through.
 */
export const UInt32 = new GraphQLScalarType<number, number>({
  name: 'UInt32',
  description: `An unsigned 32-bit integer (0 to ${MAX_UINT32}), serialized as a JSON number.`,
  serialize: asUInt32,
  parseValue: asUInt32,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new GraphQLError('UInt32 must be an integer literal.', { nodes: ast });
    return asUInt32(Number(ast.value));
  },
});
