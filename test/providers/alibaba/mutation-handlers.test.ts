import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/domain/errors';
import type { MutationOutput } from '../../../src/domain/mutations';
import type { Partition, ResourceRef } from '../../../src/domain/resources';
import { createAlibabaAdapter } from '../../../src/providers/alibaba';
import { TRANSPORT_CODES } from '../../../src/providers/common/failures';
import { ASYNC_DELAY_MS, KEY, REGION, useEmulatorAndAdapter } from './support';

/**
 * Every Alibaba mutation handler against the emulator over HTTP: the wire request it sends (the
 * emulator's call log), the MutationOutput, validation before the wire (no call made) and how
 * failures are classified.
 */

const RETRY = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 10, factor: 2, jitter: 'none' as const };
const alibaba = useEmulatorAndAdapter({ retry: RETRY });
const P: Partition = { provider: 'ALIBABA', account: KEY.account, region: REGION };
const ref = (nativeId: string): ResourceRef => ({ ...P, nativeId });

function value(r: Result<MutationOutput>): MutationOutput {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}`);
  return r.value;
}

/** The business parameters of the last call of an action (signature and region left out). */
async function sent(operation: string): Promise<Record<string, unknown>> {
  const calls = await alibaba.emu.control.calls(operation);
  const { RegionId: _region, ...params } = calls[calls.length - 1]!.params;
  return params;
}

async function eniStatus(id: string): Promise<string | undefined> {
  const r = await alibaba.adapter.listNetworkInterfaces(P, { ids: [id] });
  return r.ok ? r.value[0]?.status : undefined;
}

const TOKEN = expect.stringMatching(/^[0-9a-f-]{36}$/);

describe('NetworkInterface handlers', () => {
  it('createNetworkInterface returns the new id and the ENI the answer describes', async () => {
    const out = value(await alibaba.adapter.createNetworkInterface!(P, { vSwitchId: 'vsw-a', securityGroupIds: ['sg-web'], networkInterfaceName: 'api-eni' }));
    expect(out.nativeId).toMatch(/^eni-/);
    expect(out.created).toMatchObject({ nativeId: out.nativeId, name: 'api-eni', status: 'AVAILABLE' });
    expect(await sent('CreateNetworkInterface')).toEqual({ VSwitchId: 'vsw-a', 'SecurityGroupIds.1': 'sg-web', NetworkInterfaceName: 'api-eni', ClientToken: TOKEN });
  });

  it('updateNetworkInterface sends SecurityGroupId.N (the whole set), no ClientToken, and answers {}', async () => {
    const out = value(
      await alibaba.adapter.updateNetworkInterface!(ref('eni-free'), { networkInterfaceName: 'renamed', description: 'desc', securityGroupIds: ['sg-web', 'sg-db'] }),
    );
    expect(out).toEqual({});
    expect(await sent('ModifyNetworkInterfaceAttribute')).toEqual({
      NetworkInterfaceId: 'eni-free',
      NetworkInterfaceName: 'renamed',
      Description: 'desc',
      'SecurityGroupId.1': 'sg-web',
      'SecurityGroupId.2': 'sg-db',
    });
    const listed = await alibaba.adapter.listNetworkInterfaces(P, { ids: ['eni-free'] });
    expect(listed.ok && listed.value[0]).toMatchObject({ name: 'renamed', securityGroupIds: ['sg-web', 'sg-db'] });
  });

  it('updateNetworkInterface rejects a name outside the documented limits without a call', async () => {
    const r = await alibaba.adapter.updateNetworkInterface!(ref('eni-free'), { networkInterfaceName: '1x' });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'InvalidParameter', parameter: 'NetworkInterfaceName', requestId: null, outcome: 'NOT_APPLIED' });
    const many = await alibaba.adapter.updateNetworkInterface!(ref('eni-free'), { securityGroupIds: Array.from({ length: 11 }, (_, i) => `sg-${i}`) });
    expect(many.ok ? null : many.error).toMatchObject({ code: 'InvalidParameter', parameter: 'SecurityGroupId.N' });
    expect(await alibaba.emu.control.calls()).toHaveLength(0);
  });

  it('deleteNetworkInterface: DELETING, then gone; an attached ENI is InvalidResourceState', async () => {
    expect(value(await alibaba.adapter.deleteNetworkInterface!(ref('eni-free'), {}))).toEqual({});
    expect(await sent('DeleteNetworkInterface')).toEqual({ NetworkInterfaceId: 'eni-free' });
    expect(await eniStatus('eni-free')).toBe('DELETING');
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    expect(await eniStatus('eni-free')).toBeUndefined();
    const primary = await alibaba.adapter.listNetworkInterfaces(P, { instanceId: 'i-web' });
    const r = await alibaba.adapter.deleteNetworkInterface!(ref(primary.ok ? primary.value[0]!.nativeId : ''), {});
    expect(r.ok ? null : r.error).toMatchObject({ code: 'InvalidOperation.InvalidEniState', category: 'InvalidResourceState', operation: 'DeleteNetworkInterface' });
  });

  it('a write without a ClientToken is not repeated after an unknown outcome', async () => {
    const impatient = createAlibabaAdapter({
      accounts: [{ account: KEY.account, regions: [REGION], credentials: KEY, endpoint: alibaba.emu.url }],
      retry: RETRY,
      transport: { connectTimeoutMs: 1000, requestTimeoutMs: 500, connections: 2 },
    });
    await alibaba.emu.control.arm({ match: { operation: 'DeleteNetworkInterface' }, count: 1, fault: { kind: 'applied-then-timeout' } });
    const r = await impatient.deleteNetworkInterface!(ref('eni-free'), {});
    await impatient.close();
    expect(r.ok ? null : r.error).toMatchObject({ category: 'ProviderUnavailable', code: TRANSPORT_CODES.TIMEOUT, outcome: 'UNKNOWN' });
    expect(await alibaba.emu.control.calls('DeleteNetworkInterface')).toHaveLength(1);
  });

  it('attachNetworkInterface: ATTACHING, then IN_USE; a full instance is QuotaExceeded', async () => {
    expect(value(await alibaba.adapter.attachNetworkInterface!(ref('eni-free'), { instanceId: 'i-web', networkCardIndex: 0 }))).toEqual({});
    expect(await sent('AttachNetworkInterface')).toEqual({ NetworkInterfaceId: 'eni-free', InstanceId: 'i-web', NetworkCardIndex: '0' });
    expect(await eniStatus('eni-free')).toBe('ATTACHING');
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    expect(await eniStatus('eni-free')).toBe('IN_USE');
    await alibaba.emu.control.seed({ account: KEY.account, region: REGION, networkInterfaces: [{ id: 'eni-third', vSwitchId: 'vsw-a' }] });
    const full = await alibaba.adapter.attachNetworkInterface!(ref('eni-third'), { instanceId: 'i-web' });
    expect(full.ok ? null : full.error).toMatchObject({ code: 'EniPerInstanceLimitExceeded', category: 'QuotaExceeded', httpStatus: 403 });
  });

  it('detachNetworkInterface with the instance given: one call, DETACHING then AVAILABLE', async () => {
    value(await alibaba.adapter.attachNetworkInterface!(ref('eni-free'), { instanceId: 'i-web' }));
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    expect(value(await alibaba.adapter.detachNetworkInterface!(ref('eni-free'), { instanceId: 'i-web' }))).toEqual({});
    expect(await alibaba.emu.control.calls('DescribeNetworkInterfaces')).toHaveLength(0);
    expect(await sent('DetachNetworkInterface')).toEqual({ NetworkInterfaceId: 'eni-free', InstanceId: 'i-web' });
    expect(await eniStatus('eni-free')).toBe('DETACHING');
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    expect(await eniStatus('eni-free')).toBe('AVAILABLE');
  });

  it('detachNetworkInterface without the instance reads the attachment first', async () => {
    value(await alibaba.adapter.attachNetworkInterface!(ref('eni-free'), { instanceId: 'i-web' }));
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    value(await alibaba.adapter.detachNetworkInterface!(ref('eni-free'), {}));
    expect((await alibaba.emu.control.calls()).map((c) => c.operation).slice(-2)).toEqual(['DescribeNetworkInterfaces', 'DetachNetworkInterface']);
    expect(await sent('DetachNetworkInterface')).toEqual({ NetworkInterfaceId: 'eni-free', InstanceId: 'i-web' });
  });

  it('detachNetworkInterface of an unattached or unknown ENI answers as DetachNetworkInterface would, without calling it', async () => {
    const free = await alibaba.adapter.detachNetworkInterface!(ref('eni-free'), {});
    expect(free.ok ? null : free.error).toMatchObject({ operation: 'DetachNetworkInterface', code: 'InvalidOperation.InvalidEniState', category: 'InvalidResourceState', documented: true });
    const unknown = await alibaba.adapter.detachNetworkInterface!(ref('eni-nope'), {});
    expect(unknown.ok ? null : unknown.error).toMatchObject({ operation: 'DetachNetworkInterface', code: 'InvalidEniId.NotFound', category: 'ResourceNotFound', httpStatus: 404 });
    expect(unknown.ok ? null : unknown.error.requestId).toBeTruthy();
    expect(await alibaba.emu.control.calls('DetachNetworkInterface')).toHaveLength(0);
  });

  it('assignPrivateIpAddresses answers the assigned addresses only', async () => {
    const out = value(await alibaba.adapter.assignPrivateIpAddresses!(ref('eni-free'), { privateIpAddresses: ['192.168.1.50'] }));
    expect(out).toEqual({ assignedPrivateIps: ['192.168.1.50'] });
    expect(await sent('AssignPrivateIpAddresses')).toEqual({ NetworkInterfaceId: 'eni-free', 'PrivateIpAddress.1': '192.168.1.50', ClientToken: TOKEN });
  });

  it('unassignPrivateIpAddresses sends PrivateIpAddress.N without a token; an empty list is MissingParameter before the wire', async () => {
    value(await alibaba.adapter.assignPrivateIpAddresses!(ref('eni-free'), { privateIpAddresses: ['192.168.1.50', '192.168.1.51'] }));
    expect(value(await alibaba.adapter.unassignPrivateIpAddresses!(ref('eni-free'), { privateIpAddresses: ['192.168.1.50'] }))).toEqual({});
    expect(await sent('UnassignPrivateIpAddresses')).toEqual({ NetworkInterfaceId: 'eni-free', 'PrivateIpAddress.1': '192.168.1.50' });
    const before = (await alibaba.emu.control.calls()).length;
    const empty = await alibaba.adapter.unassignPrivateIpAddresses!(ref('eni-free'), { privateIpAddresses: [] });
    expect(empty.ok ? null : empty.error).toMatchObject({ code: 'MissingParameter', httpStatus: 403, parameter: 'PrivateIpAddress.N', requestId: null });
    expect(await alibaba.emu.control.calls()).toHaveLength(before);
  });
});

describe('VirtualIp handlers', () => {
  it('createVirtualIp answers the new HaVipId; it is CREATING, then AVAILABLE', async () => {
    const out = value(await alibaba.adapter.createVirtualIp!(P, { subnetId: 'vsw-a', ipAddress: '192.168.1.150', name: 'vip', description: 'd' }));
    expect(out).toEqual({ nativeId: expect.stringMatching(/^havip-/) });
    expect(await sent('CreateHaVip')).toEqual({ VSwitchId: 'vsw-a', IpAddress: '192.168.1.150', Name: 'vip', Description: 'd', ClientToken: TOKEN });
    const read = async () => {
      const r = await alibaba.adapter.listVirtualIps(P, { ids: [out.nativeId!] });
      return r.ok ? r.value[0]?.status : undefined;
    };
    expect(await read()).toBe('CREATING');
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    expect(await read()).toBe('AVAILABLE');
  });

  it('createVirtualIp rejects a malformed address before the wire with the documented code', async () => {
    const r = await alibaba.adapter.createVirtualIp!(P, { subnetId: 'vsw-a', ipAddress: '192.168.1' });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'InvalidIPAddress.Malformed', parameter: 'IpAddress', requestId: null, documented: true });
    expect(await alibaba.emu.control.calls()).toHaveLength(0);
  });

  it('bindVirtualIp associates the HaVip with the target ENI and answers the HaVipId', async () => {
    const out = value(await alibaba.adapter.bindVirtualIp!(ref('eni-free'), { virtualIpId: 'havip-a' }));
    expect(out).toEqual({ virtualIpNativeId: 'havip-a', virtualIpPortId: 'havip-a' });
    expect(await sent('AssociateHaVip')).toEqual({ HaVipId: 'havip-a', InstanceId: 'eni-free', InstanceType: 'NetworkInterface', ClientToken: TOKEN });
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    const vip = await alibaba.adapter.listVirtualIps(P, { ids: ['havip-a'] });
    expect(vip.ok && vip.value[0]).toMatchObject({ status: 'IN_USE', boundInterfaceIds: ['eni-free'] });
  });

  it('bindVirtualIp without virtualIpId is Alibaba\'s MissingParameter HaVipId, without a call', async () => {
    const r = await alibaba.adapter.bindVirtualIp!(ref('eni-free'), {});
    expect(r.ok ? null : r.error).toMatchObject({ code: 'MissingParameter', httpStatus: 400, parameter: 'HaVipId', operation: 'AssociateHaVip', requestId: null });
    expect(await alibaba.emu.control.calls()).toHaveLength(0);
  });

  it('unbindVirtualIp sends Force as True/False and settles AVAILABLE; unbinding what is not bound is InvalidResourceState', async () => {
    value(await alibaba.adapter.bindVirtualIp!(ref('eni-free'), { virtualIpId: 'havip-a' }));
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    expect(value(await alibaba.adapter.unbindVirtualIp!(ref('eni-free'), { virtualIpId: 'havip-a', force: true }))).toEqual({
      virtualIpNativeId: 'havip-a',
      virtualIpPortId: 'havip-a',
    });
    expect(await sent('UnassociateHaVip')).toEqual({ HaVipId: 'havip-a', InstanceId: 'eni-free', InstanceType: 'NetworkInterface', Force: 'True', ClientToken: TOKEN });
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    const again = await alibaba.adapter.unbindVirtualIp!(ref('eni-free'), { virtualIpId: 'havip-a' });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'IncorrectHaVipStatus', category: 'InvalidResourceState' });
  });

  it('deleteVirtualIp: DELETING, then gone; a bound HaVip is refused', async () => {
    value(await alibaba.adapter.bindVirtualIp!(ref('eni-free'), { virtualIpId: 'havip-a' }));
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    const bound = await alibaba.adapter.deleteVirtualIp!(ref('havip-a'), {});
    expect(bound.ok ? null : bound.error).toMatchObject({ code: 'IncorrectStatus', category: 'InvalidResourceState', operation: 'DeleteHaVip', message: 'HaVip can be deleted only when it is status is Available.' });
    value(await alibaba.adapter.unbindVirtualIp!(ref('eni-free'), { virtualIpId: 'havip-a' }));
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    expect(value(await alibaba.adapter.deleteVirtualIp!(ref('havip-a'), { clientToken: 'mine' }))).toEqual({});
    expect(await sent('DeleteHaVip')).toEqual({ HaVipId: 'havip-a', ClientToken: 'mine' });
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    const gone = await alibaba.adapter.listVirtualIps(P, { ids: ['havip-a'] });
    expect(gone.ok && gone.value).toEqual([]);
  });
});

describe('ElasticIp handlers', () => {
  it('allocateElasticIp sends the neutral fields under their wire names and answers the AllocationId', async () => {
    const out = value(
      await alibaba.adapter.allocateElasticIp!(P, { bandwidthMbps: 10, chargeMode: 'PayByTraffic', isp: 'BGP', name: 'edge', description: 'd', resourceGroupId: 'rg-1' }),
    );
    expect(out).toEqual({ nativeId: expect.stringMatching(/^eip-/) });
    expect(await sent('AllocateEipAddress')).toEqual({
      Bandwidth: '10',
      InternetChargeType: 'PayByTraffic',
      ISP: 'BGP',
      Name: 'edge',
      Description: 'd',
      ResourceGroupId: 'rg-1',
      ClientToken: TOKEN,
    });
  });

  it('allocateElasticIp rejects a bandwidth outside 1 to 500 before the wire', async () => {
    const r = await alibaba.adapter.allocateElasticIp!(P, { bandwidthMbps: 501 });
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'InvalidParameter',
      message: 'Specified value of "Bandwidth" is not valid.',
      parameter: 'Bandwidth',
      category: 'InvalidParameter',
      requestId: null,
    });
    expect(await alibaba.emu.control.calls()).toHaveLength(0);
  });

  it('unassociateElasticIp, then releaseElasticIp (no ClientToken): UNASSOCIATING, AVAILABLE, RELEASING, gone', async () => {
    value(await alibaba.adapter.associateElasticIp!(ref('eip-free'), { instanceId: 'eni-free', instanceType: 'NetworkInterface' }));
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    const bound = await alibaba.adapter.releaseElasticIp!(ref('eip-free'), {});
    expect(bound.ok ? null : bound.error).toMatchObject({ code: 'IncorrectEipStatus', category: 'InvalidResourceState', operation: 'ReleaseEipAddress' });
    expect(value(await alibaba.adapter.unassociateElasticIp!(ref('eip-free'), { instanceId: 'eni-free', instanceType: 'NetworkInterface', force: false }))).toEqual({});
    expect(await sent('UnassociateEipAddress')).toEqual({
      AllocationId: 'eip-free',
      InstanceId: 'eni-free',
      InstanceType: 'NetworkInterface',
      Force: 'false',
      ClientToken: TOKEN,
    });
    const status = async () => {
      const r = await alibaba.adapter.listElasticIps(P, { ids: ['eip-free'] });
      return r.ok ? r.value[0]?.status : undefined;
    };
    expect(await status()).toBe('UNASSOCIATING');
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    expect(await status()).toBe('AVAILABLE');
    expect(value(await alibaba.adapter.releaseElasticIp!(ref('eip-free'), {}))).toEqual({});
    expect(await sent('ReleaseEipAddress')).toEqual({ AllocationId: 'eip-free' });
    expect(await status()).toBe('RELEASING');
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    expect(await status()).toBeUndefined();
  });
});

describe('VifPeer handlers', () => {
  it('createVifPeer sends BgpGroupId, PeerIpAddress, IpVersion in Alibaba\'s words, BFD; answers the BgpPeerId', async () => {
    const out = value(
      await alibaba.adapter.createVifPeer!(P, { bgpGroupId: 'bgpg-main', remoteGatewayIp: '10.0.0.10', addressFamily: 'IPV4', enableBfd: true, bfdMultiHop: 3 }),
    );
    expect(out).toEqual({ nativeId: expect.stringMatching(/^bgp-/) });
    expect(await sent('CreateBgpPeer')).toEqual({
      BgpGroupId: 'bgpg-main',
      PeerIpAddress: '10.0.0.10',
      IpVersion: 'IPv4',
      EnableBfd: 'true',
      BfdMultiHop: '3',
      ClientToken: TOKEN,
    });
    const peers = await alibaba.adapter.listVifPeers(P, { ids: [out.nativeId!] });
    expect(peers.ok && peers.value[0]).toMatchObject({ status: 'CREATING', virtualInterfaceId: 'vbr-main' });
  });

  it('createVifPeer without bgpGroupId is MissingParameter BgpGroupId; BFD on without a hop count too — no call', async () => {
    const noGroup = await alibaba.adapter.createVifPeer!(P, { remoteGatewayIp: '10.0.0.10' });
    expect(noGroup.ok ? null : noGroup.error).toMatchObject({ code: 'MissingParameter', parameter: 'BgpGroupId', operation: 'CreateBgpPeer' });
    const noHops = await alibaba.adapter.createVifPeer!(P, { bgpGroupId: 'bgpg-main', enableBfd: true });
    expect(noHops.ok ? null : noHops.error).toMatchObject({ code: 'MissingParameter', parameter: 'BfdMultiHop' });
    expect(await alibaba.emu.control.calls()).toHaveLength(0);
  });

  it('updateVifPeer: UPDATING, then ACTIVE with the new address', async () => {
    expect(value(await alibaba.adapter.updateVifPeer!(ref('bgp-up'), { remoteGatewayIp: '10.0.0.22' }))).toEqual({});
    expect(await sent('ModifyBgpPeerAttribute')).toEqual({ BgpPeerId: 'bgp-up', PeerIpAddress: '10.0.0.22', ClientToken: TOKEN });
    const read = async () => {
      const r = await alibaba.adapter.listVifPeers(P, { ids: ['bgp-up'] });
      return r.ok ? r.value[0] : undefined;
    };
    expect(await read()).toMatchObject({ status: 'UPDATING', remoteGatewayIp: '10.0.0.22' });
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    expect((await read())?.status).toBe('ACTIVE');
  });

  it('deleteVifPeer of a pending peer is a retryable ResourceConflict, retried with the same ClientToken', async () => {
    const r = await alibaba.adapter.deleteVifPeer!(ref('bgp-pending'), {});
    expect(r.ok ? null : r.error).toMatchObject({ code: 'DependencyViolation.BgpPeer', category: 'ResourceConflict', retryable: true });
    const tokens = (await alibaba.emu.control.calls('DeleteBgpPeer')).map((c) => c.params['ClientToken']);
    expect(tokens.length).toBe(RETRY.maxAttempts);
    expect(new Set(tokens).size).toBe(1);
  });

  it('deleteVifPeer: DELETING, then gone', async () => {
    expect(value(await alibaba.adapter.deleteVifPeer!(ref('bgp-up'), {}))).toEqual({});
    const r = await alibaba.adapter.listVifPeers(P, { ids: ['bgp-up'] });
    expect(r.ok && r.value[0]?.status).toBe('DELETING');
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    const gone = await alibaba.adapter.listVifPeers(P, { ids: ['bgp-up'] });
    expect(gone.ok && gone.value).toEqual([]);
  });
});
