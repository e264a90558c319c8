import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MutationName } from '../../src/domain/operations';
import { ALI_TARGET, aliRef, HW_TARGET, seedAlibaba, seedHuawei, U, vifPeer } from '../support/e2e-fixtures';
import { startHarness, type Harness } from '../support/harness';
import { mutationDocument, recordedCalls, type ErrorMember } from '../support/mutation-documents';

/**
 * Broken transports between the adapters and the providers, through the gateway: every fault comes
 * back as a typed member (ProviderUnavailable, or UnknownProviderError for an unreadable success),
 * with `retryable` and an outcome that is UNKNOWN whenever the request may have reached the
 * provider — never a GraphQL error, a 5xx of the gateway or an unhandled rejection.
 */

const REQUEST_TIMEOUT_MS = 250;
/** undici checks its timers about every 500 ms, so a 250 ms timeout fires within a second: answer later than that. */
const BEYOND_TIMEOUT_MS = 1500;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

let h: Harness;
beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  h = await startHarness({ transport: { requestTimeoutMs: REQUEST_TIMEOUT_MS, connectTimeoutMs: 500 }, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 } });
}, 60_000);
afterAll(async () => {
  await h?.close();
  process.off('unhandledRejection', onRejection);
});
beforeEach(async () => {
  for (const provider of ['alibaba', 'huawei'] as const) {
    await h.control(provider, 'POST', 'reset', { fixture: 'empty' });
    await h.control(provider, 'POST', 'clock', { freeze: true });
    await h.control(provider, 'DELETE', 'faults');
  }
  await seedAlibaba(h, { networkInterfaces: [{ id: 'eni-e2eone', vSwitchId: 'vsw-e2ea' }] });
  await seedHuawei(h);
  for (const provider of ['alibaba', 'huawei'] as const) await h.control(provider, 'DELETE', 'calls');
});
afterEach(() => {
  expect(rejections).toEqual([]);
});

interface Target {
  provider: 'alibaba' | 'huawei';
  mutation: MutationName;
  operation: string;
  input: Record<string, unknown>;
  /** Alibaba mutations carry a ClientToken and are retried; Huawei's are not after an UNKNOWN outcome. */
  attemptsWhenUnknown: number;
}

