import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ASYNC_DELAY_MS, KEY, networkFixture, REGION, startAlibaba, type TestEmulator } from '../../support';
import { emulatorApi } from './helpers';

let emu: TestEmulator;
let api: ReturnType<typeof emulatorApi>;

interface Eni {
  NetworkInterfaceId: string;
  NetworkInterfaceName: string;
  Description: string;
  Status: string;
  Type: string;
  InstanceId: string;
  Attachment?: { InstanceId: string; DeviceIndex: number };
  SecurityGroupIds: { SecurityGroupId: string[] };
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

async function enis(params: Record<string, unknown>): Promise<Eni[]> {
  return (await api.read<{ NetworkInterfaceSets: { NetworkInterfaceSet: Eni[] } }>('DescribeNetworkInterfaces', params)).NetworkInterfaceSets
    .NetworkInterfaceSet;
}
const eni = async (id: string) => (await enis({ 'NetworkInterfaceId.1': id }))[0];
const primaryOf = async (instanceId: string) => (await enis({ InstanceId: instanceId, Type: 'Primary' }))[0]!.NetworkInterfaceId;

async function attached(id: string, instanceId: string): Promise<void> {
  const r = await api.call('AttachNetworkInterface', { NetworkInterfaceId: id, InstanceId: instanceId });
  expect(r.ok).toBe(true);
  await emu.control.advance(ASYNC_DELAY_MS);
  expect((await eni(id))?.Status).toBe('InUse');
}

describe('ModifyNetworkInterfaceAttribute', () => {
  it('renames, describes and replaces the security group set at once', async () => {
    const r = await api.call('ModifyNetworkInterfaceAttribute', {
      NetworkInterfaceId: 'eni-free',
      NetworkInterfaceName: 'renamed',
      Description: 'for tests',
      'SecurityGroupId.1': 'sg-db',
    });
    expect(r.ok).toBe(true);
    expect(await eni('eni-free')).toMatchObject({ NetworkInterfaceName: 'renamed', Description: 'for tests', SecurityGroupIds: { SecurityGroupId: ['sg-db'] } });
  });

  it('keeps what is not given', async () => {
    await api.call('ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: 'eni-free', Description: 'only this' });
    expect(await eni('eni-free')).toMatchObject({ Description: 'only this', SecurityGroupIds: { SecurityGroupId: ['sg-web'] } });
  });

  it.each([
    [{ NetworkInterfaceId: 'eni-nope', Description: 'xx' }, 'InvalidEniId.NotFound', 404],
    [{ NetworkInterfaceId: 'eni-free', 'SecurityGroupId.1': 'sg-nope' }, 'InvalidSecurityGroupId.NotFound', 404],
    [{ NetworkInterfaceId: 'eni-free', 'SecurityGroupId.1': 'sg-elsewhere' }, 'InvalidOperation.VpcMismatch', 403],
    [{ NetworkInterfaceId: 'eni-free', 'SecurityGroupId.1': 'sg-classic' }, 'InvalidSecurityGroupId.NotVpc', 403],
    [{ NetworkInterfaceId: 'eni-free', NetworkInterfaceName: 'x' }, 'InvalidParameter', 400],
    [{ NetworkInterfaceId: 'eni-free', Description: 'http://x' }, 'InvalidParameter', 400],
  ])('refuses %j with %s (%d), changing nothing', async (params, code, status) => {
    await api.refused('ModifyNetworkInterfaceAttribute', params, code, status);
  });

  it('refuses an ENI that is being deleted', async () => {
    await api.call('DeleteNetworkInterface', { NetworkInterfaceId: 'eni-free' });
    await api.refused('ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: 'eni-free', Description: 'late' }, 'InvalidOperation.InvalidEniState', 400);
  });
});

describe('DetachNetworkInterface', () => {
  it('InUse → Detaching → Available on the clock, the attachment gone', async () => {
    await attached('eni-free', 'i-web');
    expect(await eni('eni-free')).toMatchObject({ InstanceId: 'i-web', Attachment: { InstanceId: 'i-web', DeviceIndex: 1 } });
    expect((await api.call('DetachNetworkInterface', { NetworkInterfaceId: 'eni-free', InstanceId: 'i-web' })).ok).toBe(true);
    expect((await eni('eni-free'))?.Status).toBe('Detaching');
    await emu.control.advance(ASYNC_DELAY_MS - 1);
    expect((await eni('eni-free'))?.Status).toBe('Detaching');
    await emu.control.advance(1);
    const after = await eni('eni-free');
    expect(after).toMatchObject({ Status: 'Available', InstanceId: '' });
    expect(after?.Attachment).toBeUndefined();
  });

  it('accepts a repeated detach while Detaching (the page: re-initiate the request)', async () => {
    await attached('eni-free', 'i-web');
    await api.call('DetachNetworkInterface', { NetworkInterfaceId: 'eni-free', InstanceId: 'i-web' });
    expect((await api.call('DetachNetworkInterface', { NetworkInterfaceId: 'eni-free', InstanceId: 'i-web' })).ok).toBe(true);
    await emu.control.advance(ASYNC_DELAY_MS);
    expect((await eni('eni-free'))?.Status).toBe('Available');
  });

  it('frees the instance slot: the ENI can be attached again', async () => {
    await attached('eni-free', 'i-web');
    await api.call('DetachNetworkInterface', { NetworkInterfaceId: 'eni-free', InstanceId: 'i-web' });
    await emu.control.advance(ASYNC_DELAY_MS);
    await attached('eni-free', 'i-web');
  });

  it('never detaches the primary ENI', async () => {
    await api.refused('DetachNetworkInterface', { NetworkInterfaceId: await primaryOf('i-web'), InstanceId: 'i-web' }, 'InvalidOperation.DetachPrimaryEniNotAllowed', 400);
  });

  it.each([
    [{ NetworkInterfaceId: 'eni-nope', InstanceId: 'i-web' }, 'InvalidEniId.NotFound', 404],
    [{ NetworkInterfaceId: 'eni-free', InstanceId: 'i-nope' }, 'InvalidEcsId.NotFound', 404],
    [{ NetworkInterfaceId: 'eni-free', InstanceId: 'i-web' }, 'InvalidOperation.InvalidEniState', 400],
    [{ NetworkInterfaceId: 'eni-free' }, 'MissingParameter', 400],
  ])('refuses %j with %s (%d)', async (params, code, status) => {
    await api.refused('DetachNetworkInterface', params, code, status);
  });

  it('refuses an instance the ENI is not attached to', async () => {
    await attached('eni-free', 'i-web');
    await api.refused('DetachNetworkInterface', { NetworkInterfaceId: 'eni-free', InstanceId: 'i-zoneb' }, 'InvalidParameter', 400);
  });

  it('refuses while the instance is neither Running nor Stopped', async () => {
    await emu.control.seed({
      account: KEY.account,
      region: REGION,
      networkInterfaces: [{ id: 'eni-on-starting', vSwitchId: 'vsw-a', status: 'InUse', instanceId: 'i-starting' }],
    });
    await api.refused('DetachNetworkInterface', { NetworkInterfaceId: 'eni-on-starting', InstanceId: 'i-starting' }, 'InvalidOperation.InvalidEcsState', 400);
  });
});

describe('DeleteNetworkInterface', () => {
  it('Available → Deleting → gone on the clock, its addresses freed', async () => {
    expect((await api.call('DeleteNetworkInterface', { NetworkInterfaceId: 'eni-free' })).ok).toBe(true);
    expect((await eni('eni-free'))?.Status).toBe('Deleting');
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await eni('eni-free')).toBeUndefined();
    const reuse = await api.call('CreateNetworkInterface', { VSwitchId: 'vsw-a', PrimaryIpAddress: '192.168.1.100' });
    expect(reuse.ok).toBe(true);
  });

  it('refuses an attached ENI', async () => {
    await attached('eni-free', 'i-web');
    await api.refused('DeleteNetworkInterface', { NetworkInterfaceId: 'eni-free' }, 'InvalidOperation.InvalidEniState', 400);
  });

  it('refuses an ENI that is attaching', async () => {
    await api.call('AttachNetworkInterface', { NetworkInterfaceId: 'eni-free', InstanceId: 'i-web' });
    await api.refused('DeleteNetworkInterface', { NetworkInterfaceId: 'eni-free' }, 'InvalidOperation.InvalidEniState', 400);
  });
});
