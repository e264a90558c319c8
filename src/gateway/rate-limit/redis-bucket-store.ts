import { Redis } from 'ioredis';
import { ConfigError } from '../../config/load';
import type { BucketShape, BucketStore, Take } from './bucket-store';

/**
 * The bucket arithmetic of ./bucket-store (refill, msUntilOneToken) as one script, so reading,
 * refilling and taking are atomic across replicas. The clock is the Redis server's (TIME), so
 * replicas whose clocks differ still agree. The key expires once the bucket would be full again.
 */
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2]) / 1000
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
if now > at then tokens = math.min(capacity, tokens + (now - at) * per_ms) end
local allowed = 0
local retry_ms = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  retry_ms = math.ceil((1 - tokens) / per_ms)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(math.max(now, at)))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / per_ms) + 1000)
return {allowed, retry_ms}
`;

export interface RedisBucketStoreOptions {
  url: string;
  /** Prepended to every key (configuration `redis.keyPrefix` plus `ratelimit:`). */
  keyPrefix: string;
}

/** Buckets in Redis, shared by every replica pointing at the same server and prefix. */
export class RedisBucketStore implements BucketStore {
  private readonly redis: Redis;
  private sha: string | undefined;

  private constructor(redis: Redis, private readonly keyPrefix: string) {
    this.redis = redis;
  }

  /** Connects first, so an unreachable server is a startup error rather than the first request's. */
  static async connect(options: RedisBucketStoreOptions): Promise<RedisBucketStore> {
    // One retry per command: a request waits for the limiter at most one reconnect, never a queue of them.
    const redis = new Redis(options.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    // ioredis reports connection trouble as 'error' events besides failing the commands; the commands' failures are what count.
    redis.on('error', () => undefined);
    try {
      await redis.connect();
    } catch (error) {
      redis.disconnect();
      throw new ConfigError(`redis: cannot connect to ${redactedUrl(options.url)} (${error instanceof Error ? error.message : String(error)})`);
    }
    return new RedisBucketStore(redis, options.keyPrefix);
  }

  async take(key: string, shape: BucketShape): Promise<Take> {
    const args = [String(shape.capacity), String(shape.refillPerSecond)];
    const fullKey = this.keyPrefix + key;
    let answer: unknown;
    try {
      this.sha ??= (await this.redis.script('LOAD', TAKE_SCRIPT)) as string;
      answer = await this.redis.evalsha(this.sha, 1, fullKey, ...args);
    } catch (error) {
      // A restarted server forgets loaded scripts.
      if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error;
      this.sha = (await this.redis.script('LOAD', TAKE_SCRIPT)) as string;
      answer = await this.redis.evalsha(this.sha, 1, fullKey, ...args);
    }
    const [allowed, retryAfterMs] = answer as [number, number];
    return { allowed: allowed === 1, retryAfterMs };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** A Redis URL may carry a password: never print it. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}
