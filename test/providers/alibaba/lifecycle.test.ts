import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderAdapter } from '../../../src/domain/adapter';
import type { Result } from '../../../src/domain/errors';
import type { MutationOutput } from '../../../src/domain/mutations';
import type { Partition, ResourceRef } from '../../../src/domain/resources';
import { createAlibabaAdapter } from '../../../src/providers/alibaba';
import { ASYNC_DELAY_MS, KEY, startAlibaba, type TestEmulator } from './support';

/**
 * The whole lifecycle through the adapter on the demo fleet of one partition, then unwound in
 * reverse: every change settles on the emulator clock and the fleet ends as it began.
 */

const REGION = 'cn-shanghai';
let emu: TestEmulator;
let adapter: ProviderAdapter;
const P: Partition = { provider: 'ALIBABA', account: KEY.account, region: REGION };
const ref = (nativeId: string): ResourceRef => ({ ...P, nativeId });

type Region = Record<string, Array<Record<string, unknown>>>;
async function region(): Promise<Region> {
  const snap = (await emu.control.snapshot()) as { accounts: Record<string, Record<string, Region>> };
  return snap.accounts[KEY.account]![REGION]!;
}

beforeAll(async () => {
  emu = await startAlibaba({ demo: [{ account: KEY.account, regions: [REGION] }], fixture: 'demo' });
  adapter = createAlibabaAdapter({
    accounts: [{ account: KEY.account, regions: [REGION], credentials: KEY, endpoint: emu.url }],
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 10, factor: 2, jitter: 'none' },
  });
});
afterAll(async () => {
  await adapter.close();
  await emu.close();
});

async function done(r: Result<MutationOutput>): Promise<MutationOutput> {
  if (!r.ok) throw new Error(`${r.error.operation}: ${r.error.code} ${r.error.message}`);
  await emu.control.advance(ASYNC_DELAY_MS);
  return r.value;
}

describe('the Alibaba lifecycle on the demo fleet', () => {
  it('creates, attaches, assigns, binds, allocates, associates, peers, updates, then unwinds to the fleet it started from', async () => {
    await emu.control.freeze();
    await emu.control.advance(ASYNC_DELAY_MS);
    const before = await region();
    const vSwitch = before['vswitches']![0]!['id'] as string;
    const securityGroup = before['securityGroups']![0]!['id'] as string;
    const instance = before['instances']!.find((i) => i['vSwitchId'] === vSwitch && i['status'] === 'Running')!['id'] as string;
    const bgpGroup = before['bgpGroups']![0]!['id'] as string;

    const eni = (await done(await adapter.createNetworkInterface!(P, { vSwitchId: vSwitch, securityGroupIds: [securityGroup], networkInterfaceName: 'lifecycle' }))).nativeId!;
    await done(await adapter.attachNetworkInterface!(ref(eni), { instanceId: instance }));
    const assigned = (await done(await adapter.assignPrivateIpAddresses!(ref(eni), { secondaryPrivateIpAddressCount: 1 }))).assignedPrivateIps!;
    const vip = (await done(await adapter.createVirtualIp!(P, { subnetId: vSwitch }))).nativeId!;
    await done(await adapter.bindVirtualIp!(ref(eni), { virtualIpId: vip }));
    const eip = (await done(await adapter.allocateElasticIp!(P, { bandwidthMbps: 5 }))).nativeId!;
    await done(await adapter.associateElasticIp!(ref(eip), { instanceId: eni, instanceType: 'NetworkInterface' }));
    const peer = (await done(await adapter.createVifPeer!(P, { bgpGroupId: bgpGroup, remoteGatewayIp: '10.0.0.10' }))).nativeId!;
    await done(await adapter.updateVifPeer!(ref(peer), { remoteGatewayIp: '10.0.0.14' }));
    await done(await adapter.updateNetworkInterface!(ref(eni), { description: 'changed' }));

    const listed = await adapter.listNetworkInterfaces(P, { ids: [eni] });
    expect(listed.ok && listed.value[0]).toMatchObject({ status: 'IN_USE', attachment: { instanceId: instance }, description: 'changed' });
    const peers = await adapter.listVifPeers(P, { ids: [peer] });
    expect(peers.ok && peers.value[0]).toMatchObject({ status: 'ACTIVE', remoteGatewayIp: '10.0.0.14' });

    await done(await adapter.deleteVifPeer!(ref(peer), {}));
    await done(await adapter.unassociateElasticIp!(ref(eip), {}));
    await done(await adapter.releaseElasticIp!(ref(eip), {}));
    await done(await adapter.unbindVirtualIp!(ref(eni), { virtualIpId: vip }));
    await done(await adapter.deleteVirtualIp!(ref(vip), {}));
    await done(await adapter.unassignPrivateIpAddresses!(ref(eni), { privateIpAddresses: assigned }));
    await done(await adapter.detachNetworkInterface!(ref(eni), {}));
    await done(await adapter.deleteNetworkInterface!(ref(eni), {}));

    expect(await region()).toEqual(before);
  });
});
