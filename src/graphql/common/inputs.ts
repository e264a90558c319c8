/** GraphQL hands unset nullable input fields over as null (or not at all); the domain wants them absent. */
export type WithoutNulls<T> = { [K in keyof T]?: Exclude<T[K], null> };

export function withoutNulls<T extends object>(input: T): WithoutNulls<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) if (value !== null && value !== undefined) out[key] = value;
  return out as WithoutNulls<T>;
}

export function partitionOf<T extends { provider: unknown; account: string; region: string }>(
  ref: T,
): { provider: T['provider']; account: string; region: string } {
  return { provider: ref.provider, account: ref.account, region: ref.region };
}

/**
 * A provider's not-found answer rarely names the id; when the catalog says the code is about the
 * kind of resource the mutation targeted, the id is the one the client sent.
 */
export function withTargetId<F extends { category: string; resourceType?: string | null; resourceId?: string | null }>(
  failure: F,
  resourceType: string,
  nativeId: string,
): F {
  if (failure.category !== 'ResourceNotFound' || failure.resourceId || failure.resourceType !== resourceType) return failure;
  return { ...failure, resourceId: nativeId };
}
