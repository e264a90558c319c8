import type { ProviderAdapter } from '../../domain/adapter';
import type { ProviderFailure } from '../../domain/errors';
import { decodeGlobalId } from '../../domain/global-id';
import { mutationDescriptor, providerOperation, providersOf, unsupportedReason, type MutationHandlers, type MutationName } from '../../domain/mutations';
import type { RequestScope } from '../../domain/request-scope';
import type { Partition, ProviderName, ResourceRef } from '../../domain/resources';
import type { NetplaneContext } from '../context';
import { netplaneFailure, type NetplaneErrorName } from '../errors/netplane-errors';

/** A mutation's handler, typed loosely: the descriptor-driven executor passes the neutral input it built. */
export type AnyHandler = (target: Partition, input: object, scope?: RequestScope) => ReturnType<MutationHandlers[MutationName]>;

export type Target<R extends Partition> =
  | { ok: true; target: R; operation: string; handler: AnyHandler }
  | { ok: false; failure: ProviderFailure };

interface FailureDetails {
  provider?: ProviderName;
  parameter?: string;
  resourceType?: string;
  resourceId?: string;
  alternative?: string;
}

/** Failures raised before the target's provider is known name the (first) provider offering the mutation. */
export function mutationFailure(
  context: NetplaneContext,
  mutation: MutationName,
  name: NetplaneErrorName,
  message: string,
  details: FailureDetails = {},
): ProviderFailure {
  const provider = details.provider ?? (providersOf(mutation)[0] as ProviderName);
  return netplaneFailure(name, {
    provider,
    operation: providerOperation(mutation, provider) ?? mutation,
    message,
    requestId: context.requestId,
    ...(details.parameter !== undefined && { parameter: details.parameter }),
    ...(details.resourceType !== undefined && { resourceType: details.resourceType }),
    ...(details.resourceId !== undefined && { resourceId: details.resourceId }),
    ...(details.alternative !== undefined && { alternative: details.alternative }),
  });
}

/** UnsupportedOperation, naming the alternative, when the target's provider offers no equivalent. */
export function unsupportedFailure(context: NetplaneContext, mutation: MutationName, provider: ProviderName): ProviderFailure | null {
  if (providerOperation(mutation, provider)) return null;
  const alternative = unsupportedReason(mutation, provider);
  return mutationFailure(context, mutation, 'unsupportedOperation', `${provider} does not offer ${mutation}.${alternative ? ` ${alternative}` : ''}`, {
    provider,
    ...(alternative !== undefined && { alternative }),
  });
}

/**
 * Finds the adapter and handler for a mutation on a partition, answering with a typed netplane
 * error (and calling nothing) when the provider does not offer it or the partition is not configured.
 */
export function partitionTarget<R extends Partition>(context: NetplaneContext, mutation: MutationName, target: R): Target<R> {
  const unsupported = unsupportedFailure(context, mutation, target.provider);
  if (unsupported) return { ok: false, failure: unsupported };
  const operation = providerOperation(mutation, target.provider) as string;
  const adapter: ProviderAdapter | undefined = context.adapters.adapterFor(target);
  const handler = adapter?.[mutation] as AnyHandler | undefined;
  if (adapter && !handler) {
    // A configured adapter that lacks a declared handler: the provider cannot carry it out here.
    return {
      ok: false,
      failure: mutationFailure(context, mutation, 'unsupportedOperation', `This ${target.provider} adapter does not implement ${mutation}.`, { provider: target.provider }),
    };
  }
  if (!adapter || !handler) {
    return {
      ok: false,
      failure: mutationFailure(context, mutation, 'partitionNotConfigured', `No ${target.provider} account "${target.account}" is configured for region "${target.region}".`, {
        provider: target.provider,
        resourceType: 'Partition',
        resourceId: `${target.provider}/${target.account}/${target.region}`,
      }),
    };
  }
  return { ok: true, target, operation, handler: handler.bind(adapter) };
}

/** Where a mutation acts, decoded from its input (a partition, or a resource by global id or reference), before any adapter is looked up. */
export function targetRef(
  context: NetplaneContext,
  mutation: MutationName,
  input: Record<string, unknown>,
): { ok: true; target: Partition | ResourceRef } | { ok: false; failure: ProviderFailure } {
  const spec = mutationDescriptor(mutation).target;
  if (spec.kind === 'partition') {
    const given = input['target'] as Partition;
    return { ok: true, target: { provider: given.provider, account: given.account, region: given.region } };
  }
  const id = input[spec.idField];
  const given = input[spec.refField] as ResourceRef | null | undefined;
  const hasId = id != null;
  const hasRef = given != null;
  if (hasId === hasRef) {
    return { ok: false, failure: mutationFailure(context, mutation, 'ambiguousTarget', `Give exactly one of ${spec.idField}, ${spec.refField}.`, { parameter: spec.idField }) };
  }
  if (!hasId) {
    const r = given as ResourceRef;
    return { ok: true, target: { provider: r.provider, account: r.account, region: r.region, nativeId: r.nativeId } };
  }
  const decoded = decodeGlobalId(String(id));
  if (!decoded) {
    return { ok: false, failure: mutationFailure(context, mutation, 'malformedId', `The id "${String(id)}" is not a netplane id.`, { parameter: spec.idField }) };
  }
  if (decoded.type !== spec.of) {
    return {
      ok: false,
      failure: mutationFailure(context, mutation, 'wrongIdType', `The id "${String(id)}" names a ${decoded.type}, expected a ${spec.of}.`, {
        provider: decoded.provider,
        parameter: spec.idField,
      }),
    };
  }
  return { ok: true, target: { provider: decoded.provider, account: decoded.account, region: decoded.region, nativeId: decoded.nativeId } };
}
