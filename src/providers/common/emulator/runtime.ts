import { CallLog } from './call-log';
import { EmulatorClock, TransitionScheduler } from './clock';
import { FaultInjector, type FaultSpec } from './faults';
import { SeededIds } from './ids';

/** A request as the provider emulators see it: already read, headers lower-cased. */
export interface EmulatorRequest {
  method: string;
  path: string;
  /** The raw query string without '?', exactly as sent (signers must decode and re-encode it). */
  rawQuery: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface EmulatorReply {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** What the HTTP server should do: answer, close the socket, or hold it until the client gives up. */
export type EmulatorOutcome = EmulatorReply | { drop: true } | { hang: true };

/** The shared machinery every provider emulator is built from. */
export class EmulatorRuntime {
  readonly clock = new EmulatorClock();
  readonly scheduler = new TransitionScheduler(this.clock);
  readonly faults = new FaultInjector();
  readonly calls = new CallLog();
  ids: SeededIds;

  constructor(seed = 1) {
    this.ids = new SeededIds(seed);
  }

  reset(seed: number): void {
    this.ids = new SeededIds(seed);
    this.scheduler.clear();
    this.faults.clear();
    this.calls.clear();
  }
}

/** The provider-specific part of an emulator: its wire protocol and its state. */
export interface ProviderEmulatorCore {
  readonly name: string;
  readonly runtime: EmulatorRuntime;
  handle(req: EmulatorRequest): Promise<EmulatorOutcome>;
  /** Empties the state; `demo` re-seeds the demo fleet. */
  reset(seed: number, fixture: 'empty' | 'demo'): void;
  /** Adds resources described by a provider-specific fixture; returns what was created. */
  seed(fixture: unknown): unknown;
  snapshot(): unknown;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Applies an armed fault around the real handling of a call. `renderError` turns an `error` fault
 * into the provider's own error response (from its catalog).
 */
export async function applyFault(
  fault: FaultSpec | undefined,
  renderError: (fault: Extract<FaultSpec, { kind: 'error' }>) => EmulatorReply,
  run: () => Promise<EmulatorReply>,
): Promise<EmulatorOutcome> {
  if (!fault) return run();
  switch (fault.kind) {
    case 'error':
      return renderError(fault);
    case 'latency':
      await sleep(fault.ms);
      return run();
    case 'drop':
      return { drop: true };
    case 'applied-then-timeout':
      await run();
      return { hang: true };
    case 'empty-5xx':
      return { status: fault.httpStatus, body: '' };
    case 'non-json-body':
      return {
        status: fault.httpStatus,
        headers: { 'content-type': 'text/html' },
        body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
      };
    case 'truncated-json': {
      const reply = await run();
      return { ...reply, status: fault.httpStatus, body: reply.body.slice(0, Math.max(1, Math.floor(reply.body.length / 2))) };
    }
  }
}
