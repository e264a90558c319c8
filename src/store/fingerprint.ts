import { createHash } from 'node:crypto';
import { canonicalJson } from './json';

/**
 * The request fingerprint of the IETF httpapi Idempotency-Key draft: a stable hash of the canonical
 * input, so "same key, same input" can be told from "same key, different input" without keeping
 * the input itself (which may hold credentials such as a BGP MD5 key). The algorithm is named in
 * the value so a later change of hash cannot be mistaken for a mismatch of every stored key.
 */
export function requestFingerprint(input: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(input), 'utf8').digest('hex')}`;
}
