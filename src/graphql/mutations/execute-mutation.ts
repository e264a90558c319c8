import type { ProviderFailure } from '../../domain/errors';
import { decodeGlobalId } from '../../domain/global-id';
import {
  mutationDescriptor,
  providerOperationSpec,
  type MutationDescriptor,
  type MutationName,
  type MutationOutput,
  type MutationResource,
  type ReferencedResource,
} from '../../domain/mutations';
import type { RequestScope } from '../../domain/request-scope';
import type { ElasticIp, NetworkInterface, Partition, ResourceRef, VifPeer, VirtualIp } from '../../domain/resources';
import { partitionOf, withTargetId } from '../common/inputs';
import { mutationFailure, partitionTarget, targetRef, unsupportedFailure, type AnyHandler } from '../common/mutation-target';
import { MUTATION_STAGES } from './stages';
import type { NodeOf } from '../common/node.interface';
import { mutationPermission } from '../common/authorization';
import type { NetplaneContext } from '../context';
import type { MutationResult, ResultUnion } from '../errors/result-union.factory';

/**
 * Carries out any declared mutation: resolves the target, refuses what the target's provider does
 * not take (unsupported mutation, fields it has no wire parameter for, references to another
 * partition) without calling anything, hands the neutral input to the adapter's handler, and
 * answers the success payload with the concerned resources re-read from the provider — or the
 * failure as a member of the mutation's result union.
 */

export type Payload = Record<string, unknown>;

/**
 * The neutral input for the adapter: the descriptor's fields that were given (nulls dropped),
 * references decoded to native ids. A failure for the first field the provider cannot take.
 */
function neutralInput(
  context: NetplaneContext,
  descriptor: MutationDescriptor,
  target: Partition,
  input: Record<string, unknown>,
): { ok: true; value: Record<string, unknown> } | { ok: false; failure: ProviderFailure } {
  const mutation = descriptor.name as MutationName;
  const provider = target.provider;
  const value: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(descriptor.input)) {
    const given = input[field];
    if (given === null || given === undefined) continue;
    const wire = spec.wire[provider];
    if (wire === undefined) {
      return {
        ok: false,
        failure: mutationFailure(context, mutation, 'fieldNotTaken', `${provider} does not take ${mutation}.${field}.`, { provider, parameter: field }),
      };
    }
    if (spec.references) {
      const reference = nativeReference(context, mutation, field, spec.references, target, String(given));
      if (!reference.ok) return reference;
      value[field] = reference.nativeId;
      continue;
    }
    // Tags arrive as TagInput instances; adapters take plain objects.
    value[field] = spec.type === 'Tag' && Array.isArray(given) ? given.map((t: { key: string; value: string }) => ({ key: t.key, value: t.value })) : given;
  }
  return { ok: true, value };
}

/** A reference is a global id of the right type in the target's partition, or a native id. */
function nativeReference(
  context: NetplaneContext,
  mutation: MutationName,
  field: string,
  type: ReferencedResource,
  target: Partition,
  given: string,
): { ok: true; nativeId: string } | { ok: false; failure: ProviderFailure } {
  const decoded = decodeGlobalId(given);
  if (!decoded) return { ok: true, nativeId: given };
  if (decoded.type !== type) {
    return {
      ok: false,
      failure: mutationFailure(context, mutation, 'wrongIdType', `The id "${given}" names a ${decoded.type}, expected a ${type}.`, {
        provider: target.provider,
        parameter: field,
      }),
    };
  }
  if (decoded.provider !== target.provider || decoded.account !== target.account || decoded.region !== target.region) {
    return {
      ok: false,
      failure: mutationFailure(
        context,
        mutation,
        'invalidInput',
        `${field} names a ${type} of ${decoded.provider}/${decoded.account}/${decoded.region}; the target is in ${target.provider}/${target.account}/${target.region}.`,
        { provider: target.provider, parameter: field },
      ),
    };
  }
  return { ok: true, nativeId: decoded.nativeId };
}

/** Re-reads one resource the payload carries; the provider's own description of a created one if the read fails. */
async function reread(
  context: NetplaneContext,
  resource: MutationResource,
  partition: Partition,
  nativeId: string | null | undefined,
  output: MutationOutput,
): Promise<NodeOf<ResourceRef> | null> {
  if (!nativeId) return null;
  const loaders = context.loaders[resource];
  const fresh = await loaders.reread(partition, [nativeId]);
  if (fresh.ok) return fresh.value[0] ?? null;
  const created = output.created;
  return created && created.nativeId === nativeId ? rememberCreated(context, resource, created) : null;
}

/** The adapter described the created resource of the mutation's own type; this request serves it. */
function rememberCreated(context: NetplaneContext, resource: MutationResource, created: NonNullable<MutationOutput['created']>): NodeOf<ResourceRef> {
  switch (resource) {
    case 'NetworkInterface':
      return context.loaders.NetworkInterface.remember(created as NetworkInterface);
    case 'VirtualIp':
      return context.loaders.VirtualIp.remember(created as VirtualIp);
    case 'ElasticIp':
      return context.loaders.ElasticIp.remember(created as ElasticIp);
    case 'VifPeer':
      return context.loaders.VifPeer.remember(created as VifPeer);
  }
}

