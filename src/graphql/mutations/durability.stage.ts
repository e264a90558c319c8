import { randomUUID } from 'node:crypto';
import type { ProviderFailure } from '../../domain/errors';
import { encodeOperationId } from '../../domain/global-id';
import { operationsOf, providerOperationSpec } from '../../domain/mutations';
import type { Partition, ResourceRef } from '../../domain/resources';
import { AttemptScope, attemptOutcome } from '../../operations/attempt-scope';
import type { Durability } from '../../operations/durability';
import {
  generateIdempotencyKey,
  IDEMPOTENCY_KEY_PATTERN,
  idempotencyScope,
  requestFingerprint,
  type IdempotencyKeyRef,
  type JournalContext,
  type JsonObject,
  type Operation,
} from '../../store';
import { partitionOf } from '../common/inputs';
import { netplaneFailure } from '../errors/netplane-errors';
import type { MutationResult } from '../errors/result-union.factory';
import { toOperationView } from '../operations/operation.type';
import type { MutationStage, Payload, PreparedMutation } from './execute-mutation';

/**
 * Mutations with a memory. Before the provider call: the idempotency key (given in the input or
 * the Idempotency-Key header, or generated) is claimed, the operation recorded and the intent
 * journaled; the key becomes Alibaba's ClientToken. The call runs in the mutation's own scope
 * (AttemptScope): under its overall deadline, its attempts collected for the journal. After it: the operation
 * becomes SUCCEEDED (synchronous), RUNNING (followed by the tracker) or FAILED, and the key keeps
 * the outcome for replays. An outcome nobody knows (a timeout after sending, the deadline) keeps
 * the operation PENDING and frees the key, so a retry with it runs again — safely: Alibaba
 * deduplicates by ClientToken, and for Huawei netplane first reconciles from provider state.
 */

const MAX_DEADLINE_SECONDS = 300;
/** Well under the shortest lease the store accepts (5 s). */
const LEASE_RENEWAL_MS = 2_000;

function failureOf(mutation: PreparedMutation, message: string, key: string | null, parameter = 'idempotencyKey'): MutationResult<Payload> {
  const failure = netplaneFailure('invalidIdempotencyKey', {
    provider: mutation.target.provider,
    operation: mutation.operation,
    message,
    requestId: mutation.context.requestId,
    parameter,
  });
  return mutation.union.failure({ ...failure, idempotencyKey: key }, mutation.context.requestId);
}

/** The key this request runs under, or the failure of one given wrong. */
function resolveKey(mutation: PreparedMutation): { ok: true; key: string; generated: boolean } | { ok: false; answer: MutationResult<Payload> } {
  const field = mutation.rawInput['idempotencyKey'];
  const header = mutation.context.idempotencyKeyHeader;
  const token = mutation.input['clientToken'];
  if (typeof field === 'string' && header !== undefined && field !== header) {
    return { ok: false, answer: failureOf(mutation, 'The Idempotency-Key header and the idempotencyKey field differ; give one of them.', null) };
  }
  const given = typeof field === 'string' ? field : header;
  if (given !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(given)) {
    return { ok: false, answer: failureOf(mutation, 'An idempotency key is 1 to 64 printable ASCII characters.', null) };
  }
  if (typeof token === 'string' && given !== undefined && token !== given) {
    return { ok: false, answer: failureOf(mutation, 'clientToken and the idempotency key differ; the key is sent as the ClientToken, give one of them.', given, 'clientToken') };
  }
  // A caller's own ClientToken names the request just as well.
  const named = given ?? (typeof token === 'string' ? token : undefined);
  return named === undefined ? { ok: true, key: generateIdempotencyKey(), generated: true } : { ok: true, key: named, generated: false };
}

function deadlineMs(mutation: PreparedMutation, durability: Durability): number | { invalid: string } {
  const given = mutation.rawInput['deadlineSeconds'];
  if (given === null || given === undefined) return durability.settings.deadlineSeconds * 1000;
  if (typeof given !== 'number' || given < 1 || given > MAX_DEADLINE_SECONDS) return { invalid: `deadlineSeconds is 1 to ${MAX_DEADLINE_SECONDS}.` };
  return given * 1000;
}

