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

  it('answers 404, not a server error, for a path with a malformed escape', async () => {
    const response = await fetch(`${gateway.origin}/graphiql/%E0%A4%A`);
    expect(response.status).toBe(404);
  });

  it('still answers GraphQL GET requests that carry a query', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

// The page in a real browser (Debian's Chromium, whole netplane as `npm start` runs it) is covered by
// test/browser/graphiql.test.ts.
