import { describe, expect, it } from 'vitest';
import { PATHS } from '../../../../src/providers/huawei/wire';
import { PROJECTS, dcFixture, signedRequest, u, seededEmulator } from '../support';

/**
 * DCaaS v3 (seed 001). No official Node SDK exists for DCaaS, so the wire shapes are checked here
 * against the field names of the Go SDK models (reference/huawei/resources.md §8) and the seed page.
 */

const GO_VIF_PEER_FIELDS = [
  'id', 'tenant_id', 'name', 'description', 'address_family', 'local_gateway_ip', 'remote_gateway_ip', 'route_mode', 'bgp_asn', 'bgp_md5',
  'remote_ep_group', 'service_ep_group', 'device_id', 'bgp_route_limit', 'bgp_status', 'status', 'vif_id',
];
const SEED_VIF_PEER_FIELDS = ['receive_route_num', 'enable_nqa', 'enable_bfd', 'enable_gre', 'gre_status', 'local_gre_tunnel_ip', 'remote_gre_tunnel_ip'];
const GO_VIRTUAL_INTERFACE_FIELDS = [
  'id', 'name', 'admin_state_up', 'bandwidth', 'create_time', 'description', 'direct_connect_id', 'service_type', 'status', 'tenant_id', 'type',
  'vgw_id', 'vlan', 'route_limit', 'enable_nqa', 'enable_bfd', 'lag_id', 'device_id', 'enterprise_project_id', 'tags', 'local_gateway_v4_ip',
  'remote_gateway_v4_ip', 'ies_id', 'reason', 'rate_limit', 'address_family', 'local_gateway_v6_ip', 'remote_gateway_v6_ip', 'lgw_id',
  'gateway_id', 'remote_ep_group', 'service_ep_group', 'bgp_route_limit', 'priority', 'vif_peers', 'extend_attribute',
];

const seeded = seededEmulator(dcFixture);

const pid = PROJECTS.acmeNorth.projectId;
const v6 = { vif_id: u(61), name: 'vif-peer-test', address_family: 'ipv6', route_mode: 'static', remote_ep_group: [], description: '', local_gateway_ip: 'FD00::1/64', remote_gateway_ip: 'FD00::2/64' };
const create = (vifPeer: Record<string, unknown>) => signedRequest(seeded.current.url, 'POST', PATHS.vifPeers(pid), { body: { vif_peer: vifPeer } });
const showVif = async (id: string) => ((await signedRequest(seeded.current.url, 'GET', PATHS.virtualInterface(pid, id))).json as { virtual_interface: { vif_peers: Array<Record<string, unknown>> } }).virtual_interface;

