import type { Principal } from '../../auth/principal';
import type { BucketShape, BucketStore, Take } from './bucket-store';

export interface RateLimits extends BucketShape {
  /** A second bucket every mutation also takes from (absent: mutations take only from the first). */
  mutate?: BucketShape | undefined;
}

/**
 * Per-principal token buckets: one for every request, one more for mutations when configured.
 * A store that cannot answer (Redis down) lets the request through and reports it: the limit
 * protects the providers' quotas, and an outage of it should not become an outage of netplane.
 */
export class RateLimiter {
  constructor(
    private readonly store: BucketStore,
    private readonly limits: RateLimits,
    private readonly onStoreError: (error: unknown) => void = () => undefined,
  ) {}

  /** Every GraphQL request, before its body is read. */
  admitRequest(principal: Principal): Promise<Take> {
    return this.take(`${bucketOwner(principal)}:request`, this.limits);
  }

  /** Every mutation operation, once the operation is known; allowed when no mutate bucket is configured. */
  async admitMutation(principal: Principal): Promise<Take> {
    if (!this.limits.mutate) return { allowed: true, retryAfterMs: 0 };
    return this.take(`${bucketOwner(principal)}:mutate`, this.limits.mutate);
  }

  private async take(key: string, shape: BucketShape): Promise<Take> {
    try {
      return await this.store.take(key, shape);
    } catch (error) {
      this.onStoreError(error);
      return { allowed: true, retryAfterMs: 0 };
    }
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** `apiKey:ci-bot`, `jwt:alice@example.com`: an API key and a JWT subject of the same name stay apart. */
function bucketOwner(principal: Principal): string {
  return `${principal.kind}:${principal.id}`;
}

/** Retry-After is whole seconds (RFC 9110 §10.2.3), rounded up so a client that obeys it finds a token. */
export function retryAfterSeconds(take: Take): number {
  return Math.max(1, Math.ceil(take.retryAfterMs / 1000));
}
