import { describe, expect, it } from 'vitest';
import { PATHS } from '../../../../src/providers/huawei/wire';
import { PROJECTS, dcFixture, signedRequest, u, seededEmulator } from '../support';

/** The VIF-peer family: UpdateVifPeer (name, description, remote_ep_group) and its refusals. */

const seeded = seededEmulator(dcFixture);

const pid = PROJECTS.acmeNorth.projectId;
const update = (peerId: string, body: unknown) => signedRequest(seeded.current.url, 'PUT', PATHS.vifPeer(pid, peerId), { body });
const vifs = async () => (await seeded.current.snapshot()).acme!['cn-north-4']!.virtualInterfaces;

describe('PUT /v3/{project_id}/dcaas/vif-peers/{id}', () => {
  it('changes name, description and remote_ep_group at once and answers the peer', async () => {
    const res = await update(u(71), { vif_peer: { name: 'renamed', description: 'hq', remote_ep_group: ['10.8.0.0/16', '10.9.0.0/16'] } });
    expect(res).toMatchObject({ status: 200, json: { vif_peer: { id: u(71), name: 'renamed', description: 'hq', remote_ep_group: ['10.8.0.0/16', '10.9.0.0/16'], status: 'ACTIVE' } } });
    expect((res.json as { request_id: string }).request_id).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each([
    ['a body without vif_peer', { name: 'x' }, 'DC.0000'],
    ['a name over 64 characters', { vif_peer: { name: 'x'.repeat(65) } }, 'DC.0001'],
    ['a description over 128 characters', { vif_peer: { description: 'x'.repeat(129) } }, 'DC.0001'],
    ['a remote subnet that is not a CIDR', { vif_peer: { remote_ep_group: ['10.8.0.0'] } }, 'DC.0004'],
  ])('refuses %s with %s (HTTP 400), changing nothing', async (_what, body, code) => {
    const before = await vifs();
    expect(await update(u(71), body)).toMatchObject({ status: 400, json: { error_code: code } });
    expect(await vifs()).toEqual(before);
  });

  it('a peer in PENDING_CREATE cannot be changed (DC.0001) until it is ACTIVE; an unknown peer is DC.0002', async () => {
    const created = await signedRequest(seeded.current.url, 'POST', PATHS.vifPeers(pid), {
      body: { vif_peer: { name: 'v6', address_family: 'ipv6', local_gateway_ip: 'FD00::1/64', remote_gateway_ip: 'FD00::2/64', vif_id: u(61) } },
    });
    const id = (created.json as { vif_peer: { id: string } }).vif_peer.id;
    expect(await update(id, { vif_peer: { name: 'n' } })).toMatchObject({ status: 400, json: { error_code: 'DC.0001' } });
    await seeded.current.advance(2000);
    expect(await update(id, { vif_peer: { name: 'n' } })).toMatchObject({ status: 200, json: { vif_peer: { name: 'n' } } });
    expect(await update(u(79), { vif_peer: { name: 'n' } })).toMatchObject({ status: 400, json: { error_code: 'DC.0002' } });
  });
});
