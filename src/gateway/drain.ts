import type { Server } from 'node:http';

/**
 * Draining a gateway before it exits: it stops accepting connections, tells kept-alive clients to
 * go elsewhere (idle connections are closed, each answer still in progress carries
 * `Connection: close`), and waits for the requests in progress — queries and mutations alike — to
 * be answered, up to a grace period. WebSocket upgrades are not requests here: the gateway's close
 * ends subscriptions with 1001.
 */
export interface RequestsInFlight {
  /** Requests being answered now. */
  readonly count: number;
  /** Resolves true once every request in progress is answered, false when `graceMs` ran out first. */
  drain(graceMs: number): Promise<boolean>;
}

const IDLE_SWEEP_MS = 50;

export function trackRequestsInFlight(server: Server): RequestsInFlight {
  let count = 0;
  let draining = false;
  const settled = new Set<() => void>();
  server.on('request', (_req, res) => {
    count++;
    if (draining) res.shouldKeepAlive = false;
    res.once('close', () => {
      count--;
      if (count === 0) for (const resolve of settled) resolve();
    });
  });
  return {
    get count() {
      return count;
    },
    async drain(graceMs) {
      draining = true;
      // No new connections; the listening socket closes now, the server's callback fires when every connection has.
      server.close();
      server.closeIdleConnections();
      // A connection kept alive between two requests is idle only between them: sweep until drained.
      const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
      try {
        if (count === 0) return true;
        let timer: NodeJS.Timeout | undefined;
        let done: (() => void) | undefined;
        const answered = new Promise<true>((resolve) => {
          done = () => resolve(true);
          settled.add(done);
        });
        const late = new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), graceMs);
        });
        const result = await Promise.race([answered, late]);
        clearTimeout(timer);
        if (done) settled.delete(done);
        return result;
      } finally {
        clearInterval(sweep);
      }
    },
  };
}
