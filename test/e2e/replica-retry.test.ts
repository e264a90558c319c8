import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropSchema, ensurePostgres, POSTGRES_URL } from '../support/postgres';
import { REPLICA_ACCOUNTS, startChild, startEmulatorProcess, type ChildNetplane, type Emulators } from '../support/replicas';

/**
 * Two gateway processes on one PostgreSQL (the machine's server, a schema of this run's own,
 * dropped after) over one emulator process. Replica A sends a create the emulator applies and never
 * answers, and is killed with SIGKILL; the retry with the same key on replica B answers
 * ResourceConflict while A's claim holds, then the outcome — with no duplicate, on both clouds.
 */

const schema = `np_retry_${randomBytes(4).toString('hex')}`;
let emulators: Emulators;
let a: ChildNetplane;
let b: ChildNetplane;

function startReplica(): Promise<ChildNetplane> {
  return startChild(
    'src/main.ts',
    {
      gateway: { host: '127.0.0.1', port: 0 },
      http: { requestTimeoutMs: 60_000 },
      retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 50 },
      store: { backend: 'postgres', databaseUrl: POSTGRES_URL, schema, inFlightLeaseSeconds: 5 },
      mutations: { deadlineSeconds: 60, recoveryIntervalSeconds: 1 },
      accounts: [
        { ...REPLICA_ACCOUNTS.alibaba, endpoint: emulators.alibaba },
        { ...REPLICA_ACCOUNTS.huawei, endpoint: emulators.huawei },
      ],
    },
    /netplane ready/,
  );
}

beforeAll(async () => {
  ensurePostgres();
  emulators = await startEmulatorProcess(200);
  a = await startReplica();
  b = await startReplica();
}, 120_000);
afterAll(async () => {
  await a?.stop('SIGKILL');
  await b?.stop();
  await emulators?.child.stop();
  await dropSchema(schema);
});

async function gql(gateway: ChildNetplane, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(gateway.urls[0]!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function calls(url: string, operation: string): Promise<number> {
  const response = await fetch(`${url}/_emulator/calls?operation=${operation}`);
  return ((await response.json()) as { matched: number }).matched;
}

async function lose(url: string, operation: string): Promise<void> {
  await fetch(`${url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ match: { operation }, count: 1, fault: { kind: 'applied-then-timeout' } }),
  });
}

/** A's request reaches the provider, which applies it and never answers; then A dies. */
async function crashOnA(emulatorUrl: string, operation: string, query: string, variables: Record<string, unknown>): Promise<void> {
  await lose(emulatorUrl, operation);
  const before = await calls(emulatorUrl, operation);
  void gql(a, query, variables).catch(() => undefined);
  const end = Date.now() + 20_000;
  while ((await calls(emulatorUrl, operation)) === before) {
    if (Date.now() > end) throw new Error(`${operation} never reached the emulator`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await a.stop('SIGKILL');
}

/** Retries on B until it answers something else than "still in flight"; the answers seen, in order. */
async function retryOnB(query: string, variables: Record<string, unknown>, field: string): Promise<Array<Record<string, unknown>>> {
  const answers: Array<Record<string, unknown>> = [];
  const end = Date.now() + 30_000;
  for (;;) {
    const answer = (await gql(b, query, variables))[field] as Record<string, unknown>;
    answers.push(answer);
    if (answer['code'] !== 'netplane.IdempotencyKeyInFlight') return answers;
    if (Date.now() > end) throw new Error('still in flight after 30 s');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const ERROR = '... on ProviderError { code message idempotencyKey } ... on ResourceConflict { resourceType resourceId }';

describe('a retry on the other replica', () => {
  it('Alibaba: answers ResourceConflict while the dead replica\'s claim holds, then the ENI the first call made (same ClientToken) — one ENI', async () => {
    const enis = await gql(b, `{ networkInterfaces(first: 100, filter: { providers: [ALIBABA], regions: ["cn-hangzhou"] }) { edges { node { subnetId } } } }`);
    const vSwitchId = (enis['networkInterfaces'] as { edges: Array<{ node: { subnetId: string } }> }).edges[0]!.node.subnetId;
    const query = `mutation Create($input: CreateNetworkInterfaceInput!) { createNetworkInterface(input: $input) { __typename ... on CreateNetworkInterfaceSuccess { networkInterface { nativeId } operation { status } } ${ERROR} } }`;
    const input = { target: { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' }, vSwitchId, networkInterfaceName: 'replica-eni', idempotencyKey: 'replica-ali-1' };
    await crashOnA(emulators.alibaba, 'CreateNetworkInterface', query, { input });

    const answers = await retryOnB(query, { input }, 'createNetworkInterface');
    expect(answers[0]).toMatchObject({ __typename: 'ResourceConflict', code: 'netplane.IdempotencyKeyInFlight', resourceType: 'Operation', idempotencyKey: 'replica-ali-1' });
    expect(answers.at(-1)).toMatchObject({ __typename: 'CreateNetworkInterfaceSuccess', operation: { status: 'SUCCEEDED' } });
    const listed = await gql(b, `{ networkInterfaces(first: 200, filter: { providers: [ALIBABA], regions: ["cn-hangzhou"] }) { edges { node { name } } } }`);
    expect((listed['networkInterfaces'] as { edges: Array<{ node: { name: string } }> }).edges.filter((e) => e.node.name === 'replica-eni')).toHaveLength(1);
  }, 90_000);

  it('Huawei: the peer the dead replica\'s call made is found from provider state — no second CreateVifPeer', async () => {
    a = await startReplica();
    const vifs = await gql(b, `{ virtualInterfaces(first: 100, filter: { providers: [HUAWEI], regions: ["ap-southeast-1"] }) { edges { node { nativeId } } } }`);
    const vifId = (vifs['virtualInterfaces'] as { edges: Array<{ node: { nativeId: string } }> }).edges[0]!.node.nativeId;
    const query = `mutation Peer($input: CreateVifPeerInput!) { createVifPeer(input: $input) { __typename ... on CreateVifPeerSuccess { vifPeer { name } operation { status } } ${ERROR} } }`;
    const input = {
      target: { provider: 'HUAWEI', account: 'hw-prod', region: 'ap-southeast-1' },
      vifId,
      name: 'replica-peer',
      addressFamily: 'IPV6',
      localGatewayIp: 'FD0D::1/64',
      remoteGatewayIp: 'FD0D::2/64',
      routeMode: 'STATIC',
      idempotencyKey: 'replica-hw-1',
    };
    const before = await calls(emulators.huawei, 'CreateVifPeer');
    await crashOnA(emulators.huawei, 'CreateVifPeer', query, { input });

    const answers = await retryOnB(query, { input }, 'createVifPeer');
    expect(answers.at(-1)).toMatchObject({ __typename: 'CreateVifPeerSuccess', vifPeer: { name: 'replica-peer' }, operation: { status: 'SUCCEEDED' } });
    expect(await calls(emulators.huawei, 'CreateVifPeer')).toBe(before + 1);
  }, 90_000);
});