describe('POST /v3/{project_id}/dcaas/vif-peers', () => {
  it('answers 201 {vif_peer, request_id} with every documented field, PENDING_CREATE', async () => {
    const res = await create(v6);
    expect(res.status).toBe(201);
    const body = res.json as { vif_peer: Record<string, unknown>; request_id: string };
    expect(body.request_id).toBe(res.headers.get('x-request-id'));
    expect(Object.keys(body.vif_peer)).toEqual(expect.arrayContaining([...GO_VIF_PEER_FIELDS, ...SEED_VIF_PEER_FIELDS]));
    expect(body.vif_peer).toMatchObject({
      tenant_id: pid,
      name: 'vif-peer-test',
      address_family: 'ipv6',
      local_gateway_ip: 'FD00::1/64',
      remote_gateway_ip: 'FD00::2/64',
      route_mode: 'static',
      bgp_asn: null,
      bgp_md5: null,
      bgp_status: null,
      status: 'PENDING_CREATE',
      vif_id: u(61),
      receive_route_num: -1,
      bgp_route_limit: 256,
      enable_bfd: false,
      enable_nqa: false,
    });
    expect(String(body.vif_peer.id)).toHaveLength(36);
  });

  it('turns ACTIVE after asyncDelayMs of emulator time, visible through the parent VIF', async () => {
    const { vif_peer } = (await create(v6)).json as { vif_peer: { id: string } };
    await seeded.current.advance(1999);
    expect((await showVif(u(61))).vif_peers.find((p) => p.id === vif_peer.id)).toMatchObject({ status: 'PENDING_CREATE' });
    await seeded.current.advance(1);
    expect((await showVif(u(61))).vif_peers.find((p) => p.id === vif_peer.id)).toMatchObject({ status: 'ACTIVE' });
  });

  it('a BGP peer reports its ASN, 0 received routes, and an established session once ACTIVE', async () => {
    const res = await create({ ...v6, vif_id: u(62), address_family: 'ipv4', local_gateway_ip: '5.5.6.1/30', remote_gateway_ip: '5.5.6.2/30', route_mode: 'bgp', bgp_asn: 4294967295 });
    expect(res.json).toMatchObject({ vif_peer: { bgp_asn: 4294967295, receive_route_num: 0, status: 'PENDING_CREATE' } });
    await seeded.current.advance(2000);
    expect((await showVif(u(62))).vif_peers[0]).toMatchObject({ status: 'ACTIVE', bgp_status: 'ESTABLISHED' });
  });

  it.each([
    ['a second peer of the same family on one VIF', { address_family: 'ipv4', local_gateway_ip: '5.5.6.1/30', remote_gateway_ip: '5.5.6.2/30' }, 'DC.0001', 'Request parameter error.'],
    ['a VIF that does not exist', { vif_id: u(99) }, 'DC.0002', 'The resource does not exist.'],
    ['a gateway of the other family', { local_gateway_ip: '5.5.6.1/30' }, 'DC.0004', 'Invalid IP address.'],
    ['a gateway without a prefix', { remote_gateway_ip: 'FD00::2' }, 'DC.0004', 'Invalid IP address.'],
    ['a remote subnet that is not a CIDR', { remote_ep_group: ['8.8.8.8'] }, 'DC.0004', 'Invalid IP address.'],
    ['an ASN out of range', { route_mode: 'bgp', bgp_asn: 4294967296 }, 'DC.0008', 'The BGP ASN is out of range.'],
    ['bgp without an ASN', { route_mode: 'bgp' }, 'DC.0001', 'Request parameter error.'],
    ['a name longer than 64', { name: 'n'.repeat(65) }, 'DC.0001', 'Request parameter error.'],
    ['a description longer than 128', { description: 'd'.repeat(129) }, 'DC.0001', 'Request parameter error.'],
    ['an unknown address family', { address_family: 'ipx' }, 'DC.0001', 'Request parameter error.'],
    ['a vif_id that is not 36 characters', { vif_id: 'vif-1' }, 'DC.0001', 'Request parameter error.'],
    ['an unknown route mode', { route_mode: 'ospf' }, 'DC.0001', 'Request parameter error.'],
  ])('rejects %s in the DC v3 error body (HTTP 400)', async (_what, change, code, message) => {
    const res = await create({ ...v6, ...change });
    expect(res.status).toBe(400);
    const body = res.json as { error_code: string; error_msg: string; request_id: string };
    expect(body).toMatchObject({ error_code: code, error_msg: message });
    expect(body.request_id).toBe(res.headers.get('x-request-id'));
  });

  it('a body without vif_peer is DC.0000', async () => {
    const res = await signedRequest(seeded.current.url, 'POST', PATHS.vifPeers(pid), { body: {} });
    expect(res).toMatchObject({ status: 400, json: { error_code: 'DC.0000' } });
  });
});

