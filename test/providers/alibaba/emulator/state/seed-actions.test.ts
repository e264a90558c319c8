import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../src/domain/errors';
import { ASYNC_DELAY_MS, caller, KEY, networkFixture, OTHER_KEY, REGION, startAlibaba, type TestEmulator } from '../../support';

let emu: TestEmulator;
let api: ReturnType<typeof caller>;
type Body = Record<string, unknown> & { NetworkInterfaceId?: string };

beforeAll(async () => {
  emu = await startAlibaba();
  api = caller(emu.url);
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

function code(r: Result<unknown>): string {
  return r.ok ? 'OK' : r.error.code;
}

async function eni(id: string) {
  const r = await api.call<{ NetworkInterfaceSets: { NetworkInterfaceSet: Array<Record<string, unknown> & { Status: string; PrivateIpSets: { PrivateIpSet: Array<{ PrivateIpAddress: string; Primary: boolean }> } }> } }>(
    'DescribeNetworkInterfaces',
    { 'NetworkInterfaceId.1': id },
  );
  if (!r.ok) throw new Error(r.error.code);
  return r.value.NetworkInterfaceSets.NetworkInterfaceSet[0];
}

async function eip(id: string) {
  const r = await api.call<{ EipAddresses: { EipAddress: Array<{ Status: string; InstanceId: string; InstanceType: string }> } }>('DescribeEipAddresses', { AllocationId: id });
  if (!r.ok) throw new Error(r.error.code);
  return r.value.EipAddresses.EipAddress[0];
}

describe('CreateNetworkInterface rules', () => {
  it('creates an Available secondary ENI with the requested addresses', async () => {
    const r = await api.call<Body>('CreateNetworkInterface', { VSwitchId: 'vsw-a', 'SecurityGroupIds.1': 'sg-web', PrimaryIpAddress: '192.168.1.10', 'PrivateIpAddress.1': '192.168.1.11' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ Status: 'Available', Type: 'Secondary', VpcId: 'vpc-main', ZoneId: 'cn-hangzhou-a', PrivateIpAddress: '192.168.1.10', OwnerId: KEY.account });
    expect(r.value['PrivateIpSets']).toEqual({ PrivateIpSet: [{ PrivateIpAddress: '192.168.1.10', Primary: true }, { PrivateIpAddress: '192.168.1.11', Primary: false }] });
  });

  it.each([
    [{ VSwitchId: 'vsw-nope' }, 'InvalidVSwitchId.NotFound'],
    [{ VSwitchId: 'vsw-a', SecurityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound'],
    [{ VSwitchId: 'vsw-a', SecurityGroupId: 'sg-elsewhere' }, 'InvalidOperation.VpcMismatch'],
    [{ VSwitchId: 'vsw-a', SecurityGroupId: 'sg-classic' }, 'InvalidSecurityGroupId.NotVpc'],
    [{ VSwitchId: 'vsw-a', PrimaryIpAddress: '192.168.2.10' }, 'InvalidVSwitchId.IpInvalid'],
    [{ VSwitchId: 'vsw-a', PrimaryIpAddress: '192.168.1.100' }, 'InvalidPrivateIpAddress.Duplicated'],
    [{ VSwitchId: 'vsw-a', 'PrivateIpAddress.1': '192.168.1.200' }, 'InvalidPrivateIpAddress.Duplicated'],
    [{ VSwitchId: 'vsw-a', ResourceGroupId: 'group-x' }, 'InvalidResourceGroup.NotFound'],
    [{ VSwitchId: 'vsw-a', NetworkInterfaceName: '9lives' }, 'InvalidParameter'],
    [{ VSwitchId: 'vsw-a', 'Tag.1.Key': 'a', 'Tag.1.Value': '1', 'Tag.2.Key': 'a', 'Tag.2.Value': '2' }, 'Duplicate.TagKey'],
  ])('%j → %s', async (params, expected) => {
    expect(code(await api.call('CreateNetworkInterface', params))).toBe(expected);
  });

  it('answers InvalidVSwitchId.IpNotEnough once the vSwitch is exhausted', async () => {
    expect(code(await api.call('CreateNetworkInterface', { VSwitchId: 'vsw-tiny' }))).toBe('OK');
    const r = await api.call('CreateNetworkInterface', { VSwitchId: 'vsw-tiny' });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'InvalidVSwitchId.IpNotEnough', httpStatus: 403, category: 'InsufficientCapacity' });
  });

  it('enforces the per-region quota of 100 ENIs with MaxEniCountExceeded', async () => {
    await emu.control.seed({
      account: KEY.account,
      region: REGION,
      vpcs: [{ id: 'vpc-q', cidr: '10.9.0.0/16' }],
      vswitches: [{ id: 'vsw-q', vpcId: 'vpc-q', cidr: '10.9.0.0/22' }],
      networkInterfaces: Array.from({ length: 99 }, () => ({ vSwitchId: 'vsw-q' })),
    });
    const r = await api.call('CreateNetworkInterface', { VSwitchId: 'vsw-q' });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'MaxEniCountExceeded', category: 'QuotaExceeded', httpStatus: 403 });
  });

  it('keeps state per account: another account sees none of these ENIs', async () => {
    const other = caller(emu.url, OTHER_KEY);
    const theirs = await other.call<{ TotalCount: number }>('DescribeNetworkInterfaces');
    await other.close();
    const mine = await api.call<{ TotalCount: number }>('DescribeNetworkInterfaces');
    expect(theirs.ok && theirs.value.TotalCount).toBe(0);
    expect(mine.ok && mine.value.TotalCount).toBe(4);
    const { accounts } = (await emu.control.snapshot()) as { accounts: Record<string, unknown> };
    expect(Object.keys(accounts).sort()).toEqual([KEY.account, OTHER_KEY.account].sort());
    expect(Object.keys(accounts[OTHER_KEY.account] as object)).toEqual([REGION]);
  });
});

