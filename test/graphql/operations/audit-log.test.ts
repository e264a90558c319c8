import 'reflect-metadata';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNetplane, type RunningNetplane } from '../../../src/app/compose';
import { hashApiKey } from '../../../src/auth/api-keys';
import { parseConfig } from '../../../src/config/load';

/**
 * The audit log and operations with authentication on: auditLog needs the admin scope; the journal
 * names the caller; operations are seen by callers who may read their partition.
 */

const OPS_KEY = 'np_ops_0123456789abcdef0123456789abcdef';
const ADMIN_KEY = 'np_admin_fedcba9876543210fedcba9876543210';
const OTHER_KEY = 'np_other_00112233445566778899aabbccddeeff';
const OPS2_KEY = 'np_ops2_ffeeddccbbaa99887766554433221100';

let netplane: RunningNetplane;

beforeAll(async () => {
  const config = parseConfig(
    {
      gateway: { host: '127.0.0.1', port: 0 },
      emulators: { alibabaPort: 0, huaweiPort: 0 },
      store: { dataDir: 'memory://' },
      accounts: [
        { provider: 'ALIBABA', account: 'ali-prod', regions: ['cn-hangzhou'], endpoint: 'emulator', credentials: { accessKeyId: 'LTAI-prod', accessKeySecret: 'prod-secret' } },
        { provider: 'ALIBABA', account: 'ali-dev', regions: ['cn-hangzhou'], endpoint: 'emulator', credentials: { accessKeyId: 'LTAI-dev', accessKeySecret: 'dev-secret' } },
      ],
      auth: {
        apiKeys: [
          { id: 'ops', sha256: hashApiKey(OPS_KEY), grants: [{ scope: 'mutate', providers: ['ALIBABA'], accounts: ['ali-prod'] }] },
          { id: 'admin', sha256: hashApiKey(ADMIN_KEY), grants: [{ scope: 'admin' }] },
          { id: 'ops2', sha256: hashApiKey(OPS2_KEY), grants: [{ scope: 'mutate', providers: ['ALIBABA'], accounts: ['ali-prod'] }] },
          { id: 'other', sha256: hashApiKey(OTHER_KEY), grants: [{ scope: 'read', providers: ['ALIBABA'], accounts: ['ali-dev'] }] },
        ],
      },
    },
    'test',
    {},
  );
  netplane = await startNetplane(config, { logger: pino({ level: 'silent' }) });
}, 30_000);

afterAll(async () => {
  await netplane?.close();
});

async function ask(query: string, key: string): Promise<{ data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> {
  const response = await fetch(netplane.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as never;
}

describe('auditLog and operations with authentication', () => {
  let operationId: string;
  let createMutation: string;

  beforeAll(async () => {
    const enis = await ask('{ networkInterfaces(first: 5) { edges { node { subnetId } } } }', OPS_KEY);
    const subnetId = (enis.data!['networkInterfaces'] as { edges: Array<{ node: { subnetId: string } }> }).edges[0]!.node.subnetId;
    createMutation = `mutation { createNetworkInterface(input: { target: { provider: ALIBABA, account: "ali-prod", region: "cn-hangzhou" }, vSwitchId: "${subnetId}", idempotencyKey: "audited" }) { __typename ... on CreateNetworkInterfaceSuccess { operation { id status } } } }`;
    const created = await ask(createMutation, OPS_KEY);
    operationId = (created.data!['createNetworkInterface'] as { operation: { id: string } }).operation.id;
  });

  it('refuses the audit log to a caller without the admin scope', async () => {
    const answer = await ask('{ auditLog(first: 5) { edges { node { kind } } } }', OPS_KEY);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'admin' });
  });

  it('shows an admin the intent and the attempt, with the caller who made them', async () => {
    const answer = await ask(`{ auditLog(first: 10, filter: { operationIds: ["${operationId}"], order: OLDEST_FIRST }) { edges { node { kind principal providerOperation outcome idempotencyKey } } } }`, ADMIN_KEY);
    expect((answer.data!['auditLog'] as { edges: Array<{ node: unknown }> }).edges.map((e) => e.node)).toEqual([
      { kind: 'INTENT', principal: 'ops', providerOperation: null, outcome: null, idempotencyKey: 'audited' },
      { kind: 'ATTEMPT', principal: 'ops', providerOperation: 'CreateNetworkInterface', outcome: 'APPLIED', idempotencyKey: 'audited' },
    ]);
  });

  it('keys are per caller: the same key and input from another caller is a request of its own, not a replay', async () => {
    const answer = await ask(createMutation, OPS2_KEY);
    const operation = (answer.data!['createNetworkInterface'] as { operation: { id: string; status: string } }).operation;
    expect(operation.status).toBe('SUCCEEDED');
    expect(operation.id).not.toBe(operationId);
    const again = await ask(createMutation, OPS_KEY);
    expect((again.data!['createNetworkInterface'] as { operation: { id: string } }).operation.id).toBe(operationId);
  });

  it('shows an operation to callers who may read its partition, and null to others', async () => {
    const mine = await ask(`{ operation(id: "${operationId}") { status mutation } }`, OPS_KEY);
    expect(mine.data!['operation']).toEqual({ status: 'SUCCEEDED', mutation: 'createNetworkInterface' });
    const other = await ask(`{ operation(id: "${operationId}") { status } node(id: "${operationId}") { id } }`, OTHER_KEY);
    expect(other.data).toEqual({ operation: null, node: null });
  });
});
