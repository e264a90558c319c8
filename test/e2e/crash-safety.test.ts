import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirectories } from '../support/data-directories';
import { REPLICA_ACCOUNTS, startChild, startEmulatorProcess, type ChildNetplane, type Emulators } from '../support/replicas';

/**
 * kill -9 of the gateway between the provider's commit and the answer, with real processes: the
 * emulators in one (src/emulators-main.ts), the gateway in another (src/main.ts) on an embedded
 * store in a data directory; the emulator applies the change and never answers
 * (applied-then-timeout). After the restart the journal shows the call UNKNOWN, Huawei's operation
 * is settled from provider state, and a retry with the same key makes no duplicate — on both clouds.
 */

let emulators: Emulators;
// The gateways' embedded stores: one cluster initialised here, each gateway on a copy of it (see DataDirectories).
const dataDirectories = new DataDirectories();
const children: ChildNetplane[] = [];

beforeAll(async () => {
  emulators = await startEmulatorProcess(200);
}, 90_000);
afterAll(async () => {
  for (const child of children) await child.stop('SIGKILL');
  await emulators?.child.stop();
  dataDirectories.remove();
});

async function startGateway(dataDir: string): Promise<ChildNetplane> {
  const child = await startChild(
    'src/main.ts',
    {
      gateway: { host: '127.0.0.1', port: 0 },
      http: { requestTimeoutMs: 60_000 },
      retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 50 },
      // A claim of a dead gateway is taken over after 5 s; stopped gateways' operations are looked for every second.
      store: { dataDir, inFlightLeaseSeconds: 5 },
      mutations: { deadlineSeconds: 60, recoveryIntervalSeconds: 1, pollInitialDelayMs: 50, pollMaxDelayMs: 200 },
      accounts: [
        { ...REPLICA_ACCOUNTS.alibaba, endpoint: emulators.alibaba },
        { ...REPLICA_ACCOUNTS.huawei, endpoint: emulators.huawei },
      ],
    },
    /netplane ready/,
  );
  children.push(child);
  return child;
}

async function gql(gateway: ChildNetplane, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(gateway.urls[0]!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function control(url: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}/_emulator/${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body !== undefined && { body: JSON.stringify(body) }) });
  return response.json();
}

