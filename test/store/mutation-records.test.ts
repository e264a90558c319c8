import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ProviderFailure } from '../../src/domain/errors';
import type { MutationStart, Operation, Store } from '../../src/store';
import { BACKENDS, unique, useStore } from './backends';

const NOT_FOUND: ProviderFailure = {
  category: 'ResourceNotFound',
  provider: 'ALIBABA',
  operation: 'ModifyNetworkInterfaceAttribute',
  code: 'InvalidEniId.NotFound',
  httpStatus: 404,
  message: 'The specified ENI does not exist.',
  requestId: 'req-1',
  retryable: false,
  documented: true,
  description: null,
};

function startOf(key: string, principal: string | null = 'alice'): MutationStart {
  return {
    claim: { scope: principal ? `principal:${principal}` : 'anonymous', key, mutation: 'updateNetworkInterface', fingerprint: 'fp', operationId: randomUUID() },
    operation: { mutation: 'updateNetworkInterface', provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou', targetNativeId: 'eni-1', principal, completion: { kind: 'sync' } },
    input: { networkInterfaceName: 'renamed', password: 'hunter2' },
    principal,
  };
}

async function storyOf(store: Store, operationId: string) {
  return (await store.journal.list({ operationIds: [operationId] }, { first: 10, order: 'OLDEST_FIRST' })).edges.map((e) => e.node);
}

describe.each(BACKENDS)('mutation records (%s)', (backend) => {
  const store = useStore(backend);

  it('start claims the key, creates the PENDING operation and journals the redacted intent in one go', async () => {
    const key = unique('key');
    const start = startOf(key);
    const started = await store().mutations.start(start);
    expect(started).not.toBeNull();
    expect(await store().operations.get(start.claim.operationId)).toMatchObject({ status: 'PENDING', idempotencyKey: key, principal: 'alice', targetNativeId: 'eni-1' });
    const record = await store().idempotency.get({ scope: 'principal:alice', key });
    expect(record).toMatchObject({ state: 'IN_FLIGHT', operationId: start.claim.operationId, fingerprint: 'fp' });
    const story = await storyOf(store(), start.claim.operationId);
    expect(story).toHaveLength(1);
    expect(story[0]).toMatchObject({ kind: 'INTENT', idempotencyKey: key, input: { networkInterfaceName: 'renamed', password: '[REDACTED]' } });
  });

  it('start on a key already in the store writes nothing and answers null (claim decides)', async () => {
    const key = unique('key');
    expect(await store().mutations.start(startOf(key))).not.toBeNull();
    const second = startOf(key);
    expect(await store().mutations.start(second)).toBeNull();
    expect(await store().operations.get(second.claim.operationId)).toBeNull();
    expect(await storyOf(store(), second.claim.operationId)).toEqual([]);
    expect((await store().idempotency.claim({ ...second.claim })).kind).toBe('in_flight');
  });

  it('finish journals the attempts, fails the operation and keeps the outcome for replays', async () => {
    const key = unique('key');
    const start = startOf(key);
    const started = (await store().mutations.start(start))!;
    const journal = { principal: 'alice', mutation: 'updateNetworkInterface' as const, provider: 'ALIBABA' as const, account: 'ali-prod', region: 'cn-hangzhou', targetNativeId: 'eni-1', operationId: start.claim.operationId, idempotencyKey: key };
    const attempt = { providerOperation: 'ModifyNetworkInterfaceAttribute', providerRequestId: 'req-1', httpStatus: 404, durationMs: 3.4, outcome: 'NOT_APPLIED' as const, errorCode: 'InvalidEniId.NotFound' };
    const moved = await store().mutations.finish({
      journal,
      attempts: [{ ...attempt, attempt: 1 }, { ...attempt, attempt: 2, providerRequestId: 'req-2' }],
      change: { status: 'FAILED', addProviderRequestIds: ['req-1', 'req-2'], error: NOT_FOUND },
      key: { scope: 'principal:alice', key },
      claimToken: started.claimToken,
      keyOutcome: { ok: false, error: NOT_FOUND },
    });
    expect(moved).toMatchObject({ status: 'FAILED', providerRequestIds: ['req-1', 'req-2'], error: { code: 'InvalidEniId.NotFound' } });
    expect((await storyOf(store(), start.claim.operationId)).map((e) => (e.kind === 'ATTEMPT' ? `${e.kind} ${e.attempt} ${e.durationMs}` : e.kind))).toEqual(['INTENT', 'ATTEMPT 1 3', 'ATTEMPT 2 3']);
    const replay = await store().idempotency.claim({ ...start.claim });
    expect(replay.kind).toBe('replay');
  });

  it(
    backend === 'PGlite'
      ? 'finish issued after the turn writes the same rows, issued once the turn that asked for it has ended'
      : 'finish issued after the turn writes the same rows, issued at once (a pool keeps no order of issue)',
    async () => {
      const key = unique('key');
      const start = startOf(key);
      const started = (await store().mutations.start(start))!;
      const journal = { principal: 'alice', mutation: 'updateNetworkInterface' as const, provider: 'ALIBABA' as const, account: 'ali-prod', region: 'cn-hangzhou', targetNativeId: 'eni-1', operationId: start.claim.operationId, idempotencyKey: key };
      let ended = false;
      const finishing = store()
        .mutations.finish(
          { journal, attempts: [], change: { status: 'FAILED', addProviderRequestIds: [], error: NOT_FOUND }, key: { scope: 'principal:alice', key }, claimToken: started.claimToken, keyOutcome: { ok: false, error: NOT_FOUND } },
          'afterTurn',
        )
        .then((operation) => ((ended = true), operation));
      // This turn's promise chains run out before PGlite is handed the statement.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      if (backend === 'PGlite') {
        expect(ended).toBe(false);
        // PGlite runs statements in the order they are issued: a read issued now runs after it and sees it.
        expect((await store().operations.get(start.claim.operationId))?.status).toBe('FAILED');
        expect(await finishing).toMatchObject({ status: 'FAILED' });
      } else {
        // A pool runs them on several connections in no set order: once it has ended, a read sees it.
        expect(await finishing).toMatchObject({ status: 'FAILED' });
        expect((await store().operations.get(start.claim.operationId))?.status).toBe('FAILED');
      }
    },
  );

  it('finish with no outcome frees the key and leaves the operation PENDING; on an ended operation it changes nothing and answers null', async () => {
    const key = unique('key');
    const start = startOf(key, null);
    const started = (await store().mutations.start(start))!;
    const journal = { principal: null, mutation: 'updateNetworkInterface' as const, provider: 'ALIBABA' as const, account: 'ali-prod', region: 'cn-hangzhou', targetNativeId: 'eni-1', operationId: start.claim.operationId, idempotencyKey: key };
    const pending = await store().mutations.finish({ journal, attempts: [], change: { error: NOT_FOUND }, key: { scope: 'anonymous', key }, claimToken: started.claimToken, keyOutcome: null });
    expect(pending?.status).toBe('PENDING');
    expect(await store().idempotency.get({ scope: 'anonymous', key })).toBeNull();
    await store().operations.transition(start.claim.operationId, { status: 'SUCCEEDED' });
    const after = await store().mutations.finish({ journal, attempts: [], change: { status: 'FAILED' }, key: { scope: 'anonymous', key }, claimToken: started.claimToken, keyOutcome: null });
    expect(after).toBeNull();
    expect((await store().operations.get(start.claim.operationId))?.status).toBe('SUCCEEDED');
  });

  it('finishUnread writes what finish writes and answers only whether the operation changed', async () => {
    const key = unique('key');
    const start = startOf(key);
    const started = (await store().mutations.start(start))!;
    const journal = { principal: 'alice', mutation: 'updateNetworkInterface' as const, provider: 'ALIBABA' as const, account: 'ali-prod', region: 'cn-hangzhou', targetNativeId: 'eni-1', operationId: start.claim.operationId, idempotencyKey: key };
    const attempt = { providerOperation: 'ModifyNetworkInterfaceAttribute', attempt: 1, providerRequestId: 'req-1', httpStatus: 404, durationMs: 3, outcome: 'NOT_APPLIED' as const, errorCode: 'InvalidEniId.NotFound' };
    const closing = { journal, attempts: [attempt], change: { status: 'FAILED' as const, addProviderRequestIds: ['req-1'], error: NOT_FOUND }, key: { scope: 'principal:alice', key }, claimToken: started.claimToken, keyOutcome: { ok: false as const, error: NOT_FOUND } };
    expect(await store().mutations.finishUnread(closing, 'afterTurn')).toBe(true);
    expect(await store().operations.get(start.claim.operationId)).toMatchObject({ status: 'FAILED', providerRequestIds: ['req-1'], error: { code: 'InvalidEniId.NotFound' } });
    expect((await storyOf(store(), start.claim.operationId)).map((e) => e.kind)).toEqual(['INTENT', 'ATTEMPT']);
    expect((await store().idempotency.claim({ ...start.claim })).kind).toBe('replay');
    // Ended already: nothing changes, and it says so.
    expect(await store().mutations.finishUnread({ ...closing, attempts: [], change: { status: 'SUCCEEDED' as const } })).toBe(false);
    expect((await store().operations.get(start.claim.operationId))?.status).toBe('FAILED');
  });

  it('watchers hear the operations start and finish write, and a watch reads back only the operations it wants', async () => {
    const key = unique('key');
    const wantedId = randomUUID();
    const everything: Operation[] = [];
    const wanted: Operation[] = [];
    const stopAll = await store().operations.watch((operation) => everything.push(operation));
    const stopWanted = await store().operations.watch((operation) => wanted.push(operation), (id) => id === wantedId);
    const start = startOf(key);
    expect(await store().mutations.start({ ...start, claim: { ...start.claim, operationId: wantedId } })).not.toBeNull();
    await store().mutations.start(startOf(unique('key')));
    await expect.poll(() => everything.filter((o) => o.id === wantedId).length).toBeGreaterThan(0);
    await expect.poll(() => everything.length).toBeGreaterThanOrEqual(2);
    expect(wanted.every((o) => o.id === wantedId)).toBe(true);
    expect(wanted.length).toBeGreaterThan(0);
    await stopAll();
    await stopWanted();
  });
});
