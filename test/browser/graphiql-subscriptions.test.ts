/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNetplane, type RunningNetplane } from '../../src/app/compose';
import { IN_MEMORY, openPgliteStore, type Store } from '../../src/store';
import { demoTestConfig } from '../support/netplane';

/**
 * A subscription as a person runs it in GraphiQL: Debian's Chromium opens the gateway, runs the
 * WatchOperations tab (operationUpdated over a WebSocket to the same origin), a mutation changes an
 * EIP elsewhere, and the operation's updates arrive in the response pane up to SUCCEEDED — with
 * nothing requested outside 127.0.0.1.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The demo's spare Alibaba EIP and an ENI of its partition (README, "Changing the network"). */
const SPARE_EIP = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou', nativeId: 'eip-wgcgwrsqlw13d5tm5smm3' };
const ENI = 'eni-bhwxblp5xmmva7tuxec3';

let store: Store;
let netplane: RunningNetplane;
let browser: Browser;

beforeAll(async () => {
  store = await openPgliteStore({ dataDir: IN_MEMORY });
  netplane = await startNetplane(demoTestConfig(), { store });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await netplane?.close();
  await store?.close();
});

async function associateSpareEip(): Promise<{ id: string; status: string }> {
  const response = await fetch(netplane.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($input: AssociateElasticIpInput!) {
        associateElasticIp(input: $input) { __typename ... on AssociateElasticIpSuccess { operation { id status } } ... on ProviderError { code message } }
      }`,
      variables: { input: { elasticIp: SPARE_EIP, instanceId: ENI, instanceType: 'NETWORK_INTERFACE' } },
    }),
  });
  const body = (await response.json()) as { data?: { associateElasticIp: { __typename: string; operation?: { id: string; status: string } } } };
  const answer = body.data?.associateElasticIp;
  if (!answer?.operation) throw new Error(`association failed: ${JSON.stringify(body)}`);
  return answer.operation;
}

async function advanceEmulatorClock(ms: number): Promise<void> {
  const emulator = netplane.emulators.alibaba;
  if (!emulator) throw new Error('the demo configuration starts the Alibaba emulator');
  const response = await fetch(`${emulator.url}/_emulator/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: ms }) });
  expect(response.status).toBe(200);
}

describe('GraphiQL subscriptions in a real browser', () => {
  it('runs WatchOperations over a same-origin WebSocket and shows an operation\'s updates up to SUCCEEDED', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requested: string[] = [];
    page.on('request', (req) => requested.push(req.url()));
    const sockets: string[] = [];
    const sent: string[] = [];
    const received: string[] = [];
    page.on('websocket', (socket) => {
      sockets.push(socket.url());
      socket.on('framesent', (frame) => sent.push(String(frame.payload)));
      socket.on('framereceived', (frame) => received.push(String(frame.payload)));
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    await page.goto(netplane.gatewayUrl, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    await page.locator('.graphiql-tab', { hasText: 'WatchOperations' }).first().click();

    // The run button does nothing until the editors are wired up; press it until the subscription goes out.
    const subscribed = () => sent.some((frame) => frame.includes('"subscribe"') && frame.includes('WatchOperations'));
    for (let attempt = 0; attempt < 30 && !subscribed(); attempt++) {
      await page.locator('.graphiql-execute-button').first().click();
      await page.waitForTimeout(500);
    }
    expect(subscribed()).toBe(true);
    expect(received.some((frame) => frame.includes('"connection_ack"'))).toBe(true);

    const operation = await associateSpareEip();
    // Alibaba associates asynchronously: the EIP is Associating until the emulator's clock passes its delay.
    await advanceEmulatorClock(10_000);

    // The pane shows the latest update; Monaco wraps the long global id, so the EIP's short id is what is looked for.
    await page.waitForFunction(
      (nativeId) => {
        const text = document.querySelector('.graphiql-response')?.textContent ?? '';
        return text.includes(nativeId) && text.includes('SUCCEEDED');
      },
      SPARE_EIP.nativeId,
      { timeout: 30_000 },
    );
    const updates = received
      .map((frame) => JSON.parse(frame) as { type: string; payload?: { data?: { operationUpdated?: { id: string; status: string; target: { nativeId: string } } } } })
      .filter((message) => message.type === 'next')
      .map((message) => message.payload?.data?.operationUpdated)
      .filter((update) => update?.id === operation.id);
    expect(updates.at(-1)).toMatchObject({ status: 'SUCCEEDED', target: { nativeId: SPARE_EIP.nativeId } });
    // Each update is one status; an asynchronous change is seen unfinished before it ends.
    expect(updates.map((u) => u?.status)).toEqual(expect.arrayContaining([expect.stringMatching(/^(PENDING|RUNNING)$/), 'SUCCEEDED']));

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/graphiql-subscription.png' });

    expect(pageErrors).toEqual([]);
    const origin = new URL(netplane.gatewayUrl);
    expect(sockets).toEqual([`ws://${origin.host}/graphql`]);
    const offHost = requested.filter((url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('ws://127.0.0.1:') && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(offHost).toEqual([]);
  }, 90_000);
});
