import { z } from 'zod';
import { strictObject } from './strict-object';

/**
 * Metrics and traces (src/observability). Metrics are always served at GET /metrics; traces are
 * off until `traces` is set.
 */

/** A GraphQL operation name (graphql-js Name). */
const operationName = z.string().regex(/^[_A-Za-z][_0-9A-Za-z]{0,127}$/, 'a GraphQL operation name');

export const telemetrySchema = strictObject({
  metrics: strictObject({
    /**
     * The GraphQL operation names labelled in netplane_graphql_*; every other name is "other".
     * Absent: the first `maxOperationNames` distinct names seen.
     */
    operationNames: z.array(operationName).max(1_000).optional(),
    /** How many distinct operation names are labelled when `operationNames` is absent. */
    maxOperationNames: z.number().int().min(0).max(1_000).default(100),
    /** Node process metrics (CPU, memory, event loop lag, GC) as netplane_process_* / netplane_nodejs_*. */
    processMetrics: z.boolean().default(true),
  }).prefault({}),
  /** OpenTelemetry traces over OTLP/HTTP; absent: no traces. */
  traces: strictObject({
    /** The collector's OTLP/HTTP traces URL, e.g. http://otel-collector:4318/v1/traces. */
    otlpEndpoint: z.url({ protocol: /^https?$/, error: 'an http(s) URL such as http://otel-collector:4318/v1/traces' }),
    /** service.name of every span. */
    serviceName: z.string().min(1).max(128).default('netplane'),
    /** Share of traces kept, 0–1. */
    sampleRatio: z.number().min(0).max(1).default(1),
  }).optional(),
});

export type TelemetryConfig = z.infer<typeof telemetrySchema>;
