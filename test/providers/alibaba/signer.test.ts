import { describe, expect, it } from 'vitest';
import {
  canonicalQuery,
  EMPTY_BODY_SHA256,
  parseV3Authorization,
  percentEncode,
  sha256Hex,
  signV1,
  signV3,
  verifyV1,
  verifyV3,
} from '../../../src/providers/alibaba/signer';

// reference/alibaba/signing.md §1.3 and §2.3
const AK = 'LTAI5tTESTACCESSKEYID';
const SK = 'TestAccessKeySecret0123456789ab';
const QUERY = {
  RegionId: 'cn-hangzhou',
  VSwitchId: 'vsw-test',
  'SecurityGroupIds.1': 'sg-1',
  'SecurityGroupIds.2': 'sg-2',
  'Tag.1.Key': 'env',
  'Tag.1.Value': 'test',
  Description: 'a b*c(1)~!',
};
const HEADERS = {
  host: 'ecs.cn-hangzhou.aliyuncs.com',
  'x-acs-action': 'CreateNetworkInterface',
  'x-acs-version': '2014-05-26',
  'x-acs-date': '2024-01-01T00:00:00Z',
  'x-acs-signature-nonce': 'd410180a5abf7fe235dd9b74aca91fc0',
  'x-acs-content-sha256': EMPTY_BODY_SHA256,
  accept: 'application/json',
  'user-agent': 'example',
};
const V3_INPUT = { method: 'POST', path: '/', query: QUERY, headers: HEADERS, payloadHash: EMPTY_BODY_SHA256 };

const V1_PARAMS = {
  Action: 'CreateNetworkInterface',
  Version: '2014-05-26',
  Format: 'JSON',
  AccessKeyId: AK,
  SignatureMethod: 'HMAC-SHA1',
  SignatureVersion: '1.0',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  Timestamp: '2024-01-01T00:00:00Z',
  ...QUERY,
};

describe('percent encoding', () => {
  it('encodes like RFC 3986: space %20, * ( ) ! encoded, ~ raw', () => {
    expect(percentEncode('a b*c(1)~!')).toBe('a%20b%2Ac%281%29~%21');
    expect(sha256Hex('')).toBe(EMPTY_BODY_SHA256);
  });
});

describe('V3 ACS3-HMAC-SHA256 (signing.md §1.3)', () => {
  const sig = signV3(V3_INPUT, AK, SK);

  it('builds the documented canonical request', () => {
    expect(sig.canonicalRequest).toBe(
      [
        'POST',
        '/',
        'Description=a%20b%2Ac%281%29~%21&RegionId=cn-hangzhou&SecurityGroupIds.1=sg-1&SecurityGroupIds.2=sg-2&Tag.1.Key=env&Tag.1.Value=test&VSwitchId=vsw-test',
        'host:ecs.cn-hangzhou.aliyuncs.com',
        'x-acs-action:CreateNetworkInterface',
        `x-acs-content-sha256:${EMPTY_BODY_SHA256}`,
        'x-acs-date:2024-01-01T00:00:00Z',
        'x-acs-signature-nonce:d410180a5abf7fe235dd9b74aca91fc0',
        'x-acs-version:2014-05-26',
        '',
        'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
        EMPTY_BODY_SHA256,
      ].join('\n'),
    );
  });

  it('hashes it into the documented string to sign', () => {
    expect(sig.stringToSign).toBe('ACS3-HMAC-SHA256\n33d91ca60da1bd6cc942a6ba963d81312fce5de90cca9b3f3d4bd57354f9eff3');
  });

  it('produces the documented Authorization header', () => {
    expect(sig.authorization).toBe(
      'ACS3-HMAC-SHA256 Credential=LTAI5tTESTACCESSKEYID,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=ff1cfb68c68b7697b12b9eadd1d445966dc0591e21fa0cba3a9659eee9fe496a',
    );
  });

  it('verifies its own signature and rejects a wrong secret or a tampered parameter', () => {
    const auth = parseV3Authorization(sig.authorization)!;
    expect(auth.accessKeyId).toBe(AK);
    expect(verifyV3(V3_INPUT, auth, SK)).toBe(true);
    expect(verifyV3(V3_INPUT, auth, 'wrong')).toBe(false);
    expect(verifyV3({ ...V3_INPUT, query: { ...QUERY, VSwitchId: 'vsw-other' } }, auth, SK)).toBe(false);
  });

  it('rejects a request whose x-acs-* header was left out of SignedHeaders', () => {
    const auth = parseV3Authorization(sig.authorization)!;
    const narrowed = { ...auth, signedHeaders: auth.signedHeaders.filter((h) => h !== 'x-acs-date') };
    expect(verifyV3(V3_INPUT, narrowed, SK)).toBe(false);
  });
});

