import 'reflect-metadata';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNetplane, type RunningNetplane } from '../../src/app/compose';
import { hashApiKey } from '../../src/auth/api-keys';
import { parseConfig } from '../../src/config/load';
import { startLocalIssuer, type LocalIssuer } from '../auth/jwks-server';
import { gatewayWith, post } from './gateway-fixture';

/**
 * Identity and scopes over HTTP, through the composition root `npm start` uses, against the
 * embedded emulators: 401/403 per the GraphQL-over-HTTP spec, reads limited to the partitions in
 * the caller's read scope, and a mutation outside its mutate scope answered PermissionDenied with
 * no provider call.
 */

const READER_KEY = 'np_reader_0123456789abcdef0123456789abcdef';
const OPS_KEY = 'np_ops_fedcba9876543210fedcba9876543210';
const AUDIENCE = 'netplane-test';

let issuer: LocalIssuer;
let netplane: RunningNetplane;

beforeAll(async () => {
  issuer = await startLocalIssuer(AUDIENCE);
  const config = parseConfig(
    {
      gateway: { host: '127.0.0.1', port: 0 },
      emulators: { alibabaPort: 0, huaweiPort: 0 },
      cache: { ttlMs: 0 },
      // In memory: a test never writes the repository's ./.netplane-data (nor holds its lock).
      store: { dataDir: 'memory://' },
      accounts: [
        { provider: 'ALIBABA', account: 'ali-prod', regions: ['cn-hangzhou'], endpoint: 'emulator', credentials: { accessKeyId: 'LTAI-prod', accessKeySecret: 'prod-secret' } },
        { provider: 'ALIBABA', account: 'ali-dev', regions: ['cn-hangzhou'], endpoint: 'emulator', credentials: { accessKeyId: 'LTAI-dev', accessKeySecret: 'dev-secret' } },
        { provider: 'HUAWEI', account: 'hw-prod', regions: [{ region: 'cn-north-4', projectId: '0123456789abcdef0123456789abcdef' }], endpoint: 'emulator', credentials: { ak: 'HWPROD', sk: 'hw-secret' } },
      ],
      auth: {
        apiKeys: [
          { id: 'reader', sha256: hashApiKey(READER_KEY), grants: [{ scope: 'read', providers: ['ALIBABA'], accounts: ['ali-*'] }] },
          { id: 'ops', sha256: hashApiKey(OPS_KEY), grants: [{ scope: 'mutate', providers: ['ALIBABA'], accounts: ['ali-dev'], regions: ['cn-*'] }] },
        ],
        jwt: { jwksUrl: issuer.jwksUrl, issuer: issuer.issuer, audience: AUDIENCE },
      },
    },
    'test',
    {},
  );
  netplane = await startNetplane(config, { logger: pino({ level: 'silent' }) });
}, 30_000);

