import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caller, KEY, REGION, startAlibaba, type TestEmulator } from '../support';

let emu: TestEmulator;
let api: ReturnType<typeof caller>;

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
  await emu.control.seed({
    account: KEY.account,
    region: REGION,
    vpcs: [{ id: 'vpc-p', cidr: '10.1.0.0/16' }],
    vswitches: [{ id: 'vsw-p', vpcId: 'vpc-p', cidr: '10.1.0.0/22' }],
    networkInterfaces: Array.from({ length: 25 }, () => ({ vSwitchId: 'vsw-p' })),
    haVips: Array.from({ length: 60 }, () => ({ vSwitchId: 'vsw-p' })),
    eips: Array.from({ length: 105 }, () => ({})),
    vbrs: [{ id: 'vbr-p' }],
    bgpGroups: [{ id: 'bgpg-p', vbrId: 'vbr-p', peerAsn: 65000 }],
    bgpPeers: Array.from({ length: 3 }, (_, i) => ({ groupId: 'bgpg-p', peerIpAddress: `10.0.0.${i * 4 + 2}` })),
  });
});

type EniPage = { NextToken: string; TotalCount: number; PageSize: number; NetworkInterfaceSets: { NetworkInterfaceSet: Array<{ NetworkInterfaceId: string }> } };
type NumberedPage = { TotalCount: number; PageNumber: number; PageSize: number };

describe('DescribeNetworkInterfaces paging (MaxResults + NextToken)', () => {
  it('defaults to 10, raises MaxResults below 10 to 10, and walks all pages with NextToken', async () => {
    const first = await api.call<EniPage>('DescribeNetworkInterfaces', {});
    expect(first.ok && [first.value.PageSize, first.value.NetworkInterfaceSets.NetworkInterfaceSet.length, first.value.TotalCount]).toEqual([10, 10, 25]);
    const small = await api.call<EniPage>('DescribeNetworkInterfaces', { MaxResults: 3 });
    expect(small.ok && small.value.PageSize).toBe(10);

    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const r = await api.call<EniPage>('DescribeNetworkInterfaces', { MaxResults: 10, ...(token ? { NextToken: token } : {}) });
      if (!r.ok) throw new Error(r.error.code);
      seen.push(...r.value.NetworkInterfaceSets.NetworkInterfaceSet.map((e) => e.NetworkInterfaceId));
      token = r.value.NextToken || undefined;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
  });

  it('rejects a NextToken it did not issue', async () => {
    const r = await api.call('DescribeNetworkInterfaces', { NextToken: 'garbage' });
    expect(r.ok ? null : r.error.code).toBe('InvalidParameter');
  });
});

describe('PageNumber/PageSize paging', () => {
  it('DescribeEipAddresses: default 10, max 100, TotalCount over all pages', async () => {
    const d = await api.call<NumberedPage>('DescribeEipAddresses', {});
    expect(d.ok && d.value).toMatchObject({ PageNumber: 1, PageSize: 10, TotalCount: 105 });
    const last = await api.call<NumberedPage & { EipAddresses: { EipAddress: unknown[] } }>('DescribeEipAddresses', { PageSize: 100, PageNumber: 2 });
    expect(last.ok && last.value.EipAddresses.EipAddress).toHaveLength(5);
    const tooBig = await api.call('DescribeEipAddresses', { PageSize: 101 });
    expect(tooBig.ok ? null : tooBig.error.code).toBe('InvalidParameter');
  });

  it('DescribeHaVips, DescribeBgpPeers and DescribeVirtualBorderRouters cap PageSize at 50', async () => {
    const h = await api.call<NumberedPage & { HaVips: { HaVip: unknown[] } }>('DescribeHaVips', { PageSize: 50, PageNumber: 2 });
    expect(h.ok && [h.value.HaVips.HaVip.length, h.value.TotalCount]).toEqual([10, 60]);
    for (const action of ['DescribeHaVips', 'DescribeBgpPeers', 'DescribeVirtualBorderRouters'] as const) {
      const r = await api.call(action, { PageSize: 51 });
      expect(r.ok ? null : r.error.code, action).toBe('InvalidParameter');
    }
    const b = await api.call<NumberedPage>('DescribeBgpPeers', { RouterId: 'vbr-p', PageSize: 2, PageNumber: 2 });
    expect(b.ok && b.value).toMatchObject({ TotalCount: 3, PageNumber: 2, PageSize: 2, BgpPeers: { BgpPeer: [expect.objectContaining({ RouterId: 'vbr-p' })] } });
  });
});

describe('documented list-filter limits', () => {
  it('rejects more than 100 NetworkInterfaceId.N, more than 50 AllocationIds and more than 5 filter values', async () => {
    const ids = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`NetworkInterfaceId.${i + 1}`, `eni-${i}`]));
    expect((await api.call('DescribeNetworkInterfaces', ids)).ok).toBe(false);
    const { ['NetworkInterfaceId.101']: _last, ...hundred } = ids;
    expect((await api.call('DescribeNetworkInterfaces', hundred)).ok).toBe(true);
    const eips = await api.call('DescribeEipAddresses', { AllocationId: Array.from({ length: 51 }, (_, i) => `eip-${i}`).join(',') });
    expect(eips.ok ? null : eips.error).toMatchObject({ code: 'InvalidParameter', parameter: null });
    const values = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`Filter.1.Value.${i + 1}`, `havip-${i}`]));
    const havips = await api.call('DescribeHaVips', { 'Filter.1.Key': 'HaVipId', ...values });
    expect(havips.ok ? null : havips.error.code).toBe('InvalidParameter');
  });
});
