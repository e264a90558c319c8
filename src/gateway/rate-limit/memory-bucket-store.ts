import { msUntilOneToken, refill, type BucketShape, type BucketStore, type Take } from './bucket-store';

/** Buckets that grew full are forgotten past this many keys (a full bucket and a missing one are the same). */
const SWEEP_ABOVE = 10_000;

/** One replica's buckets. `now` is injectable so tests drive the refill without sleeping. */
export class MemoryBucketStore implements BucketStore {
  private readonly buckets = new Map<string, { tokens: number; at: number; shape: BucketShape }>();

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
    if (this.buckets.size > SWEEP_ABOVE) this.sweep(now);
    return { allowed, retryAfterMs: allowed ? 0 : msUntilOneToken(bucket.tokens, shape) };
  }

  private sweep(now: number): void {
    for (const [key, b] of this.buckets) if (refill(b.tokens, now - b.at, b.shape) >= b.shape.capacity) this.buckets.delete(key);
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}