afterAll(async () => {
  await netplane?.close();
  await issuer?.close();
});

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function ask(query: string, authorization?: string, accept = 'application/graphql-response+json'): Promise<Answer> {
  const response = await fetch(netplane.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...(authorization && { authorization }) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const PARTITIONS = '{ networkInterfaces(first: 100) { partitions { provider account region } edges { node { id provider account } } } }';

async function emulatorCalls(): Promise<number> {
  let total = 0;
  for (const emulator of [netplane.emulators.alibaba, netplane.emulators.huawei]) {
    const response = await fetch(`${emulator?.url}/_emulator/calls`);
    total += ((await response.json()) as { total: number }).total;
  }
  return total;
}

const allocate = (account: string, provider = 'ALIBABA', region = 'cn-hangzhou') =>
  `mutation { allocateElasticIp(input: { target: { provider: ${provider}, account: "${account}", region: "${region}" } }) {
     __typename ... on ProviderError { code codeEnum message } ... on AllocateElasticIpSuccess { elasticIp { account } } } }`;

describe('authentication over HTTP', () => {
  it('answers a request without credentials 401 with a Bearer challenge and a GraphQL error body, no data', async () => {
    const answer = await ask(PARTITIONS);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="netplane"');
    expect(answer.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers in application/json to a client that accepts only that', async () => {
    const answer = await ask(PARTITIONS, undefined, 'application/json');
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('refuses another scheme than Bearer with invalid_request', async () => {
    const answer = await ask(PARTITIONS, `Basic ${Buffer.from('reader:x').toString('base64')}`);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toContain('error="invalid_request"');
  });

  it('refuses an unknown API key with invalid_token', async () => {
    const answer = await ask(PARTITIONS, 'Bearer np_reader_not-the-key');
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(answer.body.errors?.[0]?.message).toBe('The API key is not accepted.');
  });

  it('serves a valid API key, reading only the partitions its read grant covers', async () => {
    const answer = await ask(PARTITIONS, `Bearer ${READER_KEY}`);
    expect(answer.status).toBe(200);
    const connection = answer.body.data?.networkInterfaces as { partitions: { provider: string; account: string }[]; edges: { node: { provider: string; account: string } }[] };
    expect(connection.partitions.map((p) => `${p.provider}/${p.account}`)).toEqual(['ALIBABA/ali-dev', 'ALIBABA/ali-prod']);
    expect(connection.edges.length).toBeGreaterThan(0);
    expect(connection.edges.every((e) => e.node.provider === 'ALIBABA')).toBe(true);
  });
});

describe('JWTs from the OIDC issuer', () => {
  it('maps the subject and the scope claim to a principal: read:ALIBABA/ali-prod/* reads that account only', async () => {
    const token = await issuer.sign({ sub: 'alice', scope: 'openid profile read:ALIBABA/ali-prod/*' });
    const answer = await ask(PARTITIONS, `Bearer ${token}`);
    expect(answer.status).toBe(200);
    const connection = answer.body.data?.networkInterfaces as { partitions: { account: string }[] };
    expect(connection.partitions.map((p) => p.account)).toEqual(['ali-prod']);
  });

  it('refuses an expired token 401', async () => {
    const token = await issuer.sign({ sub: 'alice', scope: 'read' }, { expiresAt: Math.floor(Date.now() / 1000) - 3600 });
    const answer = await ask(PARTITIONS, `Bearer ${token}`);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(answer.body.errors?.[0]?.message).toContain('expired');
  });

  it('refuses a token for another audience 401', async () => {
    const token = await issuer.sign({ sub: 'alice', scope: 'read' }, { audience: 'another-api' });
    const answer = await ask(PARTITIONS, `Bearer ${token}`);
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.message).toContain('"aud"');
  });

  it('refuses a token of another issuer 401', async () => {
    const token = await issuer.sign({ sub: 'alice', scope: 'read' }, { issuer: 'https://login.example.invalid/' });
    const answer = await ask(PARTITIONS, `Bearer ${token}`);
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.message).toContain('"iss"');
  });

  it('refuses a token signed by a key the JWKS does not hold 401', async () => {
    const token = await issuer.signWithForeignKey({ sub: 'mallory', scope: 'admin read mutate' });
    const answer = await ask(PARTITIONS, `Bearer ${token}`);
    expect(answer.status).toBe(401);
  });

  it('answers 403 insufficient_scope to a valid token that grants no netplane scope', async () => {
    const token = await issuer.sign({ sub: 'bob', scope: 'openid email' });
    const answer = await ask(PARTITIONS, `Bearer ${token}`);
    expect(answer.status).toBe(403);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="netplane", error="insufficient_scope"');
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.body.data).toBeUndefined();
  });
});

describe('an issuer whose keys cannot be fetched', () => {
  it('answers 503 AUTHENTICATION_UNAVAILABLE, not 401: the token may be fine', async () => {
    const gateway = await gatewayWith([], { auth: { apiKeys: [], jwt: { jwksUrl: 'http://127.0.0.1:1/jwks.json', issuer: issuer.issuer, audience: AUDIENCE, scopesClaim: 'scope', subjectClaim: 'sub', algorithms: ['ES256'], clockToleranceSeconds: 0 } } });
    try {
      const token = await issuer.sign({ sub: 'alice', scope: 'read' });
      const answer = await post(gateway.url, '{ __typename }', {}, { authorization: `Bearer ${token}` });
      expect(answer.status).toBe(503);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('AUTHENTICATION_UNAVAILABLE');
    } finally {
      await gateway.close();
    }
  });
});

describe('authorization', () => {
  it('answers a mutation outside the mutate grants PermissionDenied (netplane code) with no provider call', async () => {
    for (const emulator of [netplane.emulators.alibaba, netplane.emulators.huawei]) await fetch(`${emulator?.url}/_emulator/calls`, { method: 'DELETE' });
    const byReader = await ask(allocate('ali-dev'), `Bearer ${READER_KEY}`);
    const byOps = await ask(allocate('ali-prod'), `Bearer ${OPS_KEY}`);
    const token = await issuer.sign({ sub: 'carol', scope: 'mutate:HUAWEI/*/*' });
    const byHuaweiOperator = await ask(allocate('ali-dev'), `Bearer ${token}`);
    for (const answer of [byReader, byOps, byHuaweiOperator]) {
      expect(answer.status).toBe(200);
      expect(answer.body.data?.allocateElasticIp).toMatchObject({ __typename: 'PermissionDenied', code: 'netplane.PermissionDenied', codeEnum: 'NETPLANE_PERMISSION_DENIED' });
    }
    expect(await emulatorCalls()).toBe(0);
  });

  it('answers PermissionDenied, not PartitionNotConfigured, for a partition outside the grants whether or not it exists', async () => {
    const answer = await ask(allocate('ali-nowhere'), `Bearer ${OPS_KEY}`);
    expect(answer.body.data?.allocateElasticIp).toMatchObject({ __typename: 'PermissionDenied' });
  });

  it('carries out a mutation inside the mutate grant, and a mutate grant reads its partition', async () => {
    const answer = await ask(allocate('ali-dev'), `Bearer ${OPS_KEY}`);
    expect(answer.body.data?.allocateElasticIp).toMatchObject({ __typename: 'AllocateElasticIpSuccess', elasticIp: { account: 'ali-dev' } });
    const read = await ask(PARTITIONS, `Bearer ${OPS_KEY}`);
    const connection = read.body.data?.networkInterfaces as { partitions: { account: string }[] };
    expect(connection.partitions.map((p) => p.account)).toEqual(['ali-dev']);
  });

  it('answers node(id) of a partition outside the read scope null, as if it were not configured', async () => {
    const everything = await issuer.sign({ sub: 'dana', scope: 'read' });
    const all = await ask(PARTITIONS, `Bearer ${everything}`);
    const edges = (all.body.data?.networkInterfaces as { edges: { node: { id: string; provider: string } }[] }).edges;
    const huawei = edges.find((e) => e.node.provider === 'HUAWEI');
    const alibaba = edges.find((e) => e.node.provider === 'ALIBABA');
    expect(huawei && alibaba).toBeTruthy();
    const query = `{ hw: node(id: "${huawei?.node.id}") { id } ali: node(id: "${alibaba?.node.id}") { id } }`;
    const answer = await ask(query, `Bearer ${READER_KEY}`);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({ hw: null, ali: { id: alibaba?.node.id } });
    expect((await ask(query, `Bearer ${everything}`)).body.data).toEqual({ hw: { id: huawei?.node.id }, ali: { id: alibaba?.node.id } });
  });
});