const TARGETS: Target[] = [
  { provider: 'alibaba', mutation: 'createNetworkInterface', operation: 'CreateNetworkInterface', input: { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea' }, attemptsWhenUnknown: 2 },
  { provider: 'alibaba', mutation: 'assignPrivateIpAddresses', operation: 'AssignPrivateIpAddresses', input: { networkInterface: aliRef('eni-e2eone'), secondaryPrivateIpAddressCount: 1 }, attemptsWhenUnknown: 2 },
  { provider: 'huawei', mutation: 'bindVirtualIp', operation: 'AssociateServerVirtualIp', input: { networkInterface: { ...HW_TARGET, nativeId: U.nicA }, subnetId: U.subnetA, ipAddress: '192.168.0.100' }, attemptsWhenUnknown: 1 },
  { provider: 'huawei', mutation: 'createVifPeer', operation: 'CreateVifPeer', input: vifPeer(), attemptsWhenUnknown: 1 },
];

interface FaultCase {
  name: string;
  fault: Record<string, unknown>;
  expected: Partial<ErrorMember>;
  /** The fault lets the provider carry the change out before the transport breaks. */
  applied: boolean;
}

const FAULTS: FaultCase[] = [
  {
    name: 'latency beyond the request timeout',
    fault: { kind: 'latency', ms: BEYOND_TIMEOUT_MS },
    expected: { __typename: 'ProviderUnavailable', code: 'netplane.TransportTimeout', outcome: 'UNKNOWN', retryable: true, httpStatus: null },
    applied: true,
  },
  {
    name: 'applied, then no answer',
    fault: { kind: 'applied-then-timeout' },
    expected: { __typename: 'ProviderUnavailable', code: 'netplane.TransportTimeout', outcome: 'UNKNOWN', retryable: true, httpStatus: null },
    applied: true,
  },
  {
    name: 'connection dropped without an answer',
    fault: { kind: 'drop' },
    expected: { __typename: 'ProviderUnavailable', code: 'netplane.TransportConnectionReset', outcome: 'UNKNOWN', retryable: true, httpStatus: null },
    applied: false,
  },
  {
    name: '502 with an empty body',
    fault: { kind: 'empty-5xx', httpStatus: 502 },
    expected: { __typename: 'ProviderUnavailable', code: 'netplane.MalformedProviderResponse', outcome: 'UNKNOWN', retryable: true, httpStatus: 502 },
    applied: false,
  },
  {
    name: '503 with an HTML body',
    fault: { kind: 'non-json-body', httpStatus: 503 },
    expected: { __typename: 'ProviderUnavailable', code: 'netplane.MalformedProviderResponse', outcome: 'UNKNOWN', retryable: true, httpStatus: 503 },
    applied: false,
  },
  {
    name: '200 with an HTML body (a proxy page)',
    fault: { kind: 'non-json-body', httpStatus: 200 },
    expected: { __typename: 'UnknownProviderError', code: 'netplane.MalformedProviderResponse', outcome: 'UNKNOWN', retryable: false, httpStatus: 200 },
    applied: false,
  },
  {
    name: 'success cut off in the middle of the JSON',
    fault: { kind: 'truncated-json', httpStatus: 200 },
    expected: { __typename: 'UnknownProviderError', code: 'netplane.MalformedProviderResponse', outcome: 'UNKNOWN', retryable: false, httpStatus: 200 },
    applied: true,
  },
];

/** A snapshot's count of the resources the target mutation creates or changes. */
async function effectCount(t: Target): Promise<number> {
  type Regions = Record<string, Record<string, Record<string, Array<Record<string, unknown>>>>>;
  const snapshot = (await h.control(t.provider, 'GET', 'snapshot')) as Regions & { accounts: Regions };
  if (t.provider === 'alibaba') {
    const region = snapshot.accounts['ali-prod']!['cn-hangzhou']!;
    const enis = region['networkInterfaces']!;
    if (t.mutation === 'createNetworkInterface') return enis.length - 1;
    return (enis.find((e) => e['id'] === 'eni-e2eone')!['secondaryIps'] as unknown[]).length;
  }
  const region = snapshot['hw-prod']!['ap-southeast-1']!;
  if (t.mutation === 'bindVirtualIp') return region['ports']!.filter((p) => p['device_owner'] === 'neutron:VIP_PORT').length;
  return (region['virtualInterfaces']!.find((v) => v['id'] === U.vif)!['vif_peers'] as unknown[] | undefined)?.length ?? 0;
}

describe.each(TARGETS)('$mutation under transport faults', (t) => {
  it.each(FAULTS.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    await h.control(t.provider, 'POST', 'faults', { match: { operation: t.operation }, count: 10, fault: f.fault });
    const { status, data, errors } = await h.gql(mutationDocument(t.mutation), { input: t.input });

    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    const member = data[t.mutation]!;
    const { outcome, ...rest } = f.expected;
    expect(member).toMatchObject({ ...rest, documented: false, operation: t.operation });
    if (outcome) expect(member.outcome).toBe(outcome);
    expect(member.message).not.toMatch(/Internal server error/i);

    // Retried only when safe: Alibaba's tokened mutations yes, Huawei's not once the outcome is UNKNOWN.
    // A delayed call is recorded when the emulator finishes it, after the client gave up: wait for that.
    const attempts = f.expected.retryable ? t.attemptsWhenUnknown : 1;
    const deadline = Date.now() + BEYOND_TIMEOUT_MS + 500;
    let calls = await recordedCalls(h, t.provider, t.operation);
    while (f.fault['kind'] === 'latency' && calls.length < attempts && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      calls = await recordedCalls(h, t.provider, t.operation);
    }
    expect(calls).toHaveLength(attempts);
    // Whatever happened upstream happened at most once, even when the attempt was repeated.
    expect(await effectCount(t)).toBe(f.applied ? 1 : 0);
  });
});

describe('connection refused (the provider is down)', () => {
  it('is ProviderUnavailable, retryable, NOT_APPLIED, for reads and mutations, and the gateway stays up', async () => {
    const down = await startHarness({ transport: { requestTimeoutMs: REQUEST_TIMEOUT_MS, connectTimeoutMs: 500 }, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 } });
    try {
      await down.emulators.alibaba.close();
      await down.emulators.huawei.close();
      for (const t of TARGETS) {
        const { status, data, errors } = await down.gql(mutationDocument(t.mutation), { input: t.input });
        expect(status).toBe(200);
        expect(errors).toBeUndefined();
        expect(data[t.mutation]).toMatchObject({ __typename: 'ProviderUnavailable', code: 'netplane.TransportConnectFailed', outcome: 'NOT_APPLIED', retryable: true });
      }
      const response = await fetch(down.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ networkInterfaces(first: 5) { totalCount partitions { ok error { __typename code retryable ... on ProviderUnavailable { outcome } } } } }' }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { networkInterfaces: { totalCount: number; partitions: Array<{ ok: boolean; error: Record<string, unknown> }> } } };
      expect(body.data.networkInterfaces.totalCount).toBe(0);
      expect(body.data.networkInterfaces.partitions.length).toBeGreaterThan(0);
      for (const p of body.data.networkInterfaces.partitions) {
        expect(p).toMatchObject({ ok: false, error: { __typename: 'ProviderUnavailable', code: 'netplane.TransportConnectFailed', retryable: true, outcome: 'NOT_APPLIED' } });
      }
    } finally {
      await down.close();
    }
  });
});
