import { z } from 'zod';
import type { CallIdentity, FaultSpec } from './faults';

/**
 * A model of a real provider API, applied by an emulator to every call of the wire protocol: a
 * latency per operation (a log-normal distribution given by its median and its 99th percentile)
 * and each API's per-account rate limit (a token bucket per (account, operation)), answered with
 * the provider's own throttling error — the catalog's entry for `throttle.code`, with its
 * retry-after hint — when exceeded. Armed faults come first; the model answers every other call.
 * Off by default: the emulators answer at once and never throttle unless a model is set
 * (POST /_emulator/model).
 */

const latencySchema = z
  .object({
    p50Ms: z.number().min(0).max(60_000),
    p99Ms: z.number().min(0).max(60_000),
  })
  .refine((l) => l.p99Ms >= l.p50Ms, 'p99Ms must be at least p50Ms');

export const providerModelSchema = z.object({
  /** Seeds the latency draws, so two runs of the same model see the same latencies. */
  seed: z.number().int().min(0).max(2 ** 31).default(1),
  latency: z
    .object({
      default: latencySchema.optional(),
      /** Per operation (Alibaba's Action, Huawei's operation name), overriding the default. */
      operations: z.record(z.string(), latencySchema).default({}),
    })
    .prefault({}),
  rateLimits: z
    .object({
      /** Calls per second per (account, operation) when an operation has no limit of its own; absent: unlimited. */
      defaultPerSecond: z.number().positive().optional(),
      operations: z.record(z.string(), z.number().positive()).default({}),
    })
    .prefault({}),
  /** The provider's throttling error (a code of its catalog) and the retry-after it announces. */
  throttle: z
    .object({
      code: z.string().min(1),
      retryAfterSeconds: z.number().nonnegative().max(60).optional(),
    })
    .optional(),
});
export type ProviderModelSpec = z.infer<typeof providerModelSchema>;

/** mulberry32: small, fast and seeded; statistical quality is ample for latency draws. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** z of the 99th percentile of the standard normal distribution. */
const Z99 = 2.326_347_874;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class ProviderModel {
  private readonly random: () => number;
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly spec: ProviderModelSpec,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.random = seededRandom(spec.seed);
  }

  /** What the model does to this call: a throttling error, a latency, or nothing. */
  decide(call: CallIdentity): FaultSpec | undefined {
    if (this.throttled(call)) {
      const throttle = this.spec.throttle!;
      return { kind: 'error', code: throttle.code, ...(throttle.retryAfterSeconds !== undefined && { retryAfterSeconds: throttle.retryAfterSeconds }) };
    }
    const ms = this.latencyMs(call.operation);
    return ms > 0 ? { kind: 'latency', ms } : undefined;
  }

  /** A draw from the operation's latency distribution (0 when it has none). */
  latencyMs(operation: string): number {
    const latency = this.spec.latency.operations[operation] ?? this.spec.latency.default;
    if (!latency || latency.p50Ms === 0) return 0;
    const sigma = Math.log(latency.p99Ms / latency.p50Ms) / Z99;
    // Box–Muller; 1 - random() keeps the logarithm's argument in (0, 1].
    const normal = Math.sqrt(-2 * Math.log(1 - this.random())) * Math.cos(2 * Math.PI * this.random());
    return Math.round(latency.p50Ms * Math.exp(sigma * normal));
  }

  /** Takes a token of the call's (account, operation) bucket; true when none was left. */
  private throttled(call: CallIdentity): boolean {
    if (!this.spec.throttle) return false;
    const perSecond = this.spec.rateLimits.operations[call.operation] ?? this.spec.rateLimits.defaultPerSecond;
    if (perSecond === undefined) return false;
    const key = `${call.account}\u0000${call.operation}`;
    const now = this.now();
    // A full bucket holds one second of calls: the burst the providers' per-second limits allow.
    const bucket = this.buckets.get(key) ?? { tokens: perSecond, updatedAt: now };
    bucket.tokens = Math.min(perSecond, bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return true;
    bucket.tokens -= 1;
    return false;
  }
}
