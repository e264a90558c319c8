import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore, requestFingerprint, type ClaimRequest, type Operation, type Store } from '../../src/store';
import { freshSchema, unique } from './backends';

/** Two gateway replicas: two stores, each with its own connection pool, on one PostgreSQL schema. */
describe('two replicas on one PostgreSQL', () => {
  const shared = freshSchema();
  const other = freshSchema();
  let a: Store;
  let b: Store;
  let elsewhere: Store;
  beforeAll(async () => {
    [a, b, elsewhere] = await Promise.all([shared.open(), shared.open(), other.open()]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close(), elsewhere?.close()]);
    await Promise.all([shared.drop(), other.drop()]);
  });

  const request = (): ClaimRequest => ({ scope: 'anonymous', key: unique('k'), mutation: 'createVifPeer', fingerprint: requestFingerprint({ vif: 'vif-1' }) });

  it('see each other\'s keys: in flight on one is in flight on the other, completed on one replays on the other', async () => {
    const first = request();
    const claim = await a.idempotency.claim(first);
    if (claim.kind !== 'claimed') throw new Error('expected a claim');
    expect((await b.idempotency.claim(first)).kind).toBe('in_flight');
    expect((await b.idempotency.claim({ ...first, fingerprint: requestFingerprint({ vif: 'vif-2' }) })).kind).toBe('mismatch');
    await a.idempotency.complete(first, claim.claimToken, { ok: true, payload: { peer: 'p-1' } });
    const replay = await b.idempotency.claim(first);
    expect(replay.kind === 'replay' && replay.record.outcome).toEqual({ ok: true, payload: { peer: 'p-1' } });
  });

  it('give exactly one claim when both replicas race 30 claims each for one key', async () => {
    const first = request();
    const results = await Promise.all([...Array.from({ length: 30 }, () => a.idempotency.claim(first)), ...Array.from({ length: 30 }, () => b.idempotency.claim(first))]);
    expect(results.filter((r) => r.kind === 'claimed')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'in_flight')).toHaveLength(59);
  });

  it('share operations and the journal, and one replica\'s watcher hears the other\'s changes', async () => {
    const seen: Operation[] = [];
    const account = unique('acct');
    const stop = await b.operations.watch((o) => {
      if (o.account === account) seen.push(o);
    });
    try {
      const op = await a.operations.create({ mutation: 'createVifPeer', provider: 'HUAWEI', account, region: 'cn-north-4', completion: { kind: 'status', pending: ['CREATING'], settled: ['ACTIVE'] } });
      expect(await b.operations.get(op.id)).toEqual(op);
      const done = await b.operations.transition(op.id, { status: 'SUCCEEDED', resourceNativeId: 'peer-1' });
      expect(done.ok).toBe(true);
      expect(await a.operations.transition(op.id, { status: 'FAILED' })).toMatchObject({ ok: false, reason: 'FINAL' });
      await waitUntil(() => seen.some((o) => o.status === 'SUCCEEDED'));
      await a.journal.recordIntent({ principal: 'p', mutation: 'createVifPeer', provider: 'HUAWEI', account, region: 'cn-north-4', targetNativeId: null, operationId: op.id, idempotencyKey: null, input: {} });
      expect((await b.journal.list({ accounts: [account] }, {})).edges).toHaveLength(1);
    } finally {
      await stop();
    }
  });

  it('keep schemas apart: a store on another schema sees none of it', async () => {
    const first = request();
    await a.idempotency.claim(first);
    expect(await elsewhere.idempotency.get(first)).toBeNull();
    expect((await elsewhere.idempotency.claim(first)).kind).toBe('claimed');
  });

  it('fail to open, without leaving connections behind, when the server cannot be reached', async () => {
    await expect(openPostgresStore({ url: 'postgres://postgres@127.0.0.1:1/test', schema: 'public' })).rejects.toThrow();
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
