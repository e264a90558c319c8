import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ASYNC_DELAY_MS, KEY, networkFixture, REGION, startAlibaba, type TestEmulator } from '../../support';
import { emulatorApi } from './helpers';

let emu: TestEmulator;
let api: ReturnType<typeof emulatorApi>;

interface Eip {
  AllocationId: string;
  IpAddress: string;
  Status: string;
  InstanceId: string;
  Bandwidth: string;
  InternetChargeType: string;
  ISP: string;
  Name: string;
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

const eip = async (id: string) =>
  (await api.read<{ EipAddresses: { EipAddress: Eip[] } }>('DescribeEipAddresses', { AllocationId: id })).EipAddresses.EipAddress[0];

async function inUse(id: string, instanceId: string): Promise<void> {
  expect((await api.call('AssociateEipAddress', { AllocationId: id, InstanceId: instanceId })).ok).toBe(true);
  await emu.control.advance(ASYNC_DELAY_MS);
  expect((await eip(id))?.Status).toBe('InUse');
}

describe('AllocateEipAddress', () => {
  it('allocates an Available EIP with the requested bandwidth, billing, line and name', async () => {
    const r = await api.call<{ AllocationId: string; EipAddress: string }>('AllocateEipAddress', {
      Bandwidth: '20',
      InternetChargeType: 'PayByTraffic',
      ISP: 'BGP_PRO',
      Name: 'edge',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await eip(r.value.AllocationId)).toMatchObject({
      Status: 'Available',
      IpAddress: r.value.EipAddress,
      Bandwidth: '20',
      InternetChargeType: 'PayByTraffic',
      ISP: 'BGP_PRO',
      Name: 'edge',
    });
  });

  it('answers the same EIP for a repeated ClientToken and IdempotentParameterMismatch for other parameters', async () => {
    const first = await api.call<{ AllocationId: string }>('AllocateEipAddress', { ClientToken: 'tok-1', Bandwidth: '5' });
    const again = await api.call<{ AllocationId: string }>('AllocateEipAddress', { ClientToken: 'tok-1', Bandwidth: '5' });
    expect(first.ok && again.ok && first.value.AllocationId === again.value.AllocationId).toBe(true);
    await api.refused('AllocateEipAddress', { ClientToken: 'tok-1', Bandwidth: '6' }, 'IdempotentParameterMismatch', 400);
  });

  it.each([
    [{ Bandwidth: '0' }, 'InvalidParameter', 400],
    [{ Bandwidth: '501' }, 'InvalidParameter', 400],
    [{ InternetChargeType: 'PayByHour' }, 'InvalidParameter', 400],
  ])('refuses %j with %s (%d)', async (params, code, status) => {
    await api.refused('AllocateEipAddress', params, code, status);
  });
});

describe('ReleaseEipAddress', () => {
  it('Available → Releasing → gone on the clock', async () => {
    expect((await api.call('ReleaseEipAddress', { AllocationId: 'eip-free' })).ok).toBe(true);
    expect((await eip('eip-free'))?.Status).toBe('Releasing');
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await eip('eip-free')).toBeUndefined();
  });

  it('refuses a bound EIP, an EIP being released and an unknown one', async () => {
    await inUse('eip-free', 'i-web');
    await api.refused('ReleaseEipAddress', { AllocationId: 'eip-free' }, 'IncorrectEipStatus', 400);
    await api.call('ReleaseEipAddress', { AllocationId: 'eip-second' });
    await api.refused('ReleaseEipAddress', { AllocationId: 'eip-second' }, 'IncorrectEipStatus', 400);
    await api.refused('ReleaseEipAddress', { AllocationId: 'eip-nope' }, 'InvalidAllocationId.NotFound', 404);
  });
});

describe('UnassociateEipAddress', () => {
  it('InUse → Unassociating → Available on the clock, the binding cleared', async () => {
    await inUse('eip-free', 'i-web');
    expect((await api.call('UnassociateEipAddress', { AllocationId: 'eip-free', InstanceId: 'i-web' })).ok).toBe(true);
    expect((await eip('eip-free'))?.Status).toBe('Unassociating');
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await eip('eip-free')).toMatchObject({ Status: 'Available', InstanceId: '' });
  });

  it('refuses what is not associated, another instance, and an unknown EIP', async () => {
    await api.refused('UnassociateEipAddress', { AllocationId: 'eip-free' }, 'IncorrectEipStatus', 400);
    await inUse('eip-free', 'i-web');
    await api.refused('UnassociateEipAddress', { AllocationId: 'eip-free', InstanceId: 'i-zoneb' }, 'InvalidParameter', 400);
    await api.refused('UnassociateEipAddress', { AllocationId: 'eip-nope' }, 'InvalidAllocationId.NotFound', 404);
  });

  it('keeps unrelated EIPs as they were', async () => {
    await emu.control.seed({ account: KEY.account, region: REGION, eips: [{ id: 'eip-bound', status: 'InUse', instanceId: 'i-zoneb' }] });
    await inUse('eip-free', 'i-web');
    await api.call('UnassociateEipAddress', { AllocationId: 'eip-free' });
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await eip('eip-bound')).toMatchObject({ Status: 'InUse', InstanceId: 'i-zoneb' });
  });
});
