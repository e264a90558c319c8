import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import Vpc, * as $Vpc from '@alicloud/vpc20160428';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ASYNC_DELAY_MS, KEY, networkFixture, REGION, startAlibaba, type TestEmulator } from '../support';

/**
 * The official Alibaba SDKs, unmodified, against the emulator: every served action, with the
 * default V3 signature and with openapi-core's V1 (`signatureAlgorithm: 'v2'`).
 */

let emu: TestEmulator;

beforeAll(async () => {
  emu = await startAlibaba();
});
afterAll(async () => {
  await emu.close();
});
beforeEach(async () => {
  await emu.control.reset();
  await emu.control.freeze();
  await emu.control.seed(networkFixture());
});

interface SdkError {
  name: string;
  code: string;
  statusCode: number;
  requestId: string;
  retryAfter?: number;
  data: Record<string, unknown>;
}

async function sdkError(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (err) {
    return err as SdkError;
  }
  throw new Error('expected the SDK call to fail');
}

describe.each([
  ['V3 ACS3-HMAC-SHA256 (default)', undefined],
  ['V1 HMAC-SHA1 (signatureAlgorithm v2)', 'v2'],
])('official SDKs with %s', (_name, signatureAlgorithm) => {
  const config = () =>
    new $OpenApiUtil.Config({
      endpoint: emu.hostPort,
      protocol: 'http',
      regionId: REGION,
      accessKeyId: KEY.accessKeyId,
      accessKeySecret: KEY.accessKeySecret,
      ...(signatureAlgorithm ? { signatureAlgorithm } : {}),
    });
  let ecs: Ecs;
  let vpc: Vpc;
  beforeEach(() => {
    ecs = new Ecs(config());
    vpc = new Vpc(config());
  });

  it('ECS: CreateNetworkInterface returns the documented fields', async () => {
    const res = await ecs.createNetworkInterface(
      new $Ecs.CreateNetworkInterfaceRequest({
        regionId: REGION,
        vSwitchId: 'vsw-a',
        securityGroupIds: ['sg-web', 'sg-db'],
        privateIpAddress: ['192.168.1.11', '192.168.1.12'],
        description: 'a b*c(1)~!',
        networkInterfaceName: 'sdk-eni',
        tag: [new $Ecs.CreateNetworkInterfaceRequestTag({ key: 'env', value: 'test' })],
        clientToken: '0c593ea1-3bea-11e9-b96b-88e9fe637760',
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatchObject({
      networkInterfaceName: 'sdk-eni',
      description: 'a b*c(1)~!',
      status: 'Available',
      type: 'Secondary',
      vpcId: 'vpc-main',
      vSwitchId: 'vsw-a',
      zoneId: 'cn-hangzhou-a',
      ownerId: KEY.account,
    });
    expect(res.body?.networkInterfaceId).toMatch(/^eni-/);
    expect(res.body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(res.body?.securityGroupIds?.securityGroupId).toEqual(['sg-web', 'sg-db']);
    expect(res.body?.privateIpSets?.privateIpSet?.map((p) => [p.privateIpAddress, p.primary])).toEqual([
      [res.body?.privateIpAddress, true],
      ['192.168.1.11', false],
      ['192.168.1.12', false],
    ]);
    expect(res.body?.tags?.tag?.[0]).toMatchObject({ tagKey: 'env', tagValue: 'test' });
  });

  it('ECS: Assign, Unassign, Describe, Attach and Delete NetworkInterface', async () => {
    const assigned = await ecs.assignPrivateIpAddresses(
      new $Ecs.AssignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: 'eni-free', secondaryPrivateIpAddressCount: 2 }),
    );
    const ips = assigned.body?.assignedPrivateIpAddressesSet?.privateIpSet?.privateIpAddress ?? [];
    expect(assigned.body?.assignedPrivateIpAddressesSet?.networkInterfaceId).toBe('eni-free');
    expect(ips).toHaveLength(2);

    await ecs.unassignPrivateIpAddresses(
      new $Ecs.UnassignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: 'eni-free', privateIpAddress: [ips[0]!] }),
    );
    await ecs.attachNetworkInterface(new $Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: 'eni-free', instanceId: 'i-web' }));
    await emu.control.advance(ASYNC_DELAY_MS);

    const described = await ecs.describeNetworkInterfaces(
      new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, networkInterfaceId: ['eni-free'], maxResults: 50 }),
    );
    const set = described.body?.networkInterfaceSets?.networkInterfaceSet ?? [];
    expect(described.body).toMatchObject({ totalCount: 1, nextToken: '' });
    expect(set[0]).toMatchObject({ networkInterfaceId: 'eni-free', status: 'InUse', instanceId: 'i-web', attachment: { instanceId: 'i-web' } });
    expect(set[0]?.privateIpSets?.privateIpSet?.map((p) => p.privateIpAddress)).toEqual(['192.168.1.100', ips[1]]);

    const created = await ecs.createNetworkInterface(new $Ecs.CreateNetworkInterfaceRequest({ regionId: REGION, vSwitchId: 'vsw-b' }));
    const id = created.body!.networkInterfaceId!;
    const deleted = await ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id }));
    expect(deleted.body?.requestId).toBeTruthy();
  });

  it('ECS: documented errors arrive as ClientError with code, statusCode and requestId', async () => {
    const missing = await sdkError(
      ecs.assignPrivateIpAddresses(new $Ecs.AssignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: 'eni-nope', secondaryPrivateIpAddressCount: 1 })),
    );
    expect(missing).toMatchObject({ name: 'ClientError', code: 'InvalidEniId.NotFound', statusCode: 404 });
    expect(missing.requestId).toMatch(/^[0-9A-F-]{36}$/);
    const both = await sdkError(ecs.assignPrivateIpAddresses(new $Ecs.AssignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: 'eni-free' })));
    expect(both).toMatchObject({ name: 'ClientError', code: 'MissingParameter', statusCode: 403 });
    const conflict = await sdkError(
      ecs.createNetworkInterface(new $Ecs.CreateNetworkInterfaceRequest({ regionId: REGION, vSwitchId: 'vsw-a', securityGroupId: 'sg-web', securityGroupIds: ['sg-db'] })),
    );
    expect(conflict).toMatchObject({ code: 'InvalidParameter.Conflict', statusCode: 400 });
    const mismatch = await sdkError(
      ecs.createNetworkInterface(new $Ecs.CreateNetworkInterfaceRequest({ regionId: REGION, vSwitchId: 'vsw-a', securityGroupId: 'sg-elsewhere' })),
    );
    expect(mismatch).toMatchObject({ code: 'InvalidOperation.VpcMismatch', statusCode: 403 });
  });

  it('VPC: Allocate, Associate (async), Describe and Unassociate EIPs', async () => {
    const allocated = await vpc.allocateEipAddress(new $Vpc.AllocateEipAddressRequest({ regionId: REGION, bandwidth: '20', name: 'sdk-eip' }));
    const allocationId = allocated.body!.allocationId!;
    expect(allocationId).toMatch(/^eip-/);
    expect(allocated.body?.eipAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);

    await vpc.associateEipAddress(
      new $Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId, instanceId: 'eni-free', instanceType: 'NetworkInterface', clientToken: 'sdk-token-1' }),
    );
    const describe = () => vpc.describeEipAddresses(new $Vpc.DescribeEipAddressesRequest({ regionId: REGION, allocationId, pageSize: 100 }));
    expect((await describe()).body?.eipAddresses?.eipAddress?.[0]).toMatchObject({ status: 'Associating', instanceId: 'eni-free', instanceType: 'NetworkInterface' });
    await emu.control.advance(ASYNC_DELAY_MS);
    const inUse = await describe();
    expect(inUse.body).toMatchObject({ totalCount: 1, pageNumber: 1, pageSize: 100 });
    expect(inUse.body?.eipAddresses?.eipAddress?.[0]).toMatchObject({ allocationId, status: 'InUse', bandwidth: '20', name: 'sdk-eip', privateIpAddress: '192.168.1.100' });

    await vpc.unassociateEipAddress(new $Vpc.UnassociateEipAddressRequest({ regionId: REGION, allocationId }));
    await emu.control.advance(ASYNC_DELAY_MS);
    expect((await describe()).body?.eipAddresses?.eipAddress?.[0]?.status).toBe('Available');
  });

  it('VPC: AssociateEipAddress documented errors', async () => {
    const unknown = await sdkError(vpc.associateEipAddress(new $Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId: 'eip-nope', instanceId: 'i-web' })));
    expect(unknown).toMatchObject({ name: 'ClientError', code: 'InvalidAllocationId.NotFound', statusCode: 404 });
    expect(unknown.data['Message']).toBe('Specified allocation ID is not found.');
    const badType = await sdkError(
      vpc.associateEipAddress(new $Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId: 'eip-free', instanceId: 'i-web', instanceType: 'Vm' })),
    );
    expect(badType).toMatchObject({ code: 'InvalidInstanceType.ValueNotSupported', statusCode: 400 });
    await vpc.associateEipAddress(new $Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId: 'eip-free', instanceId: 'i-web' }));
    const busy = await sdkError(vpc.associateEipAddress(new $Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId: 'eip-free', instanceId: 'i-zoneb' })));
    expect(busy).toMatchObject({ code: 'IncorrectEipStatus', statusCode: 400 });
  });

  it('VPC: DescribeVSwitches pages the vSwitches with their VPC and CIDR, filtered by VpcId and VSwitchId', async () => {
    const first = await vpc.describeVSwitches(new $Vpc.DescribeVSwitchesRequest({ regionId: REGION, pageNumber: 1, pageSize: 2 }));
    expect(first.body).toMatchObject({ totalCount: 3, pageNumber: 1, pageSize: 2 });
    expect(first.body?.vSwitches?.vSwitch?.[0]).toMatchObject({ vSwitchId: 'vsw-a', vpcId: 'vpc-main', cidrBlock: '192.168.1.0/24', zoneId: 'cn-hangzhou-a' });
    const second = await vpc.describeVSwitches(new $Vpc.DescribeVSwitchesRequest({ regionId: REGION, pageNumber: 2, pageSize: 2 }));
    expect(second.body?.vSwitches?.vSwitch?.map((v) => v.vSwitchId)).toEqual(['vsw-tiny']);
    const one = await vpc.describeVSwitches(new $Vpc.DescribeVSwitchesRequest({ regionId: REGION, vpcId: 'vpc-main', vSwitchId: 'vsw-b' }));
    expect(one.body?.vSwitches?.vSwitch?.map((v) => [v.vSwitchId, v.cidrBlock])).toEqual([['vsw-b', '192.168.2.0/24']]);
    const tooLarge = await sdkError(vpc.describeVSwitches(new $Vpc.DescribeVSwitchesRequest({ regionId: REGION, pageSize: 51 })));
    expect(tooLarge).toMatchObject({ statusCode: 400 });
  });

  it('VPC: CreateHaVip, AssociateHaVip and DescribeHaVips', async () => {
    const created = await vpc.createHaVip(new $Vpc.CreateHaVipRequest({ regionId: REGION, vSwitchId: 'vsw-a', ipAddress: '192.168.1.150' }));
    const haVipId = created.body!.haVipId!;
    expect(created.body?.ipAddress).toBe('192.168.1.150');
    await emu.control.advance(ASYNC_DELAY_MS);
    await vpc.associateHaVip(new $Vpc.AssociateHaVipRequest({ regionId: REGION, haVipId, instanceId: 'eni-free', instanceType: 'NetworkInterface' }));
    await emu.control.advance(ASYNC_DELAY_MS);
    const listed = await vpc.describeHaVips(
      new $Vpc.DescribeHaVipsRequest({ regionId: REGION, filter: [new $Vpc.DescribeHaVipsRequestFilter({ key: 'HaVipId', value: [haVipId] })] }),
    );
    expect(listed.body?.totalCount).toBe(1);
    expect(listed.body?.haVips?.haVip?.[0]).toMatchObject({
      haVipId,
      status: 'InUse',
      associatedInstanceType: 'NetworkInterface',
      associatedInstances: { associatedInstance: ['eni-free'] },
      vSwitchId: 'vsw-a',
    });
    const missing = await sdkError(vpc.associateHaVip(new $Vpc.AssociateHaVipRequest({ regionId: REGION, haVipId: 'havip-nope', instanceId: 'i-web' })));
    expect(missing).toMatchObject({ code: 'InvalidHaVipId.NotFound', statusCode: 404 });
  });

  it('VPC: DescribeBgpPeers and DescribeVirtualBorderRouters', async () => {
    const peers = await vpc.describeBgpPeers(new $Vpc.DescribeBgpPeersRequest({ regionId: REGION, routerId: 'vbr-main', pageSize: 50 }));
    expect(peers.body).toMatchObject({ totalCount: 2, pageSize: 50 });
    expect(peers.body?.bgpPeers?.bgpPeer?.[0]).toMatchObject({ bgpPeerId: 'bgp-up', routerId: 'vbr-main', peerAsn: '65010', status: 'Available', bgpStatus: 'Established', ipVersion: 'IPv4' });
    const vbrs = await vpc.describeVirtualBorderRouters(
      new $Vpc.DescribeVirtualBorderRoutersRequest({ regionId: REGION, filter: [new $Vpc.DescribeVirtualBorderRoutersRequestFilter({ key: 'VbrId', value: ['vbr-main'] })] }),
    );
    expect(vbrs.body?.virtualBorderRouterSet?.virtualBorderRouterType?.[0]).toMatchObject({ vbrId: 'vbr-main', status: 'active', vlanId: 42 });
  });

  it('ECS: ModifyNetworkInterfaceAttribute and DetachNetworkInterface (async)', async () => {
    await ecs.modifyNetworkInterfaceAttribute(
      new $Ecs.ModifyNetworkInterfaceAttributeRequest({ regionId: REGION, networkInterfaceId: 'eni-free', networkInterfaceName: 'sdk-renamed', securityGroupId: ['sg-db'] }),
    );
    await ecs.attachNetworkInterface(new $Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: 'eni-free', instanceId: 'i-web' }));
    await emu.control.advance(ASYNC_DELAY_MS);
    await ecs.detachNetworkInterface(new $Ecs.DetachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: 'eni-free', instanceId: 'i-web' }));
    const read = async () =>
      (await ecs.describeNetworkInterfaces(new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, networkInterfaceId: ['eni-free'] }))).body
        ?.networkInterfaceSets?.networkInterfaceSet?.[0];
    expect(await read()).toMatchObject({ status: 'Detaching', networkInterfaceName: 'sdk-renamed', securityGroupIds: { securityGroupId: ['sg-db'] } });
    await emu.control.advance(ASYNC_DELAY_MS);
    expect((await read())?.status).toBe('Available');
    const again = await sdkError(ecs.detachNetworkInterface(new $Ecs.DetachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: 'eni-free', instanceId: 'i-web' })));
    expect(again).toMatchObject({ name: 'ClientError', code: 'InvalidOperation.InvalidEniState', statusCode: 400 });
  });

  it('VPC: UnassociateHaVip and DeleteHaVip (async), and ReleaseEipAddress', async () => {
    await vpc.associateHaVip(new $Vpc.AssociateHaVipRequest({ regionId: REGION, haVipId: 'havip-a', instanceId: 'eni-free', instanceType: 'NetworkInterface' }));
    await emu.control.advance(ASYNC_DELAY_MS);
    const bound = await sdkError(vpc.deleteHaVip(new $Vpc.DeleteHaVipRequest({ regionId: REGION, haVipId: 'havip-a' })));
    expect(bound).toMatchObject({ code: 'IncorrectStatus', statusCode: 400 });
    await vpc.unassociateHaVip(
      new $Vpc.UnassociateHaVipRequest({ regionId: REGION, haVipId: 'havip-a', instanceId: 'eni-free', instanceType: 'NetworkInterface', force: 'False' }),
    );
    await emu.control.advance(ASYNC_DELAY_MS);
    await vpc.deleteHaVip(new $Vpc.DeleteHaVipRequest({ regionId: REGION, haVipId: 'havip-a', clientToken: 'sdk-delete-1' }));
    const during = await vpc.describeHaVips(new $Vpc.DescribeHaVipsRequest({ regionId: REGION }));
    expect(during.body?.haVips?.haVip?.[0]).toMatchObject({ haVipId: 'havip-a', status: 'Deleting' });
    await emu.control.advance(ASYNC_DELAY_MS);
    expect((await vpc.describeHaVips(new $Vpc.DescribeHaVipsRequest({ regionId: REGION }))).body?.totalCount).toBe(0);

    await vpc.releaseEipAddress(new $Vpc.ReleaseEipAddressRequest({ regionId: REGION, allocationId: 'eip-free' }));
    const eips = await vpc.describeEipAddresses(new $Vpc.DescribeEipAddressesRequest({ regionId: REGION, allocationId: 'eip-free' }));
    expect(eips.body?.eipAddresses?.eipAddress?.[0]?.status).toBe('Releasing');
    const twice = await sdkError(vpc.releaseEipAddress(new $Vpc.ReleaseEipAddressRequest({ regionId: REGION, allocationId: 'eip-free' })));
    expect(twice).toMatchObject({ code: 'IncorrectEipStatus', statusCode: 400 });
  });

  it('VPC: CreateBgpPeer, ModifyBgpPeerAttribute and DeleteBgpPeer (async)', async () => {
    const created = await vpc.createBgpPeer(
      new $Vpc.CreateBgpPeerRequest({ regionId: REGION, bgpGroupId: 'bgpg-main', peerIpAddress: '10.0.0.10', enableBfd: true, bfdMultiHop: 3, ipVersion: 'IPv4' }),
    );
    const bgpPeerId = created.body!.bgpPeerId!;
    const read = async () =>
      (await vpc.describeBgpPeers(new $Vpc.DescribeBgpPeersRequest({ regionId: REGION, bgpPeerId }))).body?.bgpPeers?.bgpPeer?.[0];
    expect(await read()).toMatchObject({ bgpPeerId, status: 'Pending', enableBfd: true, bfdMultiHop: 3 });
    const early = await sdkError(vpc.deleteBgpPeer(new $Vpc.DeleteBgpPeerRequest({ regionId: REGION, bgpPeerId })));
    expect(early).toMatchObject({ code: 'DependencyViolation.BgpPeer', statusCode: 400 });
    await emu.control.advance(ASYNC_DELAY_MS);
    await vpc.modifyBgpPeerAttribute(new $Vpc.ModifyBgpPeerAttributeRequest({ regionId: REGION, bgpPeerId, peerIpAddress: '10.0.0.14', enableBfd: false }));
    expect(await read()).toMatchObject({ status: 'Modifying', peerIpAddress: '10.0.0.14', enableBfd: false });
    await emu.control.advance(ASYNC_DELAY_MS);
    await vpc.deleteBgpPeer(new $Vpc.DeleteBgpPeerRequest({ regionId: REGION, bgpPeerId }));
    expect((await read())?.status).toBe('Deleting');
    await emu.control.advance(ASYNC_DELAY_MS);
    expect(await read()).toBeUndefined();
  });

  it('throttling arrives as ThrottlingError with retryAfter, 503 as ServerError, a wrong secret as SignatureDoesNotMatch', async () => {
    await emu.control.arm({ match: { operation: 'DescribeHaVips' }, count: 1, fault: { kind: 'error', code: 'Throttling.User', retryAfterSeconds: 1.5 } });
    const throttled = await sdkError(vpc.describeHaVips(new $Vpc.DescribeHaVipsRequest({ regionId: REGION })));
    expect(throttled).toMatchObject({ name: 'ThrottlingError', code: 'Throttling.User', statusCode: 400, retryAfter: 1500 });
    await emu.control.arm({ match: { operation: 'DescribeNetworkInterfaces' }, count: 1, fault: { kind: 'error', code: 'ServiceUnavailable' } });
    const unavailable = await sdkError(ecs.describeNetworkInterfaces(new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION })));
    expect(unavailable).toMatchObject({ name: 'ServerError', code: 'ServiceUnavailable', statusCode: 503 });
    const wrong = new Ecs(new $OpenApiUtil.Config({ ...config(), accessKeySecret: 'wrong' }));
    const denied = await sdkError(wrong.describeNetworkInterfaces(new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION })));
    expect(denied).toMatchObject({ name: 'ClientError', code: 'SignatureDoesNotMatch', statusCode: 403 });
  });
});
