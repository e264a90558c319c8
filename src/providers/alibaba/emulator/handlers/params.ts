import { PAGE_LIMITS, readObjectList } from '../../wire';
import { ApiFailure } from '../state';

/** Reading request parameters: scalars, paging and the Filter.N lists of the Describe actions. */

export const int = (p: Record<string, string>, key: string): number | undefined => (p[key] === undefined ? undefined : Number(p[key]));
/** An absent or empty parameter. */
export const str = (p: Record<string, string>, key: string): string | undefined => (p[key] === '' ? undefined : p[key]);
/** A documented boolean parameter (true / false; UnassociateHaVip Force: True / False). */
export const bool = (p: Record<string, string>, key: string): boolean | undefined =>
  p[key] === undefined || p[key] === '' ? undefined : p[key]!.toLowerCase() === 'true';

export type PagedAction = keyof typeof PAGE_LIMITS;

/** PageNumber/PageSize paging (reference resources.md §6); a PageSize above the maximum is rejected. */
export function page<T>(action: PagedAction, p: Record<string, string>, items: T[]): { slice: T[]; PageNumber: number; PageSize: number; TotalCount: number } {
  const limits = PAGE_LIMITS[action];
  const pageNumber = int(p, 'PageNumber') ?? 1;
  const pageSize = int(p, 'PageSize') ?? limits.default;
  if (!Number.isInteger(pageNumber) || pageNumber < 1) throw new ApiFailure('InvalidParameter', 'PageNumber');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > limits.max) throw new ApiFailure('InvalidParameter', 'PageSize');
  const start = (pageNumber - 1) * pageSize;
  return { slice: items.slice(start, start + pageSize), PageNumber: pageNumber, PageSize: pageSize, TotalCount: items.length };
}

/** Filter.N.Key / Filter.N.Value.M as key → accepted values (values of one key are OR-ed). */
export function filters(p: Record<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readObjectList(p, 'Filter')) {
    const key = f.fields['Key'];
    if (key) out.set(key, [...(out.get(key) ?? []), ...(f.lists['Value'] ?? [])]);
  }
  return out;
}

const NEXT_TOKEN_PREFIX = 'AAAAA';
export const encodeToken = (offset: number) => `${NEXT_TOKEN_PREFIX}${Buffer.from(String(offset)).toString('base64url')}`;
export function decodeToken(token: string): number {
  const offset = Number(Buffer.from(token.slice(NEXT_TOKEN_PREFIX.length), 'base64url').toString());
  if (!token.startsWith(NEXT_TOKEN_PREFIX) || !Number.isInteger(offset) || offset < 0) throw new ApiFailure('InvalidParameter', 'NextToken');
  return offset;
}