describe('ClientToken idempotency', () => {
  it('returns the first result again for the same token and parameters, without a new ENI', async () => {
    const params = { VSwitchId: 'vsw-a', NetworkInterfaceName: 'idem', ClientToken: 'tok-1' };
    const first = await api.call<Body>('CreateNetworkInterface', params);
    const second = await api.call<Body>('CreateNetworkInterface', params);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.value.NetworkInterfaceId).toBe(first.value.NetworkInterfaceId);
    expect(second.requestId).not.toBe(first.requestId);
    const list = await api.call<{ TotalCount: number }>('DescribeNetworkInterfaces', { NetworkInterfaceName: 'idem' });
    expect(list.ok && list.value.TotalCount).toBe(1);
  });

  it('answers IdempotentParameterMismatch for the same token with other parameters', async () => {
    expect(code(await api.call('CreateNetworkInterface', { VSwitchId: 'vsw-a', ClientToken: 'tok-2' }))).toBe('OK');
    const r = await api.call('CreateNetworkInterface', { VSwitchId: 'vsw-b', ClientToken: 'tok-2' });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'IdempotentParameterMismatch', category: 'IdempotencyMismatch' });
  });

  it('makes a repeated AssociateEipAddress with the same token succeed instead of IncorrectEipStatus', async () => {
    const params = { AllocationId: 'eip-free', InstanceId: 'i-web', ClientToken: 'tok-3' };
    expect(code(await api.call('AssociateEipAddress', params))).toBe('OK');
    expect(code(await api.call('AssociateEipAddress', params))).toBe('OK');
    expect(code(await api.call('AssociateEipAddress', { ...params, ClientToken: 'tok-4' }))).toBe('IncorrectEipStatus');
  });
});

