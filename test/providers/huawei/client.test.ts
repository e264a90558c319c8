import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src/domain/errors';
import { RetryBudget, type RetryPolicy } from '../../../src/providers/common/retry';
import { HttpTransport } from '../../../src/providers/common/transport';
import { HuaweiClient, type CallSpec } from '../../../src/providers/huawei/client';
import { PATHS } from '../../../src/providers/huawei/wire';
import { ACME, PROJECTS, networkFixture, startHuaweiEmulator, u, type EmulatorHandle } from './support';

const FAST_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, factor: 2, jitter: 'none' };
const projectId = PROJECTS.acmeNorth.projectId;

let emulator: EmulatorHandle;
let transport: HttpTransport;
beforeAll(async () => {
  emulator = await startHuaweiEmulator();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  transport = new HttpTransport({ connectTimeoutMs: 1000, requestTimeoutMs: 400, connections: 4 });
  await emulator.reset();
  await emulator.seed(networkFixture());
});
afterEach(async () => {
  await transport.close();
});

function client(overrides: Partial<ConstructorParameters<typeof HuaweiClient>[0]> = {}): HuaweiClient {
  return new HuaweiClient({
    credentials: { ak: ACME.ak, sk: ACME.sk },
    region: PROJECTS.acmeNorth.region,
    projectId,
    endpoint: emulator.url,
    transport,
    retry: FAST_RETRY,
    retryBudget: new RetryBudget(),
    ...overrides,
  });
}

