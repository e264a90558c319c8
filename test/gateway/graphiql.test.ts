import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../../src/gateway';
import { ensureGraphiqlBundle, gatewayWith } from './gateway-fixture';

let gateway: RunningGateway;
let html: string;
let headers: Headers;
beforeAll(async () => {
  ensureGraphiqlBundle();
  gateway = await gatewayWith();
  const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  headers = response.headers;
  html = await response.text();
}, 120_000);
afterAll(async () => {
  await gateway.close();
});

const referencedUrls = (page: string): string[] => [...page.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);

describe('GraphiQL at /graphql for browsers', () => {
  it('is served as HTML with a same-origin-only content security policy', () => {
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
  });

  it('references only same-origin scripts and stylesheets, all of which are served', async () => {
    const urls = referencedUrls(html);
    expect(urls.length).toBeGreaterThanOrEqual(2);
    for (const url of urls) {
      expect(url, url).toMatch(/^\/graphiql\//);
      const response = await fetch(`${gateway.origin}${url}`);
      expect(response.status, url).toBe(200);
    }
  });

  it('bundles its editors and workers without loading code from another host', async () => {
    for (const file of ['graphiql.js', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js']) {
      const response = await fetch(`${gateway.origin}/graphiql/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      const code = await response.text();
      expect(code, file).not.toMatch(/import\s*\(\s*["'`]https?:/);
      expect(code, file).not.toMatch(/importScripts\s*\(\s*["'`]https?:/);
      expect(code, file).not.toMatch(/esm\.sh|unpkg\.com|cdn\.jsdelivr/);
    }
  });

  it('does not serve files outside the bundle', async () => {
    const response = await fetch(`${gateway.origin}/graphiql/..%2F..%2Fpackage.json`);
    expect(response.status).toBe(404);
  });

  it('still answers GraphQL GET requests that carry a query', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('GraphiQL in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the example operations, runs one and requests nothing from another origin', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(gateway.url);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page
      // Monaco renders spaces as no-break spaces.
      .waitForFunction(() => /query\s+Fleet/.test(document.body.innerText), undefined, { timeout: 30_000 })
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\npage text: ${(await page.evaluate(() => document.body.innerText)).slice(-700)}\nproblems: ${problems.join('\n')}`);
      });
    // The run button does nothing until the editors are wired up; press it until a result shows.
    let ran = false;
    for (let attempt = 0; attempt < 30 && !ran; attempt++) {
      await page.click('.graphiql-execute-button');
      ran = await page
        .waitForFunction(() => document.body.innerText.includes('"totalCount"'), undefined, { timeout: 1_000 })
        .then(() => true, () => false);
    }
    expect(ran).toBe(true);
    const foreign = requested.filter((url) => !url.startsWith(gateway.origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
});
