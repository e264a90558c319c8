/** A token bucket's shape: `capacity` tokens at most, `refillPerSecond` added back continuously. */
export interface BucketShape {
  capacity: number;
  refillPerSecond: number;
}

/** The answer to taking one token: allowed, or when the next token is there. */
export interface Take {
  allowed: boolean;
  /** 0 when allowed; otherwise how long until one token is back. */
  retryAfterMs: number;
}

/**
 * Where buckets live: this process (MemoryBucketStore) or a Redis server replicas share
 * (RedisBucketStore). Taking is atomic per key in both.
 */
export interface BucketStore {
  take(key: string, shape: BucketShape): Promise<Take>;
  close(): Promise<void>;
}

/** The refill arithmetic both stores use (the Redis script repeats it in Lua, where it must run atomically). */
export function refill(tokens: number, elapsedMs: number, shape: BucketShape): number {
  return Math.min(shape.capacity, tokens + (Math.max(0, elapsedMs) * shape.refillPerSecond) / 1000);
}

export function msUntilOneToken(tokens: number, shape: BucketShape): number {
  return Math.ceil(((1 - tokens) * 1000) / shape.refillPerSecond);
}
