import { describe, expect, it } from 'vitest';
import { parse, problem } from '../support/config';


describe('telemetry in the configuration', () => {
  it('defaults to metrics with process metrics and the first 100 operation names, and no traces', () => {
    expect(parse({}).telemetry).toEqual({ metrics: { maxOperationNames: 100, processMetrics: true } });
  });

  it('turns traces on with an OTLP endpoint, defaulting the service name and sampling every trace', () => {
    const config = parse({ telemetry: { traces: { otlpEndpoint: 'http://otel-collector:4318/v1/traces' } } });
    expect(config.telemetry.traces).toEqual({ otlpEndpoint: 'http://otel-collector:4318/v1/traces', serviceName: 'netplane', sampleRatio: 1 });
  });

  it('takes a fixed list of operation names to label', () => {
    const config = parse({ telemetry: { metrics: { operationNames: ['Dashboard', 'AssignIps'] } } });
    expect(config.telemetry.metrics.operationNames).toEqual(['Dashboard', 'AssignIps']);
  });

  it('rejects misspelled keys, naming the closest known one', () => {
    expect(problem({ telemetry: { trace: {} } })).toContain('unknown key "trace" (did you mean "traces"?)');
    expect(problem({ telemetry: { traces: { otlpEndpoint: 'http://c:4318/v1/traces', sampleRatoi: 0.5 } } })).toContain(
      'unknown key "sampleRatoi" (did you mean "sampleRatio"?)',
    );
    expect(problem({ telemetry: { metrics: { maxOperationName: 5 } } })).toContain('(did you mean "maxOperationNames"?)');
  });

  it('rejects traces without an http(s) endpoint, a sample ratio outside 0–1 and operation names that are not GraphQL names', () => {
    expect(problem({ telemetry: { traces: {} } })).toContain('telemetry.traces.otlpEndpoint');
    expect(problem({ telemetry: { traces: { otlpEndpoint: 'grpc://collector:4317' } } })).toContain('an http(s) URL');
    expect(problem({ telemetry: { traces: { otlpEndpoint: 'http://c:4318/v1/traces', sampleRatio: 1.5 } } })).toContain('telemetry.traces.sampleRatio');
    expect(problem({ telemetry: { metrics: { operationNames: ['not a name'] } } })).toContain('a GraphQL operation name');
  });
});
