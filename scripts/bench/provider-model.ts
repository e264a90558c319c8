import { alibabaCatalog } from '../../src/providers/alibaba';
import { huaweiCatalog } from '../../src/providers/huawei';
import type { ErrorCatalog } from '../../src/domain/catalog';
import type { ProviderModelSpec } from '../../src/providers/common/emulator/provider-model';
import type { BenchChild } from './child';

/**
 * The provider model the benchmark applies to every call (src/providers/common/emulator/provider-model.ts).
 *
 * Latency — ASSUMPTIONS: neither provider publishes API latency. Alibaba: median 60 ms, p99 250 ms;
 * Huawei: median 80 ms, p99 300 ms — the order of a signed HTTPS call to a regional endpoint from a
 * gateway in another region of the same country. Override with BENCH_LATENCY_SCALE (0 turns
 * latency off, 2 doubles it).
 *
 * Rate limits per (account, API) — ASSUMPTIONS where noted: Alibaba answers `Throttling.User`
 * ("Request was denied due to user flow control", its common error catalog) when an account's
 * per-API flow control is exceeded; the limits themselves are per API in Quota Center and not
 * published as one table: assumed 50 calls/s per API per account. Huawei's API Gateway answers
 * `APIGW.0308` (HTTP 429, "policy user over ratelimit"); assumed 20 calls/s per API per user.
 * Both announce a retry-after of 1 s, which the adapters' retry honours.
 *
 * Seed: a call's latency is drawn per call identity (operation, account, region, and its count
 * since the model was set), so scenarios compared with each other set the model again, with the
 * same `round`, before each one: each then draws the same latencies for the same calls, and each
 * round draws others.
 */

const SCALE = Number(process.env.BENCH_LATENCY_SCALE ?? 1);
const latency = (p50Ms: number, p99Ms: number) => ({ p50Ms: p50Ms * SCALE, p99Ms: p99Ms * SCALE });

function documented(catalog: ErrorCatalog, operation: string, code: string): string {
  if (!catalog.find(operation, code)) throw new Error(`${code} is not a documented ${catalog.provider} error for ${operation}`);
  return code;
}

type LatencyOverrides = Record<string, { p50Ms: number; p99Ms: number }>;

export function alibabaModel(overrides: LatencyOverrides = {}, round = 0): ProviderModelSpec {
  return {
    seed: 11 + round,
    latency: { default: latency(60, 250), operations: overrides },
    rateLimits: { defaultPerSecond: 50, operations: {} },
    throttle: { code: documented(alibabaCatalog, 'DescribeNetworkInterfaces', 'Throttling.User'), retryAfterSeconds: 1 },
  };
}

export function huaweiModel(overrides: LatencyOverrides = {}, round = 0): ProviderModelSpec {
  return {
    seed: 13 + round,
    latency: { default: latency(80, 300), operations: overrides },
    rateLimits: { defaultPerSecond: 20, operations: {} },
    throttle: { code: documented(huaweiCatalog, 'ListPorts', 'APIGW.0308'), retryAfterSeconds: 1 },
  };
}

/**
 * Sets both emulators' models (again) under `round`'s seed: every call identity's draws start over.
 * `alibabaOverrides`: per-operation latencies (the bench's mutation target answers at once).
 */
export function setModels(emulators: { alibaba: BenchChild; huawei: BenchChild }, round: number, alibabaOverrides: LatencyOverrides = {}): Promise<unknown> {
  return Promise.all([emulators.alibaba.request('model', alibabaModel(alibabaOverrides, round)), emulators.huawei.request('model', huaweiModel({}, round))]);
}

export const MODEL_DESCRIPTION =
  'latency log-normal per call (drawn per call identity and round: common random numbers): Alibaba p50 60 ms / p99 250 ms, Huawei p50 80 ms / p99 300 ms (assumed); ' +
  'rate limits per account and API: Alibaba 50/s → Throttling.User, Huawei 20/s → APIGW.0308 (assumed limits, documented codes), retry-after 1 s';
