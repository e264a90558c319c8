import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASYNC_DELAY_MS, KEY, OTHER_KEY, startAlibaba, type TestEmulator } from '../support';

let emu: TestEmulator;
const DEMO = [
  { account: KEY.account, regions: ['cn-hangzhou', 'cn-shanghai'] },
  { account: OTHER_KEY.account, regions: ['cn-beijing'] },
];

beforeAll(async () => {
  emu = await startAlibaba({ demo: DEMO });
});
afterAll(async () => {
  await emu.close();
});

type Snapshot = { accounts: Record<string, Record<string, Record<string, Array<Record<string, unknown>>>>> };

describe('demo fixture', () => {
  it('seeds every demo account × region with the documented fleet', async () => {
    await emu.control.reset({ fixture: 'demo', seed: 7 });
    await emu.control.freeze();
    const snap = (await emu.control.snapshot()) as Snapshot;
    expect(Object.keys(snap.accounts).sort()).toEqual([KEY.account, OTHER_KEY.account].sort());
    const r = snap.accounts[KEY.account]!['cn-shanghai']!;
    expect(r['vpcs']).toHaveLength(1);
    expect(r['vswitches']).toHaveLength(2);
    expect(r['securityGroups']).toHaveLength(2);
    expect(r['instances']).toHaveLength(3);
    expect(r['networkInterfaces']!.map((e) => e['status']).sort()).toEqual(['Attaching', 'Available', 'InUse', 'InUse', 'InUse', 'InUse', 'InUse']);
    expect(r['networkInterfaces']!.some((e) => (e['secondaryIps'] as string[]).length > 0)).toBe(true);
    expect(r['haVips']!.map((h) => h['status']).sort()).toEqual(['Available', 'InUse']);
    expect(r['eips']!.map((e) => [e['status'], e['instanceType']])).toEqual([
      ['Available', ''],
      ['InUse', 'NetworkInterface'],
      ['InUse', 'EcsInstance'],
      ['Associating', 'EcsInstance'],
    ]);
    expect(r['vbrs']).toHaveLength(1);
    expect(r['bgpPeers']!.map((p) => p['status'])).toEqual(['Available', 'Pending']);
  });

  it('completes the Attaching ENI and the Associating EIP after the async delay', async () => {
    await emu.control.reset({ fixture: 'demo', seed: 7 });
    await emu.control.freeze();
    await emu.control.advance(ASYNC_DELAY_MS);
    const r = ((await emu.control.snapshot()) as Snapshot).accounts[OTHER_KEY.account]!['cn-beijing']!;
    expect(r['networkInterfaces']!.filter((e) => e['status'] === 'Attaching')).toHaveLength(0);
    expect(r['eips']!.filter((e) => e['status'] === 'Associating')).toHaveLength(0);
  });

  it('is deterministic for a seed and differs across seeds', async () => {
    const ids = async (seed: number) => {
      await emu.control.reset({ fixture: 'demo', seed });
      const snap = (await emu.control.snapshot()) as Snapshot;
      return snap.accounts[KEY.account]!['cn-hangzhou']!['networkInterfaces']!.map((e) => [e['id'], e['primaryIp'], e['mac']]);
    };
    const a = await ids(11);
    expect(await ids(11)).toEqual(a);
    expect(await ids(12)).not.toEqual(a);
  });
});
