import { createHash, timingSafeEqual } from 'node:crypto';
import type { Grant, Principal } from './principal';

/** What the configuration stores for an API key: the hex SHA-256 of the key (src/config/auth.ts). */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export interface StoredApiKey {
  id: string;
  sha256: string;
  grants: readonly Grant[];
}

/**
 * The configured keys, checked by hash. Every stored hash is compared, in constant time, whatever
 * matched before: neither the time of one comparison nor the number of comparisons tells a caller
 * how close a guess came.
 */
export class ApiKeyVerifier {
  private readonly keys: { digest: Buffer; principal: Principal }[];

  constructor(keys: readonly StoredApiKey[]) {
    this.keys = keys.map((k) => ({ digest: Buffer.from(k.sha256, 'hex'), principal: { id: k.id, kind: 'apiKey', grants: k.grants } }));
  }

  get size(): number {
    return this.keys.length;
  }

  verify(presented: string): Principal | undefined {
    const digest = createHash('sha256').update(presented, 'utf8').digest();
    let found: Principal | undefined;
    for (const key of this.keys) if (timingSafeEqual(key.digest, digest) && !found) found = key.principal;
    return found;
  }
}
