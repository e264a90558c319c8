import { describe, expect, it } from 'vitest';
import { alibabaCatalog } from '../../../src/providers/alibaba/error-catalog';
import { validateParams } from '../../../src/providers/alibaba/validation';
import { flattenParams, type WireParams } from '../../../src/providers/alibaba/wire';

const create = (extra: WireParams) => validateParams('CreateNetworkInterface', flattenParams({ RegionId: 'cn-hangzhou', VSwitchId: 'vsw-a', ...extra }));
const assign = (extra: WireParams) => validateParams('AssignPrivateIpAddresses', flattenParams({ RegionId: 'cn-hangzhou', NetworkInterfaceId: 'eni-abc123', ...extra }));
const associate = (extra: WireParams) =>
  validateParams('AssociateEipAddress', flattenParams({ RegionId: 'cn-hangzhou', AllocationId: 'eip-1', InstanceId: 'i-1', ...extra }));

describe('CreateNetworkInterface limits (seed 004)', () => {
  it('accepts a fully specified valid request', () => {
    expect(
      create({
        SecurityGroupIds: ['sg-1', 'sg-2'],
        NetworkInterfaceName: 'web:eni_1-a',
        Description: 'front end',
        PrivateIpAddress: ['192.168.1.10'],
        PrimaryIpAddress: '192.168.1.9',
        QueueNumber: 2048,
        ClientToken: '123e4567-e89b-12d3-a456-426655440000',
        Tag: [{ Key: 'env', Value: '' }],
      }),
    ).toBeNull();
  });

  it('requires VSwitchId', () => {
    const f = validateParams('CreateNetworkInterface', { RegionId: 'cn-hangzhou' });
    expect(f).toMatchObject({ code: 'MissingParameter', category: 'InvalidParameter', parameter: 'VSwitchId', httpStatus: 400, requestId: null });
  });

  it.each([
    ['a', 'too short'],
    ['x'.repeat(129), 'too long'],
    ['1abc', 'starting with a digit'],
    ['http://eni', 'starting with http://'],
    ['bad name', 'with a space'],
  ])('rejects NetworkInterfaceName %j (%s)', (name) => {
    expect(create({ NetworkInterfaceName: name })).toMatchObject({ code: 'InvalidParameter', parameter: 'NetworkInterfaceName' });
  });

  it('accepts a 128-character name and rejects a description of 1 or 257 characters or starting with https://', () => {
    expect(create({ NetworkInterfaceName: `a${'b'.repeat(127)}` })).toBeNull();
    for (const d of ['x', 'x'.repeat(257), 'https://x.example']) expect(create({ Description: d })).toMatchObject({ parameter: 'Description' });
  });

  it('rejects SecurityGroupId together with SecurityGroupIds.N as InvalidParameter.Conflict', () => {
    const f = create({ SecurityGroupId: 'sg-1', SecurityGroupIds: ['sg-2'] });
    expect(f).toMatchObject({ code: 'InvalidParameter.Conflict', category: 'InvalidParameter', documented: true });
    expect(f?.httpStatus).toBe(alibabaCatalog.find('CreateNetworkInterface', 'InvalidParameter.Conflict')?.httpStatus);
  });

  it('rejects PrivateIpAddress.N with SecondaryPrivateIpAddressCount, more than 10 addresses, and malformed addresses', () => {
    expect(create({ PrivateIpAddress: ['192.168.1.5'], SecondaryPrivateIpAddressCount: 1 })).toMatchObject({ code: 'InvalidParameter.Conflict' });
    const eleven = Array.from({ length: 11 }, (_, i) => `192.168.1.${10 + i}`);
    expect(create({ PrivateIpAddress: eleven })).toMatchObject({ code: 'InvalidParameter', parameter: 'PrivateIpAddress.N' });
    expect(create({ PrivateIpAddress: eleven.slice(0, 10) })).toBeNull();
    expect(create({ PrivateIpAddress: ['192.168.1.256'] })).toMatchObject({ parameter: 'PrivateIpAddress.N' });
    expect(create({ PrimaryIpAddress: '10.0.0' })).toMatchObject({ parameter: 'PrimaryIpAddress' });
  });

  it('limits QueueNumber to 1–2048 and ClientToken to 64 ASCII characters', () => {
    expect(create({ QueueNumber: 0 })).toMatchObject({ parameter: 'QueueNumber' });
    expect(create({ QueueNumber: 2049 })).toMatchObject({ parameter: 'QueueNumber' });
    expect(create({ ClientToken: 'x'.repeat(65) })).toMatchObject({ parameter: 'ClientToken' });
    expect(create({ ClientToken: 'tökén' })).toMatchObject({ parameter: 'ClientToken' });
    expect(create({ ClientToken: 'x'.repeat(64) })).toBeNull();
  });

  it('checks tags: at most 20, keys and values per the page, no duplicate keys', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    expect(create({ Tag: tags(20) })).toBeNull();
    expect(create({ Tag: tags(21) })).toMatchObject({ code: 'InvalidParameter', parameter: 'Tag.N' });
    for (const Key of ['', 'aliyun-x', 'acs:x', 'see https://x', 'k'.repeat(129)]) {
      expect(create({ Tag: [{ Key, Value: 'v' }] }), Key).toMatchObject({ code: 'InvalidTagKey.Malformed', parameter: 'Tag.N.Key' });
    }
    for (const Value of ['acs:v', 'http://v', 'v'.repeat(129)]) {
      expect(create({ Tag: [{ Key: 'k', Value }] }), Value).toMatchObject({ code: 'InvalidTagValue.Malformed', parameter: 'Tag.N.Value' });
    }
    expect(create({ Tag: [{ Key: 'k', Value: '1' }, { Key: 'k', Value: '2' }] })).toMatchObject({ code: 'Duplicate.TagKey', httpStatus: 400 });
  });
});