describe('AssignPrivateIpAddresses / UnassignPrivateIpAddresses rules', () => {
  it('allows 50 secondary IPs on an Available ENI and answers MaxEniPrivateIpsCountExceeded beyond', async () => {
    await emu.control.seed({
      account: KEY.account,
      region: REGION,
      vpcs: [{ id: 'vpc-ips', cidr: '10.7.0.0/16' }],
      vswitches: [{ id: 'vsw-ips', vpcId: 'vpc-ips', cidr: '10.7.0.0/24' }],
      networkInterfaces: [{ id: 'eni-full', vSwitchId: 'vsw-ips', secondaryCount: 49 }],
    });
    expect(code(await api.call('AssignPrivateIpAddresses', { NetworkInterfaceId: 'eni-full', SecondaryPrivateIpAddressCount: 1 }))).toBe('OK');
    const r = await api.call('AssignPrivateIpAddresses', { NetworkInterfaceId: 'eni-full', SecondaryPrivateIpAddressCount: 1 });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'MaxEniPrivateIpsCountExceeded', httpStatus: 403, category: 'QuotaExceeded' });
  });

  it('uses the instance type limit once the ENI is InUse, and rejects changes while Attaching', async () => {
    expect(code(await api.call('AttachNetworkInterface', { NetworkInterfaceId: 'eni-free', InstanceId: 'i-web' }))).toBe('OK');
    expect(code(await api.call('AssignPrivateIpAddresses', { NetworkInterfaceId: 'eni-free', SecondaryPrivateIpAddressCount: 1 }))).toBe(
      'InvalidOperation.InvalidEniState',
    );
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(code(await api.call('AssignPrivateIpAddresses', { NetworkInterfaceId: 'eni-free', SecondaryPrivateIpAddressCount: 4 }))).toBe('MaxEniPrivateIpsCountExceeded');
    expect(code(await api.call('AssignPrivateIpAddresses', { NetworkInterfaceId: 'eni-free', SecondaryPrivateIpAddressCount: 3 }))).toBe('OK');
  });

  it('checks requested addresses against the vSwitch and the ENI', async () => {
    const assign = (ip: string) => api.call('AssignPrivateIpAddresses', { NetworkInterfaceId: 'eni-free', 'PrivateIpAddress.1': ip });
    expect(code(await assign('10.0.0.5'))).toBe('InvalidVSwitchId.IpInvalid');
    expect(code(await assign('192.168.1.200'))).toBe('InvalidPrivateIpAddress.Duplicated');
    expect(code(await assign('192.168.1.100'))).toBe('InvalidIp.IpAssigned');
    expect(code(await assign('192.168.1.101'))).toBe('OK');
    expect((await eni('eni-free'))?.PrivateIpSets.PrivateIpSet.map((p) => p.PrivateIpAddress)).toEqual(['192.168.1.100', '192.168.1.101']);
    expect(code(await api.call('AssignPrivateIpAddresses', { NetworkInterfaceId: 'eni-nope', SecondaryPrivateIpAddressCount: 1 }))).toBe('InvalidEniId.NotFound');
    expect(code(await api.call('AssignPrivateIpAddresses', { NetworkInterfaceId: 'bad', SecondaryPrivateIpAddressCount: 1 }))).toBe('InvalidEniId.Malformed');
  });

  it('answers QuotaExceeded.PrivateIpAddress when the vSwitch has no free address left', async () => {
    await emu.control.seed({ account: KEY.account, region: REGION, networkInterfaces: [{ id: 'eni-tiny', vSwitchId: 'vsw-tiny' }] });
    expect(code(await api.call('AssignPrivateIpAddresses', { NetworkInterfaceId: 'eni-tiny', SecondaryPrivateIpAddressCount: 1 }))).toBe('QuotaExceeded.PrivateIpAddress');
  });

  it('unassigns only secondary addresses of the ENI', async () => {
    await api.call('AssignPrivateIpAddresses', { NetworkInterfaceId: 'eni-free', 'PrivateIpAddress.1': '192.168.1.101' });
    expect(code(await api.call('UnassignPrivateIpAddresses', { NetworkInterfaceId: 'eni-free', 'PrivateIpAddress.1': '192.168.1.100' }))).toBe('InvalidIp.IpUnassigned');
    expect(code(await api.call('UnassignPrivateIpAddresses', { NetworkInterfaceId: 'eni-free', 'PrivateIpAddress.1': '192.168.1.101' }))).toBe('OK');
    expect((await eni('eni-free'))?.PrivateIpSets.PrivateIpSet).toHaveLength(1);
  });
});

