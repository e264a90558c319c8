import type { CallIdentity } from './faults';

export interface RecordedCall extends CallIdentity {
  seq: number;
  status: number | null;
  /** The error code answered, when the call failed. */
  code: string | null;
  params: Record<string, unknown>;
  /** The request id the emulator answered with (absent when it dropped or hung the call). */
  requestId?: string | null;
}

/**
 * Every provider call an emulator served, so tests can assert exact upstream call counts and that
 * rejected input never reached the provider.
 */
export class CallLog {
  private calls: RecordedCall[] = [];
  private seq = 0;

  constructor(private readonly keep = 10_000) {}

  record(call: Omit<RecordedCall, 'seq'>): void {
    this.calls.push({ ...call, seq: ++this.seq });
    if (this.calls.length > this.keep) this.calls.splice(0, this.calls.length - this.keep);
  }

  list(filter: Partial<CallIdentity> = {}): RecordedCall[] {
    return this.calls.filter(
      (c) =>
        (filter.operation === undefined || c.operation === filter.operation) &&
        (filter.account === undefined || c.account === filter.account) &&
        (filter.region === undefined || c.region === filter.region),
    );
  }

  /** Total calls served since the last clear (including ones that fell out of the kept window). */
  total(): number {
    return this.seq;
  }

  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.calls) out[c.operation] = (out[c.operation] ?? 0) + 1;
    return out;
  }

  clear(): void {
    this.calls = [];
    this.seq = 0;
  }
}
