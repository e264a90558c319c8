import { afterEach, describe, expect, it } from 'vitest';
import { HEALTH_PATHS, readiness, type ReadinessCheck } from '../../src/gateway/health';
import type { RunningGateway } from '../../src/gateway';
import { gatewayWith } from './gateway-fixture';

/** /healthz (alive) and /readyz (every readiness check passes), as orchestrators probe them. */

let gateway: RunningGateway | undefined;

afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

const passing = (name: string): ReadinessCheck => ({ name, check: async () => {} });
const failing = (name: string, message: string): ReadinessCheck => ({
  name,
  check: async () => {
    throw new Error(message);
  },
});

describe('/healthz', () => {
  it('answers 200 with a JSON status while the process serves, whatever the readiness checks say', async () => {
    gateway = await gatewayWith([], { readinessChecks: [failing('store', 'connection refused')] });
    const response = await fetch(`${gateway.origin}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('/readyz', () => {
  it('answers 200 and each check ok when every check passes', async () => {
    gateway = await gatewayWith([], { readinessChecks: [passing('configuration'), passing('redis')] });
    const response = await fetch(`${gateway.origin}/readyz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; checks: Array<{ name: string; status: string; error?: string }> };
    expect(body.status).toBe('ready');
    expect(body.checks.map(({ name, status, error }) => ({ name, status, error }))).toEqual([
      { name: 'configuration', status: 'ok', error: undefined },
      { name: 'redis', status: 'ok', error: undefined },
    ]);
  });

  it('answers 503 naming the failing check and its reason, the passing ones still listed', async () => {
    gateway = await gatewayWith([], { readinessChecks: [passing('configuration'), failing('store', 'connect ECONNREFUSED 127.0.0.1:5432')] });
    const response = await fetch(`${gateway.origin}/readyz`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; checks: Array<{ name: string; status: string; error?: string }> };
    expect(body.status).toBe('not ready');
    expect(body.checks.map(({ name, status, error }) => ({ name, status, error }))).toEqual([
      { name: 'configuration', status: 'ok', error: undefined },
      { name: 'store', status: 'failing', error: 'connect ECONNREFUSED 127.0.0.1:5432' },
    ]);
  });

  it('is ready with no checks configured', async () => {
    gateway = await gatewayWith();
    const response = await fetch(`${gateway.origin}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', checks: [] });
  });

  it('counts a check that does not answer in time as failing', async () => {
    const hung: ReadinessCheck = { name: 'redis', check: () => new Promise<void>(() => {}) };
    const report = await readiness([hung, passing('configuration')], 20);
    expect(report.status).toBe('not ready');
    expect(report.checks[0]).toMatchObject({ name: 'redis', status: 'failing', error: 'no answer within 20 ms' });
    expect(report.checks[1]).toMatchObject({ name: 'configuration', status: 'ok' });
  });
});

describe('health paths', () => {
  it('are exported for the authentication layer to skip', () => {
    expect(HEALTH_PATHS).toEqual(['/healthz', '/readyz']);
  });
});