describe('AssignPrivateIpAddresses limits (seed 003)', () => {
  it('needs PrivateIpAddress.N or SecondaryPrivateIpAddressCount: the 403 MissingParameter row', () => {
    expect(assign({})).toMatchObject({ code: 'MissingParameter', httpStatus: 403, message: expect.stringContaining('cannot be both empty') });
  });

  it('rejects both at once, malformed addresses, duplicates and counts outside 1–50', () => {
    expect(assign({ PrivateIpAddress: ['10.0.0.1'], SecondaryPrivateIpAddressCount: 1 })).toMatchObject({ code: 'InvalidParameter.Conflict' });
    expect(assign({ PrivateIpAddress: ['10.0.0.x'] })).toMatchObject({ code: 'InvalidPrivateIpAddress.Malformed', parameter: 'PrivateIpAddress.N' });
    expect(assign({ PrivateIpAddress: ['10.0.0.1', '10.0.0.1'] })).toMatchObject({ code: 'InvalidPrivateIpAddress.Duplicated' });
    expect(assign({ PrivateIpAddress: Array.from({ length: 51 }, (_, i) => `10.0.1.${i + 1}`) })).toMatchObject({ parameter: 'PrivateIpAddress.N' });
    expect(assign({ SecondaryPrivateIpAddressCount: 0 })).toMatchObject({ code: 'InvalidSecondaryPrivateIpAddressCount.Malformed' });
    expect(assign({ SecondaryPrivateIpAddressCount: 51 })).toMatchObject({ code: 'InvalidSecondaryPrivateIpAddressCount.Malformed' });
    expect(assign({ SecondaryPrivateIpAddressCount: 50 })).toBeNull();
  });

  it('rejects a malformed ENI id with InvalidEniId.Malformed', () => {
    expect(assign({ NetworkInterfaceId: 'nic-1', SecondaryPrivateIpAddressCount: 1 })).toMatchObject({ code: 'InvalidEniId.Malformed', parameter: 'NetworkInterfaceId' });
  });
});

describe('AssociateEipAddress limits (seed 002)', () => {
  it('accepts the documented enums', () => {
    expect(associate({ InstanceType: 'NetworkInterface', Mode: 'MULTI_BINDED', PrivateIpAddress: '192.168.1.5' })).toBeNull();
  });

  it('rejects an unknown InstanceType with InvalidInstanceType.ValueNotSupported and an unknown Mode with IllegalParam.Mode', () => {
    expect(associate({ InstanceType: 'Vm' })).toMatchObject({ code: 'InvalidInstanceType.ValueNotSupported', parameter: 'InstanceType', category: 'InvalidParameter' });
    expect(associate({ Mode: 'BRIDGE' })).toMatchObject({ code: 'IllegalParam.Mode', parameter: 'Mode' });
  });

  it('requires AllocationId and InstanceId, and VpcId for IpAddress targets', () => {
    expect(validateParams('AssociateEipAddress', { RegionId: 'r', InstanceId: 'i-1' })).toMatchObject({ code: 'MissingParameter', parameter: 'AllocationId' });
    expect(validateParams('AssociateEipAddress', { RegionId: 'r', AllocationId: 'eip-1' })).toMatchObject({ parameter: 'InstanceId' });
    expect(associate({ InstanceType: 'IpAddress' })).toMatchObject({ code: 'MissingParameter', parameter: 'VpcId' });
  });
});

/** Validates an action's parameters, RegionId added. */
const check = (action: string, params: WireParams) => validateParams(action, flattenParams({ RegionId: 'cn-hangzhou', ...params }));

