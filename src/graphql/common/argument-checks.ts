import { GraphQLError } from 'graphql';
import { isIP } from 'node:net';
import { decodeGlobalId, decodeOperationId, type DecodedGlobalId } from '../../domain/global-id';
import { decodeCursor, type SortKey } from './cursor';
import { FILTER_FIELD_LIMITS, type ValueLimit } from './filter-limits';
import { MAX_PAGE_SIZE } from './page-limits';

/**
 * Checks of arguments the gateway can judge from the request alone — list filters against the
 * providers' documented limits, cursors, global ids. Each returns the error (or null) so it can run
 * twice without being written twice: before execution, from the gateway's input-checks plugin
 * (a request error: 400, no data, no provider call), and in the resolvers themselves, so the schema
 * is safe wherever it is executed.
 */

export type ArgumentPath = readonly (string | number)[];

const pathText = (path: ArgumentPath): string =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');

/** BAD_USER_INPUT naming the argument (`filter.tags[2].key`), as `argument` in the extensions. */
export function badUserInput(message: string, path: ArgumentPath): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument: pathText(path) } });
}

function badValue(value: unknown, limit: ValueLimit, path: ArgumentPath): GraphQLError | null {
  if (value == null) return null;
  if (Array.isArray(value)) {
    if (limit.maxItems !== undefined && value.length > limit.maxItems) {
      return badUserInput(`"${pathText(path)}" holds ${value.length} entries; at most ${limit.maxItems} are accepted.`, path);
    }
    for (let i = 0; i < value.length; i++) {
      const bad = badValue(value[i], { ...limit, maxItems: undefined }, [...path, i]);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof value === 'string') {
    if (limit.maxLength !== undefined && value.length > limit.maxLength) {
      return badUserInput(`"${pathText(path)}" is ${value.length} characters long; at most ${limit.maxLength} are accepted.`, path);
    }
    if (limit.ipAddress && isIP(value) === 0) return badUserInput(`"${pathText(path)}" is not an IPv4 or IPv6 address.`, path);
    return null;
  }
  if (typeof value === 'object' && limit.fields) {
    for (const [field, fieldLimit] of Object.entries(limit.fields)) {
      const bad = badValue((value as Record<string, unknown>)[field], fieldLimit, [...path, field]);
      if (bad) return bad;
    }
  }
  return null;
}

/** The first field of a list filter beyond its documented limit (src/graphql/common/filter-limits.ts). */
export function badListFilter(filter: object | null | undefined, path: ArgumentPath = ['filter']): GraphQLError | null {
  if (filter == null) return null;
  for (const [field, limit] of Object.entries(FILTER_FIELD_LIMITS)) {
    const bad = badValue((filter as Record<string, unknown>)[field], limit, [...path, field]);
    if (bad) return bad;
  }
  return null;
}

/** A cursor this connection did not write (forged, truncated, another API's) is the caller's error. */
export function cursorOrError(cursor: string, argument: string): SortKey | GraphQLError {
  return decodeCursor(cursor) ?? badUserInput(`"${argument}" is not a cursor returned by this connection.`, [argument]);
}

/**
 * A malformed global id is the caller's error; a well-formed id of a resource that is missing (or
 * of a partition that is not configured) is not — node() answers null for it.
 */
export function globalIdOrError(id: string, path: ArgumentPath): DecodedGlobalId | GraphQLError {
  return decodeGlobalId(id) ?? badUserInput(`"${pathText(path)}" is not a netplane id (ids come from the \`id\` field of a resource).`, path);
}

export function badNodeIds(ids: readonly string[], argument = 'ids'): GraphQLError | null {
  if (ids.length > MAX_PAGE_SIZE) return badUserInput(`"${argument}" holds ${ids.length} ids; the maximum is ${MAX_PAGE_SIZE}.`, [argument]);
  for (let i = 0; i < ids.length; i++) {
    if (decodeOperationId(ids[i] as string)) continue;
    const decoded = globalIdOrError(ids[i] as string, [argument, i]);
    if (decoded instanceof GraphQLError) return decoded;
  }
  return null;
}

export interface FieldCoordinate {
  parentType: string;
  field: string;
  /** The named type the field returns (connections end in "Connection"). */
  returnType: string;
}

/** The first bad argument of one field of an operation, or null. */
export function badArgumentOf(coordinate: FieldCoordinate, args: Readonly<Record<string, unknown>>): GraphQLError | null {
  // The store's connections (operations, the audit log) check their own filters and cursors.
  const storeConnection = coordinate.parentType === 'Query' && (coordinate.field === 'operations' || coordinate.field === 'auditLog');
  const isConnection = coordinate.returnType.endsWith('Connection') && !storeConnection;
  for (const [name, value] of Object.entries(args)) {
    if (value == null) continue;
    let bad: GraphQLError | null = null;
    if (isConnection && name === 'filter' && typeof value === 'object') bad = badListFilter(value, [name]);
    else if (isConnection && (name === 'after' || name === 'before') && typeof value === 'string') {
      const key = cursorOrError(value, name);
      bad = key instanceof GraphQLError ? key : null;
    } else if (coordinate.parentType === 'Query' && coordinate.field === 'node' && name === 'id' && typeof value === 'string' && !decodeOperationId(value)) {
      const id = globalIdOrError(value, [name]);
      bad = id instanceof GraphQLError ? id : null;
    } else if (coordinate.parentType === 'Query' && coordinate.field === 'nodes' && name === 'ids' && Array.isArray(value)) {
      bad = badNodeIds(value as string[], name);
    }
    if (bad) return bad;
  }
  return null;
}
