import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WireCreateNetworkInterfaceResponse, WireDescribeNetworkInterfacesResponse } from '../../../src/providers/alibaba/wire';
import { AlibabaClient } from '../../../src/providers/alibaba/client';
import { TRANSPORT_CODES } from '../../../src/providers/common/failures';
import { HttpTransport } from '../../../src/providers/common/transport';
import { KEY, networkFixture, REGION, startAlibaba, testClient, type TestEmulator } from './support';

let emu: TestEmulator;
let client: ReturnType<typeof testClient>;

beforeAll(async () => {
  emu = await startAlibaba();
  client = testClient(emu.url);
});
afterAll(async () => {
  await client.close();
  await emu.close();
});
beforeEach(async () => {
  await emu.control.reset();
  await emu.control.freeze();
  await emu.control.seed(networkFixture());
});

const createParams = (extra: Record<string, string> = {}) => ({ RegionId: REGION, VSwitchId: 'vsw-a', SecurityGroupId: 'sg-web', ...extra });

async function enisNamed(name: string) {
  const r = await client.client.call<WireDescribeNetworkInterfacesResponse>(
    'DescribeNetworkInterfaces',
    { RegionId: REGION, NetworkInterfaceName: name, MaxResults: 100 },
    { safeToRepeat: true },
  );
  if (!r.ok) throw new Error(r.error.code);
  return r.value.NetworkInterfaceSets.NetworkInterfaceSet;
}

