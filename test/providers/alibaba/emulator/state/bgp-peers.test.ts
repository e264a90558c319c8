import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ASYNC_DELAY_MS, networkFixture, startAlibaba, type TestEmulator } from '../../support';
import { emulatorApi } from './helpers';

let emu: TestEmulator;
let api: ReturnType<typeof emulatorApi>;

interface BgpPeer {
  BgpPeerId: string;
  BgpGroupId: string;
  RouterId: string;
  Status: string;
  BgpStatus: string;
  PeerIpAddress: string;
  EnableBfd: boolean;
  BfdMultiHop: number;
  IpVersion: string;
}

beforeAll(async () => {
  emu = await startAlibaba();
  api = emulatorApi(emu);
});
afterAll(async () => {
  await api.close();
  await emu.close();
});
beforeEach(async () => {
  await emu.control.reset();
  await emu.control.freeze();
  await emu.control.seed(networkFixture());
});

const peer = async (id: string) =>
  (await api.read<{ BgpPeers: { BgpPeer: BgpPeer[] } }>('DescribeBgpPeers', { BgpPeerId: id })).BgpPeers.BgpPeer[0];

async function created(params: Record<string, unknown> = {}): Promise<string> {
  const r = await api.call<{ BgpPeerId: string }>('CreateBgpPeer', { BgpGroupId: 'bgpg-main', PeerIpAddress: '10.0.0.10', ...params });
  if (!r.ok) throw new Error(r.error.code);
  return r.value.BgpPeerId;
}

describe('CreateBgpPeer', () => {
  it('Pending → Available on the clock, in the group\'s VBR', async () => {
    const id = await created({ EnableBfd: 'true', BfdMultiHop: 3 });
    expect(await peer(id)).toMatchObject({ Status: 'Pending', BgpStatus: 'Idle', RouterId: 'vbr-main', BgpGroupId: 'bgpg-main', EnableBfd: true, BfdMultiHop: 3, IpVersion: 'IPv4' });
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await peer(id)).toMatchObject({ Status: 'Available', BgpStatus: 'Established' });
  });

  it('answers the same peer for a repeated ClientToken', async () => {
    const a = await created({ ClientToken: 'peer-1' });
    const b = await created({ ClientToken: 'peer-1' });
    expect(b).toBe(a);
    await api.refused('CreateBgpPeer', { BgpGroupId: 'bgpg-main', PeerIpAddress: '10.0.0.11', ClientToken: 'peer-1' }, 'IdempotentParameterMismatch', 400);
  });

  it('holds at most 8 peers per VBR', async () => {
    for (let i = 0; i < 6; i++) await created({ PeerIpAddress: `10.0.1.${i + 1}` });
    await api.refused('CreateBgpPeer', { BgpGroupId: 'bgpg-main', PeerIpAddress: '10.0.2.1' }, 'InvalidParameter', 400);
  });

  it.each([
    [{ BgpGroupId: 'bgpg-nope' }, 'InvalidBgpGroupId.NotFound', 404],
    [{}, 'MissingParameter', 400],
    [{ BgpGroupId: 'bgpg-main', PeerIpAddress: '10.0.0' }, 'InvalidParameter', 400],
    [{ BgpGroupId: 'bgpg-main', EnableBfd: 'true' }, 'MissingParameter', 400],
    [{ BgpGroupId: 'bgpg-main', EnableBfd: 'true', BfdMultiHop: 256 }, 'InvalidParameter', 400],
    [{ BgpGroupId: 'bgpg-main', IpVersion: 'IPv5' }, 'InvalidParameter', 400],
  ])('refuses %j with %s (%d)', async (params, code, status) => {
    await api.refused('CreateBgpPeer', params, code, status);
  });
});

describe('ModifyBgpPeerAttribute', () => {
  it('Available → Modifying → Available with the changes applied', async () => {
    const r = await api.call('ModifyBgpPeerAttribute', { BgpPeerId: 'bgp-up', PeerIpAddress: '10.0.0.22', EnableBfd: 'true', BfdMultiHop: 5 });
    expect(r.ok).toBe(true);
    expect(await peer('bgp-up')).toMatchObject({ Status: 'Modifying', PeerIpAddress: '10.0.0.22', EnableBfd: true, BfdMultiHop: 5 });
    await emu.control.advance(ASYNC_DELAY_MS);
    expect((await peer('bgp-up'))?.Status).toBe('Available');
  });

  it('refuses a peer that is not Available, an unknown peer and an unknown group', async () => {
    await api.refused('ModifyBgpPeerAttribute', { BgpPeerId: 'bgp-pending', PeerIpAddress: '10.0.0.30' }, 'IncorrectStatus', 400);
    await api.refused('ModifyBgpPeerAttribute', { BgpPeerId: 'bgp-nope', PeerIpAddress: '10.0.0.30' }, 'InvalidBgpPeerId.NotFound', 404);
    await api.refused('ModifyBgpPeerAttribute', { BgpPeerId: 'bgp-up', BgpGroupId: 'bgpg-nope' }, 'InvalidBgpGroupId.NotFound', 404);
  });
});

describe('DeleteBgpPeer', () => {
  it('Available → Deleting → gone on the clock', async () => {
    expect((await api.call('DeleteBgpPeer', { BgpPeerId: 'bgp-up' })).ok).toBe(true);
    expect((await peer('bgp-up'))?.Status).toBe('Deleting');
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await peer('bgp-up')).toBeUndefined();
  });

  it('refuses a peer still pending or being modified, and an unknown one', async () => {
    await api.refused('DeleteBgpPeer', { BgpPeerId: 'bgp-pending' }, 'DependencyViolation.BgpPeer', 400);
    await api.call('ModifyBgpPeerAttribute', { BgpPeerId: 'bgp-up', PeerIpAddress: '10.0.0.40' });
    await api.refused('DeleteBgpPeer', { BgpPeerId: 'bgp-up' }, 'DependencyViolation.BgpPeer', 400);
    await api.refused('DeleteBgpPeer', { BgpPeerId: 'bgp-nope' }, 'InvalidBgpPeerId.NotFound', 404);
  });
});
