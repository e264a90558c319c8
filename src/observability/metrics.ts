import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { BoundedLabel } from './bounded-label';

/**
 * netplane's Prometheus metrics, in a registry of their own per gateway (never prom-client's
 * global one), so several gateways in one process and the tests never share a series. Every
 * name starts with `netplane_`. Label values that come from outside netplane's code (operation
 * names a client picks, codes a provider answers) are bounded (./bounded-label.ts); accounts and
 * regions come from the configuration, so they are bounded by it.
 */

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Seconds: from a cached answer (~1 ms) to a fleet walk through retries (tens of seconds). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export type GraphqlOutcome = 'ok' | 'errors' | 'rejected';

export interface MetricsOptions {
  /** GraphQL operation names kept as labels; absent: the first `maxOperationNames` seen. */
  operationNames?: readonly string[];
  /** Distinct GraphQL operation names labelled when `operationNames` is absent; the rest are "other". */
  maxOperationNames?: number;
  /** Per provider, the codes it documents (its catalog) and netplane's transport codes; other codes are "other". */
  knownCodes?: Readonly<Record<string, readonly string[]>>;
  /** Node process metrics (CPU, memory, event loop, GC), shared by every gateway of the process. Default true. */
  processMetrics?: boolean;
}

export const DEFAULT_MAX_OPERATION_NAMES = 100;
/** Provider operation names come from netplane's own code; the bound only guards against a bug. */
const MAX_PROVIDER_OPERATIONS = 200;
const MAX_ROUTES_STATUSES = 64;

/**
 * Node's process metrics belong to the process, not to a gateway, and prom-client's collectors
 * (GC observer, event-loop monitor) cannot be stopped once started: they are collected once per
 * process, into a registry of their own that every gateway's scrape includes.
 */
let processRegistry: Registry | undefined;
function processMetricsRegistry(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: 'netplane_' });
  }
  return processRegistry;
}

export class NetplaneMetrics {
  readonly registry = new Registry();
  private readonly processMetrics: boolean;

  private readonly operationName: BoundedLabel;
  private readonly providerOperation = new BoundedLabel(MAX_PROVIDER_OPERATIONS);
  private readonly httpStatus = new BoundedLabel(MAX_ROUTES_STATUSES);
  private readonly knownCodes = new Map<string, ReadonlySet<string>>();
  /** Per provider, what reads its retry budget's tokens left (read at scrape time). */
  private readonly budgets = new Map<string, () => number>();

  private readonly graphqlRequests: Counter<'operation' | 'type' | 'outcome'>;
  private readonly graphqlDuration: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly httpResponses: Counter<'route' | 'status'>;
  private readonly providerCalls: Counter<'provider' | 'operation' | 'code' | 'status'>;
  private readonly providerDuration: Histogram<'provider' | 'operation' | 'outcome'>;
  private readonly providerRetries: Counter<'provider' | 'operation' | 'code'>;
  private readonly retriesDenied: Counter<'provider' | 'operation'>;
  private readonly cacheLookups: Counter<'provider' | 'resource' | 'result'>;
  private readonly partitionFailures: Counter<'provider' | 'account' | 'region' | 'resource' | 'code'>;
  private readonly partitionFailing: Gauge<'provider' | 'account' | 'region' | 'resource'>;
  /** What partitionFailing holds, by resource, provider, account and region. */
  private readonly partitionFailingValues = new Map<string, Map<string, Map<string, Map<string, number>>>>();

