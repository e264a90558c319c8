import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../src/auth/principal';
import { sharingKey, SharedExecutions, type ProducedResponse } from '../../../src/gateway/plugins/shared-execution';

const alice: Principal = { id: 'alice', kind: 'apiKey', grants: [] };
const bob: Principal = { id: 'bob', kind: 'apiKey', grants: [] };
const PARTITION = 'ALIBABA\u0000acct\u0000cn-hangzhou\u0000';
const OTHER = 'HUAWEI\u0000acct\u0000cn-north-4\u0000';

const post = (query: string, variables: Record<string, unknown> = {}) => ({ method: 'POST', search: '', body: { query, variables } });

function counter(partitions: string[] = [PARTITION], answer: Partial<ProducedResponse> = {}) {
  let executions = 0;
  const execute = async (): Promise<ProducedResponse> => {
    executions++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { status: 200, headers: [['content-type', 'application/json']], body: Buffer.from(`{"n":${executions}}`), keep: true, partitionsRead: new Set(partitions), listReads: 1, ...answer };
  };
  return { execute, executions: () => executions };
}

describe('sharingKey', () => {
  it('is the same for the same document, variables and principal', () => {
    expect(sharingKey(post('{ a }', { x: 1 }), alice)).toBe(sharingKey(post('{ a }', { x: 1 }), alice));
  });

  it('differs with the variables, the document or the principal', () => {
    const key = sharingKey(post('{ a }', { x: 1 }), alice);
    expect(sharingKey(post('{ a }', { x: 2 }), alice)).not.toBe(key);
    expect(sharingKey(post('{ b }', { x: 1 }), alice)).not.toBe(key);
    expect(sharingKey(post('{ a }', { x: 1 }), bob)).not.toBe(key);
    expect(sharingKey(post('{ a }', { x: 1 }), { ...alice, grants: [{ scopes: ['read'], providers: ['*'], accounts: ['*'], regions: ['*'] }] as unknown as Principal['grants'] })).not.toBe(key);
  });

  it('is null for mutations, subscriptions, batches and bodies without a document', () => {
    expect(sharingKey(post('mutation { a }'), alice)).toBeNull();
    expect(sharingKey(post('subscription { a }'), alice)).toBeNull();
    expect(sharingKey({ method: 'POST', search: '', body: [{ query: '{ a }' }] }, alice)).toBeNull();
    expect(sharingKey({ method: 'POST', search: '', body: 'text' }, alice)).toBeNull();
    expect(sharingKey({ method: 'PUT', search: '', body: { query: '{ a }' } }, alice)).toBeNull();
  });

  it('reads GET requests from the query string', () => {
    expect(sharingKey({ method: 'GET', search: '?query=%7B%20a%20%7D', body: '' }, alice)).not.toBeNull();
  });
});