describe('AttachNetworkInterface / DeleteNetworkInterface (async)', () => {
  it('moves Attaching → InUse only when the clock reaches the async delay', async () => {
    expect(code(await api.call('AttachNetworkInterface', { NetworkInterfaceId: 'eni-free', InstanceId: 'i-web' }))).toBe('OK');
    expect((await eni('eni-free'))?.Status).toBe('Attaching');
    await emu.control.advance(ASYNC_DELAY_MS - 1);
    expect((await eni('eni-free'))?.Status).toBe('Attaching');
    await emu.control.advance(1);
    expect(await eni('eni-free')).toMatchObject({ Status: 'InUse', InstanceId: 'i-web', Attachment: { InstanceId: 'i-web', DeviceIndex: 1 } });
  });

  it.each([
    [{ InstanceId: 'i-nope' }, 'InvalidEcsId.NotFound'],
    [{ InstanceId: 'i-starting' }, 'InvalidOperation.InvalidEcsState'],
    [{ InstanceId: 'i-zoneb' }, 'InvalidOperation.AvailabilityZoneMismatch'],
    [{ NetworkInterfaceId: 'eni-nope', InstanceId: 'i-web' }, 'InvalidEniId.NotFound'],
  ])('attach %j → %s', async (params, expected) => {
    expect(code(await api.call('AttachNetworkInterface', { NetworkInterfaceId: 'eni-free', ...params }))).toBe(expected);
  });

  it('answers EniPerInstanceLimitExceeded when the instance type carries no more ENIs', async () => {
    await emu.control.seed({ account: KEY.account, region: REGION, networkInterfaces: [{ id: 'eni-extra', vSwitchId: 'vsw-a' }] });
    expect(code(await api.call('AttachNetworkInterface', { NetworkInterfaceId: 'eni-free', InstanceId: 'i-web' }))).toBe('OK');
    expect(code(await api.call('AttachNetworkInterface', { NetworkInterfaceId: 'eni-extra', InstanceId: 'i-web' }))).toBe('EniPerInstanceLimitExceeded');
  });

  it('deletes an Available ENI through Deleting and refuses an attached one', async () => {
    const primary = (await api.call<{ NetworkInterfaceSets: { NetworkInterfaceSet: Array<{ NetworkInterfaceId: string }> } }>('DescribeNetworkInterfaces', { InstanceId: 'i-web' }));
    const primaryId = primary.ok ? primary.value.NetworkInterfaceSets.NetworkInterfaceSet[0]!.NetworkInterfaceId : '';
    expect(code(await api.call('DeleteNetworkInterface', { NetworkInterfaceId: primaryId }))).toBe('InvalidOperation.InvalidEniState');
    expect(code(await api.call('DeleteNetworkInterface', { NetworkInterfaceId: 'eni-free' }))).toBe('OK');
    expect((await eni('eni-free'))?.Status).toBe('Deleting');
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await eni('eni-free')).toBeUndefined();
    expect(code(await api.call('DeleteNetworkInterface', { NetworkInterfaceId: 'eni-free' }))).toBe('InvalidEniId.NotFound');
  });
});

