import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Primitives both providers' request signatures are built from. Each provider's signer.ts composes
 * them into its own algorithm (Alibaba ACS3/HMAC-SHA1, Huawei SDK-HMAC-SHA256).
 */

/** sha256 of an empty body, which every GET and empty RPC POST signs. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** RFC 3986 encoding: only A-Z a-z 0-9 - _ . ~ stay raw (encodeURIComponent also leaves ! ' ( ) *). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Compares signatures without leaking where they differ through timing. */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
