import { classify, formatMessage } from '../../domain/catalog';
import type { ProviderFailure, Result } from '../../domain/errors';
import { providerOperationSpec, type MutationResource } from '../../domain/mutations';
import type { Partition, ResourceRef, VifPeer, VirtualIp } from '../../domain/resources';
import { partitionOf, withTargetId } from '../common/inputs';
import type { NodeOf } from '../common/node.interface';
import type { MutationResult } from '../errors/result-union.factory';
import type { MutationStage, Payload, PreparedMutation } from './execute-mutation';
import { readsHolders, readsSubnets, readsVirtualIp, stateRefusal, type CurrentState, type StateRefusal } from './state-checks/rules';

/**
 * The dry-run stage, first of all: with `dryRun: true` the mutation has passed every check before
 * the wire (prepareMutation), is checked against the current state of what it acts on, and is
 * answered here — the success payload with the resources as they are now, or the typed error the
 * real call would get — without calling any provider operation that changes state, without an
 * Operation and without an idempotency key (the stages after this one never run).
 *
 * The providers' own dry runs: Alibaba documents `DryRun=true` (answered `DryRunOperation`) on
 * some actions, but none of the 18 actions netplane's mutations call has a `dryRun` field in its
 * request model (@alicloud/ecs20140526 7.11.6, @alicloud/vpc20160428 7.3.2), and Huawei's SDK models
 * of these APIs have none either; so on both providers netplane's state checks are the dry run.
 */

export const DRY_RUN_FIELD = 'dryRun';

function isSuccess(result: MutationResult<Payload>): result is Payload {
  return !('category' in result);
}

export const dryRunStage: MutationStage = async (mutation, next) => {
  if (mutation.rawInput[DRY_RUN_FIELD] !== true) {
    const result = await next();
    return isSuccess(result) ? { ...result, dryRun: false } : result;
  }
  return dryRun(mutation);
};

async function dryRun(mutation: PreparedMutation): Promise<MutationResult<Payload>> {
  const { context, union } = mutation;
  const state = await currentState(mutation);
  if (!state.ok) return union.failure(state.error, context.requestId);
  const targetId = 'nativeId' in mutation.target ? mutation.target.nativeId : null;
  const refusal = stateRefusal(mutation.name, mutation.target.provider, state.value, mutation.input, targetId);
  if (refusal) return union.failure(refusalFailure(mutation, refusal), context.requestId);
  return wouldSucceed(mutation, state.value);
}

/** The refusal as the provider's documented error, classified through its catalog like the real answer. */
function refusalFailure(mutation: PreparedMutation, refusal: StateRefusal): ProviderFailure {
  const catalog = mutation.context.adapters.adapterFor(partitionOf(mutation.target))!.catalog;
  const entry = catalog.require(refusal.operation, refusal.code);
  const details = typeof refusal.detail === 'string' ? [refusal.detail] : refusal.detail;
  const message = /%s/.test(entry.message) ? formatMessage(entry.message, ...details) : entry.message;
  const failure = classify(catalog, { operation: refusal.operation, code: refusal.code, httpStatus: entry.httpStatus, message, requestId: null });
  const { descriptor, target } = mutation;
  // The same naming of the target the real call's failure gets (callProvider).
  return 'nativeId' in target ? withTargetId(failure, descriptor.target.kind === 'resource' ? descriptor.target.of : descriptor.resource, target.nativeId) : failure;
}

/** The success payload of a dry run: the concerned resources as they are now, nothing created. */
function wouldSucceed(mutation: PreparedMutation, state: CurrentState): Payload {
  const payload: Payload = {};
  for (const [field, spec] of Object.entries(mutation.descriptor.payload)) {
    if (spec.from === 'target') payload[field] = state.target;
    // The virtual IP a bind or unbind names, as it is now; a resource the call would create is null.
    else payload[field] = spec.resource === 'VirtualIp' && mutation.descriptor.target.kind === 'resource' ? (state.virtualIp ?? null) : null;
  }
  for (const [field, spec] of Object.entries(mutation.descriptor.outputs ?? {})) payload[field] = spec.list ? [] : null;
  const completion = providerOperationSpec(mutation.name, mutation.target.provider)?.completion;
  return {
    ...payload,
    requestId: mutation.context.requestId,
    asynchronous: completion !== undefined && completion.kind !== 'sync',
    dryRun: true,
  };
}