describe('SharedExecutions', () => {
  it('runs N concurrent identical requests once, all answered with the one serialized response', async () => {
    const shared = new SharedExecutions({ windowMs: 5_000, now: () => 1_000 });
    const { execute, executions } = counter();
    const answers = await Promise.all(Array.from({ length: 20 }, () => shared.run('k', execute)));
    expect(executions()).toBe(1);
    expect(new Set(answers.map((a) => a.response)).size).toBe(1);
    expect(answers.filter((a) => !a.shared)).toHaveLength(1);
  });

  it('answers later identical requests of the same window from the kept response, and executes again in the next window', async () => {
    let now = 10_000;
    const shared = new SharedExecutions({ windowMs: 5_000, now: () => now });
    const { execute, executions } = counter();
    await shared.run('k', execute);
    now = 14_999;
    expect((await shared.run('k', execute)).shared).toBe(true);
    expect(executions()).toBe(1);
    now = 15_000;
    expect((await shared.run('k', execute)).shared).toBe(false);
    expect(executions()).toBe(2);
  });

  it('executes different keys (variables, principals) separately', async () => {
    const shared = new SharedExecutions({ windowMs: 5_000, now: () => 0 });
    const { execute, executions } = counter();
    const keys = [sharingKey(post('{ a }', { x: 1 }), alice)!, sharingKey(post('{ a }', { x: 2 }), alice)!, sharingKey(post('{ a }', { x: 1 }), bob)!];
    await Promise.all(keys.map((k) => shared.run(k, execute)));
    expect(executions()).toBe(3);
  });

  it('drops a kept response when a partition it read is invalidated, and keeps the others', async () => {
    const shared = new SharedExecutions({ windowMs: 5_000, now: () => 0 });
    const mutated = counter([PARTITION]);
    const untouched = counter([OTHER]);
    await shared.run('reads-mutated', mutated.execute);
    await shared.run('reads-other', untouched.execute);
    shared.invalidate(PARTITION);
    expect((await shared.run('reads-mutated', mutated.execute)).shared).toBe(false);
    expect((await shared.run('reads-other', untouched.execute)).shared).toBe(true);
    expect(mutated.executions()).toBe(2);
    expect(untouched.executions()).toBe(1);
  });

  it('does not keep an execution a mutation overtook, nor let later requests join it', async () => {
    const shared = new SharedExecutions({ windowMs: 5_000, now: () => 0 });
    const { execute, executions } = counter();
    const first = shared.run('k', execute);
    shared.invalidate(PARTITION);
    const second = shared.run('k', execute);
    await Promise.all([first, second]);
    expect(executions()).toBe(2);
    await shared.run('k', execute);
    expect(executions()).toBe(2);
  });

  it('shares only in flight an answer that must not be kept (a failed partition, an error status) or when the window is 0', async () => {
    const failing = counter([PARTITION], { keep: false });
    const erroring = counter([PARTITION], { status: 400 });
    const shared = new SharedExecutions({ windowMs: 5_000, now: () => 0 });
    await shared.run('failing', failing.execute);
    await shared.run('failing', failing.execute);
    await shared.run('erroring', erroring.execute);
    await shared.run('erroring', erroring.execute);
    expect(failing.executions()).toBe(2);
    expect(erroring.executions()).toBe(2);
    const off = new SharedExecutions({ windowMs: 0, now: () => 0 });
    const plain = counter();
    await Promise.all([off.run('k', plain.execute), off.run('k', plain.execute)]);
    await off.run('k', plain.execute);
    expect(plain.executions()).toBe(2);
  });

  it('keeps answers within its byte budget, least recently used evicted first', async () => {
    const shared = new SharedExecutions({ windowMs: 5_000, now: () => 0, maxBytes: 20 });
    const { execute } = counter();
    await shared.run('a', execute); // {"n":1}: 7 bytes
    await shared.run('b', execute);
    await shared.run('a', execute); // a is now the most recently used
    await shared.run('c', execute); // 21 bytes: b goes
    expect(shared.size).toBe(2);
    expect((await shared.run('a', execute)).shared).toBe(true);
    expect((await shared.run('b', execute)).shared).toBe(false);
  });

  it('gives sharers the same data with extensions of their own: no provider call, the lists as cache hits, the answer’s age', async () => {
    let now = 1_000;
    const shared = new SharedExecutions({ windowMs: 5_000, now: () => now });
    const extensions = { providerCalls: { estimated: 9, actual: 9, byProvider: { ALIBABA: 9 }, cacheHits: 0, coalesced: 0, limit: 1000 }, cacheControl: { maxAgeMs: 5000, oldestAgeMs: 0 } };
    const executed = JSON.stringify({ data: { networkInterfaces: { totalCount: 3, extensions: 'a field of that name' } }, extensions });
    const execute = async (): Promise<ProducedResponse> => ({ status: 200, headers: [], body: Buffer.from(executed), keep: true, partitionsRead: new Set([PARTITION]), listReads: 7 });
    const first = await shared.run('k', execute);
    expect(first.response.body.toString()).toBe(executed);
    now = 1_250;
    const second = await shared.run('k', execute);
    const body = JSON.parse(second.response.sharedBody(now).toString()) as { data: unknown; extensions: typeof extensions & { providerCalls: { sharedExecution: boolean } } };
    expect(body.data).toEqual(JSON.parse(executed).data);
    expect(body.extensions.providerCalls).toEqual({ estimated: 9, actual: 0, byProvider: {}, cacheHits: 7, coalesced: 0, limit: 1000, sharedExecution: true });
    expect(body.extensions.cacheControl).toEqual({ maxAgeMs: 5000, oldestAgeMs: 250 });
    // The gzip of the shared body: a precompressed head and a small tail member, decoded as one.
    expect(zlib.gunzipSync(await second.response.sharedGzip(now)).toString()).toBe(second.response.sharedBody(now).toString());
  });

  it('shares a body without top-level extensions as it is', async () => {
    const shared = new SharedExecutions({ windowMs: 5_000, now: () => 0 });
    const { response } = await shared.run('k', counter().execute);
    expect(response.sharedBody(0).toString()).toBe('{"n":1}');
  });
});
