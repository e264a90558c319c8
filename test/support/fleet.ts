import pino from 'pino';
import { startNetplane, type RunningNetplane } from '../../src/app/compose';
import { demoTestConfig } from './netplane';

/**
 * The whole of netplane as `npm start` composes it (demo fleet: 3 accounts × 3 regions per provider,
 * cache, coalescing and fan-out bounds around the adapters, the cost plugin), on free ports, with
 * helpers to read the emulators' call counters. For the fleet-scale tests.
 */

/** A fleet dashboard: all four resource types with their relationships, every partition. */
export const DASHBOARD = /* GraphQL */ `
  query Dashboard {
    networkInterfaces(first: 100) {
      totalCount
      partitions { provider account region ok itemCount error { __typename code } }
      edges { node { id status primaryIp virtualIps { id address } elasticIps { id address } } }
    }
    virtualIps(first: 100) {
      totalCount
      partitions { provider account region ok itemCount error { __typename code } }
      edges { node { id address networkInterfaces { id } } }
    }
    elasticIps(first: 100) {
      totalCount
      partitions { provider account region ok itemCount error { __typename code } }
      edges { node { id address boundTo { kind targetId networkInterface { id } virtualIp { id } } } }
    }
    vifPeers(first: 100) {
      totalCount
      partitions { provider account region ok itemCount error { __typename code } }
      edges { node { id status virtualInterface { id name } } }
    }
  }
`;

export interface FleetOptions {
  ttlMs?: number;
  snapshotRetentionMs?: number;
  maxProviderCalls?: number;
  /** The gateway cache's clock (default: real time, moved to the start of a new window at every reset()). */
  now?: () => number;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: {
    providerCalls?: {
      estimated: number | null;
      actual: number;
      byProvider: Record<string, number>;
      cacheHits: number;
      coalesced: number;
      limit: number;
    };
    cacheControl?: { maxAgeMs: number; snapshotRetentionMs: number; oldestAgeMs: number };
  };
}

export interface UpstreamCalls {
  total: number;
  counts: Record<string, number>;
}

export interface Fleet {
  netplane: RunningNetplane;
  query(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLBody }>;
  control(provider: 'alibaba' | 'huawei', method: string, path: string, body?: unknown): Promise<unknown>;
  /** Calls each emulator served since the last reset. */
  calls(): Promise<{ alibaba: UpstreamCalls; huawei: UpstreamCalls; total: number }>;
  /** Calls of one operation, per "account/region". */
  callsByPartition(provider: 'alibaba' | 'huawei', operation: string): Promise<Record<string, number>>;
  /** Demo fleet, no faults, empty call logs, frozen clocks; and an empty netplane cache. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The cache's clock when a test gives none: real time, moved forward by every reset() to the start
 * of a window it has not used. The cache's windows are clock-aligned (src/cache/ttl-cache.ts): on
 * the wall clock a test whose reads must share one window straddled a window's end now and then
 * (a 0.4 s test with 60 s windows, about once in 150 runs).
 */
function windowStartClock(ttlMs: number): { now: () => number; nextWindow: () => void } {
  let offset = 0;
  const now = () => Date.now() + offset;
  const nextWindow = () => {
    const current = now();
    offset += (Math.floor(current / ttlMs) + 1) * ttlMs - current;
  };
  nextWindow();
  return { now, nextWindow };
}

export async function startFleet(options: FleetOptions = {}): Promise<Fleet> {
  const config = demoTestConfig();
  const ttlMs = options.ttlMs ?? 60_000;
  config.cache = { ...config.cache, ttlMs, snapshotRetentionMs: options.snapshotRetentionMs ?? 60_000 };
  config.cost = { maxProviderCalls: options.maxProviderCalls ?? 1_000 };
  const clock = options.now ? null : windowStartClock(ttlMs);
  const now = options.now ?? clock!.now;
  const netplane = await startNetplane(config, { logger: pino({ level: 'silent' }), now });
  const urls = { alibaba: netplane.emulators.alibaba!.url, huawei: netplane.emulators.huawei!.url };

  const control = async (provider: 'alibaba' | 'huawei', method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${urls[provider]}/_emulator/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${provider} emulator ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const upstream = async (provider: 'alibaba' | 'huawei'): Promise<UpstreamCalls> => {
    const body = (await control(provider, 'GET', 'calls?operation=-')) as UpstreamCalls;
    return { total: body.total, counts: body.counts };
  };

  return {
    netplane,
    control,
    async query(query, variables = {}) {
      const response = await fetch(netplane.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody };
    },
    async calls() {
      const [alibaba, huawei] = await Promise.all([upstream('alibaba'), upstream('huawei')]);
      return { alibaba, huawei, total: alibaba.total + huawei.total };
    },
    async callsByPartition(provider, operation) {
      const body = (await control(provider, 'GET', `calls?operation=${encodeURIComponent(operation)}`)) as {
        calls: { account: string; region: string }[];
      };
      const out: Record<string, number> = {};
      for (const c of body.calls) out[`${c.account}/${c.region}`] = (out[`${c.account}/${c.region}`] ?? 0) + 1;
      return out;
    },
    async reset() {
      for (const provider of ['alibaba', 'huawei'] as const) {
        await control(provider, 'POST', 'reset', { fixture: 'demo' });
        await control(provider, 'POST', 'clock', { freeze: true });
        await control(provider, 'DELETE', 'faults');
        await control(provider, 'DELETE', 'calls');
      }
      for (const adapter of netplane.adapters) for (const p of adapter.partitions()) adapter.invalidate(p);
      clock?.nextWindow();
    },
    close: () => netplane.close(),
  };
}
