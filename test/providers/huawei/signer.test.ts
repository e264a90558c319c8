import { describe, expect, it } from 'vitest';
import {
  EMPTY_PAYLOAD_HASH,
  canonicalQueryString,
  canonicalRequest,
  canonicalUri,
  formatSdkDate,
  parseAuthorization,
  sha256Hex,
  sign,
  verify,
} from '../../../src/providers/huawei/signer';

describe('SDK-HMAC-SHA256 signer', () => {
  it('reproduces the official documentation vector (signing.md §5a)', () => {
    const signed = sign({
      ak: 'QTWAOYTTINDUT2QVKYUC',
      sk: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc',
      method: 'GET',
      path: '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs',
      rawQuery: 'limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
      headers: { 'Content-Type': 'application/json', Host: 'service.region.example.com', 'X-Sdk-Date': '20191115T033655Z' },
      body: '',
    });
    expect(signed.canonicalRequest).toBe(
      [
        'GET',
        '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/',
        'limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
        'content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n',
        'content-type;host;x-sdk-date',
        EMPTY_PAYLOAD_HASH,
      ].join('\n'),
    );
    expect(sha256Hex(signed.canonicalRequest)).toBe('b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a');
    expect(signed.signature).toBe('7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe');
    expect(signed.authorization).toBe(
      'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
    );
  });

  it('reproduces the worked PUT example with body and X-Project-Id (signing.md §5b)', () => {
    const body = JSON.stringify({ nic: { subnet_id: '', ip_address: '' } });
    expect(sha256Hex(body)).toBe('90a2a32cfafc2ddd51af10daed574534c8587f54c4f9fcbc13912c067cb3d538');
    const signed = sign({
      ak: 'AKEXAMPLE0123456789',
      sk: 'SKEXAMPLEsecretKey0123456789abcdefghijkl',
      method: 'PUT',
      path: '/v1/0123456789abcdef0123456789abcdef/cloudservers/nics/5f7d1e0c-1111-2222-3333-444455556666',
      rawQuery: '',
      headers: {
        'content-type': 'application/json',
        host: '127.0.0.1:8443',
        'x-project-id': '0123456789abcdef0123456789abcdef',
        'x-sdk-date': '20240102T030405Z',
      },
      body,
    });
    expect(sha256Hex(signed.canonicalRequest)).toBe('e754bf46fb1f26bf89454b1a85c24a2086615dad247e272f5f39ff7ee09deb7c');
    expect(signed.authorization).toBe(
      'SDK-HMAC-SHA256 Access=AKEXAMPLE0123456789, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=bd416b9db6392ac4aec81376e36634c588eb35d2c5244fe38a0b2f9d2c624967',
    );
  });

  it('canonicalizes the URI with a trailing slash whether or not the request has one', () => {
    expect(canonicalUri('/v1/p/ports')).toBe('/v1/p/ports/');
    expect(canonicalUri('/v1/p/ports/')).toBe('/v1/p/ports/');
    expect(canonicalUri("/v1/p/a b/x!'()*")).toBe('/v1/p/a%20b/x%21%27%28%29%2A/');
  });

  it('decodes, re-encodes and sorts the wire query (the SDK sends it unsorted)', () => {
    expect(canonicalQueryString('limit=10&device_owner=neutron%3AVIP_PORT&marker=m1')).toBe('device_owner=neutron%3AVIP_PORT&limit=10&marker=m1');
    expect(canonicalQueryString('id=b&id=a&flag')).toBe('flag=&id=a&id=b');
    expect(canonicalQueryString("name=a(b)*!'")).toBe('name=a%28b%29%2A%21%27');
    expect(canonicalQueryString('')).toBe('');
  });

  it('formats X-Sdk-Date as YYYYMMDDTHHMMSSZ in UTC', () => {
    expect(formatSdkDate(Date.UTC(2019, 10, 15, 3, 36, 55, 123))).toBe('20191115T033655Z');
  });

  it('parses the Authorization header and rejects other schemes', () => {
    expect(parseAuthorization('SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=abc123')).toEqual({
      ak: 'AK',
      signedHeaders: ['host', 'x-sdk-date'],
      signature: 'abc123',
    });
    expect(parseAuthorization('AWS4-HMAC-SHA256 Credential=x')).toBeNull();
    expect(parseAuthorization(undefined)).toBeNull();
  });

  describe('verify', () => {
    const now = Date.UTC(2024, 0, 2, 3, 4, 5);
    const request = (sk: string, date = formatSdkDate(now)) => {
      const headers = { 'content-type': 'application/json', host: '127.0.0.1:1', 'x-project-id': 'p', 'x-sdk-date': date };
      const body = '{"a":1}';
      const signed = sign({ ak: 'AK', sk, method: 'GET', path: '/v1/p/ports', rawQuery: 'b=2&a=1', headers, body });
      return { method: 'GET', path: '/v1/p/ports/', rawQuery: 'a=1&b=2', headers: { ...headers, authorization: signed.authorization }, body: Buffer.from(body) };
    };
    const secretFor = (ak: string) => (ak === 'AK' ? 'secret' : undefined);

    it('accepts a request signed with the right secret, whatever the trailing slash and query order', () => {
      expect(verify({ ...request('secret'), nowMs: now, secretFor })).toEqual({ ok: true, ak: 'AK' });
    });
    it('rejects a wrong secret as a mismatch and shows the canonical request it computed', () => {
      const result = verify({ ...request('other'), nowMs: now, secretFor });
      expect(result).toMatchObject({ ok: false, reason: 'mismatch', ak: 'AK' });
      expect(!result.ok && result.canonicalRequest).toContain('x-project-id:p');
    });
    it('rejects an unknown AK', () => {
      expect(verify({ ...request('secret'), nowMs: now, secretFor: () => undefined })).toMatchObject({ ok: false, reason: 'unknown-ak' });
    });
    it('rejects a date more than 15 minutes away', () => {
      expect(verify({ ...request('secret'), nowMs: now + 16 * 60_000, secretFor })).toMatchObject({ ok: false, reason: 'expired' });
      expect(verify({ ...request('secret'), nowMs: now + 14 * 60_000, secretFor })).toMatchObject({ ok: true });
    });
    it('rejects a tampered body', () => {
      const req = request('secret');
      expect(verify({ ...req, body: Buffer.from('{"a":2}'), nowMs: now, secretFor })).toMatchObject({ ok: false, reason: 'mismatch' });
    });
    it('treats a missing Authorization header as missing', () => {
      const req = request('secret');
      const { authorization: _drop, ...headers } = req.headers;
      expect(verify({ ...req, headers, nowMs: now, secretFor })).toMatchObject({ ok: false, reason: 'missing' });
    });
  });

  it('builds the canonical request from the listed signed headers only', () => {
    const c = canonicalRequest({ method: 'get', path: '/x', rawQuery: '', headers: { host: 'h', 'x-sdk-date': 'd', other: 'o' }, signedHeaders: ['host', 'x-sdk-date'], payloadHash: 'p' });
    expect(c).toBe('GET\n/x/\n\nhost:h\nx-sdk-date:d\n\nhost;x-sdk-date\np');
  });
});
