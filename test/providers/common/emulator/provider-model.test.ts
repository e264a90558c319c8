import { afterEach, describe, expect, it } from 'vitest';
import { AlibabaClient } from '../../../../src/providers/alibaba/client';
import { ProviderModel, providerModelSchema } from '../../../../src/providers/common/emulator/provider-model';
import { RetryBudget } from '../../../../src/providers/common/retry';
import { HttpTransport } from '../../../../src/providers/common/transport';
import { KEY, REGION, startAlibaba, type TestEmulator } from '../../alibaba/support';
import { PROJECTS, signedRequest, startHuaweiEmulator, type EmulatorHandle } from '../../huawei/support';

const model = (input: unknown) => new ProviderModel(providerModelSchema.parse(input), () => clock);
let clock = 0;

describe('ProviderModel', () => {
  it('draws latencies around the configured median, with a tail up to about the p99', () => {
    const m = model({ latency: { default: { p50Ms: 50, p99Ms: 200 } } });
    const call = { operation: 'DescribeNetworkInterfaces', account: 'a', region: 'r' };
    const draws = Array.from({ length: 4000 }, () => m.latencyMs(call)).sort((a, b) => a - b);
    expect(draws[2000]).toBeGreaterThanOrEqual(45);
    expect(draws[2000]).toBeLessThanOrEqual(55);
    expect(draws[3960]).toBeGreaterThan(150);
    expect(draws[3960]).toBeLessThan(260);
  });

  it('draws latencies around the median, with a tail up to about the p99, across call identities too (many partitions’ first calls)', () => {
    const m = model({ latency: { default: { p50Ms: 50, p99Ms: 200 } } });
    const draws = Array.from({ length: 4000 }, (_, i) => m.latencyMs({ operation: 'DescribeHaVips', account: `a${i}`, region: 'r' })).sort((a, b) => a - b);
    expect(draws[2000]).toBeGreaterThanOrEqual(45);
    expect(draws[2000]).toBeLessThanOrEqual(55);
    expect(draws[3960]).toBeGreaterThan(150);
    expect(draws[3960]).toBeLessThan(260);
  });

  it('gives the k-th call of an (operation, account, region) the same latency however calls of other identities interleave', () => {
    const spec = { seed: 7, latency: { default: { p50Ms: 60, p99Ms: 250 } } };
    const pages = { operation: 'DescribeHaVips', account: 'a', region: 'r' };
    const others = [
      { operation: 'DescribeEipAddresses', account: 'a', region: 'r' },
      { operation: 'DescribeHaVips', account: 'b', region: 'r' },
      { operation: 'DescribeHaVips', account: 'a', region: 'r2' },
    ];
    const alone = model(spec);
    const byItself = Array.from({ length: 20 }, () => alone.latencyMs(pages));
    const interleaved = model(spec);
    const amongOthers = Array.from({ length: 20 }, (_, k) => {
      for (let i = 0; i <= k % 4; i++) interleaved.latencyMs(others[(k + i) % others.length]!);
      return interleaved.latencyMs(pages);
    });
    expect(amongOthers).toEqual(byItself);
    // Another identity's sequence is its own, not this one's.
    const other = model(spec);
    expect(Array.from({ length: 20 }, () => other.latencyMs(others[1]!))).not.toEqual(byItself);
  });

  it('draws other latencies under another seed, and starts every sequence over when the model is set again', () => {
    const call = { operation: 'DescribeHaVips', account: 'a', region: 'r' };
    const draws = (seed: number) => {
      const m = model({ seed, latency: { default: { p50Ms: 60, p99Ms: 250 } } });
      return Array.from({ length: 20 }, () => m.latencyMs(call));
    };
    expect(draws(11)).toEqual(draws(11));
    expect(draws(12)).not.toEqual(draws(11));
  });

  it('gives a throttled call’s retry the latency the call would have had: only answered calls advance the sequence', () => {
    clock = 0;
    const spec = { latency: { default: { p50Ms: 60, p99Ms: 250 } }, rateLimits: { defaultPerSecond: 1 }, throttle: { code: 'Throttling.User' } };
    const call = { operation: 'DescribeHaVips', account: 'a', region: 'r' };
    const unthrottled = model({ latency: spec.latency });
    const expected = [unthrottled.decide(call), unthrottled.decide(call)];
    const m = model(spec);
    const first = m.decide(call);
    expect(m.decide(call)).toEqual({ kind: 'error', code: 'Throttling.User' });
    clock = 1000;
    expect([first, m.decide(call)]).toEqual(expected);
  });

  it('uses an operation’s own latency over the default, and none when neither is set', () => {
    const m = model({ latency: { default: { p50Ms: 50, p99Ms: 50 }, operations: { Fast: { p50Ms: 0, p99Ms: 0 } } } });
    expect(m.decide({ operation: 'Fast', account: 'a', region: 'r' })).toBeUndefined();
    expect(m.decide({ operation: 'Slow', account: 'a', region: 'r' })).toEqual({ kind: 'latency', ms: 50 });
    expect(model({}).decide({ operation: 'Any', account: 'a', region: 'r' })).toBeUndefined();
  });

  it('throttles past the per-account, per-API rate with the configured code, and refills over time', () => {
    clock = 0;
    const m = model({ rateLimits: { defaultPerSecond: 2 }, throttle: { code: 'Throttling.User', retryAfterSeconds: 1 } });
    const call = { operation: 'DescribeEipAddresses', account: 'a', region: 'r' };
    expect(m.decide(call)).toBeUndefined();
    expect(m.decide(call)).toBeUndefined();
    expect(m.decide(call)).toEqual({ kind: 'error', code: 'Throttling.User', retryAfterSeconds: 1 });
    // Another account and another API have buckets of their own.
    expect(m.decide({ ...call, account: 'b' })).toBeUndefined();
    expect(m.decide({ ...call, operation: 'DescribeHaVips' })).toBeUndefined();
    clock = 500;
    expect(m.decide(call)).toBeUndefined();
    expect(m.decide(call)).toEqual({ kind: 'error', code: 'Throttling.User', retryAfterSeconds: 1 });
  });
});

