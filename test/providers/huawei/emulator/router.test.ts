import { describe, expect, it } from 'vitest';
import { formatSdkDate } from '../../../../src/providers/huawei/signer';
import { PATHS } from '../../../../src/providers/huawei/wire';
import { ACME, GLOBEX, PROJECTS, networkFixture, signedRequest, u, seededEmulator } from '../support';

/** Routing, authentication, project ownership, fault injection and the call log. */

const seeded = seededEmulator(networkFixture);

const pid = PROJECTS.acmeNorth.projectId;

describe('authentication (APIGW.0301, HTTP 401, API Gateway body)', () => {
  it('an unknown AK: "ak <AK> not exist"', async () => {
    const res = await signedRequest(seeded.current.url, 'GET', PATHS.ports(pid), { ak: 'AKNOBODY' });
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information: ak AKNOBODY not exist' });
  });

  it('a wrong SK: "verify aksk signature fail" with the canonical request the gateway computed', async () => {
    const res = await signedRequest(seeded.current.url, 'PUT', PATHS.nic(pid, u(31)), { sk: 'wrong', body: { nic: { subnet_id: '', ip_address: '' } } });
    expect(res.status).toBe(401);
    const body = res.json as { error_code: string; error_msg: string; request_id: string };
    expect(body.error_code).toBe('APIGW.0301');
    expect(body.error_msg).toMatch(/^Incorrect IAM authentication information: verify aksk signature fail,canonicalRequest:PUT\|\/v1\//);
    expect(body.request_id).toBe(res.headers.get('x-request-id'));
  });

  it('an X-Sdk-Date more than 15 minutes old: "signature expired"', async () => {
    const res = await signedRequest(seeded.current.url, 'GET', PATHS.ports(pid), { sdkDate: formatSdkDate(Date.now() - 16 * 60_000) });
    expect(res).toMatchObject({ status: 401, json: { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information: calc ak sk signature fail:signature expired' } });
  });

  it('no Authorization header at all', async () => {
    const res = await fetch(`${seeded.current.url}${PATHS.ports(pid)}`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error_code: 'APIGW.0301' });
  });
});

describe('project ownership', () => {
  it.each([
    ['ECS', 'GET', PATHS.serverInterfaces(PROJECTS.globexNorth.projectId, u(21)), { error: { code: 'Ecs.0023', message: 'The project ID in token does not match that in URL.' } }],
    ['VPC', 'GET', PATHS.ports(PROJECTS.globexNorth.projectId), { code: 'VPC.0007', message: 'urlTenantId is not equal tokenTenantId' }],
    ['DCaaS', 'GET', PATHS.virtualInterfaces(PROJECTS.globexNorth.projectId), { error_code: 'Common.0018', error_msg: 'Tenant ID in token is not the same as that in URL.' }],
  ] as const)('%s answers its own code for a project of another account', async (_family, method, path, body) => {
    const res = await signedRequest(seeded.current.url, method, path);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject(body);
  });

  it('each account and region sees only its own state', async () => {
    const east = await signedRequest(seeded.current.url, 'GET', PATHS.ports(PROJECTS.acmeEast.projectId), { projectId: PROJECTS.acmeEast.projectId });
    expect(east.json).toEqual({ ports: [] });
    const globex = await signedRequest(seeded.current.url, 'GET', PATHS.ports(PROJECTS.globexNorth.projectId), {
      ak: GLOBEX.ak,
      sk: GLOBEX.sk,
      projectId: PROJECTS.globexNorth.projectId,
    });
    expect(globex.json).toEqual({ ports: [] });
  });
});

it('an unknown path is APIGW.0101 (404)', async () => {
  const res = await signedRequest(seeded.current.url, 'GET', `/v1/${pid}/nothing-here`);
  expect(res).toMatchObject({ status: 404, json: { error_code: 'APIGW.0101' } });
});

describe('faults and the call log', () => {
  it('an armed error fault answers the catalog row in the family shape, 429 with Retry-After for throttling', async () => {
    await seeded.current.fault({ operation: 'ListPorts', account: ACME.account }, { kind: 'error', code: 'APIGW.0308', retryAfterSeconds: 3 });
    const res = await signedRequest(seeded.current.url, 'GET', PATHS.ports(pid));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(res.json).toMatchObject({ error_code: 'APIGW.0308', error_msg: 'The throttling threshold has been reached: policy user over ratelimit,limit:200,time:1 minute' });
    expect((await signedRequest(seeded.current.url, 'GET', PATHS.ports(pid))).status).toBe(200);
  });

  it('an ECS code fault renders the ECS body', async () => {
    await seeded.current.fault({ operation: 'AssociateServerVirtualIp' }, { kind: 'error', code: 'Ecs.0603' });
    const res = await signedRequest(seeded.current.url, 'PUT', PATHS.nic(pid, u(31)), { body: { nic: { subnet_id: u(11), ip_address: '10.0.0.50' } } });
    expect(res.status).toBe(501);
    expect(res.json).toEqual({ error: { code: 'Ecs.0603', message: 'The running state  of ECS  for tenant  is unstable.' } });
  });

  it('records every call with operation, account, region, status and code', async () => {
    await signedRequest(seeded.current.url, 'GET', PATHS.ports(pid), { query: [['device_owner', 'neutron:VIP_PORT']] });
    await signedRequest(seeded.current.url, 'GET', PATHS.port(pid, u(99)));
    await signedRequest(seeded.current.url, 'GET', PATHS.ports(pid), { sk: 'wrong' });
    const calls = await seeded.current.calls();
    expect(calls.map((c) => [c.operation, c.account, c.region, c.status, c.code])).toEqual([
      ['ListPorts', 'acme', 'cn-north-4', 200, null],
      ['ShowPort', 'acme', 'cn-north-4', 500, 'VPC.0508'],
      ['ListPorts', 'acme', '', 401, 'APIGW.0301'],
    ]);
    expect(calls[0]!.params.query).toEqual({ device_owner: 'neutron:VIP_PORT' });
  });
});

describe('demo fixture', () => {
  it('is deterministic for a seed', async () => {
    await seeded.current.reset('demo');
    const first = await seeded.current.snapshot();
    await seeded.current.reset('demo');
    expect(await seeded.current.snapshot()).toEqual(first);
  });

  it('gives every project a VPC fleet and a Direct Connect with peers', async () => {
    await seeded.current.reset('demo');
    const snap = await seeded.current.snapshot();
    for (const [account, region] of [['acme', 'cn-north-4'], ['acme', 'cn-east-3'], ['globex', 'cn-north-4']] as const) {
      const r = snap[account]![region]!;
      expect(r.ports.map((p) => p.status).sort()).toEqual(['ACTIVE', 'ACTIVE', 'BUILD', 'DOWN', 'DOWN']);
      expect(r.publicips.map((p) => p.status).sort()).toEqual(['ACTIVE', 'BINDING', 'DOWN']);
      expect(r.virtualInterfaces).toHaveLength(2);
    }
  });
});
