import 'reflect-metadata';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { hashApiKey } from '../../src/auth/api-keys';
import { encodeOperationId } from '../../src/domain/global-id';
import type { RunningGateway } from '../../src/gateway';
import { IN_MEMORY, openPgliteStore, type NewOperation, type Store } from '../../src/store';
import { startLocalIssuer } from '../auth/jwks-server';
import { gatewayWith, post } from './gateway-fixture';
import { connect, Subscription, type TestClient } from './subscriptions-client';

/**
 * operationUpdated over graphql-ws on the gateway's /graphql: changes recorded in the store reach
 * subscribers by id and by filter, only in the partitions the caller may read; connections are
 * authenticated and bounded; subscriptions are not served over plain HTTP.
 */

const ADMIN_KEY = 'np_admin_0123456789abcdef0123456789abcdef';
const ALIBABA_READER_KEY = 'np_alireader_0123456789abcdef0123456789ab';
const EVERYWHERE = ['*'];

let store: Store;
let gateway: RunningGateway;
const clients: TestClient[] = [];

beforeAll(async () => {
  store = await openPgliteStore({ dataDir: IN_MEMORY });
  gateway = await gatewayWith([], {
    operations: store.operations,
    auth: {
      apiKeys: [
        { id: 'admin', sha256: hashApiKey(ADMIN_KEY), grants: [{ scope: 'mutate', providers: EVERYWHERE, accounts: EVERYWHERE, regions: EVERYWHERE }] },
        { id: 'ali-reader', sha256: hashApiKey(ALIBABA_READER_KEY), grants: [{ scope: 'read', providers: ['ALIBABA'], accounts: EVERYWHERE, regions: EVERYWHERE }] },
      ],
    },
    subscriptions: { maxSubscriptionsPerConnection: 2 },
  });
}, 30_000);

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

afterAll(async () => {
  await gateway?.close();
  await store?.close();
});

/** A client of the shared gateway with an API key (null: none). */
function client(key: string | null = ADMIN_KEY, options: { viaHeader?: boolean; url?: string } = {}): TestClient {
  const url = options.url ?? gateway.url;
  const made = options.viaHeader
    ? connect(url, { headers: { authorization: `Bearer ${key}` } })
    : connect(url, key === null ? {} : { connectionParams: { authorization: `Bearer ${key}` } });
  clients.push(made);
  return made;
}

const FIELDS = 'id mutation status target { provider account region nativeId } providerRequestIds finishedAt';
const BY_ID = `subscription ($id: ID!) { operationUpdated(id: $id) { ${FIELDS} } }`;
const BY_FILTER = `subscription ($filter: OperationFilter!) { operationUpdated(filter: $filter) { ${FIELDS} } }`;

interface Update {
  operationUpdated: { id: string; mutation: string; status: string; target: { provider: string; account: string; region: string; nativeId: string | null }; providerRequestIds: string[]; finishedAt: string | null };
}

function newOperation(overrides: Partial<NewOperation> = {}): NewOperation {
  return {
    mutation: 'associateElasticIp',
    provider: 'ALIBABA',
    account: 'ali-prod',
    region: 'cn-hangzhou',
    targetNativeId: 'eip-1',
    completion: { kind: 'status', pending: ['Associating'], settled: ['InUse'] },
    ...overrides,
  };
}

async function running(subscription: Subscription<Update>): Promise<void> {
  // graphql-ws acknowledges nothing per subscription: an update made before the server listens would not be seen.
  // The store's watch is shared; give the subscribe message the time to reach the server.
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(subscription.error).toBeUndefined();
}

