import { msUntilOneToken, refill, type BucketShape, type BucketStore, type Take } from './bucket-store';

/**
 * Buckets that grew full are forgotten once this many keys are held (a full bucket and a missing
 * one are the same); the next sweep waits for twice the survivors, so sweeping stays amortised O(1).
 */
const FIRST_SWEEP_AT = 10_000;

/** One replica's buckets. `now` is injectable so tests drive the refill without sleeping. */
export class MemoryBucketStore implements BucketStore {
  private readonly buckets = new Map<string, { tokens: number; at: number; shape: BucketShape }>();
  private sweepAt = FIRST_SWEEP_AT;

  constructor(private readonly now: () => number = Date.now) {}

  async take(key: string, shape: BucketShape): Promise<Take> {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: shape.capacity, at: now, shape };
    bucket.tokens = refill(bucket.tokens, now - bucket.at, shape);
    bucket.at = now;
    bucket.shape = shape;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size >= this.sweepAt) this.sweep(now);
    return { allowed, retryAfterMs: allowed ? 0 : msUntilOneToken(bucket.tokens, shape) };
  }

  private sweep(now: number): void {
    for (const [key, b] of this.buckets) if (refill(b.tokens, now - b.at, b.shape) >= b.shape.capacity) this.buckets.delete(key);
    this.sweepAt = Math.max(FIRST_SWEEP_AT, this.buckets.size * 2);
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}
