import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Logger } from 'pino';
import type { ResolvedConfig } from '../config/load';
import type { ErrorCatalog } from '../domain/catalog';
import type { ReadinessCheck } from '../gateway/health';
import { Observability } from '../observability/observability';
import { TRANSPORT_CODES } from '../providers/common/failures';

/**
 * The observability of one netplane (src/observability) as configured in `telemetry`: metrics
 * whose code labels are the providers' documented codes (any other is "other"), and traces when
 * an OTLP endpoint is set (OpenTelemetry's SDK and exporter are loaded only then).
 */
export async function createObservability(
  config: ResolvedConfig,
  catalogs: readonly ErrorCatalog[],
  logger?: Logger,
  /** Replaces the OTLP exporter when traces are configured (tests). */
  traceExporter?: SpanExporter,
): Promise<Observability> {
  const { metrics, traces } = config.telemetry;
  const knownCodes: Record<string, string[]> = {};
  for (const catalog of catalogs) {
    knownCodes[catalog.provider] = [...new Set(catalog.entries.map((e) => e.code)), ...Object.values(TRANSPORT_CODES)];
  }
  return new Observability({
    metrics: {
      ...(metrics.operationNames && { operationNames: metrics.operationNames }),
      maxOperationNames: metrics.maxOperationNames,
      processMetrics: metrics.processMetrics,
      knownCodes,
    },
    ...(traces && { tracing: (await import('../observability/tracing.js')).createTracing(traces, traceExporter && { exporter: traceExporter }) }),
    ...(logger && { logger }),
  });
}

/**
 * /readyz's configuration check: netplane serves only after its configuration loaded, so this
 * reports where it came from and fails only when no partition at all is configured to serve.
 */
export function configurationCheck(config: ResolvedConfig): ReadinessCheck {
  return {
    name: 'configuration',
    check: async () => {
      const partitions = config.alibaba.reduce((n, a) => n + a.regions.length, 0) + config.huawei.reduce((n, a) => n + a.regions.length, 0);
      if (partitions === 0) throw new Error(`${config.source} configures no account region`);
    },
  };
}
