import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE, ATTR_HTTP_RESPONSE_STATUS_CODE } from '@opentelemetry/semantic-conventions';
import type { Logger } from 'pino';
import type { CacheObserver } from '../cache/cached-adapter';
import type { Result } from '../domain/errors';
import type { Partition } from '../domain/resources';
import type { FanOutObserver } from '../graphql/common/fan-out-observer';
import type { ProviderCallObserver } from '../providers/common/observer';
import { NetplaneMetrics, type MetricsOptions } from './metrics';
import type { Tracing } from './tracing';

/**
 * Metrics, traces and the request-scoped log facts of one gateway, behind the observer
 * interfaces the lower layers declare: provider clients (ProviderCallObserver), the list cache
 * (CacheObserver) and list fan-outs (FanOutObserver). The composition root builds one per
 * gateway and hands each layer its observer.
 */

/** Span attributes of netplane's own (OpenTelemetry has none for these). */
export const SPAN_ATTRIBUTES = {
  provider: 'netplane.provider',
  operation: 'netplane.provider.operation',
  providerRequestId: 'netplane.provider.request_id',
  code: 'netplane.provider.code',
  attempt: 'netplane.provider.attempt',
  account: 'netplane.account',
  region: 'netplane.region',
  resource: 'netplane.resource',
  partitions: 'netplane.partitions',
  requestId: 'netplane.request_id',
  // graphql.operation.* are OpenTelemetry's (still incubating, so copied rather than imported, as its docs advise).
  graphqlOperationName: 'graphql.operation.name',
  graphqlOperationType: 'graphql.operation.type',
} as const;

export interface ObservabilityOptions {
  metrics?: MetricsOptions;
  /** Absent: no traces (the default). */
  tracing?: Tracing;
  /** Provider calls are logged at debug level with netplane's request id. */
  logger?: Logger;
}

export class Observability {
  readonly metrics: NetplaneMetrics;
  readonly tracing: Tracing | null;
  private readonly logger: Logger | undefined;

  constructor(options: ObservabilityOptions = {}) {
    this.metrics = new NetplaneMetrics(options.metrics);
    this.tracing = options.tracing ?? null;
    this.logger = options.logger;
  }

  /**
   * Runs one GraphQL request's work under its trace span (traces on), the parent of every span
   * under it; `work` is handed the span (null without traces) to name it after its operation.
   */
  runRequest<T>(requestId: string, work: (span: Span | null) => Promise<T>): Promise<T> {
    // Traces off: the work's own promise, not one more around it.
    if (!this.tracing) return work(null);
    return this.runTraced(this.tracing, requestId, work);
  }

  private async runTraced<T>(tracing: NonNullable<typeof this.tracing>, requestId: string, work: (span: Span) => Promise<T>): Promise<T> {
    const span = tracing.tracer.startSpan('graphql', { kind: SpanKind.SERVER, attributes: { [SPAN_ATTRIBUTES.requestId]: requestId } });
    try {
      return await context.with(trace.setSpan(context.active(), span), () => work(span));
    } finally {
      span.end();
    }
  }