describe('EIP rules (seed 002)', () => {
  it('associates asynchronously and unassociates asynchronously', async () => {
    expect(code(await api.call('AssociateEipAddress', { AllocationId: 'eip-free', InstanceId: 'i-web' }))).toBe('OK');
    expect(await eip('eip-free')).toMatchObject({ Status: 'Associating', InstanceId: 'i-web', InstanceType: 'EcsInstance' });
    await emu.control.advance(ASYNC_DELAY_MS);
    expect((await eip('eip-free'))?.Status).toBe('InUse');
    expect(code(await api.call('UnassociateEipAddress', { AllocationId: 'eip-free' }))).toBe('OK');
    expect((await eip('eip-free'))?.Status).toBe('Unassociating');
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await eip('eip-free')).toMatchObject({ Status: 'Available', InstanceId: '' });
  });

  it('binds to a HaVip and takes its address', async () => {
    expect(code(await api.call('AssociateEipAddress', { AllocationId: 'eip-free', InstanceId: 'havip-a', InstanceType: 'HaVip' }))).toBe('OK');
    const r = await api.call<{ HaVips: { HaVip: Array<{ AssociatedEipAddresses: unknown }> } }>('DescribeHaVips');
    expect(r.ok && r.value.HaVips.HaVip[0]!.AssociatedEipAddresses).toEqual({ associatedEipAddresse: ['47.1.1.1'] });
  });

  it.each([
    [{ AllocationId: 'eip-nope', InstanceId: 'i-web' }, 'InvalidAllocationId.NotFound'],
    [{ AllocationId: 'eip-free', InstanceId: 'i-nope' }, 'InvalidInstanId.NotFound'],
    [{ AllocationId: 'eip-free', InstanceId: 'eni-nope', InstanceType: 'NetworkInterface' }, 'InvalidInstanId.NotFound'],
    [{ AllocationId: 'eip-free', InstanceId: 'ngw-1', InstanceType: 'Nat' }, 'InvalidParams.NotFound'],
    [{ AllocationId: 'eip-free', InstanceId: 'i-starting' }, 'IncorrectInstanceStatus'],
    [{ AllocationId: 'eip-free', InstanceId: 'i-web', InstanceType: 'Server' }, 'InvalidInstanceType.ValueNotSupported'],
    [{ AllocationId: 'eip-free', InstanceId: '192.168.1.5', InstanceType: 'IpAddress', VpcId: 'vpc-main' }, 'OperationFailed.Ipv4GatewayNotOpenedInVpc'],
  ])('%j → %s', async (params, expected) => {
    expect(code(await api.call('AssociateEipAddress', params))).toBe(expected);
  });

  it('answers InvalidAssociation.Duplicated when the target already has an EIP', async () => {
    expect(code(await api.call('AssociateEipAddress', { AllocationId: 'eip-free', InstanceId: 'eni-free', InstanceType: 'NetworkInterface' }))).toBe('OK');
    expect(code(await api.call('AssociateEipAddress', { AllocationId: 'eip-second', InstanceId: 'eni-free', InstanceType: 'NetworkInterface' }))).toBe(
      'InvalidAssociation.Duplicated',
    );
  });

  it('refuses a cut-through (BINDED) association to an ENI with secondary IPs', async () => {
    await api.call('AssignPrivateIpAddresses', { NetworkInterfaceId: 'eni-free', SecondaryPrivateIpAddressCount: 1 });
    expect(code(await api.call('AssociateEipAddress', { AllocationId: 'eip-free', InstanceId: 'eni-free', InstanceType: 'NetworkInterface', Mode: 'BINDED' }))).toBe('Eni.HasSubIp');
  });

  it('answers InvalidParameter.Mismatch for a target in another region of the account', async () => {
    await emu.control.seed({
      account: KEY.account,
      region: 'cn-beijing',
      vpcs: [{ id: 'vpc-bj' }],
      vswitches: [{ id: 'vsw-bj', vpcId: 'vpc-bj', cidr: '192.168.9.0/24' }],
      instances: [{ id: 'i-beijing', vSwitchId: 'vsw-bj' }],
    });
    expect(code(await api.call('AssociateEipAddress', { AllocationId: 'eip-free', InstanceId: 'i-beijing' }))).toBe('InvalidParameter.Mismatch');
  });

  it('allocates an Available EIP', async () => {
    const r = await api.call<{ AllocationId: string; EipAddress: string }>('AllocateEipAddress', { Bandwidth: '10' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(await eip(r.value.AllocationId)).toMatchObject({ Status: 'Available', Bandwidth: '10' });
  });
});

describe('HaVip rules', () => {
  it('creates Creating → Available and associates an ENI Associating → InUse', async () => {
    const created = await api.call<{ HaVipId: string; IpAddress: string }>('CreateHaVip', { VSwitchId: 'vsw-a', IpAddress: '192.168.1.201' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const status = async () => {
      const r = await api.call<{ HaVips: { HaVip: Array<{ Status: string; AssociatedInstances: unknown }> } }>('DescribeHaVips', { 'Filter.1.Key': 'HaVipId', 'Filter.1.Value.1': created.value.HaVipId });
      return r.ok ? r.value.HaVips.HaVip[0] : undefined;
    };
    expect((await status())?.Status).toBe('Creating');
    expect(code(await api.call('AssociateHaVip', { HaVipId: created.value.HaVipId, InstanceId: 'eni-free', InstanceType: 'NetworkInterface' }))).toBe('IncorrectHaVipStatus');
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(code(await api.call('AssociateHaVip', { HaVipId: created.value.HaVipId, InstanceId: 'eni-free', InstanceType: 'NetworkInterface' }))).toBe('OK');
    expect((await status())?.Status).toBe('Associating');
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await status()).toMatchObject({ Status: 'InUse', AssociatedInstances: { associatedInstance: ['eni-free'] } });
  });

  it.each([
    [{ HaVipId: 'havip-nope', InstanceId: 'i-web' }, 'InvalidHaVipId.NotFound'],
    [{ HaVipId: 'havip-a', InstanceId: 'i-nope' }, 'InvalidInstanceId.NotFound'],
    [{ HaVipId: 'havip-a', InstanceId: 'i-zoneb' }, 'InvalidParameter.Mismatch'],
  ])('associate %j → %s', async (params, expected) => {
    expect(code(await api.call('AssociateHaVip', params))).toBe(expected);
  });

  it('refuses an address already taken in the vSwitch', async () => {
    expect(code(await api.call('CreateHaVip', { VSwitchId: 'vsw-a', IpAddress: '192.168.1.100' }))).toBe('InvalidIPAddress.AlreadyUsed');
    expect(code(await api.call('CreateHaVip', { VSwitchId: 'vsw-nope' }))).toBe('InvalidVSwitch.NotFound');
  });
});
