import { describe, expect, it } from 'vitest';
import type { ProviderFailure } from '../../src/domain/errors';
import type { Completion } from '../../src/domain/mutations';
import { InvalidCursorError, type NewOperation, type Operation, type Store } from '../../src/store';
import { BACKENDS, TestClock, unique, useStore } from './backends';

const associating: Completion = { kind: 'status', pending: ['ASSOCIATING'], settled: ['IN_USE'] };
const huaweiJob: Completion = { kind: 'job', statusOperation: 'ShowJob' };

const quotaError: ProviderFailure = {
  category: 'QuotaExceeded',
  provider: 'HUAWEI',
  operation: 'BatchAddServerNics',
  code: 'Ecs.0005',
  httpStatus: 400,
  message: 'quota exceeded',
  requestId: 'req-q',
  retryable: false,
  documented: true,
  description: 'The quota is insufficient.',
};

function newOperation(overrides: Partial<NewOperation> = {}): NewOperation {
  return {
    mutation: 'associateElasticIp',
    provider: 'ALIBABA',
    account: 'ali-prod',
    region: 'cn-hangzhou',
    targetNativeId: 'eip-1',
    completion: associating,
    ...overrides,
  };
}

/** Every page of a filtered list, following endCursor. */
async function walk(store: Store, filter: Parameters<Store['operations']['list']>[0], first: number): Promise<Operation[][]> {
  const pages: Operation[][] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.operations.list(filter, { first, after });
    pages.push(page.edges.map((e) => e.node));
    expect(page.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.hasNextPage) return pages;
    after = page.endCursor;
  }
}

