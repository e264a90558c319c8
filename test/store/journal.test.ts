import { describe, expect, it } from 'vitest';
import { REDACTED, type AttemptRecord, type JournalContext, type JournalEntry, type Store } from '../../src/store';
import { BACKENDS, TestClock, unique, useStore } from './backends';

function context(overrides: Partial<JournalContext> = {}): JournalContext {
  return {
    principal: 'alice',
    mutation: 'createVifPeer',
    provider: 'HUAWEI',
    account: 'hw-prod',
    region: 'cn-north-4',
    targetNativeId: null,
    operationId: 'op-1',
    idempotencyKey: 'key-1',
    ...overrides,
  };
}

function attempt(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    ...context(),
    providerOperation: 'CreateVifPeer',
    attempt: 1,
    providerRequestId: 'req-1',
    httpStatus: 201,
    durationMs: 87.4,
    outcome: 'APPLIED',
    errorCode: null,
    ...overrides,
  };
}

async function walk(store: Store, filter: Parameters<Store['journal']['list']>[0], first: number, order?: 'NEWEST_FIRST' | 'OLDEST_FIRST'): Promise<JournalEntry[]> {
  const entries: JournalEntry[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.journal.list(filter, { first, after, ...(order ? { order } : {}) });
    entries.push(...page.edges.map((e) => e.node));
    if (!page.hasNextPage) return entries;
    after = page.endCursor;
  }
}