function waitMs(mutation: PreparedMutation, durability: Durability): number {
  const wait = mutation.args['wait'] as { timeoutSeconds?: number } | null | undefined;
  const seconds = wait?.timeoutSeconds ?? 0;
  return Math.max(0, Math.min(seconds, durability.settings.maxWaitSeconds)) * 1000;
}

function targetNativeId(target: Partition | ResourceRef): string | null {
  return 'nativeId' in target ? target.nativeId : null;
}

/** The native id of the resource of the mutation's own type the payload carries (a create's new resource). */
function producedNativeId(mutation: PreparedMutation, payload: Payload): string | null {
  for (const [field, spec] of Object.entries(mutation.descriptor.payload)) {
    if (spec.resource !== mutation.descriptor.resource) continue;
    const node = payload[field] as { nativeId?: string } | null | undefined;
    if (node?.nativeId) return node.nativeId;
  }
  return targetNativeId(mutation.target);
}

function isFailure(result: MutationResult<Payload>): result is MutationResult<Payload> & ProviderFailure {
  return typeof result === 'object' && result !== null && 'category' in result;
}

/** The stored form of a success payload: its JSON (the operation is read afresh at replay). */
function storedPayload(payload: Payload): JsonObject {
  const { operation: _operation, ...rest } = payload;
  return JSON.parse(JSON.stringify(rest)) as JsonObject;
}

async function answerWithOperation(payload: Payload, key: string, operation: Operation | null): Promise<Payload> {
  return { ...payload, idempotencyKey: key, operation: operation ? toOperationView(operation) : null };
}

