import { z } from 'zod';
import type { ProviderModel } from './provider-model';

/**
 * Faults the control API can arm for the next N matching calls. An `error` fault answers with a
 * catalog entry (the provider emulator renders it in its own wire shape); the others break the
 * transport in the ways real networks and providers do.
 */
export const faultSpecSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('error'),
    code: z.string().min(1),
    /** Picks among catalog rows of the same code with different statuses. */
    httpStatus: z.number().int().min(100).max(599).optional(),
    message: z.string().optional(),
    /** Seconds to announce in the provider's retry-after hint (throttling). */
    retryAfterSeconds: z.number().nonnegative().optional(),
  }),
  z.object({ kind: z.literal('latency'), ms: z.number().int().min(0).max(600_000) }),
  /** Close the connection without answering. */
  z.object({ kind: z.literal('drop') }),
  /** Carry out the call, then never answer (the client times out: outcome UNKNOWN). */
  z.object({ kind: z.literal('applied-then-timeout') }),
  /** 5xx with an empty body. */
  z.object({ kind: z.literal('empty-5xx'), httpStatus: z.number().int().min(500).max(599).default(502) }),
  /** 200 with a body that is not JSON at all (an HTML page from a proxy). */
  z.object({ kind: z.literal('non-json-body'), httpStatus: z.number().int().min(200).max(599).default(200) }),
  /** A body cut off in the middle of the JSON. */
  z.object({ kind: z.literal('truncated-json'), httpStatus: z.number().int().min(200).max(599).default(200) }),
]);
export type FaultSpec = z.infer<typeof faultSpecSchema>;

export const faultMatchSchema = z
  .object({
    operation: z.string().optional(),
    account: z.string().optional(),
    region: z.string().optional(),
  })
  .default({});
export type FaultMatch = z.infer<typeof faultMatchSchema>;

export const armFaultSchema = z.object({
  match: faultMatchSchema,
  count: z.number().int().min(1).max(1_000_000).default(1),
  fault: faultSpecSchema,
});
export type ArmFault = z.infer<typeof armFaultSchema>;

export interface CallIdentity {
  operation: string;
  account: string;
  region: string;
}

interface ArmedFault extends ArmFault {
  id: number;
  remaining: number;
}

export class FaultInjector {
  private armed: ArmedFault[] = [];
  private nextId = 1;
  /** Answers every call no armed fault matches: latency and throttling (./provider-model.ts). */
  model: ProviderModel | null = null;

  arm(input: ArmFault): number {
    const id = this.nextId++;
    this.armed.push({ ...input, id, remaining: input.count });
    return id;
  }

  /** The fault for this call, if one is armed for it; consumes one of its remaining uses. */
  take(call: CallIdentity): FaultSpec | undefined {
    const rule = this.armed.find((f) => matches(f.match, call));
    if (!rule) return this.model?.decide(call);
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.armed = this.armed.filter((f) => f !== rule);
    return rule.fault;
  }

  list(): Array<{ id: number; match: FaultMatch; remaining: number; fault: FaultSpec }> {
    return this.armed.map(({ id, match, remaining, fault }) => ({ id, match, remaining, fault }));
  }

  clear(): void {
    this.armed = [];
  }
}

function matches(match: FaultMatch, call: CallIdentity): boolean {
  return (
    (match.operation === undefined || match.operation === call.operation) &&
    (match.account === undefined || match.account === call.account) &&
    (match.region === undefined || match.region === call.region)
  );
}