describe.each(BACKENDS)('journal on %s', (backend) => {
  const clock = new TestClock();
  const store = useStore(backend, { clock: clock.now });

  it('pages in recording order across ids of different lengths (99 → 100): each entry once', async () => {
    const principal = unique('pager');
    // 120 entries: their ids cross 100 however few the file recorded before (it records far fewer).
    for (let i = 0; i < 120; i++) await store().journal.recordIntent({ ...context({ principal, idempotencyKey: `${principal}-${i}` }), input: { i } });
    for (const order of ['NEWEST_FIRST', 'OLDEST_FIRST'] as const) {
      const ids = (await walk(store(), { principals: [principal] }, 7, order)).map((e) => Number(e.id));
      expect(ids).toHaveLength(120);
      expect(new Set(ids).size).toBe(120);
      const sorted = [...ids].sort((a, b) => (order === 'NEWEST_FIRST' ? b - a : a - b));
      expect(ids).toEqual(sorted);
    }
  });

  it('records the intent with the canonical input and the caller, and each attempt with what the provider answered', async () => {
    const operationId = unique('op');
    const intent = await store().journal.recordIntent({ ...context({ operationId }), input: { vifId: 'vif-1', remoteEp: '10.0.0.2/30', tags: [{ key: 'a', value: 'b' }] } });
    expect(intent).toMatchObject({ kind: 'INTENT', principal: 'alice', operationId, idempotencyKey: 'key-1', at: clock.now().toISOString() });
    expect(intent.kind === 'INTENT' && intent.input).toEqual({ vifId: 'vif-1', remoteEp: '10.0.0.2/30', tags: [{ key: 'a', value: 'b' }] });

    clock.advanceSeconds(15);
    const lost = await store().journal.recordAttempt(
      attempt({ operationId, providerRequestId: null, httpStatus: null, durationMs: 15_000, outcome: 'UNKNOWN', errorCode: 'RequestTimeout' }),
    );
    expect(lost).toMatchObject({ kind: 'ATTEMPT', attempt: 1, providerRequestId: null, httpStatus: null, durationMs: 15_000, outcome: 'UNKNOWN', errorCode: 'RequestTimeout' });
    const applied = await store().journal.recordAttempt(attempt({ operationId, attempt: 2 }));
    expect(applied).toMatchObject({ attempt: 2, providerOperation: 'CreateVifPeer', providerRequestId: 'req-1', httpStatus: 201, durationMs: 87, outcome: 'APPLIED' });

    const story = await walk(store(), { operationIds: [operationId] }, 10, 'OLDEST_FIRST');
    expect(story.map((e) => (e.kind === 'ATTEMPT' ? `${e.kind}#${e.attempt}:${e.outcome}` : e.kind))).toEqual(['INTENT', 'ATTEMPT#1:UNKNOWN', 'ATTEMPT#2:APPLIED']);
    expect(story.map((e) => e.id)).toEqual([intent.id, lost.id, applied.id]);
  });

  it('never stores credentials: secret-named fields of the input are redacted at any depth', async () => {
    const operationId = unique('op');
    const input = {
      vifId: 'vif-1',
      bgpMd5: 'md5-secret-1',
      authKey: 'auth-secret-2',
      password: 'secret-3',
      secret: 'secret-4',
      nested: { accessKeySecret: 'secret-5', sk: 'secret-6', disk: 'kept', clientToken: 'token-kept' },
      credentials: { ak: 'AKID', sk: 'secret-7' },
      peers: [{ bgp_md5: 'secret-8', asn: 64512 }],
    };
    await store().journal.recordIntent({ ...context({ operationId }), input });
    const [entry] = (await store().journal.list({ operationIds: [operationId] }, {})).edges.map((e) => e.node);
    expect(entry?.kind === 'INTENT' && entry.input).toEqual({
      vifId: 'vif-1',
      bgpMd5: REDACTED,
      authKey: REDACTED,
      password: REDACTED,
      secret: REDACTED,
      nested: { accessKeySecret: REDACTED, sk: REDACTED, disk: 'kept', clientToken: 'token-kept' },
      credentials: REDACTED,
      peers: [{ bgp_md5: REDACTED, asn: 64512 }],
    });
    expect(JSON.stringify(entry)).not.toMatch(/secret-\d/);
  });

  it('pages newest first by default with cursors that keep their place as rows are added', async () => {
    const principal = unique('pager');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await store().journal.recordAttempt(attempt({ principal, attempt: i + 1 }))).id);
    const newestFirst = await walk(store(), { principals: [principal] }, 2);
    expect(newestFirst.map((e) => e.id)).toEqual([...ids].reverse());
    expect(await walk(store(), { principals: [principal] }, 2, 'OLDEST_FIRST').then((es) => es.map((e) => e.id))).toEqual(ids);

    const first = await store().journal.list({ principals: [principal] }, { first: 2 });
    expect(first.hasNextPage).toBe(true);
    await store().journal.recordAttempt(attempt({ principal, attempt: 6 }));
    const second = await store().journal.list({ principals: [principal] }, { first: 2, after: first.endCursor });
    expect(second.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1]]);
  });

  it('filters by principal, mutation, provider, account, operation, kind and time range', async () => {
    const account = unique('acct');
    const start = clock.now().toISOString();
    const a = await store().journal.recordIntent({ ...context({ account, principal: 'p1', operationId: 'op-a' }), input: {} });
    clock.advanceSeconds(60);
    const middle = clock.now().toISOString();
    const b = await store().journal.recordAttempt(
      attempt({ account, principal: 'p2', operationId: 'op-b', provider: 'ALIBABA', region: 'cn-hangzhou', mutation: 'createNetworkInterface', providerOperation: 'CreateNetworkInterface' }),
    );
    const ids = async (filter: Parameters<Store['journal']['list']>[0]) =>
      (await store().journal.list({ accounts: [account], ...filter }, { first: 10 })).edges.map((e) => e.node.id);
    expect(await ids({})).toEqual([b.id, a.id]);
    expect(await ids({ principals: ['p1'] })).toEqual([a.id]);
    expect(await ids({ mutations: ['createNetworkInterface'] })).toEqual([b.id]);
    expect(await ids({ providers: ['HUAWEI'] })).toEqual([a.id]);
    expect(await ids({ operationIds: ['op-b'] })).toEqual([b.id]);
    expect(await ids({ kinds: ['INTENT'] })).toEqual([a.id]);
    expect(await ids({ since: middle })).toEqual([b.id]);
    expect(await ids({ since: start, before: middle })).toEqual([a.id]);
  });
});
