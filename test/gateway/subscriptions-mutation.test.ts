import 'reflect-metadata';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startNetplane, type RunningNetplane } from '../../src/app/compose';
import { IN_MEMORY, openPgliteStore, type Store } from '../../src/store';
import { demoTestConfig } from '../support/netplane';
import { post } from './gateway-fixture';
import { connect, Subscription, type TestClient } from './subscriptions-client';

/**
 * operationUpdated through the whole of netplane (the composition root `npm start` uses): an
 * asynchronous mutation's operation is reported unfinished, then SUCCEEDED once netplane's tracker
 * sees the provider finish it — to a subscriber by id and to one by filter at once — on both clouds.
 */

/** The demo's spare Alibaba EIP and an ENI of its partition (README, "Changing the network"). */
const SPARE_EIP = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou', nativeId: 'eip-wgcgwrsqlw13d5tm5smm3' };
const ENI = 'eni-bhwxblp5xmmva7tuxec3';

let store: Store;
let netplane: RunningNetplane;
const clients: TestClient[] = [];

beforeAll(async () => {
  store = await openPgliteStore({ dataDir: IN_MEMORY });
  netplane = await startNetplane(demoTestConfig(), { logger: pino({ level: 'silent' }), store });
}, 60_000);

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

afterAll(async () => {
  await netplane?.close();
  await store?.close();
});

interface Update {
  operationUpdated: { id: string; mutation: string; status: string; target: { nativeId: string | null }; finishedAt: string | null };
}
const FIELDS = 'id mutation status target { nativeId } finishedAt';

async function advanceClock(provider: 'alibaba' | 'huawei', ms: number): Promise<void> {
  const emulator = netplane.emulators[provider];
  if (!emulator) throw new Error(`the demo configuration starts the ${provider} emulator`);
  const response = await fetch(`${emulator.url}/_emulator/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: ms }) });
  expect(response.status).toBe(200);
}

describe('operationUpdated for an asynchronous mutation', () => {
  it('reports the association of an Alibaba EIP unfinished, then SUCCEEDED, by filter and by id', async () => {
    const watcher = connect(netplane.gatewayUrl);
    clients.push(watcher);
    const byFilter = new Subscription<Update>(watcher.client, `subscription { operationUpdated(filter: { mutations: ["associateElasticIp"] }) { ${FIELDS} } }`);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const answer = await post<{ associateElasticIp: { __typename: string; operation?: { id: string; status: string } } }>(
      netplane.gatewayUrl,
      `mutation ($input: AssociateElasticIpInput!) { associateElasticIp(input: $input) { __typename ... on AssociateElasticIpSuccess { operation { id status } } ... on ProviderError { code message } } }`,
      { input: { elasticIp: SPARE_EIP, instanceId: ENI, instanceType: 'NETWORK_INTERFACE' } },
    );
    const operation = answer.body.data?.associateElasticIp.operation;
    expect(operation, JSON.stringify(answer.body)).toBeDefined();
    const id = (operation as { id: string }).id;
    expect(['PENDING', 'RUNNING']).toContain(operation?.status);

    const byId = new Subscription<Update>(watcher.client, `subscription ($id: ID!) { operationUpdated(id: $id) { ${FIELDS} } }`, { id });
    const now = (await byId.next()).data?.operationUpdated;
    expect(now).toMatchObject({ id, mutation: 'associateElasticIp', finishedAt: null, target: { nativeId: SPARE_EIP.nativeId } });
    expect(['PENDING', 'RUNNING']).toContain(now?.status);

    // The emulator keeps the EIP Associating until its clock passes the configured delay.
    await advanceClock('alibaba', 10_000);
    const final = (await byId.next(20_000)).data?.operationUpdated;
    expect(final).toMatchObject({ id, status: 'SUCCEEDED' });
    expect(final?.finishedAt).not.toBeNull();
    await byId.ended();

    const seen: string[] = [];
    while (seen.at(-1) !== 'SUCCEEDED') {
      const update = (await byFilter.next(20_000)).data?.operationUpdated;
      expect(update?.id).toBe(id);
      seen.push(update?.status as string);
    }
    expect(seen[0]).toMatch(/^(PENDING|RUNNING)$/);
    expect(byFilter.completed).toBe(false);
  }, 60_000);

  it('reports a Huawei VIF peer creation (PENDING_CREATE, then ACTIVE) unfinished, then SUCCEEDED with the peer it made', async () => {
    const watcher = connect(netplane.gatewayUrl);
    clients.push(watcher);
    const answer = await post<{ createVifPeer: { __typename: string; operation?: { id: string; status: string } } }>(
      netplane.gatewayUrl,
      `mutation ($input: CreateVifPeerInput!) { createVifPeer(input: $input) { __typename ... on CreateVifPeerSuccess { operation { id status } } ... on ProviderError { code message } } }`,
      {
        // The demo's VIF of README "Changing the network".
        input: {
          target: { provider: 'HUAWEI', account: 'hw-prod', region: 'cn-north-4' },
          vifId: 'fa870638-0858-4244-aa91-62c8370259f6',
          name: 'watched-peer',
          addressFamily: 'IPV6',
          localGatewayIp: 'fd00::11/64',
          remoteGatewayIp: 'fd00::12/64',
          routeMode: 'BGP',
          bgpAsn: 64512,
        },
      },
    );
    const operation = answer.body.data?.createVifPeer.operation;
    expect(operation, JSON.stringify(answer.body)).toBeDefined();
    const id = (operation as { id: string }).id;

    const byId = new Subscription<Update>(watcher.client, `subscription ($id: ID!) { operationUpdated(id: $id) { ${FIELDS} } }`, { id });
    const now = (await byId.next()).data?.operationUpdated;
    expect(now).toMatchObject({ id, mutation: 'createVifPeer', finishedAt: null });
    expect(['PENDING', 'RUNNING']).toContain(now?.status);

    await advanceClock('huawei', 10_000);
    const final = (await byId.next(20_000)).data?.operationUpdated;
    expect(final).toMatchObject({ id, status: 'SUCCEEDED' });
    expect(final?.target.nativeId).toMatch(/^[0-9a-f-]{36}$/);
    await byId.ended();
  }, 60_000);
});
