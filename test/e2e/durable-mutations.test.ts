import { describe, expect, it } from 'vitest';
import { HW_LIFECYCLE, hwRef, seedHuawei, U } from '../support/e2e-fixtures';
import { ASYNC_DELAY_MS, useHarness } from '../support/harness';

/**
 * Mutations with a memory, over HTTP through the gateway to both emulators: idempotency keys
 * (field and header), operations (sync SUCCEEDED, async followed to the end, `wait`), the journal
 * and the overall deadline. One in-memory store for the whole file.
 */

const h = useHarness({ durability: { pollInitialDelayMs: 20, pollMaxDelayMs: 100, deadlineSeconds: 20 }, transport: { requestTimeoutMs: 15_000 } }, { reset: 'demo' });

const ALI = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' };

interface Answer {
  status: number;
  data: Record<string, Record<string, unknown>>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(h.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Answer, 'status'>;
  if (!body.data && !headers['idempotency-key']) throw new Error(`no data: ${JSON.stringify(body.errors)}`);
  return { status: response.status, ...body };
}

const OPERATION = 'operation { id mutation status target { provider account region nativeId } providerRequestIds idempotencyKey finishedAt error { code } resource { id ... on NetworkInterface { nativeId eniStatus: status } ... on ElasticIp { nativeId status } } }';
const ERROR = '... on ProviderError { __typename code message retryable idempotencyKey } ... on ProviderUnavailable { outcome }';

const CREATE_ENI = `mutation Create($input: CreateNetworkInterfaceInput!) {
  createNetworkInterface(input: $input) {
    __typename
    ... on CreateNetworkInterfaceSuccess { idempotencyKey networkInterface { nativeId name } ${OPERATION} }
    ${ERROR}
  }
}`;

async function aliSubnet(): Promise<string> {
  const { data } = await post(`{ networkInterfaces(first: 100, filter: { providers: [ALIBABA], accounts: ["ali-prod"], regions: ["cn-hangzhou"] }) { edges { node { name subnetId } } } }`);
  const edges = (data['networkInterfaces'] as unknown as { edges: Array<{ node: { name: string; subnetId: string } }> }).edges;
  return edges.find((e) => e.node.name === 'spare-eni')!.node.subnetId;
}

async function eniNamed(name: string): Promise<number> {
  const { data } = await post(`{ networkInterfaces(first: 200, filter: { providers: [ALIBABA] }) { edges { node { name } } } }`);
  return (data['networkInterfaces'] as unknown as { edges: Array<{ node: { name: string } }> }).edges.filter((e) => e.node.name === name).length;
}

async function callCount(provider: 'alibaba' | 'huawei', operation: string): Promise<number> {
  const calls = (await h.control(provider, 'GET', `calls?operation=${operation}`)) as { matched: number };
  return calls.matched;
}

describe('idempotency keys', () => {
  it('a synchronous create answers SUCCEEDED with a generated key; the same key again replays it without calling the provider', async () => {
    const vSwitchId = await aliSubnet();
    const first = (await post(CREATE_ENI, { input: { target: ALI, vSwitchId, networkInterfaceName: 'keyed-eni' } })).data['createNetworkInterface']!;
    expect(first['__typename']).toBe('CreateNetworkInterfaceSuccess');
    const key = first['idempotencyKey'] as string;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(first['operation']).toMatchObject({
      mutation: 'createNetworkInterface',
      status: 'SUCCEEDED',
      idempotencyKey: key,
      target: { ...ALI, nativeId: (first['networkInterface'] as { nativeId: string }).nativeId },
      resource: { nativeId: (first['networkInterface'] as { nativeId: string }).nativeId },
      error: null,
    });
    expect((first['operation'] as { providerRequestIds: string[] }).providerRequestIds).toHaveLength(1);

    const again = (await post(CREATE_ENI, { input: { target: ALI, vSwitchId, networkInterfaceName: 'keyed-eni', idempotencyKey: key } })).data['createNetworkInterface']!;
    expect(again['networkInterface']).toEqual(first['networkInterface']);
    expect((again['operation'] as { id: string }).id).toBe((first['operation'] as { id: string }).id);
    expect(await callCount('alibaba', 'CreateNetworkInterface')).toBe(1);
    expect(await eniNamed('keyed-eni')).toBe(1);
  });

  it('the key is sent as Alibaba ClientToken; a clientToken that differs from the key is InvalidParameter before any call', async () => {
    const vSwitchId = await aliSubnet();
    const answer = (await post(CREATE_ENI, { input: { target: ALI, vSwitchId, idempotencyKey: 'key-a', clientToken: 'token-b' } })).data['createNetworkInterface']!;
    expect(answer).toMatchObject({ __typename: 'InvalidParameter', code: 'netplane.InvalidIdempotencyKey', idempotencyKey: 'key-a' });
    expect(await callCount('alibaba', 'CreateNetworkInterface')).toBe(0);
    const sent = (await post(CREATE_ENI, { input: { target: ALI, vSwitchId, idempotencyKey: 'client-token-key' } })).data['createNetworkInterface']!;
    expect(sent['__typename']).toBe('CreateNetworkInterfaceSuccess');
    const calls = (await h.control('alibaba', 'GET', 'calls?operation=CreateNetworkInterface')) as { calls: Array<{ params?: Record<string, string>; parameters?: Record<string, string> }> };
    expect(JSON.stringify(calls.calls)).toContain('client-token-key');
  });

  it('the same key with another input is IdempotencyMismatch, and the provider is not called again', async () => {
    const vSwitchId = await aliSubnet();
    await post(CREATE_ENI, { input: { target: ALI, vSwitchId, networkInterfaceName: 'first-eni', idempotencyKey: 'reused-key' } });
    const other = (await post(CREATE_ENI, { input: { target: ALI, vSwitchId, networkInterfaceName: 'other-eni', idempotencyKey: 'reused-key' } })).data['createNetworkInterface']!;
    expect(other).toMatchObject({ __typename: 'IdempotencyMismatch', code: 'netplane.IdempotencyMismatch', idempotencyKey: 'reused-key', retryable: false });
    expect(await callCount('alibaba', 'CreateNetworkInterface')).toBe(1);
  });

  it('a stored typed error is replayed with its key', async () => {
    const input = { target: ALI, vSwitchId: 'vsw-doesnotexist000000000', idempotencyKey: 'failing-key' };
    const first = (await post(CREATE_ENI, { input })).data['createNetworkInterface']!;
    expect(first['__typename']).not.toBe('CreateNetworkInterfaceSuccess');
    expect(first['idempotencyKey']).toBe('failing-key');
    const again = (await post(CREATE_ENI, { input })).data['createNetworkInterface']!;
    expect(again).toEqual(first);
    expect(await callCount('alibaba', 'CreateNetworkInterface')).toBe(1);
  });

  it('an Idempotency-Key header that is not 1 to 64 printable ASCII characters is refused; a header and a field that differ are InvalidParameter', async () => {
    const vSwitchId = await aliSubnet();
    const long = await post(CREATE_ENI, { input: { target: ALI, vSwitchId } }, { 'idempotency-key': 'k'.repeat(65) });
    expect(long.status).toBe(400);
    expect(long.errors?.[0]?.message).toMatch(/1 to 64 printable ASCII/);
    const both = (await post(CREATE_ENI, { input: { target: ALI, vSwitchId, idempotencyKey: 'field-key' } }, { 'idempotency-key': 'header-key' })).data['createNetworkInterface']!;
    expect(both).toMatchObject({ __typename: 'InvalidParameter', code: 'netplane.InvalidIdempotencyKey' });
    expect(await callCount('alibaba', 'CreateNetworkInterface')).toBe(0);
  });

  it('the Idempotency-Key header names a single mutation; with two mutations the request is refused', async () => {
    const vSwitchId = await aliSubnet();
    const answer = await post(CREATE_ENI, { input: { target: ALI, vSwitchId, networkInterfaceName: 'header-eni' } }, { 'idempotency-key': 'header-key-1' });
    expect(answer.data['createNetworkInterface']).toMatchObject({ idempotencyKey: 'header-key-1' });
    const two = await post(
      `mutation { a: createNetworkInterface(input: { target: { provider: ALIBABA, account: "ali-prod", region: "cn-hangzhou" }, vSwitchId: "${vSwitchId}" }) { __typename }
                  b: createNetworkInterface(input: { target: { provider: ALIBABA, account: "ali-prod", region: "cn-hangzhou" }, vSwitchId: "${vSwitchId}" }) { __typename } }`,
      {},
      { 'idempotency-key': 'header-key-2' },
    );
    expect(two.status).toBe(400);
    expect(two.errors?.[0]?.message).toMatch(/Idempotency-Key header names one mutation/);
    expect(await callCount('alibaba', 'CreateNetworkInterface')).toBe(1);
  });
});

describe('deadlines and unknown outcomes', () => {
  it('a provider that applies the change and never answers: ProviderUnavailable UNKNOWN at the deadline, then a retry with the key makes no duplicate', async () => {
    const vSwitchId = await aliSubnet();
    await h.control('alibaba', 'POST', 'faults', { match: { operation: 'CreateNetworkInterface' }, count: 1, fault: { kind: 'applied-then-timeout' } });
    const started = Date.now();
    const lost = (await post(CREATE_ENI, { input: { target: ALI, vSwitchId, networkInterfaceName: 'lost-eni', idempotencyKey: 'lost-key', deadlineSeconds: 2 } })).data['createNetworkInterface']!;
    const took = Date.now() - started;
    expect(lost).toMatchObject({ __typename: 'ProviderUnavailable', outcome: 'UNKNOWN', retryable: true, idempotencyKey: 'lost-key', code: 'netplane.DeadlineExceeded' });
    expect(took).toBeGreaterThanOrEqual(1_900);
    expect(took).toBeLessThan(5_000);

    const retried = (await post(CREATE_ENI, { input: { target: ALI, vSwitchId, networkInterfaceName: 'lost-eni', idempotencyKey: 'lost-key' } })).data['createNetworkInterface']!;
    expect(retried).toMatchObject({ __typename: 'CreateNetworkInterfaceSuccess', idempotencyKey: 'lost-key', operation: { status: 'SUCCEEDED' } });
    expect(await eniNamed('lost-eni')).toBe(1);

    const journal = await post(`{ auditLog(filter: { operationIds: ["${(retried['operation'] as { id: string }).id}"], order: OLDEST_FIRST }) { edges { node { kind providerOperation outcome errorCode idempotencyKey } } } }`);
    const kinds = (journal.data['auditLog'] as unknown as { edges: Array<{ node: Record<string, unknown> }> }).edges.map((e) => e.node);
    expect(kinds).toEqual([
      { kind: 'INTENT', providerOperation: null, outcome: null, errorCode: null, idempotencyKey: 'lost-key' },
      { kind: 'ATTEMPT', providerOperation: 'CreateNetworkInterface', outcome: 'UNKNOWN', errorCode: 'netplane.DeadlineExceeded', idempotencyKey: 'lost-key' },
      { kind: 'INTENT', providerOperation: null, outcome: null, errorCode: null, idempotencyKey: 'lost-key' },
      { kind: 'ATTEMPT', providerOperation: 'CreateNetworkInterface', outcome: 'APPLIED', errorCode: null, idempotencyKey: 'lost-key' },
    ]);
  }, 20_000);

  it('deadlineSeconds outside 1 to 300 is InvalidParameter before any call', async () => {
    const vSwitchId = await aliSubnet();
    const answer = (await post(CREATE_ENI, { input: { target: ALI, vSwitchId, deadlineSeconds: 0 } })).data['createNetworkInterface']!;
    expect(answer).toMatchObject({ __typename: 'InvalidParameter' });
    expect(await callCount('alibaba', 'CreateNetworkInterface')).toBe(0);
  });
});

const ALLOCATE_EIP = `mutation Allocate($input: AllocateElasticIpInput!) {
  allocateElasticIp(input: $input) {
    __typename
    ... on AllocateElasticIpSuccess { idempotencyKey ${OPERATION} }
    ${ERROR}
  }
}`;

interface JournaledAttempt {
  providerOperation: string;
  providerRequestId: string | null;
  errorCode: string | null;
}

async function journaledAttempts(operationId: string): Promise<JournaledAttempt[]> {
  const journal = await post(`{ auditLog(filter: { operationIds: ["${operationId}"], order: OLDEST_FIRST }) { edges { node { kind providerOperation providerRequestId errorCode } } } }`);
  const nodes = (journal.data['auditLog'] as unknown as { edges: Array<{ node: JournaledAttempt & { kind: string } }> }).edges.map((e) => e.node);
  return nodes.filter((n) => n.kind === 'ATTEMPT').map(({ providerOperation, providerRequestId, errorCode }) => ({ providerOperation, providerRequestId, errorCode }));
}

async function answeredRequestIds(operation: string): Promise<Array<string | null | undefined>> {
  const calls = (await h.control('alibaba', 'GET', `calls?operation=${operation}`)) as { calls: Array<{ requestId?: string | null }> };
  return calls.calls.map((c) => c.requestId);
}

describe('the journal', () => {
  it('records every attempt of its own mutation, with the provider request ids, and none of a concurrent one', async () => {
    const vSwitchId = await aliSubnet();
    // The create's first attempt fails and is retried while the allocation runs beside it.
    await h.control('alibaba', 'POST', 'faults', { match: { operation: 'CreateNetworkInterface' }, count: 1, fault: { kind: 'error', code: 'ServiceUnavailable' } });
    const [created, allocated] = await Promise.all([
      post(CREATE_ENI, { input: { target: ALI, vSwitchId, networkInterfaceName: 'journaled-eni' } }),
      post(ALLOCATE_EIP, { input: { target: ALI } }),
    ]);
    const create = created.data['createNetworkInterface']!;
    const allocate = allocated.data['allocateElasticIp']!;
    expect(create['__typename']).toBe('CreateNetworkInterfaceSuccess');
    expect(allocate['__typename']).toBe('AllocateElasticIpSuccess');

    const createAttempts = await journaledAttempts((create['operation'] as { id: string }).id);
    const allocateAttempts = await journaledAttempts((allocate['operation'] as { id: string }).id);
    expect(createAttempts.map((a) => [a.providerOperation, a.errorCode])).toEqual([
      ['CreateNetworkInterface', 'ServiceUnavailable'],
      ['CreateNetworkInterface', null],
    ]);
    expect(allocateAttempts.map((a) => [a.providerOperation, a.errorCode])).toEqual([['AllocateEipAddress', null]]);
    expect(createAttempts.map((a) => a.providerRequestId)).toEqual(await answeredRequestIds('CreateNetworkInterface'));
    expect(allocateAttempts.map((a) => a.providerRequestId)).toEqual(await answeredRequestIds('AllocateEipAddress'));
  });
});

const ASSOCIATE = `mutation Associate($input: AssociateElasticIpInput!, $wait: WaitInput) {
  associateElasticIp(input: $input, wait: $wait) {
    __typename
    ... on AssociateElasticIpSuccess { idempotencyKey ${OPERATION} }
    ${ERROR}
  }
}`;

async function aliIds(): Promise<{ eniNativeId: string; eipId: string }> {
  const { data } = await post(`{
    networkInterfaces(first: 100, filter: { providers: [ALIBABA], accounts: ["ali-prod"], regions: ["cn-hangzhou"] }) { edges { node { nativeId name } } }
    elasticIps(first: 100, filter: { providers: [ALIBABA], accounts: ["ali-prod"], regions: ["cn-hangzhou"] }) { edges { node { id name } } }
  }`);
  const enis = (data['networkInterfaces'] as unknown as { edges: Array<{ node: { nativeId: string; name: string } }> }).edges;
  const eips = (data['elasticIps'] as unknown as { edges: Array<{ node: { id: string; name: string } }> }).edges;
  return { eniNativeId: enis.find((e) => e.node.name === 'spare-eni')!.node.nativeId, eipId: eips.find((e) => e.node.name === 'spare-eip')!.node.id };
}

describe('operations', () => {
  it('an asynchronous change is RUNNING, followed to SUCCEEDED by the tracker, and `wait` answers when it ends', async () => {
    const { eniNativeId, eipId } = await aliIds();
    const pending = post(ASSOCIATE, { input: { elasticIpId: eipId, instanceId: eniNativeId, instanceType: 'NETWORK_INTERFACE' }, wait: { timeoutSeconds: 10 } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await h.advanceClock(ASYNC_DELAY_MS);
    const answer = (await pending).data['associateElasticIp']!;
    expect(answer).toMatchObject({ __typename: 'AssociateElasticIpSuccess', operation: { status: 'SUCCEEDED', resource: { status: 'IN_USE' } } });
    expect((answer['operation'] as { finishedAt: string | null }).finishedAt).not.toBeNull();
  });

  it('`wait` ends at its timeout with the operation still RUNNING, never an error; operation(id) and node(id) find it later', async () => {
    const { eniNativeId, eipId } = await aliIds();
    const started = Date.now();
    const answer = (await post(ASSOCIATE, { input: { elasticIpId: eipId, instanceId: eniNativeId, instanceType: 'NETWORK_INTERFACE' }, wait: { timeoutSeconds: 1 } })).data['associateElasticIp']!;
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(answer).toMatchObject({ __typename: 'AssociateElasticIpSuccess', operation: { status: 'RUNNING', finishedAt: null } });
    const id = (answer['operation'] as { id: string }).id;

    await h.advanceClock(ASYNC_DELAY_MS);
    let status = 'RUNNING';
    for (let i = 0; i < 100 && status === 'RUNNING'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = ((await post(`{ operation(id: "${id}") { status } }`)).data['operation'] as { status: string }).status;
    }
    expect(status).toBe('SUCCEEDED');
    const node = (await post(`{ node(id: "${id}") { __typename id ... on Operation { status mutation } } }`)).data['node'];
    expect(node).toEqual({ __typename: 'Operation', id, status: 'SUCCEEDED', mutation: 'associateElasticIp' });
    const listed = await post(`{ operations(filter: { mutations: ["associateElasticIp"], statuses: [SUCCEEDED] }, first: 5) { edges { node { id } } pageInfo { hasNextPage } } }`);
    expect((listed.data['operations'] as unknown as { edges: Array<{ node: { id: string } }> }).edges.map((e) => e.node.id)).toContain(id);
  });
});

const HW = { provider: 'HUAWEI', account: 'hw-prod', region: 'ap-southeast-1' };
const CREATE_PEER = `mutation Peer($input: CreateVifPeerInput!, $wait: WaitInput) {
  createVifPeer(input: $input, wait: $wait) {
    __typename
    ... on CreateVifPeerSuccess { idempotencyKey vifPeer { nativeId name status } ${OPERATION} }
    ${ERROR}
  }
}`;

async function hwVif(name: string): Promise<string> {
  const { data } = await post(`{ virtualInterfaces(first: 100, filter: { providers: [HUAWEI], accounts: ["hw-prod"], regions: ["ap-southeast-1"] }) { edges { node { nativeId name } } } }`);
  return (data['virtualInterfaces'] as unknown as { edges: Array<{ node: { nativeId: string; name: string } }> }).edges.find((e) => e.node.name === name)!.node.nativeId;
}

async function peersNamed(vifId: string, name: string): Promise<number> {
  const { data } = await post(`{ vifPeers(first: 100, filter: { providers: [HUAWEI], virtualInterfaceId: "${vifId}" }) { edges { node { name } } } }`);
  return (data['vifPeers'] as unknown as { edges: Array<{ node: { name: string } }> }).edges.filter((e) => e.node.name === name).length;
}

describe('Huawei (no idempotency token): reconcile after an unknown outcome', () => {
  it('a create the provider applied but never answered is found on retry with the key: the reconciled success, no second call, no duplicate', async () => {
    const vifId = await hwVif('vif-hq-bgp');
    const input = { target: HW, vifId, name: 'lost-peer', addressFamily: 'IPV6', localGatewayIp: 'FD09::1/64', remoteGatewayIp: 'FD09::2/64', routeMode: 'STATIC', idempotencyKey: 'hw-lost-key' };
    await h.control('huawei', 'POST', 'faults', { match: { operation: 'CreateVifPeer' }, count: 1, fault: { kind: 'applied-then-timeout' } });
    const lost = (await post(CREATE_PEER, { input: { ...input, deadlineSeconds: 2 } })).data['createVifPeer']!;
    expect(lost).toMatchObject({ __typename: 'ProviderUnavailable', outcome: 'UNKNOWN', idempotencyKey: 'hw-lost-key' });
    expect(await callCount('huawei', 'CreateVifPeer')).toBe(1);

    const retried = (await post(CREATE_PEER, { input })).data['createVifPeer']!;
    expect(retried).toMatchObject({ __typename: 'CreateVifPeerSuccess', idempotencyKey: 'hw-lost-key', vifPeer: { name: 'lost-peer' }, operation: { status: 'SUCCEEDED' } });
    expect(await callCount('huawei', 'CreateVifPeer')).toBe(1);
    expect(await peersNamed(vifId, 'lost-peer')).toBe(1);
    // Replayed from then on.
    const again = (await post(CREATE_PEER, { input })).data['createVifPeer']!;
    expect(again['vifPeer']).toEqual(retried['vifPeer']);
    expect(await callCount('huawei', 'CreateVifPeer')).toBe(1);
  }, 20_000);

  it('a peer creation is followed to ACTIVE, and a list read right after SUCCEEDED shows it ACTIVE (not the CREATING state read during the change)', async () => {
    const vifId = await hwVif('vif-hq-static');
    // Warm the list cache with the state before the change.
    expect(await peersNamed(vifId, 'cached-peer')).toBe(0);
    const pending = post(CREATE_PEER, {
      input: { target: HW, vifId, name: 'cached-peer', addressFamily: 'IPV6', localGatewayIp: 'FD0A::1/64', remoteGatewayIp: 'FD0A::2/64', routeMode: 'STATIC' },
      wait: { timeoutSeconds: 10 },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Listed (and cached for its 5 s window) while the change runs: the CREATING peer.
    const during = await post(`{ vifPeers(first: 100, filter: { providers: [HUAWEI], virtualInterfaceId: "${vifId}" }) { edges { node { name status } } } }`);
    expect(JSON.stringify(during.data)).toContain('"name":"cached-peer","status":"CREATING"');
    await h.advanceClock(ASYNC_DELAY_MS);
    const answer = (await pending).data['createVifPeer']!;
    expect(answer).toMatchObject({ operation: { status: 'SUCCEEDED' } });
    const { data } = await post(`{ vifPeers(first: 100, filter: { providers: [HUAWEI], virtualInterfaceId: "${vifId}" }) { edges { node { name status } } } }`);
    const peer = (data['vifPeers'] as unknown as { edges: Array<{ node: { name: string; status: string } }> }).edges.find((e) => e.node.name === 'cached-peer');
    expect(peer?.node.status).toBe('ACTIVE');
  });
});

describe('Huawei ECS jobs', () => {
  it('a NIC attach runs as a job: the operation carries the job id and is followed to SUCCEEDED through ShowJob', async () => {
    await seedHuawei(h, HW_LIFECYCLE);
    const pending = post(
      `mutation Attach($input: AttachNetworkInterfaceInput!) { attachNetworkInterface(input: $input, wait: { timeoutSeconds: 10 }) { __typename ... on AttachNetworkInterfaceSuccess { jobId operation { status providerJobId } } ${ERROR} } }`,
      { input: { networkInterface: hwRef(U.portFree), instanceId: U.serverB } },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await h.advanceClock(ASYNC_DELAY_MS);
    const answer = (await pending).data['attachNetworkInterface']!;
    expect(answer).toMatchObject({ __typename: 'AttachNetworkInterfaceSuccess', operation: { status: 'SUCCEEDED' } });
    expect((answer['operation'] as { providerJobId: string }).providerJobId).toBe(answer['jobId']);
    expect(await callCount('huawei', 'ShowJob')).toBeGreaterThan(0);
  });
});
