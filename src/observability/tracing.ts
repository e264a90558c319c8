import { context, type Tracer } from '@opentelemetry/api';
// The context manager NodeTracerProvider.register() would install, without its global side effects.
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/**
 * OpenTelemetry traces of one gateway: its own tracer provider (never registered as the global
 * one, so gateways in one process keep their own exporters), spans sent over OTLP/HTTP in batches.
 * Span context crosses awaits through Node's AsyncLocalStorage: the first tracing set up in the
 * process installs that context manager (NodeTracerProvider.register would also make its
 * provider the process-wide one, which is what we avoid).
 */

export interface TracesConfig {
  /** OTLP/HTTP traces URL, e.g. http://collector:4318/v1/traces. */
  otlpEndpoint: string;
  serviceName: string;
  /** Share of root traces kept, 0–1 (a child follows its parent's decision). */
  sampleRatio: number;
}

export interface Tracing {
  readonly tracer: Tracer;
  /** Sends the spans still buffered (tests, shutdown). */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** Replaces the OTLP exporter (tests use InMemorySpanExporter); spans are then sent one by one. */
  exporter?: SpanExporter;
}

let contextManagerInstalled = false;

/** Installs the AsyncLocalStorage context manager once per process (kept when one is already set). */
function ensureContextManager(): void {
  if (contextManagerInstalled) return;
  // setGlobalContextManager refuses (and keeps the existing one) when another part set one first.
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  contextManagerInstalled = true;
}

export function createTracing(config: TracesConfig, options: TracingOptions = {}): Tracing {
  ensureContextManager();
  const exporter = options.exporter ?? new OTLPTraceExporter({ url: config.otlpEndpoint });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(config.sampleRatio) }),
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  return {
    tracer: provider.getTracer('netplane'),
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}
