import { createHmac } from 'node:crypto';
import { constantTimeEqual, EMPTY_SHA256, percentEncode, sha256Hex } from '../common/signing';

/**
 * SDK-HMAC-SHA256, the AK/SK signature of Huawei Cloud's API Gateway (reference/huawei/signing.md).
 * The client signs with it and the emulator verifies with it, so both canonicalize identically.
 */

export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
export const EMPTY_PAYLOAD_HASH = EMPTY_SHA256;
export { sha256Hex };
/** The gateway rejects an X-Sdk-Date more than 15 minutes from its own time. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

const hmacHex = (key: string, data: string): string => createHmac('sha256', key).update(data, 'utf8').digest('hex');

/** RFC 3986 encoding with only A-Z a-z 0-9 - _ . ~ left as-is (the SDK's stricter table). */
export const uriEncode = percentEncode;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Each segment decoded then re-encoded; always ends with '/' (the request itself may omit it). */
export function canonicalUri(path: string): string {
  const encoded = path
    .split('/')
    .map((s) => uriEncode(safeDecode(s)))
    .join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

/** Decodes the wire query, re-encodes it and sorts by name then value (the SDK does not sort the wire query). */
export function canonicalQueryString(rawQuery: string): string {
  if (!rawQuery) return '';
  const decode = (x: string) => safeDecode(x.replace(/\+/g, ' '));
  const pairs = rawQuery
    .split('&')
    .filter(Boolean)
    .map((kv): [string, string] => {
      const i = kv.indexOf('=');
      return [uriEncode(decode(i < 0 ? kv : kv.slice(0, i))), uriEncode(decode(i < 0 ? '' : kv.slice(i + 1)))];
    });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** Builds the wire query the client sends (encoded the same way the signer canonicalizes it). */
export function encodeQuery(params: ReadonlyArray<readonly [string, string]>): string {
  return params.map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`).join('&');
}

/** YYYYMMDDTHHMMSSZ in UTC. */
export function formatSdkDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

export function parseSdkDate(text: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Number.isNaN(ms) ? null : ms;
}

export interface CanonicalInput {
  method: string;
  path: string;
  rawQuery: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  signedHeaders: string[];
  payloadHash: string;
}

export function canonicalRequest(input: CanonicalInput): string {
  const canonicalHeaders = input.signedHeaders.map((h) => `${h}:${(input.headers[h] ?? '').trim()}\n`).join('');
  return [
    input.method.toUpperCase(),
    canonicalUri(input.path),
    canonicalQueryString(input.rawQuery),
    canonicalHeaders,
    input.signedHeaders.join(';'),
    input.payloadHash,
  ].join('\n');
}

export function stringToSign(sdkDate: string, canonical: string): string {
  return [SIGNING_ALGORITHM, sdkDate, sha256Hex(canonical)].join('\n');
}

export function signature(sk: string, sdkDate: string, canonical: string): string {
  return hmacHex(sk, stringToSign(sdkDate, canonical));
}

export interface SignInput {
  ak: string;
  sk: string;
  method: string;
  path: string;
  rawQuery: string;
  /** Every header to sign (must include host and x-sdk-date); names in any case. */
  headers: Record<string, string>;
  body: string;
}

export interface SignedRequest {
  authorization: string;
  signature: string;
  signedHeaders: string[];
  canonicalRequest: string;
}

export function sign(input: SignInput): SignedRequest {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.headers)) headers[k.toLowerCase()] = v;
  const sdkDate = headers['x-sdk-date'];
  if (!sdkDate) throw new Error('x-sdk-date must be set before signing');
  const signedHeaders = Object.keys(headers).sort();
  const payloadHash = headers['x-sdk-content-sha256'] ?? sha256Hex(input.body);
  const canonical = canonicalRequest({ ...input, headers, signedHeaders, payloadHash });
  const sig = signature(input.sk, sdkDate, canonical);
  return {
    authorization: `${SIGNING_ALGORITHM} Access=${input.ak}, SignedHeaders=${signedHeaders.join(';')}, Signature=${sig}`,
    signature: sig,
    signedHeaders,
    canonicalRequest: canonical,
  };
}

export interface ParsedAuthorization {
  ak: string;
  signedHeaders: string[];
  signature: string;
}

export function parseAuthorization(header: string | undefined): ParsedAuthorization | null {
  if (!header) return null;
  const m = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-fA-F]+)$/.exec(header.trim());
  if (!m) return null;
  return { ak: m[1]!, signedHeaders: m[2]!.toLowerCase().split(';'), signature: m[3]!.toLowerCase() };
}

export interface VerifyInput {
  method: string;
  path: string;
  rawQuery: string;
  /** Lower-cased header names, as received. */
  headers: Record<string, string>;
  body: Buffer;
  /** The verifier's current time, for the 15-minute window. */
  nowMs: number;
  secretFor: (ak: string) => string | undefined;
}

export type VerifyResult =
  | { ok: true; ak: string }
  | { ok: false; reason: 'missing' | 'unknown-ak' | 'expired' | 'mismatch'; ak: string | null; canonicalRequest?: string };

/** Server side: recompute the signature from what arrived and compare in constant time. */
export function verify(input: VerifyInput): VerifyResult {
  const auth = parseAuthorization(input.headers.authorization);
  if (!auth) return { ok: false, reason: 'missing', ak: null };
  const sk = input.secretFor(auth.ak);
  if (sk === undefined) return { ok: false, reason: 'unknown-ak', ak: auth.ak };
  const sdkDate = input.headers['x-sdk-date'];
  if (!sdkDate || !auth.signedHeaders.includes('x-sdk-date')) return { ok: false, reason: 'mismatch', ak: auth.ak };
  const dateMs = parseSdkDate(sdkDate);
  if (dateMs === null) return { ok: false, reason: 'mismatch', ak: auth.ak };
  if (Math.abs(input.nowMs - dateMs) > MAX_CLOCK_SKEW_MS) return { ok: false, reason: 'expired', ak: auth.ak };
  const payloadHash = input.headers['x-sdk-content-sha256'] ?? sha256Hex(input.body);
  const canonical = canonicalRequest({
    method: input.method,
    path: input.path,
    rawQuery: input.rawQuery,
    headers: input.headers,
    signedHeaders: auth.signedHeaders,
    payloadHash,
  });
  if (!constantTimeEqual(signature(sk, sdkDate, canonical), auth.signature)) {
    return { ok: false, reason: 'mismatch', ak: auth.ak, canonicalRequest: canonical };
  }
  return { ok: true, ak: auth.ak };
}
