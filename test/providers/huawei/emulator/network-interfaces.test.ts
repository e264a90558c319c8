import { describe, expect, it } from 'vitest';
import { PATHS } from '../../../../src/providers/huawei/wire';
import { PROJECTS, networkFixture, signedRequest, u, seededEmulator } from '../support';

/**
 * The network-interface family: VPC v1 ports, the Neutron-compatible /v2.0 ports API (NeutronError
 * bodies) and the ECS NIC batch jobs on the emulator clock, each documented condition produced
 * from state with the state left as it was.
 */

const seeded = seededEmulator(networkFixture);

const pid = PROJECTS.acmeNorth.projectId;
type Port = { id: string; status: string; device_id: string; device_owner: string; name: string; network_id: string; security_groups: string[]; fixed_ips: Array<{ ip_address: string }> };
const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => signedRequest(seeded.current.url, method, path, { body });
const createPort = async (body: Record<string, unknown> = { network_id: u(11) }) => ((await call('POST', PATHS.ports(pid), { port: body })).json as { port: Port }).port;
const port = async (id: string) => ((await call('GET', PATHS.port(pid, id))).json as { port: Port }).port;
const portsSnapshot = async () => (await seeded.current.snapshot()).acme!['cn-north-4']!.ports;
const job = async (id: string) => (await call('GET', PATHS.job(pid, id))).json as Record<string, unknown> & { status: string; entities: { sub_jobs: Array<Record<string, unknown>> } };

describe('VPC v1 ports: CreatePort, UpdatePort, DeletePort', () => {
  it('creates a port of no device, DOWN, with the next free address or the one asked', async () => {
    const res = await call('POST', PATHS.ports(pid), { port: { network_id: u(11), name: 'eni-a', security_groups: [u(5)] } });
    expect(res.status).toBe(200);
    const created = (res.json as { port: Port }).port;
    expect(created).toMatchObject({ name: 'eni-a', network_id: u(11), device_id: '', device_owner: '', status: 'DOWN', security_groups: [u(5)], fixed_ips: [{ ip_address: '10.0.0.10' }] });
    expect(created).not.toHaveProperty('created_at');
    expect((await createPort({ network_id: u(11), fixed_ips: [{ ip_address: '10.0.0.77' }] })).fixed_ips[0]!.ip_address).toBe('10.0.0.77');
  });

  it.each([
    ['a network that is not a UUID', { network_id: 'net-1' }, 400, 'VPC.2500'],
    ['a network that does not exist', { network_id: u(99) }, 400, 'VPC.2500'],
    ['a name over 255 characters', { network_id: u(11), name: 'x'.repeat(256) }, 400, 'VPC.2500'],
    ['an address outside the subnet', { network_id: u(11), fixed_ips: [{ ip_address: '10.9.9.9' }] }, 400, 'VPC.2500'],
    ['an address in use', { network_id: u(11), fixed_ips: [{ ip_address: '10.0.0.11' }] }, 409, 'VPC.0701'],
  ])('refuses %s with %s in the VPC v1 body, creating nothing', async (_what, body, status, code) => {
    const before = await portsSnapshot();
    expect(await call('POST', PATHS.ports(pid), { port: body })).toMatchObject({ status, json: { code } });
    expect(await portsSnapshot()).toEqual(before);
  });

  it('updates the name and security groups; an unknown port is VPC.0508', async () => {
    const created = await createPort();
    const res = await call('PUT', PATHS.port(pid, created.id), { port: { name: 'renamed', security_groups: [u(6), u(7)] } });
    expect(res).toMatchObject({ status: 200, json: { port: { id: created.id, name: 'renamed', security_groups: [u(6), u(7)] } } });
    expect(await call('PUT', PATHS.port(pid, u(98)), { port: { name: 'x' } })).toMatchObject({ status: 500, json: { code: 'VPC.0508' } });
    expect(await call('PUT', PATHS.port(pid, created.id), { port: { security_groups: ['sg-1'] } })).toMatchObject({ status: 400, json: { code: 'VPC.2500' } });
  });

  it('deletes a free port (204) but refuses a server NIC and the DHCP port with VPC.2500, leaving them', async () => {
    const created = await createPort();
    expect((await call('DELETE', PATHS.port(pid, created.id))).status).toBe(204);
    expect(await call('GET', PATHS.port(pid, created.id))).toMatchObject({ status: 500, json: { code: 'VPC.0508' } });
    const before = await portsSnapshot();
    expect(await call('DELETE', PATHS.port(pid, u(31)))).toMatchObject({ status: 400, json: { code: 'VPC.2500' } });
    expect(await call('DELETE', PATHS.port(pid, u(41)))).toMatchObject({ status: 400, json: { code: 'VPC.2500' } });
    expect(await portsSnapshot()).toEqual(before);
  });
});

