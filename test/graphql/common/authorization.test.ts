import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../src/auth/principal';
import { mutationPermission, requireScope } from '../../../src/graphql/common/authorization';
import type { NetplaneContext } from '../../../src/graphql/context';

// Only the principal and the request id matter to these checks; the rest of a context is not built.
const contextOf = (principal: Principal) => ({ requestId: 'req-1', principal }) as NetplaneContext;
const everywhere = { providers: ['*'], accounts: ['*'], regions: ['*'] };

describe('requireScope', () => {
  it('passes a principal holding the scope', () => {
    expect(() => requireScope(contextOf({ id: 'root', kind: 'jwt', grants: [{ scope: 'admin', ...everywhere }] }), 'admin')).not.toThrow();
  });

  it('throws FORBIDDEN naming the scope for one that does not (mutate is not admin)', () => {
    const error = (() => {
      try {
        requireScope(contextOf({ id: 'ops', kind: 'apiKey', grants: [{ scope: 'mutate', ...everywhere }] }), 'admin');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({ code: 'FORBIDDEN', scope: 'admin' });
  });
});

describe('mutationPermission', () => {
  it('is a netplane.PermissionDenied naming the partition, NOT_APPLIED, outside the mutate grants', () => {
    const reader: Principal = { id: 'reader', kind: 'apiKey', grants: [{ scope: 'read', ...everywhere }] };
    const failure = mutationPermission(contextOf(reader), 'allocateElasticIp', { provider: 'HUAWEI', account: 'hw-prod', region: 'cn-north-4' });
    expect(failure).toMatchObject({
      category: 'PermissionDenied',
      code: 'netplane.PermissionDenied',
      provider: 'HUAWEI',
      resourceId: 'HUAWEI/hw-prod/cn-north-4',
      outcome: 'NOT_APPLIED',
      retryable: false,
    });
  });

  it('is null inside them', () => {
    const ops: Principal = { id: 'ops', kind: 'apiKey', grants: [{ scope: 'mutate', providers: ['HUAWEI'], accounts: ['hw-*'], regions: ['*'] }] };
    expect(mutationPermission(contextOf(ops), 'allocateElasticIp', { provider: 'HUAWEI', account: 'hw-prod', region: 'cn-north-4' })).toBeNull();
  });
});
