import { register as globalRegistry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { NetplaneMetrics } from '../../src/observability/metrics';
import { parseExposition, Scrape } from './scrape';

/** The metrics' own registry per instance and the bounds on label values (series cardinality). */

const scrape = async (metrics: NetplaneMetrics): Promise<Scrape> => new Scrape(parseExposition(await metrics.scrape()));

describe('NetplaneMetrics', () => {
  it('keeps its series in a registry of its own: two instances in one process neither collide nor share counts', async () => {
    const a = new NetplaneMetrics({ processMetrics: false });
    const b = new NetplaneMetrics({ processMetrics: false });
    a.recordGraphqlRequest('Dashboard', 'query', 'ok', 0.01);
    expect((await scrape(a)).sum('netplane_graphql_requests_total')).toBe(1);
    expect((await scrape(b)).sum('netplane_graphql_requests_total')).toBe(0);
    expect(globalRegistry.getMetricsAsArray().filter((m) => m.name.startsWith('netplane_'))).toEqual([]);
  });

  it('labels the first maxOperationNames operation names and every later one "other", unnamed ones "anonymous"', async () => {
    const metrics = new NetplaneMetrics({ processMetrics: false, maxOperationNames: 2 });
    for (const name of ['A', 'B', 'C', 'A', 'D', null]) metrics.recordGraphqlRequest(name, 'query', 'ok', 0.001);
    expect((await scrape(metrics)).by('netplane_graphql_requests_total', 'operation')).toEqual({ A: 2, B: 1, other: 2, anonymous: 1 });
  });

  it('labels only the configured operation names when a list is given', async () => {
    const metrics = new NetplaneMetrics({ processMetrics: false, operationNames: ['Dashboard'] });
    for (const name of ['Probe1', 'Dashboard', 'Probe2']) metrics.recordGraphqlRequest(name, 'query', 'ok', 0.001);
    expect((await scrape(metrics)).by('netplane_graphql_requests_total', 'operation')).toEqual({ Dashboard: 1, other: 2 });
  });

  it('buckets provider codes outside the catalog as "other", keeping documented and transport codes', async () => {
    const metrics = new NetplaneMetrics({ processMetrics: false, knownCodes: { ALIBABA: ['Throttling', 'netplane.TransportTimeout'] } });
    const call = { provider: 'ALIBABA', operation: 'DescribeHaVips', seconds: 0.01 };
    metrics.recordProviderCall({ ...call, code: 'Throttling', httpStatus: 400, transport: false });
    metrics.recordProviderCall({ ...call, code: 'Invented.Code.123', httpStatus: 400, transport: false });
    metrics.recordProviderCall({ ...call, code: 'Another.Invented', httpStatus: 400, transport: false });
    metrics.recordProviderCall({ ...call, code: 'netplane.TransportTimeout', httpStatus: null, transport: true });
    metrics.recordProviderCall({ ...call, code: null, httpStatus: 200, transport: false });
    metrics.recordRetry('ALIBABA', 'DescribeHaVips', 'Invented.Code.123');
    const s = await scrape(metrics);
    expect(s.by('netplane_provider_calls_total', 'code')).toEqual({ Throttling: 1, other: 2, 'netplane.TransportTimeout': 1, OK: 1 });
    expect(s.by('netplane_provider_calls_total', 'status')).toEqual({ '400': 3, none: 1, '200': 1 });
    expect(s.by('netplane_provider_call_duration_seconds_count', 'outcome')).toEqual({ error: 3, transport: 1, ok: 1 });
    expect(s.by('netplane_provider_retries_total', 'code')).toEqual({ other: 1 });
  });

  it('reads each provider retry budget when scraped', async () => {
    const metrics = new NetplaneMetrics({ processMetrics: false });
    let tokens = 50;
    metrics.trackRetryBudget('HUAWEI', () => tokens);
    expect((await scrape(metrics)).sum('netplane_provider_retry_budget_tokens', { provider: 'HUAWEI' })).toBe(50);
    tokens = 41.5;
    expect((await scrape(metrics)).sum('netplane_provider_retry_budget_tokens', { provider: 'HUAWEI' })).toBe(41.5);
  });

  it('labels an operation type outside query/mutation/subscription "unknown"', async () => {
    const metrics = new NetplaneMetrics({ processMetrics: false });
    metrics.recordGraphqlRequest(null, null, 'rejected', 0.001);
    expect((await scrape(metrics)).by('netplane_graphql_requests_total', 'type')).toEqual({ unknown: 1 });
  });
});