  /**
   * For the provider adapters (src/providers/common/observer.ts). The request's own log line lists
   * its calls from its scope (src/cache/call-tally.ts); each call's debug line carries the id of the
   * request it served, null for background work.
   */
  providerCallObserver(): ProviderCallObserver {
    return {
      onCall: (event, scope) => {
        const ms = Math.round(event.durationMs * 10) / 10;
        this.metrics.recordProviderCall({
          provider: event.provider,
          operation: event.operation,
          code: event.code,
          httpStatus: event.httpStatus,
          transport: event.httpStatus === null,
          seconds: event.durationMs / 1000,
        });
        this.logger?.debug(
          {
            requestId: scope?.requestId ?? null,
            provider: event.provider,
            operation: event.operation,
            attempt: event.attempt,
            providerRequestId: event.requestId,
            status: event.httpStatus,
            code: event.code,
            ms,
          },
          'provider call',
        );
        if (!this.tracing) return;
        const span = this.tracing.tracer.startSpan(`${event.provider} ${event.operation}`, {
          kind: SpanKind.CLIENT,
          startTime: event.startedAt,
          attributes: {
            [SPAN_ATTRIBUTES.provider]: event.provider,
            [SPAN_ATTRIBUTES.operation]: event.operation,
            [SPAN_ATTRIBUTES.attempt]: event.attempt,
            ...(event.requestId !== null && { [SPAN_ATTRIBUTES.providerRequestId]: event.requestId }),
            ...(event.httpStatus !== null && { [ATTR_HTTP_RESPONSE_STATUS_CODE]: event.httpStatus }),
            ...(event.code !== null && { [SPAN_ATTRIBUTES.code]: event.code, [ATTR_ERROR_TYPE]: event.code }),
          },
        });
        if (event.code !== null) failSpan(span, event.code, event.category ?? 'error');
        span.end(event.startedAt + event.durationMs);
      },
      onRetry: (event) => this.metrics.recordRetry(event.provider, event.operation, event.code),
      onRetryBudgetExhausted: (event) => this.metrics.recordRetryDenied(event.provider, event.operation),
    };
  }

  /** For the list cache (src/cache/cached-adapter.ts). */
  cacheObserver(): CacheObserver {
    return { onListLookup: (provider, kind, result) => this.metrics.recordCacheLookup(provider, kind, result) };
  }

  /** For the GraphQL layer's list fan-outs (src/graphql/common/connection.ts). */
  fanOutObserver(): FanOutObserver {
    return {
      fanOut: <T>(resource: string, partitions: readonly Partition[], work: () => Promise<T>): Promise<T> =>
        this.inSpan(`list ${resource}`, { [SPAN_ATTRIBUTES.resource]: resource, [SPAN_ATTRIBUTES.partitions]: partitions.length }, () => work()),
      partition: <T>(resource: string, partition: Partition, work: () => Promise<Result<T>>): Promise<Result<T>> =>
        this.inSpan(
          `list ${resource} partition`,
          {
            [SPAN_ATTRIBUTES.resource]: resource,
            [SPAN_ATTRIBUTES.provider]: partition.provider,
            [SPAN_ATTRIBUTES.account]: partition.account,
            [SPAN_ATTRIBUTES.region]: partition.region,
          },
          async (span) => {
            const result = await work();
            const code = result.ok ? null : result.error.code;
            this.metrics.recordPartitionOutcome(partition, resource, code);
            if (!result.ok && span) {
              span.setAttribute(SPAN_ATTRIBUTES.code, result.error.code);
              if (result.error.requestId) span.setAttribute(SPAN_ATTRIBUTES.providerRequestId, result.error.requestId);
              failSpan(span, result.error.code, result.error.category);
            }
            return result;
          },
        ),
    };
  }

  async close(): Promise<void> {
    await this.tracing?.shutdown();
  }

  private async inSpan<T>(name: string, attributes: Record<string, string | number>, work: (span: Span | null) => Promise<T>): Promise<T> {
    if (!this.tracing) return work(null);
    const span = this.tracing.tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes });
    try {
      return await context.with(trace.setSpan(context.active(), span), () => work(span));
    } catch (error) {
      failSpan(span, 'INTERNAL', error instanceof Error ? error.name : 'error');
      throw error;
    } finally {
      span.end();
    }
  }
}

/**
 * Marks a span failed with the error's code and category, never a provider message: a provider
 * may echo a key id in its message, and spans leave the machine.
 */
export function failSpan(span: Span, code: string, category: string): void {
  span.setAttribute(ATTR_ERROR_TYPE, code);
  span.recordException({ name: code, message: category });
  span.setStatus({ code: SpanStatusCode.ERROR, message: `${code} (${category})` });
}