describe('operationUpdated by id', () => {
  it('sends the state now, then every change, and completes after the final status', async () => {
    const created = await store.operations.create(newOperation());
    const id = encodeOperationId(created.id);
    const updates = new Subscription<Update>(client().client, BY_ID, { id });

    const first = await updates.next();
    expect(first.data?.operationUpdated).toMatchObject({ id, mutation: 'associateElasticIp', status: 'PENDING', target: { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou', nativeId: 'eip-1' } });

    await store.operations.transition(created.id, { status: 'RUNNING', addProviderRequestIds: ['req-1'] });
    expect((await updates.next()).data?.operationUpdated).toMatchObject({ status: 'RUNNING', providerRequestIds: ['req-1'], finishedAt: null });

    await store.operations.transition(created.id, { status: 'SUCCEEDED' });
    const last = (await updates.next()).data?.operationUpdated;
    expect(last?.status).toBe('SUCCEEDED');
    expect(last?.finishedAt).not.toBeNull();
    await updates.ended();
    expect(updates.completed).toBe(true);
  });

  it('answers a finished operation with its final state and completes', async () => {
    const done = await store.operations.create(newOperation({ status: 'SUCCEEDED' }));
    const updates = new Subscription<Update>(client().client, BY_ID, { id: encodeOperationId(done.id) });
    expect((await updates.next()).data?.operationUpdated.status).toBe('SUCCEEDED');
    await updates.ended();
    expect(updates.pending).toBe(0);
  });

  it('reports an unknown id, and an operation outside the caller\'s read grants, as not found', async () => {
    const unknown = new Subscription<Update>(client().client, BY_ID, { id: encodeOperationId('00000000-0000-4000-8000-000000000000') });
    const answer = await unknown.next();
    expect(answer.errors?.[0]?.message).toMatch(/No operation has the id/);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const huawei = await store.operations.create(newOperation({ provider: 'HUAWEI', account: 'hw-prod', region: 'cn-north-4' }));
    const hidden = new Subscription<Update>(client(ALIBABA_READER_KEY).client, BY_ID, { id: encodeOperationId(huawei.id) });
    expect((await hidden.next()).errors?.[0]?.message).toMatch(/No operation has the id/);
  });

  it('takes exactly one of id and filter', async () => {
    const c = client().client;
    const neither = new Subscription<Update>(c, `subscription { operationUpdated { ${FIELDS} } }`);
    expect((await neither.next()).errors?.[0]?.message).toMatch(/exactly one of `id`.*or `filter`/);
    const both = new Subscription<Update>(c, `subscription ($id: ID!) { operationUpdated(id: $id, filter: {}) { ${FIELDS} } }`, { id: 'x' });
    expect((await both.next()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('operationUpdated by filter', () => {
  it('reports every change of the matching operations from now on, and nothing else', async () => {
    const updates = new Subscription<Update>(client().client, BY_FILTER, { filter: { providers: ['HUAWEI'], mutations: ['createVifPeer'] } });
    await running(updates);
    await store.operations.create(newOperation()); // Alibaba: not matched
    await store.operations.create(newOperation({ provider: 'HUAWEI', account: 'hw-prod', region: 'cn-north-4', mutation: 'deleteVifPeer' })); // other mutation
    const peer = await store.operations.create(newOperation({ provider: 'HUAWEI', account: 'hw-prod', region: 'cn-north-4', mutation: 'createVifPeer', targetNativeId: null }));
    await store.operations.transition(peer.id, { status: 'SUCCEEDED', resourceNativeId: 'peer-9' });

    const created = (await updates.next()).data?.operationUpdated;
    expect(created).toMatchObject({ id: encodeOperationId(peer.id), status: 'PENDING', target: { nativeId: null } });
    const finished = (await updates.next()).data?.operationUpdated;
    expect(finished).toMatchObject({ status: 'SUCCEEDED', target: { nativeId: 'peer-9' } });
    // A filter follows many operations: it stays open after one of them ends.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(updates.completed).toBe(false);
    expect(updates.pending).toBe(0);
  });

  it('takes the filter of operations(filter:): idempotency keys and creation instants too', async () => {
    const updates = new Subscription<Update>(client().client, BY_FILTER, { filter: { idempotencyKeys: ['key-watched'], since: '2000-01-01T00:00:00Z' } });
    await running(updates);
    await store.operations.create(newOperation({ idempotencyKey: 'key-other' }));
    const watched = await store.operations.create(newOperation({ idempotencyKey: 'key-watched' }));
    expect((await updates.next()).data?.operationUpdated.id).toBe(encodeOperationId(watched.id));
    const malformed = new Subscription<Update>(client().client, BY_FILTER, { filter: { before: 'not a date' } });
    expect((await malformed.next()).errors?.[0]?.message).toMatch(/filter.before is not an ISO-8601 instant/);
  });

  it('shows a caller only the operations of the partitions it may read', async () => {
    const updates = new Subscription<Update>(client(ALIBABA_READER_KEY).client, BY_FILTER, { filter: {} });
    await running(updates);
    await store.operations.create(newOperation({ provider: 'HUAWEI', account: 'hw-prod', region: 'cn-north-4' }));
    const alibaba = await store.operations.create(newOperation({ account: 'ali-dev' }));
    expect((await updates.next()).data?.operationUpdated.id).toBe(encodeOperationId(alibaba.id));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(updates.pending).toBe(0);
  });

  it('stops sending once unsubscribed', async () => {
    const c = client().client;
    const updates = new Subscription<Update>(c, BY_FILTER, { filter: { accounts: ['ali-unsub'] } });
    await running(updates);
    await store.operations.create(newOperation({ account: 'ali-unsub' }));
    await updates.next();
    updates.unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await store.operations.create(newOperation({ account: 'ali-unsub' }));
    // A second subscription on the same connection hears the change; the first no longer does.
    const witness = new Subscription<Update>(c, BY_FILTER, { filter: { accounts: ['ali-unsub'] } });
    await running(witness);
    await store.operations.create(newOperation({ account: 'ali-unsub' }));
    await witness.next();
    expect(updates.pending).toBe(0);
  });
});

describe('WebSocket connections', () => {
  it('refuses a connection without credentials or with a bad key with 4401, naming the scheme', async () => {
    const anonymous = client(null);
    expect(await anonymous.closed).toEqual({ code: 4401, reason: expect.stringMatching(/Bearer/) });
    const wrong = client('np_wrong_0123456789abcdef0123456789abcdef');
    expect((await wrong.closed).code).toBe(4401);
  });

  it('takes the key from the upgrade request\'s Authorization header too', async () => {
    const viaHeader = client(ALIBABA_READER_KEY, { viaHeader: true });
    const updates = new Subscription<Update>(viaHeader.client, BY_FILTER, { filter: { accounts: ['ali-header'] } });
    await running(updates);
    await store.operations.create(newOperation({ account: 'ali-header' }));
    expect((await updates.next()).data?.operationUpdated.target.account).toBe('ali-header');
  });

  it('bounds the subscriptions of one connection, a completed one freeing its place', async () => {
    const c = client().client;
    const one = new Subscription<Update>(c, BY_FILTER, { filter: { accounts: ['a'] } });
    const two = new Subscription<Update>(c, BY_FILTER, { filter: { accounts: ['b'] } });
    await running(one);
    const three = new Subscription<Update>(c, BY_FILTER, { filter: { accounts: ['c'] } });
    expect((await three.failure())[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    expect(two.error).toBeUndefined();
    one.unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const four = new Subscription<Update>(c, BY_FILTER, { filter: { accounts: ['d'] } });
    await running(four);
    await store.operations.create(newOperation({ account: 'd' }));
    expect((await four.next()).data?.operationUpdated.target.account).toBe('d');
  });

  it('bounds the connections of the gateway with 1013 (try again later)', async () => {
    const bounded = await gatewayWith([], { operations: store.operations, subscriptions: { maxConnections: 2 } });
    try {
      const open = [connect(bounded.url), connect(bounded.url)];
      clients.push(...open);
      for (const c of open) await running(new Subscription<Update>(c.client, BY_FILTER, { filter: { accounts: ['none'] } }));
      const third = connect(bounded.url);
      clients.push(third);
      expect(await third.closed).toEqual({ code: 1013, reason: expect.stringMatching(/at most 2 WebSocket connections/) });
    } finally {
      await bounded.close();
    }
  });

  it('upgrades only the GraphQL path: another one is a 404', async () => {
    const socket = new WebSocket(`${gateway.origin.replace(/^http/, 'ws')}/graphiql/`, 'graphql-transport-ws');
    const status = await new Promise<number | undefined>((resolve) => {
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode));
      socket.on('open', () => resolve(101));
      socket.on('error', () => undefined);
    });
    socket.terminate();
    expect(status).toBe(404);
  });

  it('carries subscriptions only: a query over the socket is sent to HTTP', async () => {
    const query = new Subscription<Update>(client().client, '{ __typename }');
    const [refusal] = await query.failure();
    expect(refusal?.extensions?.code).toBe('OPERATION_NOT_SUPPORTED');
    expect(refusal?.message).toMatch(/send queries over HTTP POST to \/graphql/);
  });

  it('applies the request limits to subscription documents', async () => {
    const tooMany = new Subscription<Update>(client().client, `subscription { operationUpdated(filter: {}) { ${Array.from({ length: 40 }, (_, i) => `a${i}: id`).join(' ')} } }`);
    expect((await tooMany.failure())[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
  });
});

describe('JWT connections', () => {
  it('refuses a token granting nothing with 4403, and a token expired since connection_init starts no more subscriptions (4401)', async () => {
    const issuer = await startLocalIssuer('netplane-subscriptions');
    const jwtGateway = await gatewayWith([], {
      operations: store.operations,
      auth: {
        apiKeys: [],
        jwt: { jwksUrl: issuer.jwksUrl, issuer: issuer.issuer, audience: 'netplane-subscriptions', scopesClaim: 'scope', subjectClaim: 'sub', algorithms: ['ES256'], clockToleranceSeconds: 0 },
      },
    });
    try {
      const nothing = connect(jwtGateway.url, { connectionParams: { authorization: `Bearer ${await issuer.sign({ sub: 'nobody', scope: 'openid' })}` } });
      clients.push(nothing);
      expect((await nothing.closed).code).toBe(4403);

      const expiresAt = Math.floor(Date.now() / 1000) + 2;
      const shortLived = connect(jwtGateway.url, { connectionParams: { authorization: `Bearer ${await issuer.sign({ sub: 'watcher', scope: 'read' }, { expiresAt })}` } });
      clients.push(shortLived);
      await running(new Subscription<Update>(shortLived.client, BY_FILTER, { filter: {} }));
      await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 - Date.now() + 100));
      const late = new Subscription<Update>(shortLived.client, BY_FILTER, { filter: {} });
      expect(await shortLived.closed).toEqual({ code: 4401, reason: expect.stringMatching(/exp/) });
      await late.ended();
      expect(late.error).toBeDefined();
    } finally {
      await jwtGateway.close();
      await issuer.close();
    }
  });
});

describe('changes within one millisecond', () => {
  it('are each delivered: a state is dropped only when it says nothing new', async () => {
    const frozen = new Date('2026-12-02T06:00:00.000Z');
    const stillStore = await openPgliteStore({ dataDir: IN_MEMORY, clock: () => frozen });
    const stillGateway = await gatewayWith([], { operations: stillStore.operations });
    try {
      const created = await stillStore.operations.create(newOperation());
      const watcher = connect(stillGateway.url);
      clients.push(watcher);
      const updates = new Subscription<Update>(watcher.client, BY_ID, { id: encodeOperationId(created.id) });
      expect((await updates.next()).data?.operationUpdated.status).toBe('PENDING');
      await stillStore.operations.transition(created.id, { status: 'RUNNING', addProviderRequestIds: ['req-same-ms'] });
      const running = (await updates.next()).data?.operationUpdated;
      expect(running).toMatchObject({ status: 'RUNNING', providerRequestIds: ['req-same-ms'] });
      await stillStore.operations.transition(created.id, { status: 'SUCCEEDED' });
      expect((await updates.next()).data?.operationUpdated.status).toBe('SUCCEEDED');
      await updates.ended();
      expect(updates.pending).toBe(0);
    } finally {
      await stillGateway.close();
      await stillStore.close();
    }
  });
});

describe('unexpected errors', () => {
  it('reach the subscriber masked, as over HTTP', async () => {
    // The real store, its reads failing as in an outage.
    const failing = await gatewayWith([], {
      operations: { watch: (listener) => store.operations.watch(listener), get: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.7:5432 password=hunter2')) },
    });
    try {
      const watcher = connect(failing.url);
      clients.push(watcher);
      const updates = new Subscription<Update>(watcher.client, BY_ID, { id: encodeOperationId('00000000-0000-4000-8000-000000000001') });
      const [error] = (await updates.next()).errors ?? [];
      expect(error).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(error)).not.toMatch(/hunter2|10\.0\.0\.7/);
    } finally {
      await failing.close();
    }
  });
});

describe('gateway shutdown', () => {
  it('closes every subscriber\'s connection with 1001 (going away)', async () => {
    const leaving = await gatewayWith([], { operations: store.operations });
    const watcher = connect(leaving.url);
    const updates = new Subscription<Update>(watcher.client, BY_FILTER, { filter: {} });
    await running(updates);
    await leaving.close();
    expect(await watcher.closed).toEqual({ code: 1001, reason: expect.stringMatching(/shutting down/) });
    await watcher.dispose();
  });
});

describe('subscriptions over plain HTTP', () => {
  it('are refused with a 400 that points at the WebSocket endpoint', async () => {
    const response = await post(gateway.url, BY_FILTER, { filter: {} }, { authorization: `Bearer ${ADMIN_KEY}` });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_SUPPORTED');
    expect(response.body.errors?.[0]?.message).toMatch(/WebSocket .* \/graphql/);
  });
});
