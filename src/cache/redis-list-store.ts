import { createHash, randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Redis } from 'ioredis';
import type { Result } from '../domain/errors';
import type { Partition } from '../domain/resources';
import { partitionId, slotId, type SharedAnswer, type SharedListStore, type SharedSlot } from './shared-list-store';

/**
 * The list cache and in-flight coalescing of several gateway replicas, in Redis:
 *  - `cache:gen:<partition>` — the partition's generation, INCR'd by an invalidation on any replica,
 *    which also publishes the partition on `cache:invalidated` for the replicas listening;
 *  - `cache:v:<slot>` — a successful answer (gzipped JSON), expiring with its window and retention;
 *  - `cache:lock:<slot>` — held (SET NX PX) by the one replica filling the slot; the others poll
 *    for the answer and take the fill over when the holder lets go without one (it failed, or died
 *    and the lock expired);
 *  - `cache:done:<slot>` — a failed answer, kept only long enough for the waiters of that fill
 *    (failures are never cached).
 * Slots are hashed: a partition and a query can be long, keys stay short.
 */

export interface RedisListStoreOptions {
  url: string;
  /** Prefix of every key (the `redis.keyPrefix` setting), shared with the rate limiter's keys. */
  keyPrefix: string;
  /** How long a fill may hold its lock before other replicas take over (a replica that died). */
  lockMs?: number;
  /** How often a waiting replica looks for the answer. */
  pollMs?: number;
}

const DEFAULT_LOCK_MS = 15_000;
const DEFAULT_POLL_MS = 20;
/** How long waiters can read a failed fill's answer. */
const FAILURE_VISIBLE_MS = 2_000;

const hash = (text: string): string => createHash('sha1').update(text).digest('base64url');

const encode = (result: Result<unknown[]>): Buffer => gzipSync(JSON.stringify(result));
const decode = (data: Buffer): Result<unknown[]> => JSON.parse(gunzipSync(data).toString('utf8')) as Result<unknown[]>;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Deletes the lock only when this replica still holds it (its token), so an expired lock taken over is left alone. */
const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export class RedisListStore implements SharedListStore {
  private readonly lockMs: number;
  private readonly pollMs: number;
  /** This replica's invalidations come back on the channel: they are recognised by it and skipped. */
  private readonly origin = randomUUID();
  private readonly listeners = new Set<(partition: Partition) => void>();
  /** A connection in subscriber mode serves nothing else: opened with the first listener. */
  private subscriber: Redis | undefined;

  private constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly options: RedisListStoreOptions,
  ) {
    this.lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  }

  /** Connects first, so an unreachable server is a startup error rather than the first request's. */
  static async connect(options: RedisListStoreOptions): Promise<RedisListStore> {
    const redis = new Redis(options.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    // Connection trouble also fails the commands, which is what the cache acts on.
    redis.on('error', () => undefined);
    try {
      await redis.connect();
    } catch (error) {
      redis.disconnect();
      throw new Error(`redis: cannot connect for the shared list cache (${error instanceof Error ? error.message : String(error)})`);
    }
    return new RedisListStore(redis, options.keyPrefix, options);
  }

  async generation(partition: Partition): Promise<number> {
    return Number((await this.redis.get(this.generationKey(partition))) ?? 0);
  }

  async invalidate(partition: Partition): Promise<void> {
    const message = JSON.stringify({ origin: this.origin, partition: { provider: partition.provider, account: partition.account, region: partition.region } });
    await this.redis.multi().incr(this.generationKey(partition)).publish(this.channel(), message).exec();
  }

  onInvalidate(listener: (partition: Partition) => void): void {
    this.listeners.add(listener);
    if (this.subscriber) return;
    const subscriber = new Redis(this.options.url, { maxRetriesPerRequest: 1 });
    subscriber.on('error', () => undefined);
    subscriber.on('message', (_channel: string, message: string) => {
      const { origin, partition } = JSON.parse(message) as { origin: string; partition: Partition };
      if (origin === this.origin) return;
      for (const each of this.listeners) each(partition);
    });
    void subscriber.subscribe(this.channel()).catch(() => undefined);
    this.subscriber = subscriber;
  }

  async getOrFill(slot: SharedSlot, fill: () => Promise<Result<unknown[]>>): Promise<SharedAnswer> {
    const id = hash(slotId(slot));
    const valueKey = `${this.keyPrefix}cache:v:${id}`;
    const doneKey = `${this.keyPrefix}cache:done:${id}`;
    const lockKey = `${this.keyPrefix}cache:lock:${id}`;
    const kept = await this.redis.getBuffer(valueKey);
    if (kept) return { result: decode(kept), source: 'shared' };
    const deadline = Date.now() + 2 * this.lockMs;
    for (;;) {
      const token = randomUUID();
      // Past the deadline a replica stops waiting for a holder that never answers and fills alone.
      const won = Date.now() >= deadline || (await this.redis.set(lockKey, token, 'PX', this.lockMs, 'NX')) === 'OK';
      if (won) {
        // A holder publishes its answer and releases the lock in one transaction: a lock won just
        // after that finds the answer there, which an earlier read (before it) could not see. (A
        // failure is shared only with the callers already waiting for it: it is not read here.)
        const published = await this.redis.getBuffer(valueKey);
        if (published) {
          await this.redis.eval(RELEASE_SCRIPT, 1, lockKey, token);
          return { result: decode(published), source: 'joined' };
        }
        return { result: await this.fillAndPublish(slot, fill, { valueKey, doneKey, lockKey, token }), source: 'filled' };
      }
      // Another replica is filling: wait for its answer, or for its lock to go without one.
      for (;;) {
        await sleep(this.pollMs);
        const [value, done] = await this.redis.mgetBuffer(valueKey, doneKey);
        if (value) return { result: decode(value), source: 'joined' };
        if (done) return { result: decode(done), source: 'joined' };
        if (Date.now() >= deadline || !(await this.redis.exists(lockKey))) break;
      }
    }
  }

  private async fillAndPublish(
    slot: SharedSlot,
    fill: () => Promise<Result<unknown[]>>,
    keys: { valueKey: string; doneKey: string; lockKey: string; token: string },
  ): Promise<Result<unknown[]>> {
    let result: Result<unknown[]> | undefined;
    try {
      result = await fill();
      return result;
    } finally {
      const publish = this.redis.multi();
      if (result?.ok && slot.keepMs > 0) publish.set(keys.valueKey, encode(result), 'PX', Math.ceil(slot.keepMs));
      else if (result) publish.set(keys.doneKey, encode(result), 'PX', FAILURE_VISIBLE_MS);
      publish.eval(RELEASE_SCRIPT, 1, keys.lockKey, keys.token);
      // The answer is this replica's whatever Redis says; the others take the fill over when the lock expires.
      await publish.exec().catch(() => undefined);
    }
  }

  /** Every key this store wrote under its prefix (tests remove their run's keys). */
  async deleteAll(): Promise<void> {
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.keyPrefix}cache:*`, 'COUNT', 500);
      if (keys.length > 0) await this.redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }

  async close(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private generationKey(partition: Partition): string {
    return `${this.keyPrefix}cache:gen:${hash(partitionId(partition))}`;
  }

  private channel(): string {
    return `${this.keyPrefix}cache:invalidated`;
  }
}
