import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { encodeOperationId, OPERATION_NODE_TYPE } from '../../domain/global-id';
import type { MutationName } from '../../domain/mutations';
import type { ProviderName } from '../../domain/resources';
import { OPERATION_STATUSES, type Operation as StoredOperation, type OperationStatus as StatusValue } from '../../store';
import { enumFrom } from '../common/enum-values';
import { Node } from '../common/node.interface';
import { Provider } from '../common/provider.enum';
import { presentFailure, ProviderError, type ProviderErrorView } from '../errors/provider-error.interface';

/**
 * The GraphQL view of a stored operation (src/store/operations.ts): one mutation's change, from
 * its acceptance to its end, after AWS Cloud Control's ProgressEvent. `resource` is resolved
 * through the request's loaders by OperationResolver (src/graphql/operations/operation.resolver.ts).
 */

export const OperationStatus = enumFrom(OPERATION_STATUSES);
registerEnumType(OperationStatus, {
  name: 'OperationStatus',
  description: 'Where an operation stands. SUCCEEDED, FAILED and TIMED_OUT are final: an operation never leaves them.',
  valuesConfig: {
    PENDING: { description: 'Recorded; the provider has not accepted the change yet.' },
    RUNNING: { description: 'The provider accepted the change and finishes it in the background; netplane follows it.' },
    SUCCEEDED: { description: 'The change is done: `resource` shows its result (null when the change deleted it).' },
    FAILED: { description: 'The provider refused the change or it ended in an error state: `error` says why.' },
    TIMED_OUT: { description: 'netplane stopped following the change after its configured bound; read the resource to see where it stands.' },
  },
});

@ObjectType('OperationTarget', { description: 'What an operation acts on: the partition and, once known, the native id of the resource.' })
export class OperationTarget {
  @Field(() => Provider, { description: 'The cloud the change goes to.' })
  provider!: ProviderName;

  @Field(() => String, { description: 'The configured account of the partition.' })
  account!: string;

  @Field(() => String, { description: 'The region of the partition.' })
  region!: string;

  @Field(() => String, { nullable: true, description: 'The provider-native id of the resource; null for a create until the provider names it.' })
  nativeId!: string | null;
}

/** A stored operation as resolvers hand it out; `record` keeps the stored row for field resolvers. */
export interface OperationView {
  readonly id: string;
  readonly nodeType: typeof OPERATION_NODE_TYPE;
  readonly operationId: string;
  readonly mutation: MutationName;
  readonly target: OperationTarget;
  readonly status: StatusValue;
  readonly providerRequestIds: string[];
  readonly providerJobId: string | null;
  readonly idempotencyKey: string | null;
  readonly error: ProviderErrorView | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
  readonly record: StoredOperation;
}

export function toOperationView(operation: StoredOperation): OperationView {
  return {
    id: encodeOperationId(operation.id),
    nodeType: OPERATION_NODE_TYPE,
    operationId: operation.id,
    mutation: operation.mutation,
    target: {
      provider: operation.provider,
      account: operation.account,
      region: operation.region,
      nativeId: operation.resourceNativeId ?? operation.targetNativeId,
    },
    status: operation.status,
    providerRequestIds: operation.providerRequestIds,
    providerJobId: operation.providerJobId,
    idempotencyKey: operation.idempotencyKey,
    error: operation.error ? presentFailure(operation.error) : null,
    createdAt: operation.createdAt,
    updatedAt: operation.updatedAt,
    finishedAt: operation.finishedAt,
    record: operation,
  };
}

@ObjectType('Operation', {
  implements: Node,
  description:
    'One mutation\'s change, from its acceptance to its end. Synchronous changes come back SUCCEEDED; asynchronous ones (pending statuses, Huawei jobs) are followed by netplane to a final status. Fetch it again with `operation(id:)` or `node(id:)`.',
})
export class Operation extends Node {
  @Field(() => String, { description: 'The mutation field that started it, e.g. `createNetworkInterface`.' })
  mutation!: string;

  @Field(() => OperationTarget, { description: 'The partition and resource the change acts on.' })
  target!: OperationTarget;

  @Field(() => OperationStatus, { description: 'Where the change stands; final statuses are SUCCEEDED, FAILED and TIMED_OUT.' })
  status!: StatusValue;

  @Field(() => [String], { description: 'Every request id the provider answered the operation\'s calls with, in call order (for support tickets).' })
  providerRequestIds!: string[];

  @Field(() => String, { nullable: true, description: 'The provider\'s job id of an asynchronous change (Huawei ECS jobs, read with ShowJob); null otherwise.' })
  providerJobId!: string | null;

  @Field(() => String, { nullable: true, description: 'The idempotency key the mutation was sent with (given or generated): send it again to get this outcome back.' })
  idempotencyKey!: string | null;

  @Field(() => ProviderError, { nullable: true, description: 'Why the change failed (FAILED), as the typed error a mutation answers with; null otherwise.' })
  error!: ProviderErrorView | null;

  @Field(() => String, { description: 'When netplane recorded the operation (ISO-8601, UTC).' })
  createdAt!: string;

  @Field(() => String, { description: 'When the operation last changed (ISO-8601, UTC).' })
  updatedAt!: string;

  @Field(() => String, { nullable: true, description: 'When the operation reached its final status (ISO-8601, UTC); null while it runs.' })
  finishedAt!: string | null;
}
