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
 *
 * A call's latency is a function of the seed and the call's identity — its (operation, account,
 * region) and how many calls of that identity were answered since the model was set — not the next
 * draw of one stream shared by all calls. Two systems compared under the model (the benchmark's
 * gateway and its hand-written script) make the same calls in different orders and interleavings:
 * from one shared stream they drew different latencies for the same calls, and the ±5 % that alone
 * put on their summed latency read as a difference between them. Drawn per call identity, the k-th
 * page of a partition's list costs the same whichever system asks for it (common random numbers),
 * and setting the model again (a new seed, or the same) starts every identity's sequence over.
 */

const latencySchema = z
  .object({
    p50Ms: z.number().min(0).max(60_000),
    p99Ms: z.number().min(0).max(60_000),
  })
  .refine((l) => l.p99Ms >= l.p50Ms, 'p99Ms must be at least p50Ms');

export const providerModelSchema = z.object({
  /** Seeds the latency draws: the same seed gives the same latency to the same call (see above). */
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

/**
 * MurmurHash3's finalizer: spreads nearby inputs (consecutive call counts) over all 32 bits, so
 * the mulberry32 streams seeded from them do not overlap (mulberry32 seeded s + 0x6d2b79f5 is the
 * stream seeded s, one draw on).
 */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over the text's UTF-16 code units, then mixed: a call identity's 32-bit hash. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** z of the 99th percentile of the standard normal distribution. */
const Z99 = 2.326_347_874;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** A call identity's own sequence of draws: its hash (seed included) and the calls answered so far. */
interface DrawSequence {
  hash: number;
  answered: number;
}

export class ProviderModel {
  private readonly buckets = new Map<string, Bucket>();
  private readonly sequences = new Map<string, DrawSequence>();

  constructor(
    readonly spec: ProviderModelSpec,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** What the model does to this call: a throttling error, a latency, or nothing. */
  decide(call: CallIdentity): FaultSpec | undefined {
    if (this.throttled(call)) {
      const throttle = this.spec.throttle!;
      return { kind: 'error', code: throttle.code, ...(throttle.retryAfterSeconds !== undefined && { retryAfterSeconds: throttle.retryAfterSeconds }) };
    }
    const ms = this.latencyMs(call);
    return ms > 0 ? { kind: 'latency', ms } : undefined;
  }

  /**
   * The latency of the call's identity's next answered call: a draw from its operation's
   * distribution (0 when it has none). A throttled call is not answered: its retry is the same
   * call and draws what it would have.
   */
  latencyMs(call: CallIdentity): number {
    const latency = this.spec.latency.operations[call.operation] ?? this.spec.latency.default;
    if (!latency || latency.p50Ms === 0) return 0;
    const random = seededRandom(this.nextDrawSeed(call));
    const sigma = Math.log(latency.p99Ms / latency.p50Ms) / Z99;
    // Box–Muller; 1 - random() keeps the logarithm's argument in (0, 1].
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.round(latency.p50Ms * Math.exp(sigma * normal));
  }

  /** The seed of the k-th answered call of the call's identity, k counted from 0; counts this one. */
  private nextDrawSeed(call: CallIdentity): number {
    const key = `${call.operation}\u0000${call.account}\u0000${call.region}`;
    let sequence = this.sequences.get(key);
    if (!sequence) {
      sequence = { hash: hash32(`${this.spec.seed}\u0000${key}`), answered: 0 };
      this.sequences.set(key, sequence);
    }
    const k = sequence.answered++;
    // 0x9e3779b9 (2^32 / φ) keeps the counts' multiples apart before mix32 spreads them.
    return mix32(sequence.hash + Math.imul(k, 0x9e3779b9));
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
