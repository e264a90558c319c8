import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_BODY_SHA256, percentEncode, signV1, signV3 } from '../../../../src/providers/alibaba/signer';
import { caller, KEY, networkFixture, REGION, startAlibaba, type TestEmulator } from '../support';

let emu: TestEmulator;

beforeAll(async () => {
  emu = await startAlibaba();
});
afterAll(async () => {
  await emu.close();
});
beforeEach(async () => {
  await emu.control.reset();
  await emu.control.freeze();
  await emu.control.seed(networkFixture());
});

/** A V3 request built by hand, so tests control every header. */
const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

async function v3(action: string, version: string, query: Record<string, string>, opts: { nonce?: string; key?: string; secret?: string; date?: string } = {}) {
  const host = emu.hostPort;
  const headers: Record<string, string> = {
    host,
    'x-acs-action': action,
    'x-acs-version': version,
    'x-acs-date': opts.date ?? nowIso(),
    'x-acs-signature-nonce': opts.nonce ?? Math.random().toString(16).slice(2),
    'x-acs-content-sha256': EMPTY_BODY_SHA256,
  };
  const sig = signV3({ method: 'POST', path: '/', query, headers, payloadHash: EMPTY_BODY_SHA256 }, opts.key ?? KEY.accessKeyId, opts.secret ?? KEY.accessKeySecret);
  const qs = Object.entries(query).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  const { host: _h, ...sent } = headers;
  const res = await fetch(`${emu.url}/?${qs}`, { method: 'POST', headers: { ...sent, authorization: sig.authorization } });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe('Alibaba emulator router', () => {
  it('answers an unknown action with UnsupportedOperation', async () => {
    const r = await v3('RunInstances', '2014-05-26', { RegionId: REGION });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ Code: 'UnsupportedOperation', Message: 'The specified action is not supported.' });
  });

  it('answers a version of the wrong product with NoSuchVersion', async () => {
    expect((await v3('DescribeHaVips', '2014-05-26', { RegionId: REGION })).body['Code']).toBe('NoSuchVersion');
  });

  it('answers an unknown AccessKeyId with InvalidAccessKeyId.NotFound', async () => {
    const r = await v3('DescribeHaVips', '2016-04-28', { RegionId: REGION }, { key: 'LTAInobody' });
    expect(r.body).toMatchObject({ Code: 'InvalidAccessKeyId.NotFound' });
  });

  it('rejects a replayed signature nonce with SignatureNonceUsed', async () => {
    expect((await v3('DescribeHaVips', '2016-04-28', { RegionId: REGION }, { nonce: 'n-1' })).status).toBe(200);
    expect((await v3('DescribeHaVips', '2016-04-28', { RegionId: REGION, PageSize: '5' }, { nonce: 'n-1' })).body['Code']).toBe('SignatureNonceUsed');
  });

  it('rejects a signed date more than 15 minutes from now with InvalidTimeStamp.Expired', async () => {
    const r = await v3('DescribeHaVips', '2016-04-28', { RegionId: REGION }, { date: '2024-01-01T00:00:00Z' });
    expect(r.body).toMatchObject({ Code: 'InvalidTimeStamp.Expired' });
  });

  it('requires RegionId', async () => {
    const r = await v3('DescribeHaVips', '2016-04-28', {});
    expect(r.body).toMatchObject({ Code: 'MissingParameter', Message: expect.stringContaining('RegionId') });
  });

  it('renders errors as Alibaba JSON with RequestId, HostId, Code, Message, Recommend and the request id header', async () => {
    const r = await v3('AssignPrivateIpAddresses', '2014-05-26', { RegionId: REGION, NetworkInterfaceId: 'eni-nope', SecondaryPrivateIpAddressCount: '1' });
    expect(r.status).toBe(404);
    expect(r.body).toEqual({
      RequestId: expect.stringMatching(/^[0-9A-F-]{36}$/),
      HostId: emu.hostPort,
      Code: 'InvalidEniId.NotFound',
      Message: 'The specified NetworkInterfaceId "eni-nope" does not exist.',
      Recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidEniId.NotFound&product=Ecs',
    });
    expect(r.headers.get('x-acs-request-id')).toBe(r.body['RequestId']);
  });

  it('sends x-acs-retry-after (ms) with throttling faults', async () => {
    await emu.control.arm({ match: { operation: 'DescribeHaVips' }, count: 1, fault: { kind: 'error', code: 'Throttling', retryAfterSeconds: 2 } });
    const r = await v3('DescribeHaVips', '2016-04-28', { RegionId: REGION });
    expect(r.status).toBe(400);
    expect(r.headers.get('x-acs-retry-after')).toBe('2000');
    expect(r.body['Message']).toBe('Request was denied due to request throttling.');
  });

  it('accepts V1 signatures on GET (query) and POST (form body)', async () => {
    const params = {
      Action: 'DescribeEipAddresses',
      Version: '2016-04-28',
      Format: 'JSON',
      AccessKeyId: KEY.accessKeyId,
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      Timestamp: nowIso(),
      RegionId: REGION,
    };
    const encode = (p: Record<string, string>) => Object.entries(p).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
    const get = { ...params, SignatureNonce: 'v1-get' };
    const getRes = await fetch(`${emu.url}/?${encode({ ...get, Signature: signV1(get, 'GET', KEY.accessKeySecret).signature })}`);
    expect(getRes.status).toBe(200);
    expect(((await getRes.json()) as { TotalCount: number }).TotalCount).toBe(2);
    const post = { ...params, SignatureNonce: 'v1-post' };
    const postRes = await fetch(`${emu.url}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: encode({ ...post, Signature: signV1(post, 'POST', KEY.accessKeySecret).signature }),
    });
    expect(postRes.status).toBe(200);
    const bad = { ...params, SignatureNonce: 'v1-bad' };
    const badRes = await fetch(`${emu.url}/?${encode({ ...bad, Signature: signV1(bad, 'POST', KEY.accessKeySecret).signature })}`);
    expect(((await badRes.json()) as { Code: string }).Code).toBe('SignatureDoesNotMatch');
  });

  it('records every call with its identity, status, code and parameters', async () => {
    const api = caller(emu.url);
    await api.call('AssignPrivateIpAddresses', { NetworkInterfaceId: 'eni-nope', SecondaryPrivateIpAddressCount: 1 });
    await api.close();
    const calls = await emu.control.calls('AssignPrivateIpAddresses');
    expect(calls).toEqual([
      expect.objectContaining({
        operation: 'AssignPrivateIpAddresses',
        account: KEY.account,
        region: REGION,
        status: 404,
        code: 'InvalidEniId.NotFound',
        params: { RegionId: REGION, NetworkInterfaceId: 'eni-nope', SecondaryPrivateIpAddressCount: '1' },
      }),
    ]);
  });

  it('applies an armed fault only to matching calls and only as often as armed', async () => {
    await emu.control.arm({ match: { operation: 'DescribeBgpPeers', region: 'cn-beijing' }, count: 1, fault: { kind: 'error', code: 'InternalError' } });
    expect((await v3('DescribeBgpPeers', '2016-04-28', { RegionId: REGION })).status).toBe(200);
    expect((await v3('DescribeBgpPeers', '2016-04-28', { RegionId: 'cn-beijing' })).status).toBe(500);
    expect((await v3('DescribeBgpPeers', '2016-04-28', { RegionId: 'cn-beijing' })).status).toBe(200);
  });
});
