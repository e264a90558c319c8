import { GraphQLError } from 'graphql';
import { holdsScope, permits, type Scope } from '../../auth/principal';
import type { ProviderFailure } from '../../domain/errors';
import type { MutationName } from '../../domain/mutations';
import type { Partition } from '../../domain/resources';
import type { NetplaneContext } from '../context';
import { mutationFailure } from './mutation-target';

/**
 * Scope checks of the GraphQL layer. Reads need none here: each request's AdapterDirectory lists
 * only the partitions its principal may read (src/auth/scoped-directory.ts).
 */

/**
 * PermissionDenied when the caller may not mutate the target's partition, checked before the
 * partition is looked up: the answer is the same whether or not it is configured, and no provider
 * is called.
 */
export function mutationPermission(context: NetplaneContext, mutation: MutationName, target: Partition): ProviderFailure | null {
  if (permits(context.principal, 'mutate', target)) return null;
  return mutationFailure(
    context,
    mutation,
    'permissionDenied',
    `"${context.principal.id}" may not ${mutation} in ${target.provider}/${target.account}/${target.region}: no mutate grant covers that partition.`,
    { provider: target.provider, resourceType: 'Partition', resourceId: `${target.provider}/${target.account}/${target.region}` },
  );
}

/**
 * For fields that need a scope regardless of partition (the audit log: admin). Throws a FORBIDDEN
 * error, located at the field, when the caller does not hold it.
 */
export function requireScope(context: NetplaneContext, scope: Scope): void {
  if (holdsScope(context.principal, scope)) return;
  throw new GraphQLError(`"${context.principal.id}" does not hold the ${scope} scope this field needs.`, {
    extensions: { code: 'FORBIDDEN', scope },
  });
}