describe.each(BACKENDS)('operations on %s', (backend) => {
  const clock = new TestClock();
  const store = useStore(backend, { clock: clock.now });

  it('records a new operation PENDING with its completion spec and reads it back by id', async () => {
    const created = await store().operations.create(newOperation({ principal: 'alice', idempotencyKey: 'k-1', providerRequestIds: ['req-1', 'req-1'] }));
    expect(created).toMatchObject({
      status: 'PENDING',
      mutation: 'associateElasticIp',
      provider: 'ALIBABA',
      targetNativeId: 'eip-1',
      principal: 'alice',
      idempotencyKey: 'k-1',
      providerRequestIds: ['req-1'],
      providerJobId: null,
      completion: associating,
      resourceNativeId: null,
      error: null,
      createdAt: clock.now().toISOString(),
      updatedAt: clock.now().toISOString(),
      finishedAt: null,
    });
    expect(await store().operations.get(created.id)).toEqual(created);
    expect(await store().operations.get('no-such-operation')).toBeNull();
  });

  it('records a synchronous change SUCCEEDED at once, finished when created', async () => {
    const done = await store().operations.create(newOperation({ status: 'SUCCEEDED', completion: { kind: 'sync' }, resourceNativeId: 'eip-1' }));
    expect(done.finishedAt).toBe(done.createdAt);
    expect(done.completion).toEqual({ kind: 'sync' });
  });

  it('keeps the stored operation when an id is recorded twice', async () => {
    const id = unique('op');
    const first = await store().operations.create(newOperation({ id, targetNativeId: 'eip-first' }));
    const second = await store().operations.create(newOperation({ id, targetNativeId: 'eip-second' }));
    expect(second).toEqual(first);
  });

  it('follows PENDING → RUNNING → SUCCEEDED, appending request ids once each and stamping updated and finished times', async () => {
    const op = await store().operations.create(newOperation({ provider: 'HUAWEI', completion: huaweiJob, providerRequestIds: ['r1'] }));
    clock.advanceSeconds(1);
    const running = await store().operations.transition(op.id, { status: 'RUNNING', providerJobId: 'job-7', addProviderRequestIds: ['r1', 'r2'] });
    expect(running.ok && running.operation).toMatchObject({ status: 'RUNNING', providerJobId: 'job-7', providerRequestIds: ['r1', 'r2'], finishedAt: null });
    clock.advanceSeconds(2);
    const done = await store().operations.transition(op.id, { status: 'SUCCEEDED', resourceNativeId: 'port-9', addProviderRequestIds: ['r3'] }, { expectedStatus: 'RUNNING' });
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.operation).toMatchObject({ status: 'SUCCEEDED', providerJobId: 'job-7', resourceNativeId: 'port-9', providerRequestIds: ['r1', 'r2', 'r3'] });
    expect(done.operation.updatedAt).toBe(clock.now().toISOString());
    expect(done.operation.finishedAt).toBe(clock.now().toISOString());
    expect(done.operation.createdAt).toBe(op.createdAt);
  });

  it('never leaves a final status: a later change is refused as FINAL and changes nothing', async () => {
    const op = await store().operations.create(newOperation());
    const failed = await store().operations.transition(op.id, { status: 'FAILED', error: quotaError });
    expect(failed.ok && failed.operation.error).toEqual(quotaError);
    for (const change of [{ status: 'SUCCEEDED' as const }, { status: 'RUNNING' as const }, { addProviderRequestIds: ['late'] }]) {
      const refused = await store().operations.transition(op.id, change);
      expect(refused).toMatchObject({ ok: false, reason: 'FINAL' });
    }
    expect(await store().operations.get(op.id)).toMatchObject({ status: 'FAILED', providerRequestIds: [], error: quotaError });
  });

  it('applies a change with an expected status only from that status (STATUS_CHANGED otherwise), and answers NOT_FOUND for an unknown id', async () => {
    const op = await store().operations.create(newOperation());
    expect(await store().operations.transition(op.id, { status: 'SUCCEEDED' }, { expectedStatus: 'RUNNING' })).toMatchObject({
      ok: false,
      reason: 'STATUS_CHANGED',
      operation: { status: 'PENDING' },
    });
    expect(await store().operations.transition('missing', { status: 'RUNNING' })).toEqual({ ok: false, reason: 'NOT_FOUND' });
  });

  it('lets exactly one of concurrent final transitions win', async () => {
    const op = await store().operations.create(newOperation());
    const results = await Promise.all(
      (['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'SUCCEEDED', 'FAILED', 'TIMED_OUT'] as const).map((status) => store().operations.transition(op.id, { status })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(Array(5).fill('FINAL'));
  });

  it('lists the unfinished operations oldest first, for pollers to resume after a restart', async () => {
    const account = unique('acct');
    const a = await store().operations.create(newOperation({ account }));
    clock.advanceSeconds(1);
    const b = await store().operations.create(newOperation({ account, status: 'RUNNING' }));
    const c = await store().operations.create(newOperation({ account }));
    await store().operations.transition(c.id, { status: 'TIMED_OUT' });
    const unfinished = (await store().operations.listUnfinished()).filter((o) => o.account === account);
    expect(unfinished.map((o) => o.id)).toEqual([a.id, b.id]);
  });

  it('pages newest first with stable cursors, ties on the same instant broken by id, none skipped or repeated', async () => {
    const account = unique('page');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      // Pairs share an instant, so the id must order them.
      if (i % 2 === 0) clock.advanceSeconds(1);
      ids.push((await store().operations.create(newOperation({ account, id: `${account}-${String.fromCharCode(97 + ((i * 3) % 7))}` }))).id);
    }
    const pages = await walk(store(), { accounts: [account] }, 3);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    const listed = pages.flat();
    const expected = [...(await Promise.all(ids.map((id) => store().operations.get(id))))]
      .map((o) => o as Operation)
      .sort((x, y) => (x.createdAt === y.createdAt ? (x.id < y.id ? 1 : -1) : x.createdAt < y.createdAt ? 1 : -1))
      .map((o) => o.id);
    expect(listed.map((o) => o.id)).toEqual(expected);

    // A cursor keeps its place while newer operations arrive before it.
    const firstPage = await store().operations.list({ accounts: [account] }, { first: 3 });
    clock.advanceSeconds(1);
    await store().operations.create(newOperation({ account }));
    const next = await store().operations.list({ accounts: [account] }, { first: 3, after: firstPage.endCursor });
    expect(next.edges.map((e) => e.node.id)).toEqual(expected.slice(3, 6));
  });

  it('filters by status, mutation, provider, account, region, principal and creation time', async () => {
    const account = unique('filter');
    const start = clock.now().toISOString();
    const eip = await store().operations.create(newOperation({ account, principal: 'p1' }));
    clock.advanceSeconds(10);
    const middle = clock.now().toISOString();
    const peer = await store().operations.create(
      newOperation({ account, provider: 'HUAWEI', region: 'cn-north-4', mutation: 'createVifPeer', completion: huaweiJob, principal: 'p2' }),
    );
    await store().operations.transition(peer.id, { status: 'RUNNING' });
    const ids = async (filter: Parameters<Store['operations']['list']>[0]) =>
      (await store().operations.list({ accounts: [account], ...filter }, { first: 10 })).edges.map((e) => e.node.id);
    expect(await ids({ statuses: ['RUNNING'] })).toEqual([peer.id]);
    expect(await ids({ statuses: ['PENDING', 'RUNNING'] })).toEqual([peer.id, eip.id]);
    expect(await ids({ mutations: ['associateElasticIp'] })).toEqual([eip.id]);
    expect(await ids({ providers: ['HUAWEI'] })).toEqual([peer.id]);
    expect(await ids({ regions: ['cn-hangzhou'] })).toEqual([eip.id]);
    expect(await ids({ principals: ['p2'] })).toEqual([peer.id]);
    expect(await ids({ ids: [eip.id, 'other'] })).toEqual([eip.id]);
    expect(await ids({ since: middle })).toEqual([peer.id]);
    expect(await ids({ since: start, before: middle })).toEqual([eip.id]);
    expect(await ids({ accounts: [unique('nobody')] })).toEqual([]);
  });

  it('refuses a cursor it did not issue and a page size outside 1 to 500', async () => {
    await expect(store().operations.list({}, { after: 'bm90LWEtY3Vyc29y' })).rejects.toThrow(InvalidCursorError);
    await expect(store().operations.list({}, { after: '!!' })).rejects.toThrow(InvalidCursorError);
    const journalCursor = Buffer.from(JSON.stringify(['j1', '5'])).toString('base64url');
    await expect(store().operations.list({}, { after: journalCursor })).rejects.toThrow(InvalidCursorError);
    await expect(store().operations.list({}, { first: 0 })).rejects.toThrow(RangeError);
    await expect(store().operations.list({}, { first: 501 })).rejects.toThrow(RangeError);
  });

  it('tells a watcher about every creation and change with the latest state', async () => {
    const seen: Operation[] = [];
    const account = unique('watch');
    const stop = await store().operations.watch((operation) => {
      if (operation.account === account) seen.push(operation);
    });
    try {
      const op = await store().operations.create(newOperation({ account }));
      await waitUntil(() => seen.length >= 1);
      await store().operations.transition(op.id, { status: 'SUCCEEDED' });
      await waitUntil(() => seen.some((o) => o.status === 'SUCCEEDED'));
      expect(seen[0]?.id).toBe(op.id);
      expect(seen.at(-1)?.status).toBe('SUCCEEDED');
    } finally {
      await stop();
    }
  });
});

/** Notifications arrive asynchronously (over the server's connection on PostgreSQL). */
async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