describe('Neutron /v2.0 ports', () => {
  it('lists, shows, creates, updates and deletes ports with the Neutron fields', async () => {
    const created = await signedRequest(seeded.current.url, 'POST', PATHS.neutronPorts(), { body: { port: { network_id: u(11), name: 'n1' } } });
    expect(created.status).toBe(201);
    const p = (created.json as { port: Port & { project_id: string; created_at: string } }).port;
    expect(p).toMatchObject({ name: 'n1', project_id: pid, status: 'DOWN' });
    expect(p.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const listed = (await signedRequest(seeded.current.url, 'GET', PATHS.neutronPorts(), { query: [['network_id', u(11)]] })).json as { ports: Port[] };
    expect(listed.ports.map((x) => x.id)).toContain(p.id);
    const updated = await signedRequest(seeded.current.url, 'PUT', PATHS.neutronPort(p.id), { body: { port: { allowed_address_pairs: [{ ip_address: '10.0.0.200' }] } } });
    expect(updated).toMatchObject({ status: 200, json: { port: { allowed_address_pairs: [{ ip_address: '10.0.0.200' }] } } });
    expect((await signedRequest(seeded.current.url, 'DELETE', PATHS.neutronPort(p.id))).status).toBe(204);
  });

  it('answers in the NeutronError body: PortNotFound 404, PortInUse 409, IpAddressInUse 409, InvalidInput 400, NetworkNotFound 404', async () => {
    expect(await signedRequest(seeded.current.url, 'GET', PATHS.neutronPort(u(98)))).toMatchObject({
      status: 404,
      json: { NeutronError: { type: 'PortNotFound', message: `Port ${u(98)} could not be found.`, detail: '' } },
    });
    const before = await portsSnapshot();
    expect(await signedRequest(seeded.current.url, 'DELETE', PATHS.neutronPort(u(31)))).toMatchObject({ status: 409, json: { NeutronError: { type: 'PortInUse' } } });
    expect(await signedRequest(seeded.current.url, 'POST', PATHS.neutronPorts(), { body: { port: { network_id: u(11), fixed_ips: [{ ip_address: '10.0.0.11' }] } } })).toMatchObject({
      status: 409,
      json: { NeutronError: { type: 'IpAddressInUse', message: `Unable to complete operation for network ${u(11)}. The IP address 10.0.0.11 is in use.` } },
    });
    expect(await signedRequest(seeded.current.url, 'PUT', PATHS.neutronPort(u(31)), { body: { port: { allowed_address_pairs: [{ ip: 'x' }] } } })).toMatchObject({
      status: 400,
      json: { NeutronError: { type: 'InvalidInput' } },
    });
    expect(await signedRequest(seeded.current.url, 'POST', PATHS.neutronPorts(), { body: { port: { network_id: u(99) } } })).toMatchObject({ status: 404, json: { NeutronError: { type: 'NetworkNotFound' } } });
    expect(await portsSnapshot()).toEqual(before);
  });

  it('takes the project from X-Project-Id: a project of another account is refused', async () => {
    const res = await signedRequest(seeded.current.url, 'GET', PATHS.neutronPorts(), { projectId: PROJECTS.globexNorth.projectId });
    expect(res).toMatchObject({ status: 403, json: { error_code: 'APIGW.0310' } });
  });
});

describe('ECS BatchAddServerNics / BatchDeleteServerNics / ShowJob', () => {
  it('attaches a port as a job: RUNNING with the port unchanged, then SUCCESS with the port the server NIC', async () => {
    const free = await createPort();
    const res = await call('POST', PATHS.serverNics(pid, u(21)), { nics: [{ subnet_id: u(11), port_id: free.id }] });
    expect(res.status).toBe(200);
    const jobId = (res.json as { job_id: string }).job_id;
    expect(await job(jobId)).toMatchObject({ status: 'RUNNING', job_id: jobId, entities: { server_id: u(21), sub_jobs_total: 1, sub_jobs: [{ status: 'RUNNING', entities: { nic_id: free.id } }] } });
    expect(await port(free.id)).toMatchObject({ device_id: '', status: 'DOWN' });
    await seeded.current.advance(1999);
    expect((await job(jobId)).status).toBe('RUNNING');
    await seeded.current.advance(1);
    const done = await job(jobId);
    expect(done).toMatchObject({ status: 'SUCCESS', error_code: null, entities: { sub_jobs: [{ status: 'SUCCESS', entities: { server_id: u(21), nic_id: free.id } }] } });
    expect(String(done.end_time)).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
    expect(await port(free.id)).toMatchObject({ device_id: u(21), device_owner: 'compute:cn-north-4a', status: 'ACTIVE' });
  });

  it('detaches as a job and keeps the port; a port not attached to the server fails the job with Ecs.0611', async () => {
    const free = await createPort();
    const attach = (await call('POST', PATHS.serverNics(pid, u(21)), { nics: [{ subnet_id: u(11), port_id: free.id }] })).json as { job_id: string };
    await seeded.current.advance(2000);
    expect((await job(attach.job_id)).status).toBe('SUCCESS');
    const detach = (await call('POST', PATHS.serverNicsDelete(pid, u(21)), { nics: [{ id: free.id }] })).json as { job_id: string };
    await seeded.current.advance(2000);
    expect((await job(detach.job_id)).status).toBe('SUCCESS');
    expect(await port(free.id)).toMatchObject({ device_id: '', device_owner: '', status: 'DOWN' });
    const again = (await call('POST', PATHS.serverNicsDelete(pid, u(21)), { nics: [{ id: free.id }] })).json as { job_id: string };
    await seeded.current.advance(2000);
    expect(await job(again.job_id)).toMatchObject({ status: 'FAIL', error_code: 'Ecs.0611', entities: { sub_jobs: [{ status: 'FAIL', error_code: 'Ecs.0611' }] } });
  });

  it('a port attached elsewhere fails the job with Ecs.0217 and nothing changes', async () => {
    const before = await portsSnapshot();
    const res = (await call('POST', PATHS.serverNics(pid, u(21)), { nics: [{ subnet_id: u(11), port_id: u(32) }] })).json as { job_id: string };
    await seeded.current.advance(2000);
    expect(await job(res.job_id)).toMatchObject({ status: 'FAIL', error_code: 'Ecs.0217', fail_reason: expect.stringContaining(u(22)) });
    expect(await portsSnapshot()).toEqual(before);
  });

  it.each([
    ['a server that does not exist', () => PATHS.serverNics(pid, u(99)), { nics: [{ subnet_id: u(11), port_id: u(41) }] }, 404, 'Ecs.0114'],
    ['a server that is still building', () => PATHS.serverNics(pid, u(22)), { nics: [{ subnet_id: u(11) }] }, 400, 'Ecs.0100'],
    ['a subnet of another VPC', () => PATHS.serverNics(pid, u(21)), { nics: [{ subnet_id: u(13) }] }, 400, 'Ecs.0014'],
    ['a subnet that does not exist', () => PATHS.serverNics(pid, u(21)), { nics: [{ subnet_id: u(98) }] }, 400, 'Ecs.0038'],
    ['a port that does not exist', () => PATHS.serverNics(pid, u(21)), { nics: [{ subnet_id: u(11), port_id: u(97) }] }, 400, 'Ecs.0307'],
    ['more NICs than the server has slots', () => PATHS.serverNics(pid, u(21)), { nics: Array.from({ length: 12 }, () => ({ subnet_id: u(11) })) }, 400, 'Ecs.0050'],
    ['a body without nics', () => PATHS.serverNics(pid, u(21)), { nic: [] }, 400, 'Ecs.0005'],
    ['a delete of a port that does not exist', () => PATHS.serverNicsDelete(pid, u(21)), { nics: [{ id: u(97) }] }, 400, 'Ecs.0307'],
  ])('refuses %s at once with %s in the ECS body, starting no job', async (_what, path, body, status, code) => {
    const before = await portsSnapshot();
    expect(await call('POST', path(), body)).toMatchObject({ status, json: { error: { code } } });
    expect(await portsSnapshot()).toEqual(before);
  });

  it('an unknown job is Common.0011', async () => {
    expect(await call('GET', PATHS.job(pid, 'ff'.repeat(16)))).toMatchObject({ status: 400, json: { error: { code: 'Common.0011', message: 'Failed to obtain the job.' } } });
  });

  it('a new NIC in a subnet (no port_id) is created on the server when the job succeeds', async () => {
    const res = (await call('POST', PATHS.serverNics(pid, u(21)), { nics: [{ subnet_id: u(12), security_groups: [{ id: u(5) }] }] })).json as { job_id: string };
    await seeded.current.advance(2000);
    const done = await job(res.job_id);
    const nicId = done.entities.sub_jobs[0]!.entities as { nic_id: string };
    expect(await port(nicId.nic_id)).toMatchObject({ device_id: u(21), network_id: u(12), security_groups: [u(5)], status: 'ACTIVE' });
  });
});
