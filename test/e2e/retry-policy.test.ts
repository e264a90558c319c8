import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALI_TARGET, aliRef, seedAlibaba, seedHuawei, U, vifPeer } from '../support/e2e-fixtures';
import { startHarness, type Harness } from '../support/harness';
import { recordedCalls, runMutation } from '../support/mutation-documents';

/**
 * netplane's one retry layer, observed from the emulators' call logs through the gateway: what is
 * retried (reads; Alibaba mutations with the same ClientToken every time), what is not (a Huawei
 * mutation whose outcome is unknown), how the provider's retry-after hint and the attempt cap shape
 * the attempts, and how the per-provider retry budget bounds the load during an outage.
 */

const MAX_ATTEMPTS = 3;
let h: Harness;
let lean: Harness;

beforeAll(async () => {
  h = await startHarness({ retry: { maxAttempts: MAX_ATTEMPTS, baseDelayMs: 1, maxDelayMs: 400 }, transport: { requestTimeoutMs: 250 } });
  lean = await startHarness({ retry: { maxAttempts: MAX_ATTEMPTS, baseDelayMs: 1, maxDelayMs: 5 }, retryBudgetCapacity: 4 });
}, 60_000);
afterAll(async () => {
  await Promise.all([h?.close(), lean?.close()]);
});

async function emptyAndSeeded(x: Harness): Promise<void> {
  for (const provider of ['alibaba', 'huawei'] as const) {
    await x.control(provider, 'POST', 'reset', { fixture: 'empty' });
    await x.control(provider, 'POST', 'clock', { freeze: true });
    await x.control(provider, 'DELETE', 'faults');
  }
  await seedAlibaba(x, { networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea' }] });
  await seedHuawei(x);
  for (const provider of ['alibaba', 'huawei'] as const) await x.control(provider, 'DELETE', 'calls');
}
beforeEach(async () => {
  await emptyAndSeeded(h);
});

const fault = (x: Harness, provider: 'alibaba' | 'huawei', match: Record<string, string>, count: number, spec: Record<string, unknown>) =>
  x.control(provider, 'POST', 'faults', { match, count, fault: spec });

async function aliSnapshot(x: Harness) {
  const s = (await x.control('alibaba', 'GET', 'snapshot')) as { accounts: Record<string, Record<string, { networkInterfaces: Array<{ id: string; secondaryIps: string[] }> }>> };
  return s.accounts['ali-prod']!['cn-hangzhou']!;
}

async function vifPeers(x: Harness): Promise<unknown[]> {
  const s = (await x.control('huawei', 'GET', 'snapshot')) as Record<string, Record<string, { virtualInterfaces: Array<{ id: string; vif_peers?: unknown[] }> }>>;
  return s['hw-prod']!['ap-southeast-1']!.virtualInterfaces.find((v) => v.id === U.vif)!.vif_peers ?? [];
}

const partitionQuery = (provider: 'ALIBABA' | 'HUAWEI', account: string, region: string) =>
  fetch(h.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($f: NetworkInterfaceFilter) { networkInterfaces(first: 50, filter: $f) { totalCount partitions { ok error { code } } } }',
      variables: { f: { providers: [provider], accounts: [account], regions: [region] } },
    }),
  }).then((r) => r.json() as Promise<{ data: { networkInterfaces: { totalCount: number; partitions: Array<{ ok: boolean }> } } }>);