describe('lifecycle action limits (reference/alibaba/resources.md §2–§5)', () => {
  it.each([
    ['ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: 'eni-1', Description: 'x' }, 'InvalidParameter', 'Description'],
    ['ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: 'eni-1', Description: 'x'.repeat(256) }, 'InvalidParameter', 'Description'],
    ['ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: 'eni-1', SecurityGroupId: Array.from({ length: 11 }, (_, i) => `sg-${i}`) }, 'InvalidParameter', 'SecurityGroupId.N'],
    ['ModifyNetworkInterfaceAttribute', { Description: 'ok' }, 'MissingParameter', 'NetworkInterfaceId'],
    ['DetachNetworkInterface', { NetworkInterfaceId: 'eni-1' }, 'MissingParameter', 'InstanceId'],
    ['UnassignPrivateIpAddresses', { NetworkInterfaceId: 'eni-1' }, 'MissingParameter', 'PrivateIpAddress.N'],
    ['UnassignPrivateIpAddresses', { NetworkInterfaceId: 'eni-1', PrivateIpAddress: ['10.0.0.300'] }, 'InvalidParameter', 'PrivateIpAddress.N'],
    ['AllocateEipAddress', { Bandwidth: 0 }, 'InvalidParameter', 'Bandwidth'],
    ['AllocateEipAddress', { InternetChargeType: 'PayByHour' }, 'InvalidParameter', 'InternetChargeType'],
    ['AllocateEipAddress', { Name: 'http://eip' }, 'InvalidParameter', 'Name'],
    ['ReleaseEipAddress', {}, 'MissingParameter', 'AllocationId'],
    ['UnassociateEipAddress', { AllocationId: 'eip-1', Force: 'True' }, 'InvalidParameter', 'Force'],
    ['CreateHaVip', { VSwitchId: 'vsw-1', IpAddress: '10.0.0' }, 'InvalidIPAddress.Malformed', 'IpAddress'],
    ['CreateHaVip', { VSwitchId: 'vsw-1', Description: 'x'.repeat(257) }, 'InvalidDescription.Malformed', 'Description'],
    ['CreateHaVip', { VSwitchId: 'vsw-1', Name: '' }, 'InvalidParameter', 'Name'],
    ['DeleteHaVip', {}, 'MissingParameter', 'HaVipId'],
    ['AssociateHaVip', { HaVipId: 'havip-1', InstanceId: 'eni-1', InstanceType: 'Nat' }, 'InvalidParameter', 'InstanceType'],
    ['UnassociateHaVip', { HaVipId: 'havip-1', InstanceId: 'eni-1', Force: 'true' }, 'InvalidParameter', 'Force'],
    ['CreateBgpPeer', { PeerIpAddress: '10.0.0.1' }, 'MissingParameter', 'BgpGroupId'],
    ['CreateBgpPeer', { BgpGroupId: 'bgpg-1', EnableBfd: true }, 'MissingParameter', 'BfdMultiHop'],
    ['CreateBgpPeer', { BgpGroupId: 'bgpg-1', EnableBfd: true, BfdMultiHop: 0 }, 'InvalidParameter', 'BfdMultiHop'],
    ['CreateBgpPeer', { BgpGroupId: 'bgpg-1', IpVersion: 'ipv4' }, 'InvalidParameter', 'IpVersion'],
    ['ModifyBgpPeerAttribute', { BgpPeerId: 'bgp-1', PeerIpAddress: 'fe80::1::2' }, 'InvalidParameter', 'PeerIpAddress'],
    ['DeleteBgpPeer', { ClientToken: 'é' }, 'MissingParameter', 'BgpPeerId'],
    ['DeleteBgpPeer', { BgpPeerId: 'bgp-1', ClientToken: 'x'.repeat(65) }, 'InvalidParameter', 'ClientToken'],
  ] as const)('%s %j → %s on %s, from the catalog, before any call', (action, params, code, parameter) => {
    const failure = check(action, params as WireParams);
    expect(failure).toMatchObject({ operation: action, code, parameter, requestId: null, documented: true, outcome: 'NOT_APPLIED' });
    expect(alibabaCatalog.find(action, code)).toBeDefined();
  });

  it.each([
    ['ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: 'eni-1', NetworkInterfaceName: 'web-2', Description: 'ok', SecurityGroupId: ['sg-1'] }],
    ['AllocateEipAddress', { Bandwidth: 500, InternetChargeType: 'PayByTraffic', Name: '', Description: '' }],
    ['UnassociateHaVip', { HaVipId: 'havip-1', InstanceId: 'eni-1', InstanceType: 'NetworkInterface', Force: 'False' }],
    ['CreateBgpPeer', { BgpGroupId: 'bgpg-1', PeerIpAddress: '2001:db8::1', IpVersion: 'IPv6', EnableBfd: true, BfdMultiHop: 255 }],
    ['ModifyBgpPeerAttribute', { BgpPeerId: 'bgp-1', EnableBfd: false }],
  ] as const)('%s accepts %j', (action, params) => {
    expect(check(action, params as WireParams)).toBeNull();
  });
});
