import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/** graphql-ws clients against a gateway, in Node (the `ws` package as the socket), for the subscription tests. */

export interface ClosedWith {
  code: number;
  reason: string;
}

export function wsUrlOf(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

/** A socket class sending these headers on the upgrade (browsers cannot; Node clients can). */
function socketWithHeaders(headers: Record<string, string>): new (address: string, protocols?: string | string[]) => WebSocket {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };
}

export interface TestClient {
  client: Client;
  /** Resolves with the close of the socket, whoever closed it. */
  closed: Promise<ClosedWith>;
  dispose(): Promise<void>;
}

export function connect(httpUrl: string, options: { connectionParams?: Record<string, unknown>; headers?: Record<string, string> } = {}): TestClient {
  let onClosed: (closed: ClosedWith) => void = () => undefined;
  const closed = new Promise<ClosedWith>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: wsUrlOf(httpUrl),
    webSocketImpl: options.headers ? socketWithHeaders(options.headers) : WebSocket,
    ...(options.connectionParams && { connectionParams: options.connectionParams }),
    retryAttempts: 0,
    lazy: false,
    // A refused connection is what several tests look at, not an error to throw.
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string | Buffer };
        onClosed({ code, reason: String(reason) });
      },
    },
  });
  return { client, closed, dispose: () => client.dispose() as Promise<void> };
}

/** One subscription's results as they come, read one at a time; `complete` says whether the server ended it. */
export class Subscription<T = Record<string, unknown>> {
  private readonly results: FormattedExecutionResult<T, unknown>[] = [];
  private readonly waiters: Array<() => void> = [];
  completed = false;
  error: unknown;
  readonly unsubscribe: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          this.results.push(result);
          this.wakeAll();
        },
        error: (error) => {
          this.error = error;
          this.wakeAll();
        },
        complete: () => {
          this.completed = true;
          this.wakeAll();
        },
      },
    );
  }

  /** The next result, or what ended the subscription first; fails the test after `timeoutMs`. */
  async next(timeoutMs = 5_000): Promise<FormattedExecutionResult<T, unknown>> {
    const deadline = Date.now() + timeoutMs;
    while (this.results.length === 0) {
      if (this.error !== undefined) throw new Error(`subscription failed: ${JSON.stringify(this.error)}`);
      if (this.completed) throw new Error('subscription completed without another result');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no result within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.results.shift() as FormattedExecutionResult<T, unknown>;
  }

  /** Waits until the server completes or fails the subscription. */
  async ended(timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.completed && this.error === undefined) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`subscription still running after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The errors the server refused or failed the subscription with (graphql-ws's error message). */
  async failure(timeoutMs = 5_000): Promise<Array<{ message: string; extensions?: Record<string, unknown> }>> {
    await this.ended(timeoutMs);
    if (!Array.isArray(this.error)) throw new Error(`expected the subscription to be refused; it ended with ${this.completed ? 'complete' : JSON.stringify(this.error)}`);
    return this.error as Array<{ message: string; extensions?: Record<string, unknown> }>;
  }

  /** Results received and not read yet. */
  get pending(): number {
    return this.results.length;
  }

  private wakeAll(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}
