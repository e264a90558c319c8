import type { Partition, ResourceRef } from '../domain/resources';
import { providerOperation } from '../domain/mutations';
import { idempotencyScope, type JournalEntry, type Operation, type Store } from '../store';
import type { TrackerAdapters } from './tracker';

/**
 * Operations a gateway left PENDING when it stopped (kill -9 between the provider's commit and the
 * answer, a crash, the deadline): once no live gateway holds their idempotency key any more (the
 * claim's lease ran out, or the key was freed after an unknown outcome), the journal records the
 * call as UNKNOWN — nobody will learn its answer — and, where the provider's state can tell
 * (Huawei's reconcile), the operation is settled from it. A retry with the key then answers that
 * outcome without calling again; Alibaba's retry repeats the call with the same ClientToken, which
 * the provider answers with the first call's result.
 */

export const GATEWAY_STOPPED_CODE = 'netplane.GatewayStopped';

async function storyOf(store: Store, operationId: string): Promise<JournalEntry[]> {
  const page = await store.journal.list({ operationIds: [operationId] }, { first: 200, order: 'OLDEST_FIRST' });
  return page.edges.map((e) => e.node);
}

function targetOf(operation: Operation): Partition | ResourceRef {
  const partition: Partition = { provider: operation.provider, account: operation.account, region: operation.region };
  return operation.targetNativeId ? { ...partition, nativeId: operation.targetNativeId } : partition;
}

/** Whether a live gateway still holds the operation's key (it may still be waiting for the provider). */
async function heldByLiveGateway(store: Store, operation: Operation, now: number): Promise<boolean> {
  if (!operation.idempotencyKey) return false;
  const record = await store.idempotency.get({ scope: idempotencyScope(operation.principal), key: operation.idempotencyKey });
  return record !== null && record.state === 'IN_FLIGHT' && record.operationId === operation.id && record.lockedUntil !== null && Date.parse(record.lockedUntil) > now;
}

/** One sweep; the number of operations it settled from provider state. */
export async function recoverAbandoned(store: Store, adapters: TrackerAdapters, now: number = Date.now()): Promise<number> {
  let settled = 0;
  for (const operation of await store.operations.listUnfinished()) {
    if (operation.status !== 'PENDING' || (await heldByLiveGateway(store, operation, now))) continue;
    const story = await storyOf(store, operation.id);
    const intent = [...story].reverse().find((e) => e.kind === 'INTENT');
    if (!intent) continue;
    const last = story[story.length - 1];
    if (last?.kind === 'INTENT') {
      // The gateway that sent it stopped before any answer: the call's outcome is unknown.
      await store.journal.recordAttempt({
        principal: intent.principal,
        mutation: intent.mutation,
        provider: intent.provider,
        account: intent.account,
        region: intent.region,
        targetNativeId: intent.targetNativeId,
        operationId: operation.id,
        idempotencyKey: intent.idempotencyKey,
        providerOperation: providerOperation(operation.mutation, operation.provider) ?? operation.mutation,
        attempt: 1,
        providerRequestId: null,
        httpStatus: null,
        durationMs: 0,
        outcome: 'UNKNOWN',
        errorCode: GATEWAY_STOPPED_CODE,
      });
    }
    const reconcile = adapters.readerFor(operation.provider)?.reconcile;
    if (!reconcile || intent.kind !== 'INTENT' || typeof intent.input !== 'object' || intent.input === null) continue;
    const found = await reconcile(operation.mutation, targetOf(operation), intent.input as Record<string, unknown>);
    if (!found.ok || !found.value) continue;
    const done = await store.operations.transition(operation.id, { status: 'SUCCEEDED', resourceNativeId: found.value.nativeId }, { expectedStatus: 'PENDING' });
    if (done.ok) {
      adapters.invalidate({ provider: operation.provider, account: operation.account, region: operation.region });
      settled++;
    }
  }
  return settled;
}
