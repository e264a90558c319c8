import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PATHS } from '../../../../src/providers/huawei/wire';
import { PROJECTS, networkFixture, signedRequest, startHuaweiEmulator, u, type EmulatorHandle } from '../support';

/** The virtual-IP family: VIP ports (CreatePort with neutron:VIP_PORT), deleted unless bound, private IPs, unbinding what is not bound. */

let emulator: EmulatorHandle;
beforeAll(async () => {
  emulator = await startHuaweiEmulator();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await emulator.reset();
  await emulator.seed({ ...networkFixture(), vips: [{ id: u(81), subnet_id: u(11), ip_address: '10.0.0.100', bound_nic_ids: [u(31)] }] });
});

const pid = PROJECTS.acmeNorth.projectId;
const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => signedRequest(emulator.url, method, path, { body });
const portsSnapshot = async () => (await emulator.snapshot()).acme!['cn-north-4']!.ports;

describe('VIP ports and private IPs', () => {
  it('CreatePort with device_owner neutron:VIP_PORT makes a VIP port, DOWN, that DeletePort deletes (204)', async () => {
    const res = await call('POST', PATHS.ports(pid), { port: { network_id: u(11), device_owner: 'neutron:VIP_PORT' } });
    const vip = (res.json as { port: { id: string; device_owner: string; status: string; fixed_ips: Array<{ ip_address: string }> } }).port;
    expect(vip).toMatchObject({ device_owner: 'neutron:VIP_PORT', status: 'DOWN', fixed_ips: [{ ip_address: '10.0.0.10' }] });
    expect((await call('DELETE', PATHS.port(pid, vip.id))).status).toBe(204);
    expect(await call('GET', PATHS.port(pid, vip.id))).toMatchObject({ status: 500, json: { code: 'VPC.0508' } });
  });

  it('CreatePort refuses any other owner a caller sets; DeletePort refuses a VIP a NIC carries (VPC.2500), leaving it', async () => {
    expect(await call('POST', PATHS.ports(pid), { port: { network_id: u(11), device_owner: 'network:dhcp' } })).toMatchObject({ status: 400, json: { code: 'VPC.2500' } });
    const before = await portsSnapshot();
    expect(await call('DELETE', PATHS.port(pid, u(81)))).toMatchObject({ status: 400, json: { code: 'VPC.2500' } });
    expect(await portsSnapshot()).toEqual(before);
  });

  it('CreatePrivateip makes a private IP (empty owner) whatever device_owner it is sent', async () => {
    const res = await call('POST', PATHS.privateips(pid), { privateips: [{ subnet_id: u(11), device_owner: 'neutron:VIP_PORT' }] });
    expect((res.json as { privateips: Array<{ device_owner: string }> }).privateips).toEqual([expect.objectContaining({ device_owner: '', status: 'DOWN' })]);
  });

  it('DeletePrivateip refuses a bound VIP and a NIC address, with the state unchanged', async () => {
    const before = await portsSnapshot();
    expect(await call('DELETE', PATHS.privateip(pid, u(81)))).toMatchObject({ status: 400, json: { error_code: 'APIGW.0201' } });
    expect(await call('DELETE', PATHS.privateip(pid, u(31)))).toMatchObject({ status: 400, json: { error_code: 'APIGW.0201' } });
    expect(await call('DELETE', PATHS.privateip(pid, u(99)))).toMatchObject({ status: 500, json: { code: 'VPC.0508' } });
    expect(await portsSnapshot()).toEqual(before);
  });
});

describe('unbinding (seed 000 PUT with empty subnet_id and ip_address)', () => {
  const unbind = (nicId: string) => call('PUT', PATHS.nic(pid, nicId), { nic: { subnet_id: '', ip_address: '' } });

  it('takes the VIP off the NIC, which then turns DOWN; a second unbind is Ecs.0213 and changes nothing', async () => {
    expect(await unbind(u(31))).toMatchObject({ status: 200, json: { port_id: u(31) } });
    expect(await call('GET', PATHS.port(pid, u(81)))).toMatchObject({ json: { port: { status: 'DOWN' } } });
    const before = await portsSnapshot();
    expect(await unbind(u(31))).toMatchObject({ status: 400, json: { error: { code: 'Ecs.0213', message: `Failed to update allowed_address_pairs of port ${u(31)} because no virtual IP address is bound to it.` } } });
    expect(await portsSnapshot()).toEqual(before);
    expect((await emulator.calls('DisassociateServerVirtualIp')).map((c) => c.code)).toEqual([null, 'Ecs.0213']);
  });
});
