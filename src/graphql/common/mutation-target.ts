import type { MutationHandlers, ProviderAdapter } from '../../domain/adapter';
import type { ProviderFailure } from '../../domain/errors';
import { decodeGlobalId, type NodeTypeName } from '../../domain/global-id';
import { providerOperation, providersOf, type MutationName } from '../../domain/operations';
import type { Partition, ProviderName, ResourceRef } from '../../domain/resources';
import type { NetplaneContext } from '../context';
import { netplaneFailure, type NetplaneErrorName } from '../errors/netplane-errors';

export type Target<M extends MutationName, R extends Partition> =
  | { ok: true; target: R; operation: string; handler: NonNullable<MutationHandlers[M]> }
  | { ok: false; failure: ProviderFailure };

export interface ResourceTargetInput {
  mutation: MutationName;
  type: NodeTypeName;
  id: string | null | undefined;
  ref: ResourceRef | null | undefined;
  idField: string;
  refField: string;
}

/** Failures raised before the target's provider is known name the (first) provider offering the mutation. */
function failure(
  context: NetplaneContext,
  mutation: MutationName,
  name: NetplaneErrorName,
  message: string,
  details: { provider?: ProviderName; parameter?: string; resourceType?: string; resourceId?: string } = {},
): { ok: false; failure: ProviderFailure } {
  const provider = details.provider ?? (providersOf(mutation)[0] as ProviderName);
  return {
    ok: false,
    failure: netplaneFailure(name, {
      provider,
      operation: providerOperation(mutation, provider) ?? mutation,
      message,
      requestId: context.requestId,
      ...(details.parameter !== undefined && { parameter: details.parameter }),
      ...(details.resourceType !== undefined && { resourceType: details.resourceType }),
      ...(details.resourceId !== undefined && { resourceId: details.resourceId }),
    }),
  };
}

/**
 * Finds the adapter and handler for a mutation on a partition, answering with a typed netplane
 * error (and calling nothing) when the provider does not offer it or the partition is not configured.
 */
export function partitionTarget<M extends MutationName, R extends Partition>(
  context: NetplaneContext,
  mutation: M,
  target: R,
): Target<M, R> {
  const operation = providerOperation(mutation, target.provider);
  const adapter: ProviderAdapter | undefined = context.adapters.adapterFor(target);
  const handler = operation ? adapter?.[mutation] : undefined;
  if (!operation || (adapter && !handler)) {
    return failure(context, mutation, 'unsupportedOperation', `${target.provider} does not offer ${mutation}.`, {
      provider: target.provider,
    });
  }
  if (!adapter || !handler) {
    return failure(
      context,
      mutation,
      'partitionNotConfigured',
      `No ${target.provider} account "${target.account}" is configured for region "${target.region}".`,
      { provider: target.provider, resourceType: 'Partition', resourceId: `${target.provider}/${target.account}/${target.region}` },
    );
  }
  return { ok: true, target, operation, handler: handler.bind(adapter) as NonNullable<MutationHandlers[M]> };
}

/** The target of a mutation on an existing resource: a global id or an explicit reference, exactly one. */
export function resourceTarget<M extends MutationName>(
  context: NetplaneContext,
  input: ResourceTargetInput & { mutation: M },
): Target<M, ResourceRef> {
  const { mutation } = input;
  const hasId = input.id != null;
  const hasRef = input.ref != null;
  if (hasId === hasRef) {
    return failure(context, mutation, 'ambiguousTarget', `Give exactly one of ${input.idField}, ${input.refField}.`, {
      parameter: input.idField,
    });
  }
  let ref: ResourceRef;
  if (hasId) {
    const decoded = decodeGlobalId(input.id as string);
    if (!decoded) {
      return failure(context, mutation, 'malformedId', `The id "${input.id}" is not a netplane id.`, {
        parameter: input.idField,
      });
    }
    if (decoded.type !== input.type) {
      return failure(
        context,
        mutation,
        'wrongIdType',
        `The id "${input.id}" names a ${decoded.type}, expected a ${input.type}.`,
        { provider: decoded.provider, parameter: input.idField },
      );
    }
    ref = { provider: decoded.provider, account: decoded.account, region: decoded.region, nativeId: decoded.nativeId };
  } else {
    const given = input.ref as ResourceRef;
    ref = { provider: given.provider, account: given.account, region: given.region, nativeId: given.nativeId };
  }
  return partitionTarget(context, mutation, ref);
}

export function invalidInput(
  context: NetplaneContext,
  mutation: MutationName,
  provider: ProviderName,
  parameter: string,
  message: string,
): ProviderFailure {
  return failure(context, mutation, 'invalidInput', message, { provider, parameter }).failure;
}
