import type { Logger } from 'pino';
import type { ProviderAdapter } from '../domain/adapter';
import { startGateway, type RunningGateway } from '../gateway/server';
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
import { openStore, type Store } from '../store';
import { Durability } from '../operations/durability';
import type { TransportOptions } from '../providers/common/transport';
import type { SharedListStore } from '../cache/shared-list-store';

/**
 * The composition root: configuration → (embedded emulators) → provider adapters → gateway.
 * `npm start`, the end-to-end tests and the benchmark start netplane here (`npm run emulators`
 * only the emulators, from ./emulators).
 */

export interface RunningNetplane {
  gatewayUrl: string;
  gateway: RunningGateway;
  emulators: RunningEmulators;
  /** What the gateway serves from: cached adapters, or the provider adapters with `cache: false`. */
  adapters: CachedAdapter[];
  /** Its metrics, traces and provider-call logs. */
  observability: Observability;
  /** Idempotency keys, operations and the journal; absent with `durability: false`. */
  store?: Store;
  /** The tracker of asynchronous changes and the waiters of `wait`; absent with `durability: false`. */
  durability?: Durability;
  close(): Promise<void>;
}

/** The store's runtime: the tracker reads upstream through the provider adapters and tells the cache when a change ends. */
export function startDurability(config: ResolvedConfig, store: Store, providerAdapters: ProviderAdapter[], cached: CachedAdapter[]): Promise<Durability> {
  return Durability.start(
    store,
    {
      readerFor: (provider) => providerAdapters.find((a) => a.provider === provider),
      invalidate: (partition) => cached.find((a) => a.provider === partition.provider)?.invalidate(partition),
    },
    { ...config.mutations, keyRetentionSeconds: config.store.idempotencyRetentionSeconds },
  );
}

export const CATALOGS = [alibabaCatalog, huaweiCatalog];

function endpointOf(endpoint: string | undefined, emulator: EmbeddedEmulator | undefined): string | undefined {
  if (endpoint !== 'emulator') return endpoint;
  if (!emulator) throw new Error('an account points at the emulator but no emulator was started');
  return emulator.url;
}

/**
 * What the configuration cannot say, for the tests and tools that start netplane here: the
 * adapters' HTTP options beyond `http` (a request timeout below a second), their retry budgets, and
 * accounts only the adapters know — the emulators hold no keys for them, so every call of theirs is
 * refused the way a provider refuses a misconfigured client.
 */
export interface AdapterOptions {
  transport?: Partial<TransportOptions>;
  retryBudgetCapacity?: number;
  adapterOnlyAccounts?: { alibaba?: ResolvedConfig['alibaba']; huawei?: ResolvedConfig['huawei'] };
}

/**
 * The provider adapters, as configured, without the cache: every list goes upstream. Each HTTP
 * request they send is recorded in the scope the call was given (src/domain/request-scope.ts).
 */
