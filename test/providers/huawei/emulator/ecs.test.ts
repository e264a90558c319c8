import { describe, expect, it } from 'vitest';
import { PATHS } from '../../../../src/providers/huawei/wire';
import { PROJECTS, networkFixture, signedRequest, u, seededEmulator } from '../support';

/** ECS bind/unbind of seed 000 and the os-interface list: the state rules, over HTTP. */

const seeded = seededEmulator(networkFixture);

const pid = PROJECTS.acmeNorth.projectId;
const put = (nicId: string, nic: Record<string, unknown> | undefined, rawBody?: string) =>
  signedRequest(seeded.current.url, 'PUT', PATHS.nic(pid, nicId), { body: nic === undefined ? undefined : { nic }, rawBody });
const port = async (id: string) => ((await signedRequest(seeded.current.url, 'GET', PATHS.port(pid, id))).json as { port: Record<string, unknown> }).port;

describe('PUT /v1/{project_id}/cloudservers/nics/{nic_id}', () => {
  it('an unassigned address: creates a neutron:VIP_PORT port and adds the address to the NIC allowed_address_pairs', async () => {
    const res = await put(u(31), { subnet_id: u(11), ip_address: '10.0.0.50' });
    expect(res.status).toBe(200);
    const { port_id } = res.json as { port_id: string };
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(await port(port_id)).toMatchObject({ device_owner: 'neutron:VIP_PORT', network_id: u(11), fixed_ips: [{ ip_address: '10.0.0.50' }] });
    expect((await port(u(31))).allowed_address_pairs).toEqual([{ ip_address: '10.0.0.50' }]);
  });

  it('an existing VIP: binds the same port to a second NIC (no new port)', async () => {
    await seeded.current.seed({ account: 'acme', region: 'cn-north-4', servers: [{ id: u(23), name: 'web-3' }], nics: [{ id: u(33), server_id: u(23), subnet_id: u(12), ip_address: '10.0.1.33' }] });
    const first = (await put(u(31), { subnet_id: u(11), ip_address: '10.0.0.50' })).json as { port_id: string };
    const second = (await put(u(33), { subnet_id: u(11), ip_address: '10.0.0.50' })).json as { port_id: string };
    expect(second.port_id).toBe(first.port_id);
    expect((await port(u(33))).allowed_address_pairs).toEqual([{ ip_address: '10.0.0.50' }]);
  });

  it('binding twice is idempotent on the NIC', async () => {
    await put(u(31), { subnet_id: u(11), ip_address: '10.0.0.50' });
    await put(u(31), { subnet_id: u(11), ip_address: '10.0.0.50' });
    expect((await port(u(31))).allowed_address_pairs).toEqual([{ ip_address: '10.0.0.50' }]);
  });

  it('reverse_binding adds the NIC IP/MAC pair to the VIP port', async () => {
    const { port_id } = (await put(u(31), { subnet_id: u(11), ip_address: '10.0.0.50', reverse_binding: true })).json as { port_id: string };
    const nic = await port(u(31));
    expect((await port(port_id)).allowed_address_pairs).toEqual([{ ip_address: '10.0.0.11', mac_address: nic.mac_address }]);
  });

  it('unbind (empty subnet_id and ip_address) clears the NIC virtual IPs and returns the NIC port', async () => {
    const { port_id } = (await put(u(31), { subnet_id: u(11), ip_address: '10.0.0.50', reverse_binding: true })).json as { port_id: string };
    const res = await put(u(31), { subnet_id: '', ip_address: '' });
    expect(res).toMatchObject({ status: 200, json: { port_id: u(31) } });
    expect((await port(u(31))).allowed_address_pairs).toEqual([]);
    expect(await port(port_id)).toMatchObject({ allowed_address_pairs: [], status: 'DOWN' });
    expect((await seeded.current.calls('DisassociateServerVirtualIp')).length).toBe(1);
  });

  it.each([
    ['the address is held by a non-VIP port', u(31), { subnet_id: u(11), ip_address: '10.0.0.2' }, 'Ecs.0010', 'Private IP address 10.0.0.2 is already in use.'],
    ['the address is outside the subnet', u(31), { subnet_id: u(11), ip_address: '10.0.7.7' }, 'Ecs.0039', `Private IP address [10.0.7.7] is not in subnet [${u(11)}].`],
    ['the subnet does not exist', u(31), { subnet_id: u(99), ip_address: '10.0.0.50' }, 'Ecs.0038', `Subnet [${u(99)}] does not exist.`],
    ['the subnet is in another VPC', u(31), { subnet_id: u(13), ip_address: '10.1.0.50' }, 'Ecs.0064', 'The VPC ID in the request body is different from that in the primary NIC.'],
    ['the NIC does not exist', u(99), { subnet_id: u(11), ip_address: '10.0.0.50' }, 'Ecs.0307', `Failed to view the port because port [${u(99)}] could not be found.`],
    ['the port is not a NIC (DHCP port)', u(41), { subnet_id: u(11), ip_address: '10.0.0.50' }, 'Ecs.0307', `Failed to view the port because port [${u(41)}] could not be found.`],
    ['the server is not started or stopped', u(32), { subnet_id: u(11), ip_address: '10.0.0.50' }, 'Ecs.0100', `Disks can be attached to ECS [${u(22)}] only in started or stopped state.`],
    ['subnet_id is not a UUID', u(31), { subnet_id: 'subnet-1', ip_address: '10.0.0.50' }, 'Ecs.0005', 'Invalid request body.'],
    ['ip_address is not an address', u(31), { subnet_id: u(11), ip_address: '10.0.0' }, 'Ecs.0005', 'Invalid request body.'],
    ['the nic object is missing', u(31), undefined, 'Common.0002', 'Request body is null!'],
  ])('fails when %s with the ECS error body', async (_what, nicId, nic, code, message) => {
    const res = await put(nicId, nic);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: { code, message } });
    expect((await port(u(31))).allowed_address_pairs).toEqual([]);
  });

  it('a body that is not JSON is Ecs.0005 "request body is illegal."', async () => {
    const res = await put(u(31), undefined, '{nic:');
    expect(res).toMatchObject({ status: 400, json: { error: { code: 'Ecs.0005', message: 'request body is illegal.' } } });
  });
});

describe('GET /v1/{project_id}/cloudservers/{server_id}/os-interface', () => {
  it('lists the server NICs with the SDK field names', async () => {
    const res = await signedRequest(seeded.current.url, 'GET', PATHS.serverInterfaces(pid, u(21)));
    expect(res.status).toBe(200);
    const body = res.json as { interfaceAttachments: Array<Record<string, unknown>>; attachableQuantity: { free_nic: number } };
    expect(Object.keys(body.interfaceAttachments[0]!).sort()).toEqual(
      ['delete_on_termination', 'driver_mode', 'fixed_ips', 'mac_addr', 'min_rate', 'multiqueue_num', 'net_id', 'pci_address', 'port_id', 'port_state'].sort(),
    );
    expect(body.attachableQuantity.free_nic).toBeGreaterThan(0);
  });

  it('an unknown server is Ecs.0114 (404)', async () => {
    const res = await signedRequest(seeded.current.url, 'GET', PATHS.serverInterfaces(pid, u(99)));
    expect(res).toMatchObject({ status: 404, json: { error: { code: 'Ecs.0114', message: `ECS [${u(99)}] could not be found.` } } });
  });
});
