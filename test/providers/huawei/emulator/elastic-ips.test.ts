import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PATHS } from '../../../../src/providers/huawei/wire';
import { PROJECTS, networkFixture, signedRequest, startHuaweiEmulator, u, type EmulatorHandle } from '../support';

/** The elastic-IP family: CreatePublicip (PENDING_CREATE → DOWN), DeletePublicip refused while bound or changing. */

let emulator: EmulatorHandle;
beforeAll(async () => {
  emulator = await startHuaweiEmulator();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await emulator.reset();
  await emulator.seed({ ...networkFixture(), publicips: [{ id: u(91), public_ip_address: '80.1.1.1' }, { id: u(92), public_ip_address: '80.1.1.2', port_id: u(31) }] });
});

const pid = PROJECTS.acmeNorth.projectId;
const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => signedRequest(emulator.url, method, path, { body });
const create = (bandwidth: Record<string, unknown>, publicip: Record<string, unknown> = { type: '5_bgp', ip_version: 4 }) =>
  call('POST', PATHS.publicips(pid), { publicip, bandwidth });
const publicips = async () => (await emulator.snapshot()).acme!['cn-north-4']!.publicips;

describe('CreatePublicip', () => {
  it('answers the new EIP PENDING_CREATE with its bandwidth; DOWN once asyncDelayMs has passed', async () => {
    const res = await create({ name: 'bw-1', size: 10, share_type: 'PER', charge_mode: 'traffic' });
    expect(res.status).toBe(200);
    const ip = (res.json as { publicip: { id: string } & Record<string, unknown> }).publicip;
    expect(ip).toMatchObject({ status: 'PENDING_CREATE', type: '5_bgp', ip_version: 4, bandwidth_size: 10, bandwidth_name: 'bw-1', bandwidth_share_type: 'PER', tenant_id: pid });
    expect(ip.public_ip_address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    await emulator.advance(2000);
    expect(await call('GET', PATHS.publicip(pid, ip.id))).toMatchObject({ json: { publicip: { status: 'DOWN' } } });
  });

  it.each([
    ['a size above the range', { name: 'bw', size: 2001, share_type: 'PER' }, undefined, 'VPC.0301'],
    ['a size of 0', { name: 'bw', size: 0, share_type: 'PER' }, undefined, 'VPC.0301'],
    ['a name with spaces', { name: 'b w', size: 5, share_type: 'PER' }, undefined, 'VPC.0301'],
    ['an unknown charge mode', { name: 'bw', size: 5, share_type: 'PER', charge_mode: 'flat' }, undefined, 'VPC.0301'],
    ['a shared bandwidth', { name: 'bw', size: 5, share_type: 'WHOLE' }, undefined, 'VPC.0501'],
    ['an unknown EIP type', { name: 'bw', size: 5, share_type: 'PER' }, { type: '5_xyz' }, 'VPC.0501'],
  ])('refuses %s with %s, creating nothing', async (_what, bandwidth, publicip, code) => {
    const before = await publicips();
    expect(await create(bandwidth, publicip)).toMatchObject({ status: 400, json: { code } });
    expect(await publicips()).toEqual(before);
  });
});

describe('DeletePublicip', () => {
  it('deletes an unbound EIP (204); a bound or binding one is VPC.0510 and stays', async () => {
    expect((await call('DELETE', PATHS.publicip(pid, u(91)))).status).toBe(204);
    expect(await call('GET', PATHS.publicip(pid, u(91)))).toMatchObject({ status: 500, json: { code: 'VPC.0504' } });
    const before = await publicips();
    expect(await call('DELETE', PATHS.publicip(pid, u(92)))).toMatchObject({ status: 409, json: { code: 'VPC.0510', message: 'Floatingip has already associated with port.' } });
    expect(await publicips()).toEqual(before);
  });

  it('an EIP being unbound (PENDING_UPDATE) can be neither deleted nor bound again until it settles', async () => {
    await call('PUT', PATHS.publicip(pid, u(92)), { publicip: { port_id: null } });
    expect(await call('DELETE', PATHS.publicip(pid, u(92)))).toMatchObject({ status: 409, json: { code: 'VPC.0510' } });
    expect(await call('PUT', PATHS.publicip(pid, u(92)), { publicip: { port_id: u(32) } })).toMatchObject({ status: 409, json: { code: 'VPC.0510' } });
    await emulator.advance(2000);
    expect((await call('DELETE', PATHS.publicip(pid, u(92)))).status).toBe(204);
  });

  it('a port that already has an EIP cannot take a second one (VPC.0510)', async () => {
    expect(await call('PUT', PATHS.publicip(pid, u(91)), { publicip: { port_id: u(31) } })).toMatchObject({ status: 409, json: { code: 'VPC.0510' } });
  });
});
