/**
 * Keyset cursors: the sort key of the last row a page returned, never an offset, so a cursor stays
 * valid while rows are added before it. Opaque to clients: base64url of a JSON array led by a tag
 * that names the list (`o1` operations, `j1` journal), so a cursor of one list is refused by another.
 */
export class InvalidCursorError extends Error {
  constructor(readonly cursor: string) {
    super('the cursor was not issued by this list');
    this.name = 'InvalidCursorError';
  }
}

export function encodeCursor(tag: string, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([tag, ...key]), 'utf8').toString('base64url');
}

/** The sort key a cursor carries; throws InvalidCursorError for anything this module did not write for `tag`. */
export function decodeCursor(tag: string, cursor: string, arity: number): string[] {
  if (cursor.length === 0 || cursor.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursorError(cursor);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  if (!Array.isArray(parsed) || parsed.length !== arity + 1 || parsed[0] !== tag) throw new InvalidCursorError(cursor);
  const key = parsed.slice(1);
  if (!key.every((part): part is string => typeof part === 'string' && part.length > 0)) throw new InvalidCursorError(cursor);
  return key;
}

/** A page of a keyset-paginated list, in the shape Relay connections need. */
export interface Page<T> {
  edges: Array<{ node: T; cursor: string }>;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface PageRequest {
  /** How many rows (1 to MAX_PAGE_SIZE); DEFAULT_PAGE_SIZE when absent. */
  first?: number;
  /** The cursor of the last row already seen. */
  after?: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export function pageSize(request: PageRequest): number {
  const first = request.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new RangeError(`first must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}

/** Builds the page from `size + 1` fetched rows: the extra row only says whether there is more. */
export function toPage<T>(rows: T[], size: number, cursorOf: (row: T) => string): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ node, cursor: cursorOf(node) }));
  return { edges, hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null };
}
