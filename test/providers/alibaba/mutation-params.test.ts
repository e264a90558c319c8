import { describe, expect, it } from 'vitest';
import { wireParams } from '../../../src/providers/alibaba/mutation-params';
import { flattenParams } from '../../../src/providers/alibaba/wire';

describe('wireParams: a mutation input under the descriptor\'s ALIBABA wire names', () => {
  it('turns X.N names into 1-based lists and tags into Tag.N.Key/Value', () => {
    const params = wireParams('createNetworkInterface', 'CreateNetworkInterface', {
      vSwitchId: 'vsw-1',
      securityGroupIds: ['sg-1', 'sg-2'],
      privateIpAddresses: ['10.0.0.5'],
      tags: [{ key: 'env', value: 'prod' }],
      queueNumber: 4,
    });
    expect(flattenParams(params)).toEqual({
      VSwitchId: 'vsw-1',
      'SecurityGroupIds.1': 'sg-1',
      'SecurityGroupIds.2': 'sg-2',
      'PrivateIpAddress.1': '10.0.0.5',
      'Tag.1.Key': 'env',
      'Tag.1.Value': 'prod',
      QueueNumber: '4',
    });
  });

  it('writes neutral enums in Alibaba\'s words and booleans as the action\'s model spells them', () => {
    expect(flattenParams(wireParams('createVifPeer', 'CreateBgpPeer', { bgpGroupId: 'g', addressFamily: 'IPV6', enableBfd: false }))).toEqual({
      BgpGroupId: 'g',
      IpVersion: 'IPv6',
      EnableBfd: 'false',
    });
    expect(flattenParams(wireParams('unbindVirtualIp', 'UnassociateHaVip', { virtualIpId: 'havip-1', force: false }))).toEqual({ HaVipId: 'havip-1', Force: 'False' });
    expect(flattenParams(wireParams('unassociateElasticIp', 'UnassociateEipAddress', { force: true }))).toEqual({ Force: 'true' });
  });

  it('never sends a field the descriptor gives no ALIBABA wire name, nor absent ones', () => {
    const params = wireParams('bindVirtualIp', 'AssociateHaVip', { virtualIpId: 'havip-1', method: 'ECS_NIC', subnetId: 'x', reverseBinding: true });
    expect(params).toEqual({ HaVipId: 'havip-1' });
    expect(wireParams('createVifPeer', 'CreateBgpPeer', { name: 'huawei-only', vifId: 'v' })).toEqual({});
  });
});
