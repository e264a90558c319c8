import type { Logger } from 'pino';
import type { ProviderAdapter } from '../domain/adapter';
import { startGateway } from '../gateway/server';
import type { ResolvedConfig } from '../config/load';
import { alibabaCatalog, createAlibabaAdapter } from '../providers/alibaba';
import type { RetryPolicy } from '../providers/common/retry';
import { DEFAULT_RETRY_POLICY, RetryBudget } from '../providers/common/retry';
import type { Observability } from '../observability/observability';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { configurationCheck, createObservability } from './observability';
import { createHuaweiAdapter, huaweiCatalog } from '../providers/huawei';
import { startEmulators, type EmbeddedEmulator, type RunningEmulators } from './emulators';
import { CachedAdapter } from '../cache/cached-adapter';
import { currentTally } from '../cache/call-tally';

/**
 * The composition root: configuration → (embedded emulators) → provider adapters → gateway.
 * `npm start`, the end-to-end tests and the benchmark start netplane here (`npm run emulators`
 * only the emulators, from ./emulators).
 */

export interface RunningNetplane {
  gatewayUrl: string;
  emulators: RunningEmulators;
  adapters: CachedAdapter[];
  /** Its metrics, traces and provider-call logs. */
  observability: Observability;
  close(): Promise<void>;
}

export const CATALOGS = [alibabaCatalog, huaweiCatalog];

function endpointOf(endpoint: string | undefined, emulator: EmbeddedEmulator | undefined): string | undefined {
  if (endpoint !== 'emulator') return endpoint;
  if (!emulator) throw new Error('an account points at the emulator but no emulator was started');
  return emulator.url;
}

/**
 * The provider adapters, as configured, without the cache: every list goes upstream. Each HTTP
 * request they send is counted in the tally of the GraphQL request it serves (src/cache/call-tally).
 */
export function createProviderAdapters(config: ResolvedConfig, emulators: RunningEmulators, observability?: Observability): ProviderAdapter[] {
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...config.retry };
  const transportFor = (provider: 'ALIBABA' | 'HUAWEI') => ({ ...config.http, onSend: () => currentTally()?.recordSent(provider) });
  // One retry budget per provider, its tokens left a metric; every call and retry observed.
  const observationFor = (provider: 'ALIBABA' | 'HUAWEI') => {
    const retryBudget = new RetryBudget();
    observability?.metrics.trackRetryBudget(provider, () => retryBudget.available());
    return { retryBudget, ...(observability && { observer: observability.providerCallObserver() }) };
  };
  const adapters: ProviderAdapter[] = [];
  if (config.alibaba.length > 0) {
    adapters.push(
      createAlibabaAdapter({
        accounts: config.alibaba.map((a) => ({ ...a, endpoint: endpointOf(a.endpoint, emulators.alibaba) })),
        transport: transportFor('ALIBABA'),
        retry,
        ...observationFor('ALIBABA'),
      }),
    );
  }
  if (config.huawei.length > 0) {
    adapters.push(
      createHuaweiAdapter({
        accounts: config.huawei.map((a) => ({ ...a, endpoint: endpointOf(a.endpoint, emulators.huawei) })),
        transport: transportFor('HUAWEI'),
        retry,
        ...observationFor('HUAWEI'),
      }),
    );
  }
  return adapters;
}

/**
 * The adapters netplane serves from: each provider adapter behind the list cache, the coalescing
 * of identical calls in flight and the fan-out bounds (src/cache/cached-adapter.ts).
 */
export function createAdapters(config: ResolvedConfig, emulators: RunningEmulators, now?: () => number, observability?: Observability): CachedAdapter[] {
  return createProviderAdapters(config, emulators, observability).map(
    (adapter) => new CachedAdapter(adapter, {
      ttlMs: config.cache.ttlMs,
      snapshotRetentionMs: config.cache.snapshotRetentionMs,
      bounds: config.fanout,
      ...(now && { now }),
      ...(observability && { observer: observability.cacheObserver() }),
    }),
  );
}

export async function startNetplane(
  config: ResolvedConfig,
  /** `now`: the cache's milliseconds clock (tests drive the cache windows with their own). */
  /** `traceExporter`: where spans go instead of OTLP when traces are configured (tests keep them in memory). */
  options: { logger?: Logger; now?: () => number; traceExporter?: SpanExporter } = {},
): Promise<RunningNetplane> {
  const emulators = await startEmulators(config);
  const observability = createObservability(config, CATALOGS, options.logger, options.traceExporter);
  const adapters = createAdapters(config, emulators, options.now, observability);
  try {
    const gateway = await startGateway({
      adapters,
      catalogs: CATALOGS,
      host: config.gateway.host,
      port: config.gateway.port,
      logger: options.logger,
      limits: config.limits,
      graphiql: config.gateway.graphiql,
      introspection: config.gateway.introspection,
      subscriptions: config.gateway.subscriptions,
      cost: { maxProviderCalls: config.cost.maxProviderCalls, cacheTtlMs: config.cache.ttlMs, snapshotRetentionMs: config.cache.snapshotRetentionMs },
      ...(config.auth && { auth: config.auth }),
      ...(config.rateLimits && { rateLimits: { ...config.rateLimits, redis: config.redis } }),
      ...(config.gateway.trustedDocuments && { trustedDocuments: config.gateway.trustedDocuments }),
      observability,
      readinessChecks: [configurationCheck(config)],
    });
    return {
      gatewayUrl: gateway.url,
      emulators,
      adapters,
      observability,
      close: async () => {
        await gateway.close();
        await Promise.all(adapters.map((a) => a.close()));
        await emulators.close();
        await observability.close();
      },
    };
  } catch (err) {
    await Promise.all(adapters.map((a) => a.close()));
    await emulators.close();
    await observability.close();
    throw err;
  }
}