  constructor(options: MetricsOptions = {}) {
    const registers = [this.registry];
    this.operationName = new BoundedLabel(
      options.maxOperationNames ?? DEFAULT_MAX_OPERATION_NAMES,
      'other',
      options.operationNames ? new Set(options.operationNames) : undefined,
    );
    for (const [provider, codes] of Object.entries(options.knownCodes ?? {})) this.knownCodes.set(provider, new Set(codes));

    this.graphqlRequests = new Counter({
      name: 'netplane_graphql_requests_total',
      help: 'GraphQL requests by operation name (bounded; "anonymous" when unnamed, "other" beyond the bound), type and outcome (ok, errors, rejected before execution).',
      labelNames: ['operation', 'type', 'outcome'],
      registers,
    });
    this.graphqlDuration = new Histogram({
      name: 'netplane_graphql_request_duration_seconds',
      help: 'GraphQL request latency, from the request to the response, by operation, type and outcome.',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.httpResponses = new Counter({
      name: 'netplane_http_responses_total',
      help: 'HTTP responses of the gateway by route (graphql, graphiql, metrics, healthz, readyz, other) and status, rejections before GraphQL (401, 413 …) included.',
      labelNames: ['route', 'status'],
      registers,
    });
    this.providerCalls = new Counter({
      name: 'netplane_provider_calls_total',
      help: 'HTTP requests sent to providers (every page and attempt) by provider, operation, code (OK, the documented code, a netplane.Transport* code, or "other") and HTTP status ("none" when no answer came).',
      labelNames: ['provider', 'operation', 'code', 'status'],
      registers,
    });
    this.providerDuration = new Histogram({
      name: 'netplane_provider_call_duration_seconds',
      help: 'Latency of one HTTP request to a provider by provider, operation and outcome (ok, error, transport).',
      labelNames: ['provider', 'operation', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.providerRetries = new Counter({
      name: 'netplane_provider_retries_total',
      help: 'Provider calls repeated by the retry layer, by provider, operation and the code of the failed attempt.',
      labelNames: ['provider', 'operation', 'code'],
      registers,
    });
    this.retriesDenied = new Counter({
      name: 'netplane_provider_retries_denied_total',
      help: 'Retryable provider failures not repeated because the provider\'s retry budget was spent.',
      labelNames: ['provider', 'operation'],
      registers,
    });
    const budgets = this.budgets;
    new Gauge({
      name: 'netplane_provider_retry_budget_tokens',
      help: 'Retry budget tokens left per provider (each retry spends one, each success refunds a fraction).',
      labelNames: ['provider'],
      registers,
      collect() {
        for (const [provider, tokens] of budgets) this.set({ provider }, tokens());
      },
    });
    this.cacheLookups = new Counter({
      name: 'netplane_cache_list_lookups_total',
      help: 'List calls through the cache by provider, resource and result: hit (from memory), coalesced (joined an identical call in flight), miss (went upstream).',
      labelNames: ['provider', 'resource', 'result'],
      registers,
    });
    this.partitionFailures = new Counter({
      name: 'netplane_partition_failures_total',
      help: 'Partitions (provider, account, region) that failed a list fan-out, by resource and code.',
      labelNames: ['provider', 'account', 'region', 'resource', 'code'],
      registers,
    });
    this.partitionFailing = new Gauge({
      name: 'netplane_partition_failing',
      help: '1 while the latest list of this partition and resource in a fan-out failed, 0 once it answers.',
      labelNames: ['provider', 'account', 'region', 'resource'],
      registers,
    });
    this.processMetrics = options.processMetrics ?? true;
  }

  /** The Prometheus text exposition of every metric (this gateway's, then the process's). */
  scrape(): Promise<string> {
    return this.processMetrics ? Registry.merge([this.registry, processMetricsRegistry()]).metrics() : this.registry.metrics();
  }

  recordGraphqlRequest(operationName: string | null, type: string | null, outcome: GraphqlOutcome, seconds: number): void {
    const labels = {
      operation: operationName ? this.operationName.value(operationName) : 'anonymous',
      type: type === 'query' || type === 'mutation' || type === 'subscription' ? type : 'unknown',
      outcome,
    };
    this.graphqlRequests.inc(labels);
    this.graphqlDuration.observe(labels, seconds);
  }

  recordHttpResponse(route: string, status: number): void {
    this.httpResponses.inc({ route, status: this.httpStatus.value(String(status)) });
  }

  recordProviderCall(call: { provider: string; operation: string; code: string | null; httpStatus: number | null; transport: boolean; seconds: number }): void {
    const operation = this.providerOperation.value(call.operation);
    this.providerCalls.inc({
      provider: call.provider,
      operation,
      code: call.code === null ? 'OK' : this.code(call.provider, call.code),
      status: call.httpStatus === null ? 'none' : this.httpStatus.value(String(call.httpStatus)),
    });
    const outcome = call.code === null ? 'ok' : call.transport ? 'transport' : 'error';
    this.providerDuration.observe({ provider: call.provider, operation, outcome }, call.seconds);
  }

  recordRetry(provider: string, operation: string, code: string): void {
    this.providerRetries.inc({ provider, operation: this.providerOperation.value(operation), code: this.code(provider, code) });
  }

  recordRetryDenied(provider: string, operation: string): void {
    this.retriesDenied.inc({ provider, operation: this.providerOperation.value(operation) });
  }

  /** Reports `tokens()` as the provider's retry budget at every scrape. */
  trackRetryBudget(provider: string, tokens: () => number): void {
    this.budgets.set(provider, tokens);
  }

  recordCacheLookup(provider: string, resource: string, result: 'hit' | 'miss' | 'coalesced'): void {
    this.cacheLookups.inc({ provider, resource, result });
  }

  recordPartitionOutcome(partition: { provider: string; account: string; region: string }, resource: string, failureCode: string | null): void {
    const failing = failureCode === null ? 0 : 1;
    // The gauge is set only when its value changes: prom-client sorts and joins the labels of every
    // set (96 per dashboard page, 0.28 ms of its CPU) to write the value the gauge already holds.
    const byRegion = nestedMap(nestedMap(nestedMap(this.partitionFailingValues, resource), partition.provider), partition.account);
    if (byRegion.get(partition.region) !== failing) {
      this.partitionFailing.set({ provider: partition.provider, account: partition.account, region: partition.region, resource }, failing);
      byRegion.set(partition.region, failing);
    }
    if (failureCode !== null) {
      const code = this.code(partition.provider, failureCode);
      this.partitionFailures.inc({ provider: partition.provider, account: partition.account, region: partition.region, resource, code });
    }
  }

  /** A provider's documented or transport code as is; anything else "other" (when the provider's codes are known). */
  private code(provider: string, code: string): string {
    const known = this.knownCodes.get(provider);
    if (!known) return code.startsWith('netplane.') ? code : 'other';
    return known.has(code) ? code : 'other';
  }
}

/** The map under `key` in `outer`, made empty the first time. */
function nestedMap<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = outer.get(key);
  if (inner === undefined) {
    inner = new Map<string, V>();
    outer.set(key, inner);
  }
  return inner;
}
