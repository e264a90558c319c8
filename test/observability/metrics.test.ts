import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startNetplane, type RunningNetplane } from '../../src/app/compose';
import { DASHBOARD } from '../support/fleet';

/** The same document under another operation name. */
const renamed = (document: string, name: string): string => document.replace(/query \w+/, `query ${name}`);
import { demoTestConfig } from '../support/netplane';
import { NetplaneMetrics } from '../../src/observability/metrics';
import { parseExposition, Scrape } from './scrape';

/**
 * GET /metrics after real traffic: the whole of netplane as `npm start` composes it (emulators,
 * adapters behind the cache, gateway), scraped over HTTP, its counters compared with the
 * emulators' own call counters.
 */

type ProviderKey = 'alibaba' | 'huawei';
const PROVIDER_LABEL: Record<ProviderKey, string> = { alibaba: 'ALIBABA', huawei: 'HUAWEI' };

let netplane: RunningNetplane;
let origin: string;

async function control(provider: ProviderKey, method: string, path: string, body?: unknown): Promise<unknown> {
  const url = netplane.emulators[provider]!.url;
  const response = await fetch(`${url}/_emulator/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${provider} ${method} ${path}: ${response.status}`);
  return response.json();
}

/** What each emulator served since the last DELETE /_emulator/calls, per operation. */
async function upstreamCounts(provider: ProviderKey): Promise<Record<string, number>> {
  return ((await control(provider, 'GET', 'calls?operation=-')) as { counts: Record<string, number> }).counts;
}

