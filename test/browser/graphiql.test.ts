/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNetplane, type RunningNetplane } from '../../src/app/compose';
import { demoTestConfig } from '../support/netplane';

/**
 * GraphiQL as a person meets it: Debian's Chromium opens the gateway URL, runs the preloaded query
 * and gets resources of both providers — and not one request leaves 127.0.0.1.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let netplane: RunningNetplane;
let browser: Browser;

beforeAll(async () => {
  netplane = await startNetplane(demoTestConfig());
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await netplane?.close();
});

describe('GraphiQL in a real browser', () => {
  it('opens offline from the bundle, runs the preloaded query and lists both providers', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requested: string[] = [];
    const requestedBodies: string[] = [];
    page.on('request', (req) => {
      requested.push(req.url());
      if (req.method() === 'POST') requestedBodies.push(req.postData() ?? '');
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    const response = await page.goto(netplane.gatewayUrl, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });

    const fleetResponse = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('"Fleet"'),
    );
    // The run button does nothing until the editors are wired up; press it until the query goes out
    // (and not again after: while a query runs the same button stops it).
    const fleetSent = () => requestedBodies.some((body) => body.includes('"Fleet"'));
    let sent = false;
    for (let attempt = 0; attempt < 30 && !sent; attempt++) {
      await page.locator('.graphiql-execute-button').first().click();
      sent = await page.waitForTimeout(500).then(fleetSent);
    }
    expect(sent).toBe(true);
    const body = (await (await fleetResponse).json()) as {
      data: { networkInterfaces: { totalCount: number; partitions: Array<{ provider: string; ok: boolean }> } };
    };
    const providers = new Set(body.data.networkInterfaces.partitions.filter((p) => p.ok).map((p) => p.provider));
    expect([...providers].sort()).toEqual(['ALIBABA', 'HUAWEI']);
    expect(body.data.networkInterfaces.totalCount).toBeGreaterThan(0);
    // The answer is rendered in the response pane, not only received.
    await page.waitForFunction(() => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('totalCount'), undefined, {
      timeout: 20_000,
    });

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/graphiql.png' });

    expect(pageErrors).toEqual([]);
    const offHost = requested.filter((url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(offHost).toEqual([]);
    expect(requested.some((url) => url.endsWith('/graphql'))).toBe(true);
  });
});