export const durabilityStage: MutationStage = async (mutation, next) => {
  const durability = mutation.context.durability;
  if (!durability) return next();
  const { context, union, name, target } = mutation;
  const store = durability.store;

  const resolved = resolveKey(mutation);
  if (!resolved.ok) return resolved.answer;
  const key = resolved.key;
  const deadline = deadlineMs(mutation, durability);
  if (typeof deadline === 'object') return failureOf(mutation, deadline.invalid, key, 'deadlineSeconds');
  const spec = providerOperationSpec(name, target.provider);
  const tokenField = mutation.descriptor.input['clientToken'];
  if (tokenField?.wire[target.provider]) mutation.input['clientToken'] = key;

  const principal = context.principal.kind === 'anonymous' ? null : context.principal.id;
  const ref: IdempotencyKeyRef = { scope: idempotencyScope(principal), key };
  const { clientToken: _token, ...canonicalInput } = mutation.input;
  const fingerprint = requestFingerprint({ mutation: name, target, input: canonicalInput });

  const partition = partitionOf(target);
  const newOperation = {
    mutation: name,
    ...partition,
    targetNativeId: targetNativeId(target),
    principal,
    completion: spec?.completion ?? { kind: 'sync' as const },
  };
  const failureAnswer = (failure: ProviderFailure) => union.failure({ ...failure, idempotencyKey: key }, context.requestId);

  // A key freed after an unknown outcome left its operation PENDING: the retry continues it (or one
  // recovery settled from provider state after the key was freed), within the key's retention. A
  // key netplane has just generated has no past to look for.
  let earlierOperation: Operation | null = null;
  if (!resolved.generated) {
    const retentionStart = new Date(Date.now() - durability.settings.keyRetentionSeconds * 1000).toISOString();
    const earlier = await store.operations.list(
      { idempotencyKeys: [key], principals: principal ? [principal] : undefined, mutations: [name], statuses: ['PENDING', 'SUCCEEDED'], since: retentionStart },
      { first: 1 },
    );
    const found = earlier.edges[0]?.node;
    // Without a principal the filter cannot say "anonymous": keep only an anonymous operation.
    earlierOperation = found && (principal !== null || found.principal === null) ? found : null;
  }

  // The usual case, a key nobody holds and nothing to resume: claimed, recorded and journaled at once.
  const freshId = randomUUID();
  const started = earlierOperation
    ? null
    : await store.mutations.start({ claim: { ...ref, mutation: name, fingerprint, operationId: freshId }, operation: newOperation, input: canonicalInput, principal });
  let claimToken: string;
  let operationId: string;
  if (started) {
    claimToken = started.claimToken;
    operationId = freshId;
  } else {
    const claim = await store.idempotency.claim({ ...ref, mutation: name, fingerprint, operationId: earlierOperation?.id ?? randomUUID() });
    if (claim.kind === 'replay') {
      const operation = claim.record.operationId ? await store.operations.get(claim.record.operationId) : null;
      const outcome = claim.record.outcome;
      return outcome.ok ? answerWithOperation(outcome.payload, key, operation) : failureAnswer(outcome.error);
    }
    if (claim.kind === 'mismatch') {
      return failureAnswer(
        netplaneFailure('idempotencyMismatch', {
          provider: target.provider,
          operation: mutation.operation,
          message: `The idempotency key "${key}" was used for another mutation or input (${claim.record.mutation}).`,
          requestId: context.requestId,
          parameter: 'idempotencyKey',
        }),
      );
    }
    if (claim.kind === 'in_flight') {
      return failureAnswer({
        ...netplaneFailure('idempotencyKeyInFlight', {
          provider: target.provider,
          operation: mutation.operation,
          message: `The request with idempotency key "${key}" is still running as operation ${claim.record.operationId ? encodeOperationId(claim.record.operationId) : '(not recorded yet)'}.`,
          requestId: context.requestId,
          resourceType: 'Operation',
          ...(claim.record.operationId && { resourceId: encodeOperationId(claim.record.operationId) }),
        }),
        retryable: true,
      });
    }

    // Claimed: this request runs the mutation.
    claimToken = claim.claimToken;
    operationId = claim.record.operationId ?? randomUUID();
    const operation = await store.operations.create({ id: operationId, ...newOperation, idempotencyKey: key });
    // A retry after an unknown outcome (or a takeover from a crashed gateway) on a provider without a
    // token: ask the provider whether the change is already there before asking for it again.
    const resumed = claim.takeover || earlierOperation !== null;
    if (resumed && operation.status !== 'PENDING') {
      // The earlier request got as far as the provider's answer but not as far as the key's.
      return answerRecorded(durability, mutation, ref, claimToken, key, operation);
    }
    if (resumed) {
      const reconciled = await reconcile(durability, mutation);
      if (reconciled) {
        const done = await store.operations.transition(operationId, { status: 'SUCCEEDED', resourceNativeId: reconciled });
        durability.adapters.invalidate(partition);
        return answerRecorded(durability, mutation, ref, claimToken, key, done.ok ? done.operation : operation);
      }
    }
    await store.journal.recordIntent({ ...journalOf(newOperation, operationId, key), input: canonicalInput });
  }
  const journal = journalOf(newOperation, operationId, key);

  // The claim's lease must outlive the call (a deadline may exceed it): renewed while the call runs.
  const renewal = setInterval(() => void store.idempotency.renew(ref, claimToken).catch(() => undefined), LEASE_RENEWAL_MS);
  renewal.unref();
  const scope = new AttemptScope(mutation.scope, AbortSignal.timeout(deadline));
  mutation.scope = scope;
  const result = await next().finally(() => clearInterval(renewal));
  const ownOperations = operationsOf(name, target.provider);
  const ownCalls = scope.calls.filter((call) => ownOperations.includes(call.operation));
  const attempts = ownCalls.map((call, index) => ({
    providerOperation: call.operation,
    attempt: index + 1,
    providerRequestId: call.requestId,
    httpStatus: call.httpStatus,
    durationMs: Math.round(call.durationMs),
    outcome: attemptOutcome(call),
    errorCode: call.code,
  }));
  // The change's own calls (the payload's re-reads are not part of it).
  const requestIds = ownCalls.map((c) => c.requestId).filter((id): id is string => id !== null);
  const finish = { journal, attempts, key: ref, claimToken };

  if (isFailure(result)) {
    // An outcome nobody knows (UNKNOWN and retryable) keeps the operation PENDING (a retry with the
    // key continues it); that and any retryable failure free the key, so the retry runs rather
    // than replaying this answer.
    const unknown = result.outcome === 'UNKNOWN' && result.retryable;
    const error = stripKey(result);
    // The answer does not depend on this write: where the store orders statements it runs after
    // the answer is written (a crash before it ends leaves the operation PENDING, which recovery
    // journals UNKNOWN and a retry with the key settles, as after a crash during the call).
    await durability.afterAnswer(
      store.mutations.finishUnread(
        {
          ...finish,
          change: unknown ? { addProviderRequestIds: requestIds, error } : { status: 'FAILED', addProviderRequestIds: requestIds, error },
          keyOutcome: result.retryable ? null : { ok: false, error },
        },
        'afterTurn',
      ),
    );
    return { ...result, idempotencyKey: key };
  }

  const payload = result as Payload;
  const asynchronous = spec !== undefined && spec.completion.kind !== 'sync';
  const jobId = typeof payload['jobId'] === 'string' ? payload['jobId'] : undefined;
  const producedId = producedNativeId(mutation, payload);
  const moved = await store.mutations.finish({
    ...finish,
    change: {
      status: asynchronous ? 'RUNNING' : 'SUCCEEDED',
      addProviderRequestIds: requestIds,
      ...(jobId && { providerJobId: jobId }),
      ...(producedId && { resourceNativeId: producedId }),
    },
    keyOutcome: { ok: true, payload: storedPayload(payload) },
  });
  let current = moved ?? (await store.operations.get(operationId));
  if (current && current.status === 'RUNNING') {
    durability.tracker.follow(current);
    const waitFor = waitMs(mutation, durability);
    if (waitFor > 0) current = (await durability.waitFor(operationId, waitFor)) ?? current;
  }
  return answerWithOperation(payload, key, current);
};

