import type { BucketStore } from './bucket-store';
import { MemoryBucketStore } from './memory-bucket-store';
import { RateLimiter, type RateLimits } from './rate-limiter';

export interface RateLimitOptions extends RateLimits {
  /** Buckets shared by every replica using this server and prefix; absent: this process's memory. */
  redis?: { url: string; keyPrefix: string } | undefined;
}

/**
 * The limiter with its store: Redis when configured (connected now, so a bad URL fails at startup;
 * its client loaded only then), else memory.
 */
export async function openRateLimiter(options: RateLimitOptions, onStoreError?: (error: unknown) => void): Promise<RateLimiter> {
  const store: BucketStore = options.redis
    ? await (await import('./redis-bucket-store.js')).RedisBucketStore.connect({ url: options.redis.url, keyPrefix: `${options.redis.keyPrefix}ratelimit:` })
    : new MemoryBucketStore();
  return new RateLimiter(store, options, onStoreError);
}