describe('V1 HMAC-SHA1 (signing.md §2.3)', () => {
  it('reproduces the documented canonicalized query, string to sign and signature (GET)', () => {
    const sig = signV1(V1_PARAMS, 'GET', SK);
    expect(sig.canonicalized).toBe(
      'AccessKeyId=LTAI5tTESTACCESSKEYID&Action=CreateNetworkInterface&Description=a%20b%2Ac%281%29~%21&Format=JSON&RegionId=cn-hangzhou&SecurityGroupIds.1=sg-1&SecurityGroupIds.2=sg-2&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Tag.1.Key=env&Tag.1.Value=test&Timestamp=2024-01-01T00%3A00%3A00Z&VSwitchId=vsw-test&Version=2014-05-26',
    );
    expect(sig.stringToSign).toBe(
      'GET&%2F&AccessKeyId%3DLTAI5tTESTACCESSKEYID%26Action%3DCreateNetworkInterface%26Description%3Da%2520b%252Ac%25281%2529~%2521%26Format%3DJSON%26RegionId%3Dcn-hangzhou%26SecurityGroupIds.1%3Dsg-1%26SecurityGroupIds.2%3Dsg-2%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Tag.1.Key%3Denv%26Tag.1.Value%3Dtest%26Timestamp%3D2024-01-01T00%253A00%253A00Z%26VSwitchId%3Dvsw-test%26Version%3D2014-05-26',
    );
    expect(sig.signature).toBe('hSWLayvFZ4pGzAtJFqmJ2rXoVcg=');
    expect(percentEncode(sig.signature)).toBe('hSWLayvFZ4pGzAtJFqmJ2rXoVcg%3D');
  });

  it('signs the POST variant with POST in the string to sign', () => {
    expect(signV1(V1_PARAMS, 'POST', SK).signature).toBe('3e3E53K0p0cJetGsTr5b+sThi9Q=');
  });

  it('reproduces the official documentation vector CT9X0VtwR86fNWSnsc6v8YGOjuE=', () => {
    const doc = {
      TimeStamp: '2016-02-23T12:46:24Z',
      Format: 'XML',
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      Version: '2014-05-26',
      SignatureVersion: '1.0',
    };
    const sig = signV1(doc, 'GET', 'testsecret');
    expect(sig.stringToSign).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26TimeStamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(sig.signature).toBe('CT9X0VtwR86fNWSnsc6v8YGOjuE=');
  });

  it('verifies a signed parameter set and rejects a changed method, secret or value', () => {
    const signed = { ...V1_PARAMS, Signature: 'hSWLayvFZ4pGzAtJFqmJ2rXoVcg=' };
    expect(verifyV1(signed, 'GET', SK)).toBe(true);
    expect(verifyV1(signed, 'POST', SK)).toBe(false);
    expect(verifyV1(signed, 'GET', 'other')).toBe(false);
    expect(verifyV1({ ...signed, RegionId: 'cn-beijing' }, 'GET', SK)).toBe(false);
    expect(verifyV1(V1_PARAMS, 'GET', SK)).toBe(false);
  });

  it('sorts keys by code unit', () => {
    expect(canonicalQuery({ b: '1', B: '2', a: '3' })).toBe('B=2&a=3&b=1');
  });
});
