import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/load';
import type { RunningGateway } from '../../../src/gateway';
import { sha256Hex, TrustedDocuments } from '../../../src/gateway/plugins/trusted-documents';
import { gatewayWith } from '../gateway-fixture';
import { scratchDirectories } from '../../support/scratch-directories';

const scratchDirectory = scratchDirectories('netplane-trusted-');

/**
 * gateway.trustedDocuments with the manifest codegen writes for the example operations
 * (test/generated/persisted-documents.json): only its documents run, by hash or by text.
 */

const MANIFEST = resolve(__dirname, '../../generated/persisted-documents.json');
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const [catalogKey, catalogDocument] = Object.entries(manifest).find(([, document]) => document.startsWith('query ErrorCatalog')) as [string, string];
const catalogHash = catalogKey.replace(/^sha256:/, '');

let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await gatewayWith([], { trustedDocuments: { manifest: MANIFEST } });
});
afterAll(() => gateway.close());

async function send(body: unknown, method: 'POST' | 'GET' = 'POST', search = ''): Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${gateway.url}${search}`, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    ...(method === 'POST' && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

const variables = { mutation: 'ASSOCIATE_ELASTIC_IP' };

describe('trusted documents', () => {
  it('runs a manifest document named by extensions.persistedQuery.sha256Hash', async () => {
    const answer = await send({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: catalogHash } } });
    expect(answer.status).toBe(200);
    expect((answer.body.data as { errorCatalog: unknown[] }).errorCatalog.length).toBeGreaterThan(0);
  });

  it('runs a manifest document sent as text, exactly as the manifest has it', async () => {
    const answer = await send({ query: catalogDocument, variables });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('runs a manifest document named by hash in a GET', async () => {
    const search = `?variables=${encodeURIComponent(JSON.stringify(variables))}&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: catalogHash } }))}`;
    const response = await fetch(`${gateway.url}${search}`, { headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
  });

  it('refuses a document that is not in the manifest 400 UNTRUSTED_DOCUMENT, even a trusted one reformatted', async () => {
    for (const query of ['{ __typename }', `${catalogDocument}\n`]) {
      const answer = await send({ query, variables });
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNTRUSTED_DOCUMENT');
    }
  });

  it('refuses an unknown hash 400 PERSISTED_QUERY_NOT_FOUND', async () => {
    const answer = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex('{ __typename }') } } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a hash sent with another document than the one it names', async () => {
    const answer = await send({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: catalogHash } } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNTRUSTED_DOCUMENT');
  });
});

describe('TrustedDocuments.load', () => {
  it('holds every document of the codegen manifest', () => {
    expect(TrustedDocuments.load(MANIFEST).size).toBe(Object.keys(manifest).length);
  });

  it('refuses a manifest whose hash is not the SHA-256 of its document, in one line', () => {
    const dir = scratchDirectory();
    const path = join(dir, 'manifest.json');
    writeFileSync(path, JSON.stringify({ [`sha256:${sha256Hex('{ a }')}`]: '{ b }' }));
    expect(() => TrustedDocuments.load(path)).toThrow(ConfigError);
    expect(() => TrustedDocuments.load(join(dir, 'missing.json'))).toThrow(/cannot read the manifest/);
  });
});