describe('the emulators under a provider model', () => {
  let alibaba: TestEmulator | undefined;
  let huawei: EmulatorHandle | undefined;
  afterEach(async () => {
    await alibaba?.close();
    await huawei?.close();
    alibaba = huawei = undefined;
  });

  it('Alibaba answers Throttling.User past the limit, and the client waits the announced retry-after before it retries', async () => {
    alibaba = await startAlibaba();
    const set = await fetch(`${alibaba.url}/_emulator/model`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rateLimits: { operations: { DescribeEipAddresses: 2 } }, throttle: { code: 'Throttling.User', retryAfterSeconds: 0.3 } }),
    });
    expect(set.status).toBe(200);
    const transport = new HttpTransport({ connectTimeoutMs: 1000, requestTimeoutMs: 5000, connections: 2 });
    const client = new AlibabaClient({
      credentials: { accessKeyId: KEY.accessKeyId, accessKeySecret: KEY.accessKeySecret },
      transport,
      endpoint: alibaba.url,
      retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2000, factor: 2, jitter: 'none' },
      retryBudget: new RetryBudget(),
    });
    try {
      for (let i = 0; i < 2; i++) expect((await client.call('DescribeEipAddresses', { RegionId: REGION }, { safeToRepeat: true })).ok).toBe(true);
      const started = performance.now();
      const second = await client.call('DescribeEipAddresses', { RegionId: REGION }, { safeToRepeat: true });
      const elapsed = performance.now() - started;
      expect(second.ok).toBe(true);
      // Two tokens a second: the bucket is empty; each retry waited at least the 300 ms announced.
      expect(elapsed).toBeGreaterThanOrEqual(290);
      const codes = (await alibaba.control.calls('DescribeEipAddresses')).map((c) => c.code);
      expect(codes[2]).toBe('Throttling.User');
      expect(codes.at(-1)).toBeNull();
    } finally {
      await transport.close();
    }
  });

  it('Huawei answers APIGW.0308 with HTTP 429 past the limit; DELETE /_emulator/model lifts it', async () => {
    huawei = await startHuaweiEmulator();
    await huawei.reset();
    await huawei.control('POST', 'model', { rateLimits: { defaultPerSecond: 1 }, throttle: { code: 'APIGW.0308', retryAfterSeconds: 1 } });
    const list = () => signedRequest(huawei!.url, 'GET', `/v1/${PROJECTS.acmeNorth.projectId}/publicips`);
    expect((await list()).status).toBe(200);
    const throttled = await list();
    expect(throttled.status).toBe(429);
    expect(JSON.stringify(throttled.json)).toContain('APIGW.0308');
    expect(throttled.headers.get('retry-after')).toBe('1');
    await huawei.control('DELETE', 'model');
    expect((await list()).status).toBe(200);
  });

  it('refuses a model that is not one', async () => {
    huawei = await startHuaweiEmulator();
    await expect(huawei.control('POST', 'model', { latency: { default: { p50Ms: 100, p99Ms: 10 } } })).rejects.toThrow(/400/);
  });
});