const listPorts: CallSpec = { method: 'GET', service: 'vpc', path: PATHS.ports(projectId), query: [['device_owner', 'network:dhcp']] };
const bind: CallSpec = { method: 'PUT', service: 'ecs', path: PATHS.nic(projectId, u(31)), body: { nic: { subnet_id: u(11), ip_address: '10.0.0.50' } } };
const failure = <T>(r: Result<T>) => {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value)}`);
  return r.error;
};

describe('HuaweiClient over HTTP against the emulator', () => {
  it('signs requests the emulator accepts and returns the parsed body with the request id', async () => {
    const r = await client().call<{ ports: Array<{ id: string }> }>('ListPorts', listPorts, { safeToRepeat: true });
    expect(r.ok && r.value.ports.map((p) => p.id)).toEqual([u(41)]);
    expect(r.ok && r.requestId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('a wrong SK comes back as a typed APIGW.0301 PermissionDenied, not retried', async () => {
    const error = failure(await client({ credentials: { ak: ACME.ak, sk: 'wrong' } }).call('ListPorts', listPorts, { safeToRepeat: true }));
    expect(error).toMatchObject({ category: 'PermissionDenied', code: 'APIGW.0301', httpStatus: 401, documented: true, retryable: false });
    expect(error.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(await emulator.calls('ListPorts')).toHaveLength(1);
  });

  it('retries a read throttled with APIGW.0308 (429), signing each attempt with a fresh X-Sdk-Date', async () => {
    await emulator.fault({ operation: 'ListPorts' }, { kind: 'error', code: 'APIGW.0308' }, 2);
    let clockReads = 0;
    const r = await client({ now: () => Date.now() + clockReads++ * 1000 }).call('ListPorts', listPorts, { safeToRepeat: true });
    expect(r.ok).toBe(true);
    const calls = await emulator.calls('ListPorts');
    expect(calls.map((c) => c.status)).toEqual([429, 429, 200]);
    expect(clockReads).toBe(3);
  });

  it('gives up after maxAttempts and reports the throttling as Throttled', async () => {
    await emulator.fault({ operation: 'ListPorts' }, { kind: 'error', code: 'APIGW.0308', retryAfterSeconds: 0 }, 5);
    const error = failure(await client().call('ListPorts', listPorts, { safeToRepeat: true }));
    expect(error).toMatchObject({ category: 'Throttled', code: 'APIGW.0308', httpStatus: 429, retryable: true });
    expect(await emulator.calls('ListPorts')).toHaveLength(3);
  });

  it('treats Common.0024 traffic control (HTTP 202 with an ECS error body) as a retryable throttle', async () => {
    await emulator.fault({ operation: 'ListServerInterfaces' }, { kind: 'error', code: 'Common.0024' }, 1);
    const r = await client().call('ListServerInterfaces', { method: 'GET', service: 'ecs', path: PATHS.serverInterfaces(projectId, u(21)) }, { safeToRepeat: true });
    expect(r.ok).toBe(true);
    expect((await emulator.calls('ListServerInterfaces')).map((c) => c.status)).toEqual([202, 200]);
  });

  it('Common.0024 on a VPC read (202 with a {code,message} body) is a throttle, never an empty success', async () => {
    await emulator.fault({ operation: 'ListPorts' }, { kind: 'error', code: 'Common.0024' }, 3);
    const error = failure(await client().call('ListPorts', listPorts, { safeToRepeat: true }));
    expect(error).toMatchObject({ category: 'Throttled', code: 'Common.0024', httpStatus: 202, retryable: true });
  });

  it('keeps the access key id out of error messages', async () => {
    const error = failure(await client({ credentials: { ak: 'AKUNKNOWN12345', sk: 'x' } }).call('ListPorts', listPorts, { safeToRepeat: true }));
    expect(error.message).toBe('Incorrect IAM authentication information: ak AKUN**** not exist');
    expect(error.code).toBe('APIGW.0301');
  });

  it('a mutation applied then timed out is ProviderUnavailable with outcome UNKNOWN and is not repeated', async () => {
    await emulator.fault({ operation: 'AssociateServerVirtualIp' }, { kind: 'applied-then-timeout' }, 1);
    const error = failure(await client().call('AssociateServerVirtualIp', bind, { safeToRepeat: false }));
    expect(error).toMatchObject({ category: 'ProviderUnavailable', code: 'netplane.TransportTimeout', outcome: 'UNKNOWN' });
    expect(await emulator.calls('AssociateServerVirtualIp')).toHaveLength(1);
    // …and the change did happen, which is exactly why it must not be repeated blindly.
    const nic = await client().call<{ port: { allowed_address_pairs: Array<{ ip_address: string }> } }>(
      'ShowPort',
      { method: 'GET', service: 'vpc', path: PATHS.port(projectId, u(31)) },
      { safeToRepeat: true },
    );
    expect(nic.ok && nic.value.port.allowed_address_pairs).toEqual([{ ip_address: '10.0.0.50' }]);
  });

  it('a mutation throttled before it ran is repeated (the failure is certainly NOT_APPLIED)', async () => {
    await emulator.fault({ operation: 'AssociateServerVirtualIp' }, { kind: 'error', code: 'APIGW.0308' }, 1);
    const r = await client().call<{ port_id: string }>('AssociateServerVirtualIp', bind, { safeToRepeat: false });
    expect(r.ok).toBe(true);
    expect((await emulator.calls('AssociateServerVirtualIp')).map((c) => c.status)).toEqual([429, 200]);
  });

  it('a documented 5xx on a mutation is not repeated (it may have been applied)', async () => {
    await emulator.fault({ operation: 'AssociateServerVirtualIp' }, { kind: 'error', code: 'APIGW.0601' }, 1);
    const error = failure(await client().call('AssociateServerVirtualIp', bind, { safeToRepeat: false }));
    expect(error).toMatchObject({ category: 'ProviderUnavailable', code: 'APIGW.0601', outcome: 'UNKNOWN', retryable: true });
    expect(await emulator.calls('AssociateServerVirtualIp')).toHaveLength(1);
  });

  it('connection refused is ProviderUnavailable with outcome NOT_APPLIED', async () => {
    const error = failure(await client({ endpoint: 'http://127.0.0.1:1' }).call('AssociateServerVirtualIp', bind, { safeToRepeat: false }));
    expect(error).toMatchObject({ category: 'ProviderUnavailable', code: 'netplane.TransportConnectFailed', outcome: 'NOT_APPLIED', requestId: null });
  });

  it.each([
    ['non-json-body', 'not JSON'],
    ['truncated-json', 'not JSON'],
  ])('a %s answer becomes a malformed-response failure', async (kind, detail) => {
    await emulator.fault({ operation: 'ListPorts' }, { kind }, 1);
    const error = failure(await client().call('ListPorts', listPorts, { safeToRepeat: true }));
    expect(error).toMatchObject({ code: 'netplane.MalformedProviderResponse', httpStatus: 200, documented: false });
    expect(error.message).toContain(detail);
  });

  it('parses the VPC v1 error body {code,message} that the SDK cannot', async () => {
    const error = failure(await client().call('ShowPort', { method: 'GET', service: 'vpc', path: PATHS.port(projectId, u(99)) }, { safeToRepeat: true }));
    expect(error).toMatchObject({ category: 'ResourceNotFound', code: 'VPC.0508', httpStatus: 500, message: 'Port is invalid.', documented: true });
    expect(error.requestId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('parses the DC v3 error body and its request id', async () => {
    const error = failure(
      await client().call(
        'CreateVifPeer',
        {
          method: 'POST',
          service: 'dcaas',
          path: PATHS.vifPeers(projectId),
          body: { vif_peer: { name: 'p', address_family: 'ipv4', local_gateway_ip: '1.1.1.1/30', remote_gateway_ip: '1.1.1.2/30', vif_id: u(99) } },
        },
        { safeToRepeat: false },
      ),
    );
    expect(error).toMatchObject({ category: 'ResourceNotFound', code: 'DC.0002', httpStatus: 400, resourceType: 'VirtualInterface' });
  });

  it('an undocumented code still comes back typed as UnknownProviderError with the raw code', async () => {
    await emulator.fault({ operation: 'ListPorts' }, { kind: 'error', code: 'VPC.9999', httpStatus: 418, message: 'teapot' }, 1);
    const error = failure(await client().call('ListPorts', listPorts, { safeToRepeat: true }));
    expect(error).toMatchObject({ category: 'UnknownProviderError', code: 'VPC.9999', httpStatus: 418, message: 'teapot', documented: false });
  });

  it('resolves per-service regional endpoints when no base URL is configured', () => {
    const c = client({ endpoint: undefined });
    expect(c.endpointFor('ecs')).toBe('https://ecs.cn-north-4.myhuaweicloud.com');
    expect(c.endpointFor('vpc')).toBe('https://vpc.cn-north-4.myhuaweicloud.com');
    expect(c.endpointFor('dcaas')).toBe('https://dcaas.cn-north-4.myhuaweicloud.com');
  });
});