/** What every journal row of this mutation shares. */
function journalOf(
  operation: { mutation: JournalContext['mutation']; provider: JournalContext['provider']; account: string; region: string; targetNativeId: string | null; principal: string | null },
  operationId: string,
  key: string,
): JournalContext & { operationId: string } {
  return {
    principal: operation.principal,
    mutation: operation.mutation,
    provider: operation.provider,
    account: operation.account,
    region: operation.region,
    targetNativeId: operation.targetNativeId,
    operationId,
    idempotencyKey: key,
  };
}

/** Answers from an operation that already got its provider's answer (a reconcile, or a crash after the call); the key keeps the outcome. */
async function answerRecorded(
  durability: Durability,
  mutation: PreparedMutation,
  ref: IdempotencyKeyRef,
  claimToken: string,
  key: string,
  operation: Operation,
): Promise<MutationResult<Payload>> {
  const store = durability.store;
  if (operation.status === 'FAILED' && operation.error) {
    await store.idempotency.complete(ref, claimToken, { ok: false, error: operation.error }, operation.id);
    return mutation.union.failure({ ...operation.error, idempotencyKey: key }, mutation.context.requestId);
  }
  if (operation.status === 'RUNNING') durability.tracker.follow(operation);
  const payload = await reconciledPayload(mutation, operation.resourceNativeId ?? targetNativeId(mutation.target) ?? '');
  await store.idempotency.complete(ref, claimToken, { ok: true, payload: storedPayload(payload) }, operation.id);
  return answerWithOperation(payload, key, operation);
}

function stripKey(failure: ProviderFailure): ProviderFailure {
  const { idempotencyKey: _key, ...rest } = failure as ProviderFailure & { codeEnum?: unknown };
  delete (rest as { codeEnum?: unknown }).codeEnum;
  return rest;
}

async function reconcile(durability: Durability, mutation: PreparedMutation): Promise<string | null> {
  const adapter = durability.adapters.readerFor(mutation.target.provider);
  // Providers with an idempotency token (Alibaba) offer no reconcile: the retry's call, with the same token, is the reconcile.
  if (!adapter?.reconcile) return null;
  const found = await adapter.reconcile(mutation.name, mutation.target, mutation.input, mutation.context.requestScope);
  return found.ok && found.value ? found.value.nativeId : null;
}

/** The success payload of a change found already made: the concerned resources re-read. */
async function reconciledPayload(mutation: PreparedMutation, nativeId: string): Promise<Payload> {
  const payload: Payload = { requestId: mutation.context.requestId, asynchronous: false };
  const partition = partitionOf(mutation.target);
  for (const [field, spec] of Object.entries(mutation.descriptor.payload)) {
    const id = spec.from === 'target' ? targetNativeId(mutation.target) : spec.resource === mutation.descriptor.resource ? nativeId : null;
    if (!id) {
      payload[field] = null;
      continue;
    }
    const fresh = await mutation.context.loaders[spec.resource].reread(partition, [id]);
    payload[field] = fresh.ok ? (fresh.value[0] ?? null) : null;
  }
  for (const field of Object.keys(mutation.descriptor.outputs ?? {})) payload[field] = null;
  return payload;
}
