import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ASYNC_DELAY_MS, KEY, networkFixture, REGION, startAlibaba, type TestEmulator } from '../../support';
import { emulatorApi } from './helpers';

let emu: TestEmulator;
let api: ReturnType<typeof emulatorApi>;

interface HaVip {
  HaVipId: string;
  Status: string;
  AssociatedInstanceType: string;
  AssociatedInstances: { associatedInstance: string[] };
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

const havip = async (id: string) =>
  (await api.read<{ HaVips: { HaVip: HaVip[] } }>('DescribeHaVips', { 'Filter.1.Key': 'HaVipId', 'Filter.1.Value.1': id })).HaVips.HaVip[0];

async function bound(haVipId: string, eniId: string): Promise<void> {
  const r = await api.call('AssociateHaVip', { HaVipId: haVipId, InstanceId: eniId, InstanceType: 'NetworkInterface' });
  expect(r.ok).toBe(true);
  await emu.control.advance(ASYNC_DELAY_MS);
  expect((await havip(haVipId))?.Status).toBe('InUse');
}

async function secondEni(): Promise<void> {
  await emu.control.seed({ account: KEY.account, region: REGION, networkInterfaces: [{ id: 'eni-peer', vSwitchId: 'vsw-a' }] });
}

describe('CreateHaVip', () => {
  it('Creating → Available on the clock', async () => {
    const r = await api.call<{ HaVipId: string }>('CreateHaVip', { VSwitchId: 'vsw-a', Name: 'vip', Description: 'x' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((await havip(r.value.HaVipId))?.Status).toBe('Creating');
    await emu.control.advance(ASYNC_DELAY_MS);
    expect((await havip(r.value.HaVipId))?.Status).toBe('Available');
  });

  it.each([
    [{ VSwitchId: 'vsw-nope' }, 'InvalidVSwitch.NotFound', 400],
    [{ VSwitchId: 'vsw-a', IpAddress: '192.168.2.10' }, 'InvalidIPAddress.OutOfRange', 400],
    [{ VSwitchId: 'vsw-a', IpAddress: '192.168.1.1' }, 'InvalidIPAddress.NotAvailable', 400],
    [{ VSwitchId: 'vsw-a', IpAddress: '192.168.1.255' }, 'InvalidIPAddress.NotAvailable', 400],
    [{ VSwitchId: 'vsw-a', IpAddress: '192.168.1.200' }, 'InvalidIPAddress.AlreadyUsed', 400],
    [{ VSwitchId: 'vsw-a', IpAddress: '192.168.1' }, 'InvalidIPAddress.Malformed', 400],
    [{ VSwitchId: 'vsw-a', Description: 'https://x' }, 'InvalidDescription.Malformed', 400],
  ])('refuses %j with %s (%d)', async (params, code, status) => {
    await api.refused('CreateHaVip', params, code, status);
  });
});

describe('DeleteHaVip', () => {
  it('Available → Deleting → gone on the clock, its address freed', async () => {
    expect((await api.call('DeleteHaVip', { HaVipId: 'havip-a' })).ok).toBe(true);
    expect((await havip('havip-a'))?.Status).toBe('Deleting');
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await havip('havip-a')).toBeUndefined();
    expect((await api.call('CreateHaVip', { VSwitchId: 'vsw-a', IpAddress: '192.168.1.200' })).ok).toBe(true);
  });

  it('refuses a bound HaVip, one with an EIP, and an unknown one', async () => {
    await bound('havip-a', 'eni-free');
    await api.refused('DeleteHaVip', { HaVipId: 'havip-a' }, 'IncorrectStatus', 400);
    await emu.control.seed({
      account: KEY.account,
      region: REGION,
      haVips: [{ id: 'havip-eip', vSwitchId: 'vsw-a' }],
      eips: [{ id: 'eip-on-vip', status: 'InUse', instanceId: 'havip-eip', instanceType: 'HaVip' }],
    });
    await api.refused('DeleteHaVip', { HaVipId: 'havip-eip' }, 'DependencyViolation.HaVipAssociatedWithEIP', 400);
    await api.refused('DeleteHaVip', { HaVipId: 'havip-nope' }, 'InvalidHaVipId.NotFound', 404);
  });
});

describe('AssociateHaVip', () => {
  it('associates at most 10 ENIs', async () => {
    await emu.control.seed({
      account: KEY.account,
      region: REGION,
      networkInterfaces: Array.from({ length: 10 }, (_, i) => ({ id: `eni-n${i}`, vSwitchId: 'vsw-a' })),
    });
    for (let i = 0; i < 10; i++) {
      expect((await api.call('AssociateHaVip', { HaVipId: 'havip-a', InstanceId: `eni-n${i}`, InstanceType: 'NetworkInterface' })).ok).toBe(true);
      await emu.control.advance(ASYNC_DELAY_MS);
    }
    await api.refused('AssociateHaVip', { HaVipId: 'havip-a', InstanceId: 'eni-free', InstanceType: 'NetworkInterface' }, 'CountLimitExceeded.HaVipOnECSInstance', 400);
  });

  it('refuses an ECS instance that is neither Running nor Stopped', async () => {
    await api.refused('AssociateHaVip', { HaVipId: 'havip-a', InstanceId: 'i-starting' }, 'IncorrectInstanceStatus', 400);
  });
});

describe('UnassociateHaVip', () => {
  it('InUse → Unassociating → Available when its only ENI leaves', async () => {
    await bound('havip-a', 'eni-free');
    const r = await api.call('UnassociateHaVip', { HaVipId: 'havip-a', InstanceId: 'eni-free', InstanceType: 'NetworkInterface' });
    expect(r.ok).toBe(true);
    expect(await havip('havip-a')).toMatchObject({ Status: 'Unassociating', AssociatedInstances: { associatedInstance: ['eni-free'] } });
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await havip('havip-a')).toMatchObject({ Status: 'Available', AssociatedInstanceType: '', AssociatedInstances: { associatedInstance: [] } });
  });

  it('InUse → Unassociating → InUse while another ENI stays', async () => {
    await secondEni();
    await bound('havip-a', 'eni-free');
    await bound('havip-a', 'eni-peer');
    await api.call('UnassociateHaVip', { HaVipId: 'havip-a', InstanceId: 'eni-free', Force: 'True' });
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await havip('havip-a')).toMatchObject({ Status: 'InUse', AssociatedInstances: { associatedInstance: ['eni-peer'] } });
  });

  it('refuses what is not bound, an ENI it is not bound to, and an unknown HaVip', async () => {
    await api.refused('UnassociateHaVip', { HaVipId: 'havip-a', InstanceId: 'eni-free' }, 'IncorrectHaVipStatus', 400);
    await secondEni();
    await bound('havip-a', 'eni-free');
    await api.refused('UnassociateHaVip', { HaVipId: 'havip-a', InstanceId: 'eni-peer' }, 'ResourceNotAssociated', 400);
    await api.refused('UnassociateHaVip', { HaVipId: 'havip-nope', InstanceId: 'eni-free' }, 'InvalidHaVipId.NotFound', 404);
  });

  it('validates Force as True or False', async () => {
    await bound('havip-a', 'eni-free');
    await api.refused('UnassociateHaVip', { HaVipId: 'havip-a', InstanceId: 'eni-free', Force: 'yes' }, 'InvalidParameter', 400);
  });
});