/** A mutation whose input passed every check before the wire: what the stages and the provider call work on. */
export interface PreparedMutation {
  readonly name: MutationName;
  readonly descriptor: MutationDescriptor;
  readonly union: ResultUnion;
  readonly context: NetplaneContext;
  /** The input as the caller sent it (GraphQL field names), common input fields included. */
  readonly rawInput: Record<string, unknown>;
  /** The common arguments of the mutation field (COMMON_MUTATION_ARGS), by name. */
  readonly args: Record<string, unknown>;
  readonly target: Partition | ResourceRef;
  /** The provider operation that carries the mutation out. */
  readonly operation: string;
  /** The neutral input the adapter receives; a stage may add to it before the call (e.g. a client token). */
  input: Record<string, unknown>;
  readonly handler: AnyHandler;
  /**
   * The scope the provider call runs in: the request's, or a child a stage gives it (the
   * durability stage's bounds it by the mutation's deadline and collects its attempts).
   */
  scope: RequestScope;
}

/**
 * A stage a prepared mutation passes through before the provider call (dry runs, idempotency,
 * the journal …), outermost first. A stage answers itself or calls `next` to go on.
 */
export type MutationStage = (mutation: PreparedMutation, next: () => Promise<MutationResult<Payload>>) => Promise<MutationResult<Payload>>;

/** Input errors first, in the order a caller fixes them: the target, what its provider offers and takes, permission; then whether this gateway serves the partition. */
export function prepareMutation(
  name: MutationName,
  union: ResultUnion,
  rawInput: Record<string, unknown>,
  context: NetplaneContext,
  args: Record<string, unknown> = {},
): { ok: true; mutation: PreparedMutation } | { ok: false; failure: ProviderFailure } {
  const descriptor = mutationDescriptor(name);
  const ref = targetRef(context, name, rawInput);
  if (!ref.ok) return ref;
  const target = ref.target;
  const unsupported = unsupportedFailure(context, name, target.provider);
  if (unsupported) return { ok: false, failure: unsupported };
  const neutral = neutralInput(context, descriptor, target, rawInput);
  if (!neutral.ok) return neutral;
  const denied = mutationPermission(context, name, target);
  if (denied) return { ok: false, failure: denied };
  const found = partitionTarget(context, name, target);
  if (!found.ok) return found;
  return {
    ok: true,
    mutation: {
      name,
      descriptor,
      union,
      context,
      rawInput,
      args,
      target,
      operation: found.operation,
      input: neutral.value,
      handler: found.handler,
      scope: context.requestScope,
    },
  };
}

/**
 * A provider's not-found answer rarely names the id: when its resource type is the target's, or
 * one an input field referred to, the id is the one the caller sent.
 */
function naming(mutation: PreparedMutation, failure: ProviderFailure): ProviderFailure {
  const { descriptor, target } = mutation;
  let named = 'nativeId' in target && descriptor.target.kind === 'resource' ? withTargetId(failure, descriptor.target.of, target.nativeId) : failure;
  for (const [field, spec] of Object.entries(descriptor.input)) {
    const value = mutation.input[field];
    if (spec.references && typeof value === 'string') named = withTargetId(named, spec.references, value);
  }
  return named;
}

/** Calls the provider and answers the success payload (the concerned resources re-read) or the failure as a union member. */
export async function callProvider(mutation: PreparedMutation): Promise<MutationResult<Payload>> {
  const { descriptor, target, context, union, name } = mutation;
  const result = await mutation.handler(target, mutation.input, mutation.scope);
  if (!result.ok) return union.failure(naming(mutation, result.error), context.requestId);
  const output = result.value;
  const partition = partitionOf(target);
  const payload: Payload = {};
  await Promise.all(
    Object.entries(descriptor.payload).map(async ([field, spec]) => {
      const nativeId =
        spec.from === 'target'
          ? (target as ResourceRef).nativeId
          : (output[spec.from.output as keyof MutationOutput] as string | null | undefined);
      payload[field] = await reread(context, spec.resource, partition, nativeId, output);
    }),
  );
  for (const field of Object.keys(descriptor.outputs ?? {})) payload[field] = output[field as keyof MutationOutput] ?? null;
  const completion = providerOperationSpec(name, target.provider)?.completion;
  return { ...payload, requestId: result.requestId, asynchronous: completion !== undefined && completion.kind !== 'sync' };
}

export async function executeMutation(
  name: MutationName,
  union: ResultUnion,
  input: Record<string, unknown>,
  context: NetplaneContext,
  args: Record<string, unknown> = {},
): Promise<MutationResult<Payload>> {
  const prepared = prepareMutation(name, union, input, context, args);
  if (!prepared.ok) return union.failure(prepared.failure, context.requestId);
  const mutation = prepared.mutation;
  const run = (index: number): Promise<MutationResult<Payload>> => {
    const stage = MUTATION_STAGES[index];
    return stage ? stage(mutation, () => run(index + 1)) : callProvider(mutation);
  };
  return run(0);
}
