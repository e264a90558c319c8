import { createHmac } from 'node:crypto';
import { constantTimeEqual, EMPTY_SHA256, percentEncode, sha256Hex } from '../common/signing';

/**
 * Alibaba Cloud request signatures (reference/alibaba/signing.md): V3 ACS3-HMAC-SHA256 as sent by
 * the current product SDKs, and V1 HMAC-SHA1 (pop-core GET/POST form, openapi-core `v2`). The same
 * functions sign in the client and verify in the emulator, so the two can never drift apart.
 */

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = EMPTY_SHA256;
export { percentEncode, sha256Hex };

/** Keys sorted by code unit (JS default sort), `enc(key)=enc(value)` joined by `&`. */
export function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`)
    .join('&');
}

// ---------- V3 ----------

export interface V3Input {
  method: string;
  path: string;
  /** Decoded query parameters. */
  query: Record<string, string>;
  /** Request headers; names in any case. Only host, content-type and x-acs-* are signed. */
  headers: Record<string, string>;
  /** Hex sha256 of the body (the x-acs-content-sha256 header). */
  payloadHash: string;
}

export interface V3Signature {
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string;
  signature: string;
  authorization: string;
}

function isSignedHeader(name: string): boolean {
  return name.startsWith('x-acs-') || name === 'host' || name === 'content-type';
}

function canonicalUri(path: string): string {
  return (path || '/').replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
}

function v3Canonical(input: V3Input, signedNames: string[]): string {
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.headers)) lower[k.toLowerCase()] = v;
  const canonicalHeaders = signedNames.map((n) => `${n}:${(lower[n] ?? '').trim()}\n`).join('');
  return [
    input.method.toUpperCase(),
    canonicalUri(input.path),
    canonicalQuery(input.query),
    canonicalHeaders,
    signedNames.join(';'),
    input.payloadHash,
  ].join('\n');
}

function v3FromCanonical(canonicalRequest: string, signedNames: string[], accessKeyId: string, secret: string): V3Signature {
  const stringToSign = `${V3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
  const signature = createHmac('sha256', secret).update(stringToSign).digest('hex');
  const signedHeaders = signedNames.join(';');
  return {
    canonicalRequest,
    stringToSign,
    signedHeaders,
    signature,
    authorization: `${V3_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`,
  };
}

export function signV3(input: V3Input, accessKeyId: string, secret: string): V3Signature {
  const names = Object.keys(input.headers)
    .map((h) => h.toLowerCase())
    .filter(isSignedHeader)
    .sort();
  return v3FromCanonical(v3Canonical(input, names), names, accessKeyId, secret);
}

export interface V3Authorization {
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

export function parseV3Authorization(header: string): V3Authorization | null {
  const m = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]*),Signature=([0-9a-f]+)$/.exec(header.trim());
  if (!m) return null;
  return { accessKeyId: m[1]!, signedHeaders: m[2]!.split(';').filter(Boolean), signature: m[3]! };
}

/**
 * Recomputes a V3 signature over the headers the request says it signed (which must include host
 * and every x-acs-* header sent, as the V3 doc requires).
 */
export function verifyV3(input: V3Input, auth: V3Authorization, secret: string): boolean {
  const sent = Object.keys(input.headers).map((h) => h.toLowerCase());
  const required = sent.filter((h) => h.startsWith('x-acs-') || h === 'host');
  if (!required.every((h) => auth.signedHeaders.includes(h))) return false;
  const expected = v3FromCanonical(v3Canonical(input, auth.signedHeaders), auth.signedHeaders, auth.accessKeyId, secret);
  return constantTimeEqual(expected.signature, auth.signature);
}

// ---------- V1 ----------

export interface V1Signature {
  canonicalized: string;
  stringToSign: string;
  signature: string;
}

/** `params` are all request parameters except Signature (common + business, already flattened). */
export function signV1(params: Record<string, string>, method: string, secret: string): V1Signature {
  const canonicalized = canonicalQuery(params);
  const stringToSign = `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalized)}`;
  const signature = createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
  return { canonicalized, stringToSign, signature };
}

export function verifyV1(params: Record<string, string>, method: string, secret: string): boolean {
  const { Signature: given, ...rest } = params;
  if (given === undefined) return false;
  return constantTimeEqual(signV1(rest, method, secret).signature, given);
}
