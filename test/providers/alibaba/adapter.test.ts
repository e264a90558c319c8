import { describe, expect, it } from 'vitest';
import { ProviderCallTally } from '../../../src/cache/call-tally';
import type { NetworkInterface, Partition, ResourceRef } from '../../../src/domain/resources';
import type { ProviderCallEvent } from '../../../src/domain/provider-call';
import type { RequestScope } from '../../../src/domain/request-scope';
import { createAlibabaAdapter } from '../../../src/providers/alibaba';
import { ASYNC_DELAY_MS, KEY, REGION, useEmulatorAndAdapter } from './support';

const alibaba = useEmulatorAndAdapter({ regions: [REGION, 'cn-beijing'], retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 10, factor: 2, jitter: 'none' } });
const P: Partition = { provider: 'ALIBABA', account: KEY.account, region: REGION };
const ref = (nativeId: string): ResourceRef => ({ ...P, nativeId });

function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}`);
  return r.value;
}

describe('createAlibabaAdapter: partitions and reads', () => {
  it('lists its configured partitions', () => {
    expect(alibaba.adapter.partitions()).toEqual([
      { provider: 'ALIBABA', account: KEY.account, region: REGION },
      { provider: 'ALIBABA', account: KEY.account, region: 'cn-beijing' },
    ]);
  });

  it('answers UnsupportedOperation for a partition it is not configured for, without calling', async () => {
    const r = await alibaba.adapter.listNetworkInterfaces({ ...P, region: 'eu-central-1' }, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.category).toBe('UnsupportedOperation');
    expect(await alibaba.emu.control.calls()).toHaveLength(0);
  });

  it('lists ENIs and pushes filters down', async () => {
    const all = value(await alibaba.adapter.listNetworkInterfaces(P, {}));
    expect(all.map((e) => e.nativeId)).toContain('eni-free');
    expect(all.filter((e) => e.interfaceType === 'PRIMARY')).toHaveLength(3);
    const free = all.find((e) => e.nativeId === 'eni-free')!;
    expect(free).toMatchObject({ status: 'AVAILABLE', primaryIp: '192.168.1.100', subnetId: 'vsw-a', vpcId: 'vpc-main', securityGroupIds: ['sg-web'] });

    expect(value(await alibaba.adapter.listNetworkInterfaces(P, { ipAddress: '192.168.1.100' })).map((e) => e.nativeId)).toEqual(['eni-free']);
    expect(value(await alibaba.adapter.listNetworkInterfaces(P, { instanceId: 'i-web' }))).toHaveLength(1);
    expect(value(await alibaba.adapter.listNetworkInterfaces(P, { subnetId: 'vsw-b' }))).toHaveLength(1);
    expect(value(await alibaba.adapter.listNetworkInterfaces(P, { vpcId: 'vpc-other' }))).toHaveLength(0);
    const [call] = (await alibaba.emu.control.calls('DescribeNetworkInterfaces')).slice(-1);
    expect(call!.params).toMatchObject({ VpcId: 'vpc-other', MaxResults: '500' });
  });

  it('pages ENIs with MaxResults 500 and NextToken', async () => {
    await alibaba.emu.control.seed({
      account: KEY.account,
      region: REGION,
      vpcs: [{ id: 'vpc-big', cidr: '10.8.0.0/16' }],
      vswitches: [{ id: 'vsw-big', vpcId: 'vpc-big', cidr: '10.8.0.0/20' }],
      networkInterfaces: Array.from({ length: 520 }, () => ({ vSwitchId: 'vsw-big' })),
    });
    const big = value(await alibaba.adapter.listNetworkInterfaces(P, { vpcId: 'vpc-big' }));
    expect(big).toHaveLength(520);
    expect(new Set(big.map((e) => e.nativeId)).size).toBe(520);
    const calls = await alibaba.emu.control.calls('DescribeNetworkInterfaces');
    expect(calls).toHaveLength(2);
    expect(calls[0]!.params['NextToken']).toBeUndefined();
    expect(calls[1]!.params['NextToken']).toBeTruthy();
  });

  it('chunks more than 100 ENI ids into several NetworkInterfaceId.N calls', async () => {
    const ids = ['eni-free', ...Array.from({ length: 150 }, (_, i) => `eni-missing${i}`)];
    const found = value(await alibaba.adapter.listNetworkInterfaces(P, { ids }));
    expect(found.map((e) => e.nativeId)).toEqual(['eni-free']);
    const calls = await alibaba.emu.control.calls('DescribeNetworkInterfaces');
    expect(calls).toHaveLength(2);
    expect(calls[0]!.params['NetworkInterfaceId.100']).toBeDefined();
    expect(calls[0]!.params['NetworkInterfaceId.101']).toBeUndefined();
    expect(calls[1]!.params['NetworkInterfaceId.51']).toBe('eni-missing149');
  });

  it('lists HaVips with Filter.N push-down', async () => {
    const all = value(await alibaba.adapter.listVirtualIps(P, {}));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ nativeId: 'havip-a', address: '192.168.1.200', status: 'AVAILABLE', subnetId: 'vsw-a' });
    expect(value(await alibaba.adapter.listVirtualIps(P, { ids: ['havip-a'] }))).toHaveLength(1);
    expect(value(await alibaba.adapter.listVirtualIps(P, { subnetId: 'vsw-b' }))).toHaveLength(0);
    expect(value(await alibaba.adapter.listVirtualIps(P, { address: '192.168.1.200' }))).toHaveLength(1);
    const [call] = (await alibaba.emu.control.calls('DescribeHaVips')).slice(-1);
    expect(call!.params).toMatchObject({ 'Filter.1.Key': 'HaVipAddress', 'Filter.1.Value.1': '192.168.1.200', PageSize: '50' });
  });

  it('splits more than 5 HaVip or VBR ids into calls of 5 filter values', async () => {
    const ids = ['havip-a', ...Array.from({ length: 6 }, (_, i) => `havip-missing${i}`)];
    expect(value(await alibaba.adapter.listVirtualIps(P, { ids })).map((h) => h.nativeId)).toEqual(['havip-a']);
    const calls = await alibaba.emu.control.calls('DescribeHaVips');
    expect(calls.map((c) => c.status)).toEqual([200, 200]);
    expect(calls[0]!.params['Filter.1.Value.5']).toBeDefined();
    expect(calls[0]!.params['Filter.1.Value.6']).toBeUndefined();
    const vbrs = value(await alibaba.adapter.listVirtualInterfaces(P, { ids: ['vbr-main', 'vbr-1', 'vbr-2', 'vbr-3', 'vbr-4', 'vbr-5'] }));
    expect(vbrs.map((v) => v.nativeId)).toEqual(['vbr-main']);
    expect(await alibaba.emu.control.calls('DescribeVirtualBorderRouters')).toHaveLength(2);
  });

  it('lists EIPs across pages of 100 and filters by ids, address and bound target', async () => {
    await alibaba.emu.control.seed({ account: KEY.account, region: REGION, eips: Array.from({ length: 130 }, () => ({})) });
    expect(value(await alibaba.adapter.listElasticIps(P, {}))).toHaveLength(132);
    expect((await alibaba.emu.control.calls('DescribeEipAddresses')).map((c) => c.params['PageNumber'])).toEqual(['1', '2']);
    expect(value(await alibaba.adapter.listElasticIps(P, { ids: ['eip-free', 'eip-second'] })).map((e) => e.nativeId)).toEqual(['eip-free', 'eip-second']);
    expect(value(await alibaba.adapter.listElasticIps(P, { address: '47.1.1.2' })).map((e) => e.nativeId)).toEqual(['eip-second']);
    expect(value(await alibaba.adapter.listElasticIps(P, { boundToId: 'eni-free' }))).toHaveLength(0);
  });

  it('lists vSwitches as subnets across pages of 50 (DescribeVSwitches)', async () => {
    await alibaba.emu.control.seed({ account: KEY.account, region: REGION, vswitches: Array.from({ length: 60 }, (_, i) => ({ id: `vsw-p${i}`, vpcId: 'vpc-other', cidr: `10.0.${i}.0/24`, zoneId: 'cn-hangzhou-a' })) });
    const subnets = value(await alibaba.adapter.listSubnets!(P));
    expect(subnets).toHaveLength(63);
    expect(subnets).toContainEqual({ nativeId: 'vsw-a', vpcId: 'vpc-main', cidr: '192.168.1.0/24' });
    expect(subnets).toContainEqual({ nativeId: 'vsw-p59', vpcId: 'vpc-other', cidr: '10.0.59.0/24' });
    const calls = await alibaba.emu.control.calls('DescribeVSwitches');
    expect(calls.map((c) => [c.params['PageNumber'], c.params['PageSize']])).toEqual([['1', '50'], ['2', '50']]);
  });

  it('lists BGP peers as VIF peers and VBRs as virtual interfaces', async () => {
    const peers = value(await alibaba.adapter.listVifPeers(P, {}));
    expect(peers.map((p) => [p.nativeId, p.status])).toEqual([
      ['bgp-up', 'ACTIVE'],
      ['bgp-pending', 'CREATING'],
    ]);
    expect(peers[0]).toMatchObject({ virtualInterfaceId: 'vbr-main', bgpAsn: 65010, routeMode: 'BGP', addressFamily: 'IPV4' });
    expect(value(await alibaba.adapter.listVifPeers(P, { virtualInterfaceId: 'vbr-none' }))).toHaveLength(0);
    expect(value(await alibaba.adapter.listVifPeers(P, { ids: ['bgp-pending'] })).map((p) => p.nativeId)).toEqual(['bgp-pending']);
    const vifs = value(await alibaba.adapter.listVirtualInterfaces(P, {}));
    expect(vifs).toEqual([expect.objectContaining({ nativeId: 'vbr-main', status: 'ACTIVE', vlan: 42 })]);
    expect(value(await alibaba.adapter.listVirtualInterfaces(P, { ids: ['vbr-x'] }))).toHaveLength(0);
  });
});

describe('createAlibabaAdapter: mutations', () => {
  it('creates an ENI and returns its id and the ENI mapped from the response', async () => {
    const out = value(
      await alibaba.adapter.createNetworkInterface!(P, {
        vSwitchId: 'vsw-a',
        securityGroupIds: ['sg-web', 'sg-db'],
        networkInterfaceName: 'api-eni',
        privateIpAddresses: ['192.168.1.50'],
        tags: [{ key: 'team', value: 'net' }],
      }),
    );
    const eni = out.created as NetworkInterface;
    expect(out.nativeId).toBe(eni.nativeId);
    expect(eni).toMatchObject({
      provider: 'ALIBABA',
      account: KEY.account,
      region: REGION,
      name: 'api-eni',
      status: 'AVAILABLE',
      interfaceType: 'SECONDARY',
      securityGroupIds: ['sg-web', 'sg-db'],
      tags: [{ key: 'team', value: 'net' }],
    });
    expect(eni.nativeId).toMatch(/^eni-/);
    expect(eni.privateIps).toContainEqual({ address: '192.168.1.50', primary: false });
  });

  it('rejects input outside the documented limits without any HTTP call', async () => {
    const r = await alibaba.adapter.createNetworkInterface!(P, { vSwitchId: 'vsw-a', networkInterfaceName: 'x', tags: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'InvalidParameter', category: 'InvalidParameter', parameter: 'NetworkInterfaceName', requestId: null, documented: true });
    const tags = await alibaba.adapter.createNetworkInterface!(P, { vSwitchId: 'vsw-a', tags: [{ key: 'acs:x', value: '' }] });
    if (!tags.ok) expect(tags.error.code).toBe('InvalidTagKey.Malformed');
    expect(tags.ok).toBe(false);
    expect(await alibaba.emu.control.calls()).toHaveLength(0);
  });

  it('returns provider failures typed from the catalog', async () => {
    const r = await alibaba.adapter.createNetworkInterface!(P, { vSwitchId: 'vsw-nope' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'InvalidVSwitchId.NotFound', category: 'ResourceNotFound', resourceType: 'VSwitch', httpStatus: 404 });
      expect(r.error.requestId).toBeTruthy();
    }
  });

  it('generates one ClientToken per mutation and reuses it on retry', async () => {
    await alibaba.emu.control.arm({ match: { operation: 'CreateNetworkInterface' }, count: 1, fault: { kind: 'error', code: 'ServiceUnavailable' } });
    const r = await alibaba.adapter.createNetworkInterface!(P, { vSwitchId: 'vsw-a', networkInterfaceName: 'retried' });
    expect(r.ok).toBe(true);
    const tokens = (await alibaba.emu.control.calls('CreateNetworkInterface')).map((c) => c.params['ClientToken']);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(tokens[1]).toBe(tokens[0]);
    expect(value(await alibaba.adapter.listNetworkInterfaces(P, {})).filter((e) => e.name === 'retried')).toHaveLength(1);
  });

  it('assigns secondary private IPs and reports the assigned addresses', async () => {
    const out = value(await alibaba.adapter.assignPrivateIpAddresses!(ref('eni-free'), { secondaryPrivateIpAddressCount: 2 }));
    expect(Object.keys(out)).toEqual(['assignedPrivateIps']);
    expect(out.assignedPrivateIps).toHaveLength(2);
    const [eni] = value(await alibaba.adapter.listNetworkInterfaces(P, { ids: ['eni-free'] }));
    expect(eni!.privateIps.filter((ip) => !ip.primary).map((ip) => ip.address)).toEqual(out.assignedPrivateIps);
  });

  it('maps assign failures: unknown ENI, duplicate address, validation', async () => {
    const missing = await alibaba.adapter.assignPrivateIpAddresses!(ref('eni-nothere'), { secondaryPrivateIpAddressCount: 1 });
    if (!missing.ok) expect(missing.error).toMatchObject({ code: 'InvalidEniId.NotFound', category: 'ResourceNotFound', operation: 'AssignPrivateIpAddresses' });
    const taken = await alibaba.adapter.assignPrivateIpAddresses!(ref('eni-free'), { privateIpAddresses: ['192.168.1.200'] });
    if (!taken.ok) expect(taken.error).toMatchObject({ code: 'InvalidPrivateIpAddress.Duplicated', category: 'ResourceConflict' });
    const both = await alibaba.adapter.assignPrivateIpAddresses!(ref('eni-free'), {});
    if (!both.ok) expect(both.error).toMatchObject({ code: 'MissingParameter', httpStatus: 403, requestId: null });
    expect([missing.ok, taken.ok, both.ok]).toEqual([false, false, false]);
  });

  it('associates an EIP with an ENI: Associating, then InUse after the async delay', async () => {
    const r = await alibaba.adapter.associateElasticIp!(ref('eip-free'), { instanceId: 'eni-free', instanceType: 'NetworkInterface' });
    expect(r).toMatchObject({ ok: true, value: {} });
    const [eip] = value(await alibaba.adapter.listElasticIps(P, { ids: ['eip-free'] }));
    expect(eip).toMatchObject({ status: 'ASSOCIATING', boundTo: { kind: 'NETWORK_INTERFACE', targetId: 'eni-free', privateIpAddress: '192.168.1.100' } });
    await alibaba.emu.control.advance(ASYNC_DELAY_MS);
    const [after] = value(await alibaba.adapter.listElasticIps(P, { boundToId: 'eni-free' }));
    expect(after?.status).toBe('IN_USE');
  });

  it('maps associate failures: unknown EIP, EIP not Available, bad InstanceType', async () => {
    const unknown = await alibaba.adapter.associateElasticIp!(ref('eip-nothere'), { instanceId: 'i-web' });
    if (!unknown.ok) expect(unknown.error).toMatchObject({ code: 'InvalidAllocationId.NotFound', category: 'ResourceNotFound', resourceType: 'ElasticIp' });
    value(await alibaba.adapter.associateElasticIp!(ref('eip-free'), { instanceId: 'i-web' }));
    const again = await alibaba.adapter.associateElasticIp!(ref('eip-free'), { instanceId: 'i-zoneb' });
    if (!again.ok) expect(again.error).toMatchObject({ code: 'IncorrectEipStatus', category: 'InvalidResourceState', retryable: true });
    const badType = await alibaba.adapter.associateElasticIp!(ref('eip-second'), { instanceId: 'i-web', instanceType: 'Vm' as never });
    if (!badType.ok) expect(badType.error).toMatchObject({ code: 'InvalidInstanceType.ValueNotSupported', parameter: 'InstanceType' });
    expect([unknown.ok, again.ok, badType.ok]).toEqual([false, false, false]);
  });
});

describe('createAlibabaAdapter: request scope', () => {
  it('records every page and every retry attempt a list sends in the scope passed, and nothing without one', async () => {
    await alibaba.emu.control.seed({ account: KEY.account, region: REGION, eips: Array.from({ length: 130 }, () => ({})) });
    await alibaba.emu.control.arm({ match: { operation: 'DescribeEipAddresses' }, count: 1, fault: { kind: 'error', code: 'ServiceUnavailable' } });
    const scope = new ProviderCallTally();
    expect(value(await alibaba.adapter.listElasticIps(P, {}, scope))).toHaveLength(132);
    const sent = await alibaba.emu.control.calls('DescribeEipAddresses');
    expect(sent).toHaveLength(3);
    expect(scope).toMatchObject({ actual: 3, byProvider: { ALIBABA: 3 } });
    await alibaba.adapter.listElasticIps(P, {});
    expect(await alibaba.emu.control.calls('DescribeEipAddresses')).toHaveLength(5);
    expect(scope.actual).toBe(3);
  });

  it('records a mutation\'s attempts in the scope passed to its handler', async () => {
    await alibaba.emu.control.arm({ match: { operation: 'CreateNetworkInterface' }, count: 1, fault: { kind: 'error', code: 'ServiceUnavailable' } });
    const scope = new ProviderCallTally();
    expect((await alibaba.adapter.createNetworkInterface!(P, { vSwitchId: 'vsw-a' }, scope)).ok).toBe(true);
    expect(scope).toMatchObject({ actual: 2, byProvider: { ALIBABA: 2 } });
  });

  it("lists each call in the scope it served with the provider's request id; a concurrent background call (no scope) is recorded nowhere", async () => {
    const observed: Array<{ event: ProviderCallEvent; scope: RequestScope | undefined }> = [];
    const watched = createAlibabaAdapter({
      accounts: [{ account: KEY.account, regions: [REGION], credentials: KEY, endpoint: alibaba.emu.url }],
      observer: { onCall: (event, scope) => void observed.push({ event, scope }) },
    });
    try {
      const request = new ProviderCallTally('req-listing');
      await Promise.all([watched.listElasticIps(P, {}, request), watched.listNetworkInterfaces(P, {}), watched.listVirtualIps(P, {}, request)]);
      const answered = await alibaba.emu.control.calls();
      const idsOf = (operations: string[]) => answered.filter((c) => operations.includes(c.operation)).map((c) => c.requestId).sort();
      expect(request.providerCalls.map((c) => c.requestId).sort()).toEqual(idsOf(['DescribeEipAddresses', 'DescribeHaVips']));
      expect(request.providerCallCount).toBe(2);
      const background = observed.filter((o) => o.event.operation === 'DescribeNetworkInterfaces');
      expect(background.map((o) => [o.event.requestId, o.scope])).toEqual([[idsOf(['DescribeNetworkInterfaces'])[0], undefined]]);
      expect(observed.filter((o) => o.scope === request)).toHaveLength(2);
    } finally {
      await watched.close();
    }
  });

  it('keeps the scopes of concurrent calls apart', async () => {
    const [a, b] = [new ProviderCallTally(), new ProviderCallTally()];
    await Promise.all([alibaba.adapter.listElasticIps(P, {}, a), alibaba.adapter.listNetworkInterfaces(P, {}, b), alibaba.adapter.listVirtualIps(P, {}, b)]);
    expect([a.actual, b.actual]).toEqual([1, 2]);
  });
});