describe('AlibabaClient over HTTP against the emulator', () => {
  it('sends a V3 signature the emulator accepts and returns the parsed body with its request id', async () => {
    const r = await client.client.call<WireDescribeNetworkInterfacesResponse>('DescribeNetworkInterfaces', { RegionId: REGION }, { safeToRepeat: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(r.value.RequestId).toBe(r.requestId);
    expect(r.value.NetworkInterfaceSets.NetworkInterfaceSet.map((e) => e.NetworkInterfaceId)).toContain('eni-free');
    const [call] = await emu.control.calls('DescribeNetworkInterfaces');
    expect(call).toMatchObject({ account: KEY.account, region: REGION, status: 200 });
  });

  it('returns SignatureDoesNotMatch as a typed PermissionDenied failure when the secret is wrong', async () => {
    const wrong = testClient(emu.url, { secret: 'not-the-secret' });
    const r = await wrong.client.call('DescribeEipAddresses', { RegionId: REGION }, { safeToRepeat: true });
    await wrong.close();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({
      provider: 'ALIBABA',
      operation: 'DescribeEipAddresses',
      code: 'SignatureDoesNotMatch',
      category: 'PermissionDenied',
      httpStatus: 403,
      documented: true,
      retryable: false,
    });
    expect(r.error.requestId).toBeTruthy();
  });

  it('retries a throttled mutation with the same ClientToken, and the ENI is created once', async () => {
    await emu.control.arm({ match: { operation: 'CreateNetworkInterface' }, count: 1, fault: { kind: 'error', code: 'Throttling', retryAfterSeconds: 0.005 } });
    const r = await client.client.call<WireCreateNetworkInterfaceResponse>(
      'CreateNetworkInterface',
      createParams({ NetworkInterfaceName: 'throttled', ClientToken: 'token-throttle-1' }),
      { safeToRepeat: true },
    );
    expect(r.ok).toBe(true);
    const calls = await emu.control.calls('CreateNetworkInterface');
    expect(calls.map((c) => c.code)).toEqual(['Throttling', null]);
    expect(calls.map((c) => c.params['ClientToken'])).toEqual(['token-throttle-1', 'token-throttle-1']);
    expect(await enisNamed('throttled')).toHaveLength(1);
  });

  it('reports throttling as Throttled with the x-acs-retry-after hint in seconds when out of attempts', async () => {
    const once = testClient(emu.url, { maxAttempts: 1 });
    await emu.control.arm({ match: { operation: 'DescribeHaVips' }, count: 1, fault: { kind: 'error', code: 'Throttling.User', retryAfterSeconds: 1.5 } });
    const r = await once.client.call('DescribeHaVips', { RegionId: REGION }, { safeToRepeat: true });
    await once.close();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'Throttling.User', category: 'Throttled', retryable: true, retryAfterSeconds: 1.5, httpStatus: 400 });
  });

  it('retries a read that got 503 ServiceUnavailable until it succeeds, each attempt freshly signed', async () => {
    await emu.control.arm({ match: { operation: 'DescribeEipAddresses' }, count: 2, fault: { kind: 'error', code: 'ServiceUnavailable' } });
    const r = await client.client.call('DescribeEipAddresses', { RegionId: REGION }, { safeToRepeat: true });
    expect(r.ok).toBe(true);
    expect((await emu.control.calls('DescribeEipAddresses')).map((c) => c.status)).toEqual([503, 503, 200]);
  });

  it('needs a fresh nonce per attempt: a client that reused one would be refused on retry', async () => {
    const transport = new HttpTransport({ connectTimeoutMs: 1000, requestTimeoutMs: 5000, connections: 1 });
    const stale = new AlibabaClient({
      credentials: KEY,
      transport,
      endpoint: emu.url,
      nonce: () => 'always-the-same-nonce',
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, factor: 2, jitter: 'none' },
    });
    await emu.control.arm({ match: { operation: 'DescribeEipAddresses' }, count: 1, fault: { kind: 'error', code: 'ServiceUnavailable' } });
    const r = await stale.call('DescribeEipAddresses', { RegionId: REGION }, { safeToRepeat: true });
    await transport.close();
    expect(r.ok ? null : r.error.code).toBe('SignatureNonceUsed');
  });

  it('gives up after maxAttempts on a persistent 503 with a retryable ProviderUnavailable', async () => {
    await emu.control.arm({ match: { operation: 'DescribeEipAddresses' }, count: 5, fault: { kind: 'error', code: 'ServiceUnavailable' } });
    const r = await client.client.call('DescribeEipAddresses', { RegionId: REGION }, { safeToRepeat: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'ServiceUnavailable', category: 'ProviderUnavailable', retryable: true, httpStatus: 503 });
    expect(await emu.control.calls('DescribeEipAddresses')).toHaveLength(3);
  });

  it('does not retry a mutation without a token that timed out after being applied: outcome UNKNOWN', async () => {
    const slow = testClient(emu.url, { requestTimeoutMs: 1000 });
    await emu.control.arm({ match: { operation: 'CreateNetworkInterface' }, count: 1, fault: { kind: 'applied-then-timeout' } });
    const r = await slow.client.call('CreateNetworkInterface', createParams({ NetworkInterfaceName: 'ghost' }), { safeToRepeat: false });
    await slow.close();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ category: 'ProviderUnavailable', code: TRANSPORT_CODES.TIMEOUT, outcome: 'UNKNOWN', requestId: null });
    expect(await emu.control.calls('CreateNetworkInterface')).toHaveLength(1);
    expect(await enisNamed('ghost')).toHaveLength(1);
  });

  it('retries a tokened mutation that timed out after being applied and gets the same ENI back', async () => {
    const slow = testClient(emu.url, { requestTimeoutMs: 1000 });
    await emu.control.arm({ match: { operation: 'CreateNetworkInterface' }, count: 1, fault: { kind: 'applied-then-timeout' } });
    const r = await slow.client.call<WireCreateNetworkInterfaceResponse>(
      'CreateNetworkInterface',
      createParams({ NetworkInterfaceName: 'once', ClientToken: 'token-timeout-1' }),
      { safeToRepeat: true },
    );
    await slow.close();
    expect(r.ok).toBe(true);
    const created = await enisNamed('once');
    expect(created).toHaveLength(1);
    if (r.ok) expect(r.value.NetworkInterfaceId).toBe(created[0]!.NetworkInterfaceId);
  });

  it('reports connection refused as ProviderUnavailable NOT_APPLIED', async () => {
    const nowhere = testClient('http://127.0.0.1:1', { maxAttempts: 1 });
    const r = await nowhere.client.call('CreateNetworkInterface', createParams(), { safeToRepeat: false });
    await nowhere.close();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ category: 'ProviderUnavailable', code: TRANSPORT_CODES.CONNECT_FAILED, outcome: 'NOT_APPLIED', retryable: true });
  });

  it('reports a non-JSON body and a truncated JSON body as malformed responses, never throwing', async () => {
    const once = testClient(emu.url, { maxAttempts: 1 });
    await emu.control.arm({ match: { operation: 'DescribeBgpPeers' }, count: 1, fault: { kind: 'non-json-body', httpStatus: 200 } });
    const html = await once.client.call('DescribeBgpPeers', { RegionId: REGION }, { safeToRepeat: true });
    await emu.control.arm({ match: { operation: 'DescribeBgpPeers' }, count: 1, fault: { kind: 'truncated-json', httpStatus: 200 } });
    const cut = await once.client.call('DescribeBgpPeers', { RegionId: REGION }, { safeToRepeat: true });
    await emu.control.arm({ match: { operation: 'DescribeBgpPeers' }, count: 1, fault: { kind: 'empty-5xx', httpStatus: 502 } });
    const empty = await once.client.call('DescribeBgpPeers', { RegionId: REGION }, { safeToRepeat: true });
    await once.close();
    for (const r of [html, cut]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ code: TRANSPORT_CODES.MALFORMED_RESPONSE, httpStatus: 200, documented: false });
    }
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error).toMatchObject({ code: TRANSPORT_CODES.MALFORMED_RESPONSE, category: 'ProviderUnavailable', httpStatus: 502 });
  });

  it('classifies an undocumented error code as UnknownProviderError with the raw code', async () => {
    const once = testClient(emu.url, { maxAttempts: 1 });
    await emu.control.arm({ match: { operation: 'DescribeHaVips' }, count: 1, fault: { kind: 'error', code: 'Some.NewCode', httpStatus: 400, message: 'new' } });
    const r = await once.client.call('DescribeHaVips', { RegionId: REGION }, { safeToRepeat: true });
    await once.close();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'Some.NewCode', category: 'UnknownProviderError', documented: false, message: 'new' });
  });
});
