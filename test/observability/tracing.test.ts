import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNetplane, type RunningNetplane } from '../../src/app/compose';
import type { ResolvedConfig } from '../../src/config/load';
import { createTracing } from '../../src/observability/tracing';
import { demoTestConfig } from '../support/netplane';

/**
 * Traces and logs of one GraphQL request through the composed netplane (spans kept in memory):
 * the operation's span, the fan-out's, one per partition, one per provider call with the
 * provider's request id; the request's log line lists the same calls, and each provider-call
 * line carries netplane's request id. No credential reaches a log line, a metric or a span.
 */

const REQUEST_ID = 'req-observability-1';
const spans = new InMemorySpanExporter();
const logLines: Array<Record<string, unknown>> = [];
let rawLog = '';
let netplane: RunningNetplane;
let config: ResolvedConfig;

/** The partition the provider throttles on both attempts (demoTestConfig allows 2). */
const THROTTLED = { account: 'hw-prod', region: 'cn-north-4' };

beforeAll(async () => {
  config = demoTestConfig();
  config.telemetry.traces = { otlpEndpoint: 'http://127.0.0.1:9/v1/traces', serviceName: 'netplane-test', sampleRatio: 1 };
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      rawLog += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (line.trim() !== '') logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  netplane = await startNetplane(config, { logger: pino({ level: 'debug' }, sink), traceExporter: spans });
  const armed = await fetch(`${netplane.emulators.huawei!.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ match: { operation: 'ListPorts', ...THROTTLED }, count: 2, fault: { kind: 'error', code: 'APIGW.0308' } }),
  });
  expect(armed.status).toBe(200);
  const response = await fetch(netplane.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': REQUEST_ID },
    body: JSON.stringify({ query: 'query Traced { networkInterfaces(first: 5) { partitions { provider account region ok error { code } } edges { node { id } } } }' }),
  });
  expect(response.status).toBe(200);
  await netplane.observability.tracing!.flush();
});

afterAll(async () => {
  await netplane?.close();
});

const finished = (): ReadableSpan[] => spans.getFinishedSpans();
const childrenOf = (parent: ReadableSpan): ReadableSpan[] => finished().filter((s) => s.parentSpanContext?.spanId === parent.spanContext().spanId);
const partitionCount = (): number => [...config.alibaba, ...config.huawei].reduce((n, a) => n + a.regions.length, 0);

describe('traces of a GraphQL request', () => {
  it('has one span for the operation, named after it, with its name, type and netplane request id', () => {
    const roots = finished().filter((s) => s.parentSpanContext === undefined);
    expect(roots.map((s) => s.name)).toEqual(['query Traced']);
    expect(roots[0]!.attributes).toMatchObject({
      'graphql.operation.name': 'Traced',
      'graphql.operation.type': 'query',
      'netplane.request_id': REQUEST_ID,
    });
    expect(new Set(finished().map((s) => s.spanContext().traceId)).size).toBe(1);
    expect(roots[0]!.resource.attributes['service.name']).toBe('netplane-test');
  });

  it('has a fan-out span under it and one span per partition under the fan-out', () => {
    const [root] = finished().filter((s) => s.parentSpanContext === undefined);
    const fanOuts = childrenOf(root!);
    expect(fanOuts.map((s) => s.name)).toEqual(['list NetworkInterface']);
    expect(fanOuts[0]!.attributes['netplane.partitions']).toBe(partitionCount());
    const partitions = childrenOf(fanOuts[0]!);
    expect(partitions).toHaveLength(partitionCount());
    const labels = partitions.map((s) => `${s.attributes['netplane.provider']}/${s.attributes['netplane.account']}/${s.attributes['netplane.region']}`);
    expect(new Set(labels).size).toBe(partitionCount());
  });

  it('has a span per provider call under its partition, with operation, HTTP status and the provider request id', () => {
    const calls = finished().filter((s) => s.attributes['netplane.provider.operation'] !== undefined);
    expect(calls.length).toBeGreaterThanOrEqual(partitionCount());
    const partitionIds = new Set(finished().filter((s) => s.name === 'list NetworkInterface partition').map((s) => s.spanContext().spanId));
    for (const call of calls) {
      expect(partitionIds.has(call.parentSpanContext!.spanId)).toBe(true);
      expect(call.name).toBe(`${call.attributes['netplane.provider']} ${call.attributes['netplane.provider.operation']}`);
      expect(call.attributes['http.response.status_code']).toEqual(expect.any(Number));
      expect(call.attributes['netplane.provider.request_id']).toEqual(expect.any(String));
    }
    const ok = calls.filter((s) => s.attributes['http.response.status_code'] === 200);
    expect(ok.length).toBe(calls.length - calls.filter((s) => s.attributes['netplane.provider.code'] !== undefined).length);
  });

  it('records a failing partition and each of its failed calls as errors, with the code', () => {
    const refused = finished().filter(
      (s) => s.name === 'list NetworkInterface partition' && s.attributes['netplane.account'] === THROTTLED.account && s.attributes['netplane.region'] === THROTTLED.region,
    );
    expect(refused).toHaveLength(1);
    expect(refused[0]!.status.code).toBe(SpanStatusCode.ERROR);
    expect(refused[0]!.attributes['netplane.provider.code']).toBe('APIGW.0308');
    const calls = childrenOf(refused[0]!).filter((c) => c.attributes['netplane.provider.operation'] === 'ListPorts');
    expect(calls.map((c) => c.attributes['netplane.provider.attempt'])).toEqual([1, 2]);
    for (const call of calls) {
      expect(call.status.code).toBe(SpanStatusCode.ERROR);
      expect(call.attributes).toMatchObject({ 'netplane.provider.code': 'APIGW.0308', 'error.type': 'APIGW.0308', 'http.response.status_code': 429 });
      expect(call.events.map((e) => e.name)).toEqual(['exception']);
    }
    const healthy = finished().filter((s) => s.name === 'list NetworkInterface partition' && s !== refused[0]);
    for (const span of healthy) expect(span.status.code).toBe(SpanStatusCode.UNSET);
  });
});

describe('logs of a GraphQL request', () => {
  it("lists the request's provider calls (provider, operation, request id, status, ms) on its log line", () => {
    const requestLines = logLines.filter((l) => l.msg === 'graphql request' && l.requestId === REQUEST_ID);
    expect(requestLines).toHaveLength(1);
    const listed = requestLines[0]!.providerCalls as Array<Record<string, unknown>>;
    const callSpans = finished().filter((s) => s.attributes['netplane.provider.operation'] !== undefined);
    expect(requestLines[0]!.providerCallCount).toBe(callSpans.length);
    expect(listed).toHaveLength(callSpans.length);
    for (const call of listed) expect(Object.keys(call).sort()).toEqual(['code', 'ms', 'operation', 'provider', 'requestId', 'status']);
    expect(listed.map((c) => c.requestId).sort()).toEqual(callSpans.map((s) => s.attributes['netplane.provider.request_id']).sort());
  });

  it("carries netplane's request id on every provider-call line (debug level)", () => {
    const callLines = logLines.filter((l) => l.msg === 'provider call');
    expect(callLines.length).toBeGreaterThanOrEqual(partitionCount());
    for (const line of callLines) {
      expect(line.level).toBe(20);
      expect(line.requestId).toBe(REQUEST_ID);
      expect(line.providerRequestId).toEqual(expect.any(String));
    }
  });
});

describe('credentials', () => {
  it('never appear in log lines, metrics or spans', async () => {
    const secrets = [
      ...config.alibaba.flatMap((a) => [a.credentials.accessKeyId, a.credentials.accessKeySecret]),
      ...config.huawei.flatMap((a) => [a.credentials.ak, a.credentials.sk]),
    ];
    expect(secrets.length).toBe(2 * (config.alibaba.length + config.huawei.length));
    const metrics = await (await fetch(`${new URL(netplane.gatewayUrl).origin}/metrics`)).text();
    const spanText = JSON.stringify(
      finished().map((s) => ({ name: s.name, attributes: s.attributes, status: s.status, events: s.events, resource: s.resource.attributes })),
    );
    expect(rawLog.length).toBeGreaterThan(0);
    for (const secret of secrets) {
      expect(rawLog).not.toContain(secret);
      expect(metrics).not.toContain(secret);
      expect(spanText).not.toContain(secret);
    }
  });
});

describe('the OTLP/HTTP exporter', () => {
  let receiver: Server;
  const received: Array<{ method: string; url: string; contentType: string; body: Buffer }> = [];

  beforeAll(async () => {
    receiver = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ method: req.method ?? '', url: req.url ?? '', contentType: req.headers['content-type'] ?? '', body: Buffer.concat(chunks) });
        res.writeHead(200, { 'content-type': req.headers['content-type'] ?? 'application/json' });
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('posts the spans to the configured endpoint', async () => {
    const { port } = receiver.address() as AddressInfo;
    const tracing = createTracing({ otlpEndpoint: `http://127.0.0.1:${port}/v1/traces`, serviceName: 'netplane-otlp-probe', sampleRatio: 1 });
    tracing.tracer.startSpan('probe-span').end();
    await tracing.flush();
    await tracing.shutdown();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'POST', url: '/v1/traces' });
    // OTLP protobuf or JSON: either way the span and service names travel as UTF-8 strings.
    expect(received[0]!.body.includes('probe-span')).toBe(true);
    expect(received[0]!.body.includes('netplane-otlp-probe')).toBe(true);
  });

  it('sends nothing at sample ratio 0', async () => {
    const { port } = receiver.address() as AddressInfo;
    const before = received.length;
    const tracing = createTracing({ otlpEndpoint: `http://127.0.0.1:${port}/v1/traces`, serviceName: 'netplane-unsampled', sampleRatio: 0 });
    tracing.tracer.startSpan('unsampled').end();
    await tracing.flush();
    await tracing.shutdown();
    expect(received.length).toBe(before);
  });
});
