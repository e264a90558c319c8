import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/app/compose';
import { configurationCheck, createObservability } from '../../src/app/observability';
import { parseExposition, Scrape } from '../observability/scrape';
import { demoTestConfig } from '../support/netplane';

describe('createObservability', () => {
  it("labels each provider's catalogued and transport codes and buckets the rest", async () => {
    const observability = await createObservability(demoTestConfig(), CATALOGS);
    const call = { provider: 'ALIBABA', operation: 'DescribeHaVips', httpStatus: 400, transport: false, seconds: 0.01 };
    observability.metrics.recordProviderCall({ ...call, code: 'Throttling' });
    observability.metrics.recordProviderCall({ ...call, code: 'Not.In.The.Catalog' });
    observability.metrics.recordProviderCall({ ...call, code: 'netplane.MalformedProviderResponse' });
    const scrape = new Scrape(parseExposition(await observability.metrics.scrape()));
    expect(scrape.by('netplane_provider_calls_total', 'code')).toEqual({ Throttling: 1, other: 1, 'netplane.MalformedProviderResponse': 1 });
    expect(observability.tracing).toBeNull();
  });
});

describe('configurationCheck', () => {
  it('passes for a configuration with partitions to serve', async () => {
    await expect(configurationCheck(demoTestConfig()).check()).resolves.toBeUndefined();
  });

  it('fails, naming the source, when no account region is configured', async () => {
    const config = { ...demoTestConfig(), alibaba: [], huawei: [] };
    await expect(configurationCheck(config).check()).rejects.toThrow('test demo configuration configures no account region');
  });
});