async function calls(url: string, operation: string): Promise<number> {
  return ((await control(url, 'GET', `calls?operation=${operation}`)) as { matched: number }).matched;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`not reached in time; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sends the mutation, waits until the emulator applied it (and hangs), then kills the gateway with SIGKILL. */
async function crashDuring(gateway: ChildNetplane, emulatorUrl: string, operation: string, query: string, variables: Record<string, unknown>): Promise<void> {
  await control(emulatorUrl, 'POST', 'faults', { match: { operation }, count: 1, fault: { kind: 'applied-then-timeout' } });
  const before = await calls(emulatorUrl, operation);
  const sent = gql(gateway, query, variables).catch(() => 'no answer');
  await eventually(() => calls(emulatorUrl, operation), (n) => n > before);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await gateway.stop('SIGKILL')).toBeNull();
  expect(await sent).toBe('no answer');
}

const JOURNAL = `query Journal($key: String!) { operations(filter: { idempotencyKeys: [$key] }) { edges { node { id status } } } }`;
const ATTEMPTS = `query Attempts($id: ID!) { auditLog(filter: { operationIds: [$id], kinds: [ATTEMPT] }) { edges { node { outcome errorCode } } } }`;

async function operationOf(gateway: ChildNetplane, key: string): Promise<{ id: string; status: string } | undefined> {
  const data = await gql(gateway, JOURNAL, { key });
  return (data['operations'] as { edges: Array<{ node: { id: string; status: string } }> }).edges[0]?.node;
}

describe('kill -9 between the provider commit and the answer', () => {
  it('Alibaba: after the restart the call is journaled UNKNOWN, and the retry with the key (same ClientToken) makes no second ENI', async () => {
    const dataDir = await dataDirectories.initialised();
    let gateway = await startGateway(dataDir);
    const enis = await gql(gateway, `{ networkInterfaces(first: 100, filter: { providers: [ALIBABA], regions: ["cn-hangzhou"] }) { edges { node { name subnetId } } } }`);
    const vSwitchId = (enis['networkInterfaces'] as { edges: Array<{ node: { subnetId: string } }> }).edges[0]!.node.subnetId;
    const mutation = `mutation Create($input: CreateNetworkInterfaceInput!) { createNetworkInterface(input: $input) { __typename ... on CreateNetworkInterfaceSuccess { networkInterface { nativeId } operation { id status } } ... on ProviderError { code message } } }`;
    const input = { target: { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' }, vSwitchId, networkInterfaceName: 'crash-eni', idempotencyKey: 'crash-ali-1' };
    await crashDuring(gateway, emulators.alibaba, 'CreateNetworkInterface', mutation, { input });

    gateway = await startGateway(dataDir);
    const operation = (await operationOf(gateway, 'crash-ali-1'))!;
    expect(operation.status).toBe('PENDING');
    const attempts = await eventually(
      async () => (await gql(gateway, ATTEMPTS, { id: operation.id }))['auditLog'] as { edges: Array<{ node: { outcome: string; errorCode: string } }> },
      (log) => log.edges.length > 0,
    );
    expect(attempts.edges.map((e) => e.node)).toEqual([{ outcome: 'UNKNOWN', errorCode: 'netplane.GatewayStopped' }]);

    const retried = (await gql(gateway, mutation, { input }))['createNetworkInterface'] as Record<string, unknown>;
    expect(retried).toMatchObject({ __typename: 'CreateNetworkInterfaceSuccess', operation: { id: operation.id, status: 'SUCCEEDED' } });
    const listed = await gql(gateway, `{ networkInterfaces(first: 200, filter: { providers: [ALIBABA], regions: ["cn-hangzhou"] }) { edges { node { name nativeId } } } }`);
    const named = (listed['networkInterfaces'] as { edges: Array<{ node: { name: string; nativeId: string } }> }).edges.filter((e) => e.node.name === 'crash-eni');
    expect(named.map((e) => e.node.nativeId)).toEqual([(retried['networkInterface'] as { nativeId: string }).nativeId]);
  }, 90_000);

  it('Huawei: after the restart the operation is settled from provider state, and the retry with the key answers it without a second CreateVifPeer', async () => {
    const dataDir = await dataDirectories.initialised();
    let gateway = await startGateway(dataDir);
    const vifs = await gql(gateway, `{ virtualInterfaces(first: 100, filter: { providers: [HUAWEI], regions: ["ap-southeast-1"] }) { edges { node { nativeId name } } } }`);
    const vifId = (vifs['virtualInterfaces'] as { edges: Array<{ node: { nativeId: string } }> }).edges[0]!.node.nativeId;
    const mutation = `mutation Peer($input: CreateVifPeerInput!) { createVifPeer(input: $input) { __typename ... on CreateVifPeerSuccess { vifPeer { nativeId name } operation { id status } } ... on ProviderError { code message } } }`;
    const input = {
      target: { provider: 'HUAWEI', account: 'hw-prod', region: 'ap-southeast-1' },
      vifId,
      name: 'crash-peer',
      addressFamily: 'IPV6',
      localGatewayIp: 'FD0C::1/64',
      remoteGatewayIp: 'FD0C::2/64',
      routeMode: 'STATIC',
      idempotencyKey: 'crash-hw-1',
    };
    await crashDuring(gateway, emulators.huawei, 'CreateVifPeer', mutation, { input });

    gateway = await startGateway(dataDir);
    const operation = await eventually(() => operationOf(gateway, 'crash-hw-1'), (o) => o?.status === 'SUCCEEDED');
    const attempts = (await gql(gateway, ATTEMPTS, { id: operation!.id }))['auditLog'] as { edges: Array<{ node: { outcome: string; errorCode: string } }> };
    expect(attempts.edges.map((e) => e.node)).toEqual([{ outcome: 'UNKNOWN', errorCode: 'netplane.GatewayStopped' }]);

    const retried = (await gql(gateway, mutation, { input }))['createVifPeer'] as Record<string, unknown>;
    expect(retried).toMatchObject({ __typename: 'CreateVifPeerSuccess', vifPeer: { name: 'crash-peer' }, operation: { id: operation!.id, status: 'SUCCEEDED' } });
    expect(await calls(emulators.huawei, 'CreateVifPeer')).toBe(1);
    const peers = await gql(gateway, `{ vifPeers(first: 100, filter: { providers: [HUAWEI], virtualInterfaceId: "${vifId}" }) { edges { node { name } } } }`);
    expect((peers['vifPeers'] as { edges: Array<{ node: { name: string } }> }).edges.filter((e) => e.node.name === 'crash-peer')).toHaveLength(1);
  }, 90_000);
});