describe('reads', () => {
  it('an Alibaba list is retried on Throttling and succeeds on the third attempt', async () => {
    await fault(h, 'alibaba', { operation: 'DescribeNetworkInterfaces', account: 'ali-prod', region: 'cn-hangzhou' }, 2, { kind: 'error', code: 'Throttling', retryAfterSeconds: 0.01 });
    const body = await partitionQuery('ALIBABA', 'ali-prod', 'cn-hangzhou');
    expect(body.data.networkInterfaces.partitions).toEqual([{ ok: true, error: null }]);
    expect(body.data.networkInterfaces.totalCount).toBe(1);
    const calls = await recordedCalls(h, 'alibaba', 'DescribeNetworkInterfaces');
    expect(calls.map((c) => c.code)).toEqual(['Throttling', 'Throttling', null]);
  });

  it('a Huawei list is retried on a 502 "Backend unavailable" and succeeds', async () => {
    await fault(h, 'huawei', { operation: 'ListPorts', account: 'hw-prod', region: 'ap-southeast-1' }, 2, { kind: 'error', code: 'APIGW.0201', httpStatus: 502 });
    const body = await partitionQuery('HUAWEI', 'hw-prod', 'ap-southeast-1');
    expect(body.data.networkInterfaces.partitions).toEqual([{ ok: true, error: null }]);
    const calls = await recordedCalls(h, 'huawei', 'ListPorts');
    expect(calls.map((c) => c.code)).toEqual(['APIGW.0201', 'APIGW.0201', null]);
  });

  it('an outage is tried at most maxAttempts times per read', async () => {
    await fault(h, 'alibaba', { account: 'ali-prod', region: 'cn-hangzhou' }, 1000, { kind: 'error', code: 'ServiceUnavailable' });
    const body = await partitionQuery('ALIBABA', 'ali-prod', 'cn-hangzhou');
    expect(body.data.networkInterfaces.partitions).toEqual([{ ok: false, error: { code: 'ServiceUnavailable' } }]);
    expect(await recordedCalls(h, 'alibaba', 'DescribeNetworkInterfaces')).toHaveLength(MAX_ATTEMPTS);
  });
});

