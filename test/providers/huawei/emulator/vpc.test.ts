import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PATHS } from '../../../../src/providers/huawei/wire';
import { PROJECTS, networkFixture, signedRequest, startHuaweiEmulator, u, type EmulatorHandle } from '../support';

/** VPC v1 ports, subnets, private IPs and publicips: filters, paging, EIP binding rules. */

let emulator: EmulatorHandle;
beforeAll(async () => {
  emulator = await startHuaweiEmulator();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await emulator.reset();
  await emulator.seed({
    ...networkFixture(),
    publicips: [
      { id: u(91), public_ip_address: '80.1.1.1' },
      { id: u(92), public_ip_address: '80.1.1.2', port_id: u(31) },
      { id: u(93), public_ip_address: '80.1.1.3', status: 'BINDING', port_id: u(32) },
    ],
  });
});

const pid = PROJECTS.acmeNorth.projectId;
const get = (path: string, query?: Array<[string, string]>) => signedRequest(emulator.url, 'GET', path, { query });
const ids = (json: unknown, field: string) => (json as Record<string, Array<{ id: string }>>)[field]!.map((x) => x.id);

describe('ports', () => {
  it('pages by marker/limit in id order until a short page', async () => {
    const p1 = await get(PATHS.ports(pid), [['limit', '2']]);
    expect(ids(p1.json, 'ports')).toEqual([u(31), u(32)]);
    const p2 = await get(PATHS.ports(pid), [['limit', '2'], ['marker', u(32)]]);
    expect(ids(p2.json, 'ports')).toEqual([u(41)]);
  });

  it('filters by device_owner, device_id, network_id, fixed_ips and repeated id', async () => {
    expect(ids((await get(PATHS.ports(pid), [['device_owner', 'network:dhcp']])).json, 'ports')).toEqual([u(41)]);
    expect(ids((await get(PATHS.ports(pid), [['device_id', u(22)]])).json, 'ports')).toEqual([u(32)]);
    expect(ids((await get(PATHS.ports(pid), [['network_id', u(12)]])).json, 'ports')).toEqual([]);
    expect(ids((await get(PATHS.ports(pid), [['fixed_ips', 'ip_address=10.0.0.11']])).json, 'ports')).toEqual([u(31)]);
    expect(ids((await get(PATHS.ports(pid), [['id', u(41)], ['id', u(31)]])).json, 'ports')).toEqual([u(31), u(41)]);
  });

  it('a NIC port carries the documented Port fields', async () => {
    const { port } = (await get(PATHS.port(pid, u(31)))).json as { port: Record<string, unknown> };
    expect(port).toMatchObject({
      id: u(31),
      network_id: u(11),
      device_id: u(21),
      device_owner: 'compute:cn-north-4a',
      tenant_id: pid,
      status: 'ACTIVE',
      admin_state_up: true,
      allowed_address_pairs: [],
      'binding:vnic_type': 'normal',
    });
    expect(port.mac_address).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
  });

  it('an unknown port is VPC.0508 in the VPC v1 body', async () => {
    expect(await get(PATHS.port(pid, u(99)))).toMatchObject({ status: 500, json: { code: 'VPC.0508', message: 'Port is invalid.' } });
  });

  it('the trailing slash the SDK may drop or keep does not matter', async () => {
    expect((await get(`${PATHS.ports(pid)}/`)).status).toBe(200);
  });
});

describe('subnets and private IPs', () => {
  it('lists subnets by VPC', async () => {
    expect(ids((await get(PATHS.subnets(pid), [['vpc_id', u(1)]])).json, 'subnets')).toEqual([u(11), u(12)]);
  });

  it('creates a private IP (a port with an empty owner) and refuses an address in use', async () => {
    const ok = await signedRequest(emulator.url, 'POST', PATHS.privateips(pid), { body: { privateips: [{ subnet_id: u(12) }] } });
    expect(ok.status).toBe(200);
    expect((ok.json as { privateips: Array<Record<string, unknown>> }).privateips[0]).toMatchObject({ subnet_id: u(12), device_owner: '', ip_address: '10.0.1.10' });
    const taken = await signedRequest(emulator.url, 'POST', PATHS.privateips(pid), { body: { privateips: [{ subnet_id: u(11), ip_address: '10.0.0.11' }] } });
    expect(taken).toMatchObject({ status: 400, json: { error_code: 'APIGW.0201' } });
  });
});

describe('publicips', () => {
  it('lists with marker/limit and filters by port_id', async () => {
    expect(ids((await get(PATHS.publicips(pid), [['limit', '2']])).json, 'publicips')).toEqual([u(91), u(92)]);
    expect(ids((await get(PATHS.publicips(pid), [['limit', '2'], ['marker', u(92)]])).json, 'publicips')).toEqual([u(93)]);
    expect(ids((await get(PATHS.publicips(pid), [['port_id', u(31)]])).json, 'publicips')).toEqual([u(92)]);
  });

  it('binds a DOWN publicip to a port (BINDING, then ACTIVE), refuses a second bind with VPC.0510 (409), unbinds (PENDING_UPDATE, then DOWN)', async () => {
    const bind = (id: string, portId: string | null) => signedRequest(emulator.url, 'PUT', PATHS.publicip(pid, id), { body: { publicip: { port_id: portId } } });
    const res = await bind(u(91), u(41));
    expect(res).toMatchObject({ status: 200, json: { publicip: { id: u(91), status: 'BINDING', port_id: u(41), private_ip_address: '10.0.0.2' } } });
    expect(await bind(u(91), u(31))).toMatchObject({ status: 409, json: { code: 'VPC.0510', message: 'Floatingip has already associated with port.' } });
    await emulator.advance(2000);
    expect((await get(PATHS.publicip(pid, u(91)))).json).toMatchObject({ publicip: { status: 'ACTIVE' } });
    expect(await bind(u(91), u(31))).toMatchObject({ status: 409, json: { code: 'VPC.0510' } });
    expect(await bind(u(91), null)).toMatchObject({ status: 200, json: { publicip: { status: 'PENDING_UPDATE', port_id: u(41) } } });
    await emulator.advance(2000);
    const unbound = (await get(PATHS.publicip(pid, u(91)))).json as { publicip: Record<string, unknown> };
    expect(unbound.publicip.status).toBe('DOWN');
    expect(unbound.publicip.port_id).toBeUndefined();
    expect(await bind(u(91), u(98))).toMatchObject({ status: 500, json: { code: 'VPC.0508' } });
    expect(await bind(u(99), u(31))).toMatchObject({ status: 500, json: { code: 'VPC.0504', message: 'Floating IP could not be found.' } });
  });

  it('a BINDING publicip becomes ACTIVE once the clock passes asyncDelayMs (no sleeping)', async () => {
    expect((await get(PATHS.publicip(pid, u(93)))).json).toMatchObject({ publicip: { status: 'BINDING' } });
    await emulator.advance(1999);
    expect((await get(PATHS.publicip(pid, u(93)))).json).toMatchObject({ publicip: { status: 'BINDING' } });
    await emulator.advance(1);
    expect((await get(PATHS.publicip(pid, u(93)))).json).toMatchObject({ publicip: { status: 'ACTIVE' } });
  });

  it('create_time uses the EIP "yyyy-MM-dd HH:mm:ss" form', async () => {
    const { publicip } = (await get(PATHS.publicip(pid, u(91)))).json as { publicip: { create_time: string } };
    expect(publicip.create_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });
});