async function query(document: string, operationName?: string): Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }> {
  const response = await fetch(netplane.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document, ...(operationName && { operationName }) }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

beforeAll(async () => {
  const config = demoTestConfig();
  // A long window: a repeated query within a test is answered from the cache, whatever the machine's speed.
  config.cache = { ...config.cache, ttlMs: 300_000, snapshotRetentionMs: 0 };
  netplane = await startNetplane(config, { logger: pino({ level: 'silent' }) });
  origin = new URL(netplane.gatewayUrl).origin;
});

afterAll(async () => {
  await netplane?.close();
});

beforeEach(async () => {
  for (const provider of ['alibaba', 'huawei'] as const) {
    await control(provider, 'DELETE', 'faults');
    await control(provider, 'DELETE', 'calls');
  }
  for (const adapter of netplane.adapters) for (const p of adapter.partitions()) adapter.invalidate(p);
});

describe('GET /readyz of the composed netplane', () => {
  it('is ready, its configuration check passing', async () => {
    const response = await fetch(`${origin}/readyz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; checks: Array<{ name: string; status: string }> };
    expect(body.status).toBe('ready');
    expect(body.checks.map((c) => [c.name, c.status])).toEqual([['configuration', 'ok']]);
  });
});

describe('GET /metrics', () => {
  it('answers the Prometheus text format, every metric prefixed netplane_, with Node process metrics', async () => {
    const response = await fetch(`${origin}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const names = new Set(parseExposition(text).map((s) => s.name));
    expect([...names].filter((n) => !n.startsWith('netplane_'))).toEqual([]);
    expect(names).toContain('netplane_process_cpu_user_seconds_total');
    expect(names).toContain('netplane_nodejs_eventloop_lag_seconds');
    for (const declared of [
      'netplane_graphql_requests_total',
      'netplane_graphql_request_duration_seconds',
      'netplane_provider_calls_total',
      'netplane_provider_call_duration_seconds',
      'netplane_provider_retries_total',
      'netplane_provider_retry_budget_tokens',
      'netplane_cache_list_lookups_total',
      'netplane_partition_failures_total',
      'netplane_partition_failing',
    ]) {
      expect(text).toContain(`# TYPE ${declared} `);
    }
  });

  it("counts a dashboard's provider calls per operation exactly as the emulators counted them", async () => {
    const before = await Scrape.of(origin);
    const { status } = await query(DASHBOARD);
    expect(status).toBe(200);
    const after = await Scrape.of(origin);
    for (const provider of ['alibaba', 'huawei'] as const) {
      const upstream = await upstreamCounts(provider);
      expect(Object.keys(upstream).length).toBeGreaterThan(0);
      expect(after.deltaBy(before, 'netplane_provider_calls_total', 'operation', { provider: PROVIDER_LABEL[provider] })).toEqual(upstream);
      // No fault was armed: every call answered OK with a 200.
      expect(after.deltaBy(before, 'netplane_provider_calls_total', 'code', { provider: PROVIDER_LABEL[provider] })).toEqual({
        OK: Object.values(upstream).reduce((a, b) => a + b, 0),
      });
      const timed = after.deltaBy(before, 'netplane_provider_call_duration_seconds_count', 'operation', { provider: PROVIDER_LABEL[provider] });
      expect(timed).toEqual(upstream);
    }
    expect(after.delta(before, 'netplane_graphql_requests_total', { operation: 'Dashboard', type: 'query', outcome: 'ok' })).toBe(1);
    expect(after.delta(before, 'netplane_graphql_request_duration_seconds_count', { operation: 'Dashboard', outcome: 'ok' })).toBe(1);
    expect(after.delta(before, 'netplane_http_responses_total', { route: 'graphql', status: '200' })).toBe(1);
  });

  it('counts cache misses for the first dashboard, hits for the same one again, and no provider call', async () => {
    const start = await Scrape.of(origin);
    await query(DASHBOARD);
    const first = await Scrape.of(origin);
    const misses = first.delta(start, 'netplane_cache_list_lookups_total', { result: 'miss' });
    expect(misses).toBeGreaterThan(0);
    // A list that went upstream cost at least one provider call (more when it pages).
    expect(first.delta(start, 'netplane_provider_calls_total')).toBeGreaterThanOrEqual(misses);

    // Another operation name: the same lists, but not the same request (identical requests share one answer, no lookup at all).
    await query(renamed(DASHBOARD, 'DashboardAgain'));
    const second = await Scrape.of(origin);
    expect(second.delta(first, 'netplane_provider_calls_total')).toBe(0);
    expect(second.delta(first, 'netplane_cache_list_lookups_total', { result: 'miss' })).toBe(0);
    // Every list the first request sent upstream, the second read from memory.
    expect(second.deltaBy(first, 'netplane_cache_list_lookups_total', 'resource', { result: 'hit' })).toEqual(
      first.deltaBy(start, 'netplane_cache_list_lookups_total', 'resource', { result: 'miss' }),
    );
  });

  it('counts the lists a concurrent identical request joined in flight as coalesced', async () => {
    const start = await Scrape.of(origin);
    // Upstream answers take 150 ms, so the second request's lists find the first's still in flight.
    for (const provider of ['alibaba', 'huawei'] as const) {
      await control(provider, 'POST', 'faults', { match: {}, count: 1_000, fault: { kind: 'latency', ms: 150 } });
    }
    // Two operation names, so both execute (identical requests would share one execution) and meet at the lists.
    const [a, b] = await Promise.all([query(renamed(DASHBOARD, 'DashboardLeft')), query(renamed(DASHBOARD, 'DashboardRight'))]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const end = await Scrape.of(origin);
    const misses = end.delta(start, 'netplane_cache_list_lookups_total', { result: 'miss' });
    const coalesced = end.delta(start, 'netplane_cache_list_lookups_total', { result: 'coalesced' });
    const hits = end.delta(start, 'netplane_cache_list_lookups_total', { result: 'hit' });
    expect(coalesced).toBeGreaterThan(0);
    // Each list either went upstream once or was served to the other request without a call.
    expect(coalesced + hits).toBe(misses);
  });

  it('counts a retried provider failure, the retry, the budget spent and the failing partition', async () => {
    const partition = { provider: 'ALIBABA', account: 'ali-dev', region: 'cn-qingdao' };
    // demoTestConfig allows 2 attempts: both fail.
    await control('alibaba', 'POST', 'faults', {
      match: { operation: 'DescribeNetworkInterfaces', account: partition.account, region: partition.region },
      count: 2,
      fault: { kind: 'error', code: 'ServiceUnavailable' },
    });
    const one = `query OnePartition { networkInterfaces(first: 1, filter: { providers: [ALIBABA], accounts: ["${partition.account}"], regions: ["${partition.region}"] }) { partitions { ok error { code } } } }`;
    const before = await Scrape.of(origin);
    const failed = await query(one);
    expect(failed.body.data).toEqual({ networkInterfaces: { partitions: [{ ok: false, error: { code: 'ServiceUnavailable' } }] } });
    const after = await Scrape.of(origin);

    const labels = { provider: 'ALIBABA', operation: 'DescribeNetworkInterfaces' };
    expect(after.delta(before, 'netplane_provider_calls_total', { ...labels, code: 'ServiceUnavailable', status: '503' })).toBe(2);
    expect(after.delta(before, 'netplane_provider_retries_total', { ...labels, code: 'ServiceUnavailable' })).toBe(1);
    expect(after.delta(before, 'netplane_provider_call_duration_seconds_count', { ...labels, outcome: 'error' })).toBe(2);
    expect(after.sum('netplane_provider_retry_budget_tokens', { provider: 'ALIBABA' })).toBe(before.sum('netplane_provider_retry_budget_tokens', { provider: 'ALIBABA' }) - 1);
    const partitionLabels = { ...partition, resource: 'NetworkInterface' };
    expect(after.delta(before, 'netplane_partition_failures_total', { ...partitionLabels, code: 'ServiceUnavailable' })).toBe(1);
    expect(after.sum('netplane_partition_failing', partitionLabels)).toBe(1);
    // A GraphQL request answering a failing partition as data is still ok.
    expect(after.delta(before, 'netplane_graphql_requests_total', { operation: 'OnePartition', outcome: 'ok' })).toBe(1);

    // The fault is spent: the partition answers again and stops failing.
    const healed = await query(one);
    expect(healed.body.data).toEqual({ networkInterfaces: { partitions: [{ ok: true, error: null }] } });
    const later = await Scrape.of(origin);
    expect(later.sum('netplane_partition_failing', partitionLabels)).toBe(0);
    expect(later.delta(after, 'netplane_partition_failures_total', partitionLabels)).toBe(0);
  });

  it('counts a request refused before execution as rejected, and an unnamed one as anonymous', async () => {
    const before = await Scrape.of(origin);
    const refused = await query('{ networkInterfaces(first: 1) { totalCount ');
    expect(refused.status).toBe(400);
    const after = await Scrape.of(origin);
    expect(after.delta(before, 'netplane_graphql_requests_total', { operation: 'anonymous', outcome: 'rejected' })).toBe(1);
    expect(after.delta(before, 'netplane_http_responses_total', { route: 'graphql', status: '400' })).toBe(1);
    expect(after.delta(before, 'netplane_provider_calls_total')).toBe(0);
  });
});

describe('netplane_partition_failing', () => {
  it('holds each partition and resource’s latest outcome, however often the same one repeats', async () => {
    const metrics = new NetplaneMetrics({ processMetrics: false });
    const partition = { provider: 'ALIBABA', account: 'acme', region: 'cn-hangzhou' };
    const other = { ...partition, region: 'cn-beijing' };
    const failing = async (labels: Record<string, string>) => new Scrape(parseExposition(await metrics.registry.metrics())).sum('netplane_partition_failing', labels);
    const at = { ...partition, resource: 'NetworkInterface' };

    metrics.recordPartitionOutcome(partition, 'NetworkInterface', null);
    metrics.recordPartitionOutcome(partition, 'NetworkInterface', null);
    expect(await failing(at)).toBe(0);
    metrics.recordPartitionOutcome(partition, 'NetworkInterface', 'ServiceUnavailable');
    metrics.recordPartitionOutcome(other, 'NetworkInterface', null);
    metrics.recordPartitionOutcome(partition, 'VirtualIp', null);
    expect(await failing(at)).toBe(1);
    metrics.recordPartitionOutcome(partition, 'NetworkInterface', 'ServiceUnavailable');
    expect(await failing(at)).toBe(1);
    expect(await failing({ ...other, resource: 'NetworkInterface' })).toBe(0);
    expect(await failing({ ...partition, resource: 'VirtualIp' })).toBe(0);
    // Every failure still counts, the repeated one included.
    expect(new Scrape(parseExposition(await metrics.registry.metrics())).sum('netplane_partition_failures_total', at)).toBe(2);
    metrics.recordPartitionOutcome(partition, 'NetworkInterface', null);
    expect(await failing(at)).toBe(0);
  });
});