describe('Alibaba mutations: retried with one ClientToken, applied once', () => {
  const create = { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea' };

  it('CreateNetworkInterface after two ServiceUnavailable answers: three attempts, one token, one new ENI', async () => {
    await fault(h, 'alibaba', { operation: 'CreateNetworkInterface' }, 2, { kind: 'error', code: 'ServiceUnavailable' });
    const member = await runMutation(h, 'createNetworkInterface', create);
    expect(member.__typename).toBe('CreateNetworkInterfaceSuccess');
    const calls = await recordedCalls(h, 'alibaba', 'CreateNetworkInterface');
    expect(calls.map((c) => c.code)).toEqual(['ServiceUnavailable', 'ServiceUnavailable', null]);
    const tokens = new Set(calls.map((c) => c.params['ClientToken']));
    expect(tokens.size).toBe(1);
    expect([...tokens][0]).toMatch(/^[\x20-\x7e]{1,64}$/);
    expect((await aliSnapshot(h)).networkInterfaces).toHaveLength(2);
  });

  it('CreateNetworkInterface applied but unanswered: the retry with the same token gets the first result, no duplicate ENI', async () => {
    await fault(h, 'alibaba', { operation: 'CreateNetworkInterface' }, 1, { kind: 'applied-then-timeout' });
    const member = await runMutation(h, 'createNetworkInterface', { ...create, clientToken: 'caller-token-1' });
    expect(member.__typename).toBe('CreateNetworkInterfaceSuccess');
    const calls = await recordedCalls(h, 'alibaba', 'CreateNetworkInterface');
    expect(calls).toHaveLength(2);
    expect(calls.map((c) => c.params['ClientToken'])).toEqual(['caller-token-1', 'caller-token-1']);
    expect((await aliSnapshot(h)).networkInterfaces).toHaveLength(2);
  });

  it('AssignPrivateIpAddresses applied but unanswered: one assignment, not two', async () => {
    await fault(h, 'alibaba', { operation: 'AssignPrivateIpAddresses' }, 1, { kind: 'applied-then-timeout' });
    const member = await runMutation(h, 'assignPrivateIpAddresses', { networkInterface: aliRef('eni-e2eone'), secondaryPrivateIpAddressCount: 1 });
    expect(member.__typename).toBe('AssignPrivateIpAddressesSuccess');
    const calls = await recordedCalls(h, 'alibaba', 'AssignPrivateIpAddresses');
    expect(calls).toHaveLength(2);
    expect(new Set(calls.map((c) => c.params['ClientToken'])).size).toBe(1);
    expect((await aliSnapshot(h)).networkInterfaces.find((e) => e.id === 'eni-e2eone')!.secondaryIps).toHaveLength(1);
  });

  it('a non-retryable answer is not repeated', async () => {
    await fault(h, 'alibaba', { operation: 'CreateNetworkInterface' }, 5, { kind: 'error', code: 'InvalidVSwitchId.NotFound' });
    expect((await runMutation(h, 'createNetworkInterface', create)).__typename).toBe('ResourceNotFound');
    expect(await recordedCalls(h, 'alibaba', 'CreateNetworkInterface')).toHaveLength(1);
  });
});

describe('Huawei mutations: no idempotency token, so never repeated when the outcome is unknown', () => {
  it('a 500 system error (outcome UNKNOWN) is answered after exactly one call', async () => {
    await fault(h, 'huawei', { operation: 'CreateVifPeer' }, 5, { kind: 'error', code: 'Common.0001' });
    const member = await runMutation(h, 'createVifPeer', vifPeer());
    expect(member).toMatchObject({ __typename: 'ProviderUnavailable', code: 'Common.0001', retryable: true, outcome: 'UNKNOWN' });
    expect(await recordedCalls(h, 'huawei', 'CreateVifPeer')).toHaveLength(1);
  });

  it('an applied-then-timed-out bind is not repeated, and the bind happened once', async () => {
    await fault(h, 'huawei', { operation: 'AssociateServerVirtualIp' }, 5, { kind: 'applied-then-timeout' });
    const member = await runMutation(h, 'bindVirtualIp', { networkInterface: { provider: 'HUAWEI', account: 'hw-prod', region: 'ap-southeast-1', nativeId: U.nicA }, subnetId: U.subnetA, ipAddress: '192.168.0.100' });
    expect(member).toMatchObject({ __typename: 'ProviderUnavailable', outcome: 'UNKNOWN' });
    expect(await recordedCalls(h, 'huawei', 'AssociateServerVirtualIp')).toHaveLength(1);
  });

  it('throttling (certainly not applied) is retried, and the peer is created once', async () => {
    await fault(h, 'huawei', { operation: 'CreateVifPeer' }, 1, { kind: 'error', code: 'APIGW.0308', retryAfterSeconds: 0.01 });
    expect((await runMutation(h, 'createVifPeer', vifPeer())).__typename).toBe('CreateVifPeerSuccess');
    expect((await recordedCalls(h, 'huawei', 'CreateVifPeer')).map((c) => c.code)).toEqual(['APIGW.0308', null]);
    expect(await vifPeers(h)).toHaveLength(1);
  });
});

describe('the retry-after hint', () => {
  it.each([
    ['alibaba', 'assignPrivateIpAddresses', 'AssignPrivateIpAddresses', 'Throttling', { networkInterface: aliRef('eni-e2eone'), secondaryPrivateIpAddressCount: 1 }],
    ['huawei', 'createVifPeer', 'CreateVifPeer', 'APIGW.0308', vifPeer()],
  ] as const)('%s: waits the announced time between attempts and surfaces it when retries run out', async (provider, mutation, operation, code, input) => {
    await fault(h, provider, { operation }, 100, { kind: 'error', code, retryAfterSeconds: 0.15 });
    const started = Date.now();
    const member = await runMutation(h, mutation, input);
    const elapsed = Date.now() - started;
    expect(member).toMatchObject({ __typename: 'Throttled', code, retryable: true, retryAfterSeconds: 0.15 });
    expect(await recordedCalls(h, provider, operation)).toHaveLength(MAX_ATTEMPTS);
    // Two waits of at least the announced 150 ms (the backoff alone would be a few ms).
    expect(elapsed).toBeGreaterThanOrEqual(2 * 150);
  });
});

describe('the per-provider retry budget during an outage', () => {
  it('bounds the upstream calls of many mutations across accounts to one attempt each plus the budget', async () => {
    await emptyAndSeeded(lean);
    await fault(lean, 'alibaba', { operation: 'CreateNetworkInterface' }, 1000, { kind: 'error', code: 'ServiceUnavailable' });
    const MUTATIONS = 6;
    for (let i = 0; i < MUTATIONS; i++) {
      const account = i % 2 === 0 ? 'ali-prod' : 'ali-dev';
      const member = await runMutation(lean, 'createNetworkInterface', { target: { provider: 'ALIBABA', account, region: 'cn-hangzhou' }, vSwitchId: 'vsw-e2ea' });
      expect(member).toMatchObject({ __typename: 'ProviderUnavailable', code: 'ServiceUnavailable' });
    }
    const calls = await recordedCalls(lean, 'alibaba', 'CreateNetworkInterface');
    // Budget 4: the first two mutations take 3 attempts each, the budget is then spent, the rest try once.
    expect(calls).toHaveLength(MUTATIONS + 4);
    expect(calls.length).toBeLessThan(MUTATIONS * MAX_ATTEMPTS);
  });
});