/**
 * Reads what the rules need with list and describe calls only, through the adapters' list cache: a
 * change made through netplane invalidated it, one made elsewhere shows once the cache window passed.
 * Subnets are read uncached, and only from an adapter that lists them.
 */
async function currentState(mutation: PreparedMutation): Promise<Result<CurrentState>> {
  const state = await currentStateOfResources(mutation);
  if (!state.ok || !readsSubnets(mutation.name)) return state;
  const adapter = mutation.context.adapters.adapterFor(partitionOf(mutation.target));
  if (!adapter?.listSubnets) return state;
  const subnets = await adapter.listSubnets(partitionOf(mutation.target), mutation.context.requestScope);
  if (!subnets.ok) return subnets;
  return { ok: true, value: { ...state.value, subnets: subnets.value }, requestId: state.requestId };
}

async function currentStateOfResources(mutation: PreparedMutation): Promise<Result<CurrentState>> {
  const { descriptor, target, input, context } = mutation;
  const partition = partitionOf(target);
  let current: CurrentState['target'] = null;
  if ('nativeId' in target && descriptor.target.kind === 'resource') {
    const read = await readOne(mutation, descriptor.target.of, target);
    if (!read.ok) return read;
    current = read.value;
  }
  if (readsVirtualIp(mutation.name) && typeof input['virtualIpId'] === 'string') {
    const read = await readOne(mutation, 'VirtualIp', { ...partition, nativeId: input['virtualIpId'] });
    if (!read.ok) return read;
    return { ok: true, value: { target: current, virtualIp: read.value as VirtualIp | null }, requestId: null };
  }
  if (readsHolders(mutation.name)) {
    const [networkInterfaces, virtualIps] = await Promise.all([context.loaders.NetworkInterface.all(partition), context.loaders.VirtualIp.all(partition)]);
    if (!networkInterfaces.ok) return networkInterfaces;
    if (!virtualIps.ok) return virtualIps;
    return { ok: true, value: { target: current, holders: { networkInterfaces: networkInterfaces.value, virtualIps: virtualIps.value } }, requestId: null };
  }
  if (mutation.name !== 'createVifPeer' && mutation.name !== 'deleteVifPeer') return { ok: true, value: { target: current }, requestId: null };
  const siblings = await siblingPeers(mutation, partition, current as VifPeer | null, input);
  if (!siblings.ok) return siblings;
  return { ok: true, value: { target: current, siblingPeers: siblings.value }, requestId: null };
}

async function readOne(mutation: PreparedMutation, resource: MutationResource, ref: ResourceRef): Promise<Result<CurrentState['target']>> {
  const read: Result<NodeOf<ResourceRef>[]> = await mutation.context.loaders[resource].reread(partitionOf(ref), [ref.nativeId]);
  if (!read.ok) return read;
  const found = read.value.find((r) => r.nativeId === ref.nativeId) ?? null;
  return { ok: true, value: found as CurrentState['target'], requestId: read.requestId };
}

/**
 * The peers of the virtual interface the peer is (or would be) on. Alibaba names a BGP group, not
 * the VBR: the VBR is known from a peer already in the group (none: the VBR's count is not knowable
 * from the peer list, and the provider decides).
 */
async function siblingPeers(mutation: PreparedMutation, partition: Partition, peer: VifPeer | null, input: Record<string, unknown>): Promise<Result<VifPeer[]>> {
  const listed = await mutation.context.loaders.VifPeer.all(partition);
  if (!listed.ok) return listed;
  const peers = listed.value as VifPeer[];
  let vif: string | undefined = peer?.virtualInterfaceId;
  if (!peer && partition.provider === 'HUAWEI') vif = input['vifId'] as string | undefined;
  if (!peer && partition.provider === 'ALIBABA') vif = peers.find((p) => p.bgpGroupId === input['bgpGroupId'])?.virtualInterfaceId;
  return { ok: true, value: vif === undefined ? [] : peers.filter((p) => p.virtualInterfaceId === vif), requestId: listed.requestId };
}