describe('DELETE /v3/{project_id}/dcaas/vif-peers/{id}', () => {
  it('deletes a peer (PENDING_DELETE, then gone) but never the last peer of a VIF, nor one in a PENDING_* status', async () => {
    const { vif_peer } = (await create(v6)).json as { vif_peer: { id: string } };
    const peersOfVif = async () =>
      ((await signedRequest(seeded.current.url, 'GET', PATHS.virtualInterface(pid, u(61)))).json as { virtual_interface: { vif_peers: Array<{ id: string; status: string }> } })
        .virtual_interface.vif_peers;
    expect(await signedRequest(seeded.current.url, 'DELETE', PATHS.vifPeer(pid, vif_peer.id))).toMatchObject({ status: 400, json: { error_code: 'DC.0001' } });
    await seeded.current.advance(2000);
    expect((await signedRequest(seeded.current.url, 'DELETE', PATHS.vifPeer(pid, vif_peer.id))).status).toBe(204);
    expect((await peersOfVif()).find((p) => p.id === vif_peer.id)?.status).toBe('PENDING_DELETE');
    expect(await signedRequest(seeded.current.url, 'DELETE', PATHS.vifPeer(pid, u(71)))).toMatchObject({ status: 400, json: { error_code: 'DC.0001' } });
    await seeded.current.advance(2000);
    expect((await peersOfVif()).map((p) => p.id)).toEqual([u(71)]);
    expect(await signedRequest(seeded.current.url, 'DELETE', PATHS.vifPeer(pid, u(71)))).toMatchObject({ status: 400, json: { error_code: 'DC.0001' } });
    expect(await signedRequest(seeded.current.url, 'DELETE', PATHS.vifPeer(pid, u(99)))).toMatchObject({ status: 400, json: { error_code: 'DC.0002' } });
  });
});

describe('GET /v3/{project_id}/dcaas/virtual-interfaces', () => {
  it('returns every Go SDK VirtualInterface field with the peers inside', async () => {
    const res = await signedRequest(seeded.current.url, 'GET', PATHS.virtualInterfaces(pid));
    const body = res.json as { virtual_interfaces: Array<Record<string, unknown>>; page_info: Record<string, unknown>; request_id: string };
    expect(Object.keys(body.virtual_interfaces[0]!).sort()).toEqual([...GO_VIRTUAL_INTERFACE_FIELDS].sort());
    expect(body.virtual_interfaces[0]!.vif_peers).toEqual([expect.objectContaining({ id: u(71), vif_id: u(61) })]);
    expect(body.page_info).toEqual({ current_count: 2 });
  });

  it('pages with limit/marker and page_info.next_marker', async () => {
    const p1 = (await signedRequest(seeded.current.url, 'GET', PATHS.virtualInterfaces(pid), { query: [['limit', '1']] })).json as {
      virtual_interfaces: Array<{ id: string }>;
      page_info: { next_marker?: string; current_count: number };
    };
    expect(p1.virtual_interfaces.map((v) => v.id)).toEqual([u(61)]);
    expect(p1.page_info).toMatchObject({ current_count: 1, next_marker: u(61) });
    const p2 = (await signedRequest(seeded.current.url, 'GET', PATHS.virtualInterfaces(pid), { query: [['limit', '1'], ['marker', p1.page_info.next_marker!]] })).json as {
      virtual_interfaces: Array<{ id: string }>;
      page_info: { next_marker?: string; previous_marker?: string };
    };
    expect(p2.virtual_interfaces.map((v) => v.id)).toEqual([u(62)]);
    expect(p2.page_info.next_marker).toBeUndefined();
  });

  it('filters by repeated id and rejects a limit outside 1–2000 with DC.0001', async () => {
    const res = await signedRequest(seeded.current.url, 'GET', PATHS.virtualInterfaces(pid), { query: [['id', u(62)]] });
    expect((res.json as { virtual_interfaces: Array<{ id: string }> }).virtual_interfaces.map((v) => v.id)).toEqual([u(62)]);
    expect(await signedRequest(seeded.current.url, 'GET', PATHS.virtualInterfaces(pid), { query: [['limit', '2001']] })).toMatchObject({
      status: 400,
      json: { error_code: 'DC.0001' },
    });
  });

  it('an unknown VIF is DC.0002 with HTTP 400, as DC documents', async () => {
    expect(await signedRequest(seeded.current.url, 'GET', PATHS.virtualInterface(pid, u(99)))).toMatchObject({ status: 400, json: { error_code: 'DC.0002' } });
  });
});