export function createProviderAdapters(config: ResolvedConfig, emulators: RunningEmulators, observability?: Observability, options: AdapterOptions = {}): ProviderAdapter[] {
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...config.retry };
  const transport = { ...config.http, ...options.transport };
  // One retry budget per provider, its tokens left a metric; every call and retry observed.
  const observationFor = (provider: 'ALIBABA' | 'HUAWEI') => {
    const retryBudget = new RetryBudget(options.retryBudgetCapacity);
    observability?.metrics.trackRetryBudget(provider, () => retryBudget.available());
    return { retryBudget, observer: observability?.providerCallObserver() };
  };
  const adapters: ProviderAdapter[] = [];
  if (config.alibaba.length > 0) {
    adapters.push(
      createAlibabaAdapter({
        accounts: [...config.alibaba, ...(options.adapterOnlyAccounts?.alibaba ?? [])].map((a) => ({ ...a, endpoint: endpointOf(a.endpoint, emulators.alibaba) })),
        transport,
        retry,
        ...observationFor('ALIBABA'),
      }),
    );
  }
  if (config.huawei.length > 0) {
    adapters.push(
      createHuaweiAdapter({
        accounts: [...config.huawei, ...(options.adapterOnlyAccounts?.huawei ?? [])].map((a) => ({ ...a, endpoint: endpointOf(a.endpoint, emulators.huawei) })),
        transport,
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
  return cacheAdapters(config, createProviderAdapters(config, emulators, observability), now, observability);
}

/** Puts each provider adapter behind the list cache (shared with the other replicas through `shared`). */
function cacheAdapters(config: ResolvedConfig, providerAdapters: ProviderAdapter[], now?: () => number, observability?: Observability, shared?: SharedListStore): CachedAdapter[] {
  return providerAdapters.map(
    (adapter) => new CachedAdapter(adapter, {
      ttlMs: config.cache.ttlMs,
      snapshotRetentionMs: config.cache.snapshotRetentionMs,
      maxBytes: config.cache.maxBytes,
      bounds: config.fanout,
      ...(now && { now }),
      ...(observability && { observer: observability.cacheObserver() }),
      ...(shared && { shared }),
    }),
  );
}

/**
 * With `redis` configured, replicas share the list cache through it (src/cache/redis-list-store.ts),
 * loaded only then: a process without Redis does not carry its client.
 */
async function openSharedListStore(config: ResolvedConfig): Promise<SharedListStore | undefined> {
  if (!config.redis || config.cache.shared === false) return undefined;
  const { RedisListStore } = await import('../cache/redis-list-store.js');
  return RedisListStore.connect({ url: config.redis.url, keyPrefix: config.redis.keyPrefix });
}

export interface NetplaneOptions extends AdapterOptions {
  logger?: Logger;
  /** The cache's milliseconds clock (tests drive the cache windows with their own). */
  now?: () => number;
  /** Where spans go instead of OTLP when traces are configured (tests keep them in memory). */
  traceExporter?: SpanExporter;
  /** An open store to use (and leave open) instead of opening config.store (tests share one per file). */
  store?: Store;
  /**
   * false: the gateway serves the provider adapters themselves — no cache, no coalescing, every
   * list upstream (tests that count a query's exact provider calls). Default: the cached adapters.
   */
  cache?: boolean;
  /**
   * false: no store and no tracker — mutations run without a memory (idempotency keys, operations,
   * the journal), as the end-to-end tests of the providers' own token semantics need. Default: on.
   */
  durability?: boolean;
}

export async function startNetplane(
  config: ResolvedConfig,
  options: NetplaneOptions = {},
): Promise<RunningNetplane> {
  const emulators = await startEmulators(config);
  const observability = await createObservability(config, CATALOGS, options.logger, options.traceExporter);
  const providerAdapters = createProviderAdapters(config, emulators, observability, options);
  let shared: SharedListStore | undefined;
  try {
    shared = options.cache === false ? undefined : await openSharedListStore(config);
  } catch (err) {
    await Promise.all(providerAdapters.map((a) => a.close()));
    await emulators.close();
    await observability.close();
    throw err;
  }
  const adapters = cacheAdapters(config, providerAdapters, options.now, observability, shared);
  // Without the cache the gateway serves the provider adapters; `adapters` still offers invalidate() (a no-op upstream).
  const served: ProviderAdapter[] = options.cache === false ? providerAdapters : adapters;
  let store: Store | undefined;
  let durability: Durability | undefined;
  const closeStore = async () => {
    await durability?.close();
    if (!options.store) await store?.close();
  };
  try {
    if (options.durability !== false) {
      store = options.store ?? (await openStore(config.store));
      durability = await startDurability(config, store, providerAdapters, adapters);
    }
    const gateway = await startGateway({
      adapters: served,
      catalogs: CATALOGS,
      host: config.gateway.host,
      port: config.gateway.port,
      logger: options.logger,
      limits: config.limits,
      graphiql: config.gateway.graphiql,
      introspection: config.gateway.introspection,
      compiledExecution: config.gateway.compiledExecution,
      subscriptions: config.gateway.subscriptions,
      cost: { maxProviderCalls: config.cost.maxProviderCalls, cacheTtlMs: config.cache.ttlMs, snapshotRetentionMs: config.cache.snapshotRetentionMs },
      ...(config.auth && { auth: config.auth }),
      ...(config.rateLimits && { rateLimits: { ...config.rateLimits, redis: config.redis } }),
      ...(config.gateway.trustedDocuments && { trustedDocuments: config.gateway.trustedDocuments }),
      observability,
      readinessChecks: [configurationCheck(config)],
      ...(durability && store && { durability, operations: store.operations }),
    });
    return {
      gatewayUrl: gateway.url,
      gateway,
      emulators,
      adapters,
      observability,
      store,
      durability,
      close: async () => {
        await gateway.close();
        await closeStore();
        await Promise.all(adapters.map((a) => a.close()));
        await shared?.close();
        await emulators.close();
        await observability.close();
      },
    };
  } catch (err) {
    await closeStore();
    await Promise.all(adapters.map((a) => a.close()));
    await shared?.close();
    await emulators.close();
    await observability.close();
    throw err;
  }
}
