import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatMessage, messageMatches, type CatalogEntry, type ErrorCatalog } from '../../src/domain/catalog';
import { MUTATION_NAMES, operationsOf, providerOperation, providersOf, type MutationName } from '../../src/domain/mutations';
import type { ProviderName } from '../../src/domain/resources';
import { alibabaCatalog } from '../../src/providers/alibaba';
import { huaweiCatalog } from '../../src/providers/huawei';
import { ElasticIpsDocument, NetworkInterfacesDocument, VifPeersDocument, VirtualInterfacesDocument, VirtualIpsDocument } from '../generated/graphql';
import { startHarness, type Harness } from '../support/harness';
import { recordedCalls, runMutation } from '../support/mutation-documents';

/**
 * "Errors are data", checked end to end and entry by entry: every catalog row of every operation
 * each mutation calls on each provider (the descriptors' operation and the ones it also calls,
 * duplicates included), and each provider's common rows once, is answered by the emulator in the
 * provider's wire shape, travels back through the signed HTTP call, the adapter's classification and
 * the gateway, and arrives as the union member of its category with the verbatim code, the
 * documented status and message, the request id the emulator sent and the entry's retryability.
 * The file counts what it checked and fails on any gap.
 */

let h: Harness;
/** Inputs per `${mutation}/${provider}` (the main operation) or `${mutation}/${provider}/${operation}` (a call it also makes). */
const inputs = new Map<string, Record<string, unknown>>();

const ALI_TARGET = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' };
const HW_TARGET = { provider: 'HUAWEI', account: 'hw-prod', region: 'ap-southeast-1' };
interface PartitionFilter {
  providers: ProviderName[];
  accounts: string[];
  regions: string[];
}
const ali: PartitionFilter = { providers: ['ALIBABA'], accounts: ['ali-prod'], regions: ['cn-hangzhou'] };
const hw: PartitionFilter = { providers: ['HUAWEI'], accounts: ['hw-prod'], regions: ['ap-southeast-1'] };

async function discover(): Promise<void> {
  const list = async <T extends { name?: string | null }>(items: Promise<T[]>, name: string): Promise<T> => {
    const found = (await items).find((i) => i.name === name);
    if (!found) throw new Error(`demo resource ${name} not found`);
    return found;
  };
  const enis = (f: PartitionFilter) => h.gql(NetworkInterfacesDocument, { first: 100, filter: f }).then((r) => r.data.networkInterfaces.edges.map((e) => e.node));
  const eips = (f: PartitionFilter) => h.gql(ElasticIpsDocument, { first: 100, filter: f }).then((r) => r.data.elasticIps.edges.map((e) => e.node));
  const vips = (f: PartitionFilter) => h.gql(VirtualIpsDocument, { first: 100, filter: f }).then((r) => r.data.virtualIps.edges.map((e) => e.node));
  const peers = (f: PartitionFilter) => h.gql(VifPeersDocument, { first: 100, filter: f }).then((r) => r.data.vifPeers.edges.map((e) => e.node));

  const spare = await list(enis(ali), 'spare-eni');
  const webHa = await list(enis(ali), 'web-ha');
  const aliEip = await list(eips(ali), 'spare-eip');
  const aliVip = await list(vips(ali), 'spare-vip');
  const aliPeer = await list(peers(ali), 'primary-router');
  const nic = await list(enis(hw), 'web-2-eth0');
  const web1 = await list(enis(hw), 'web-1-eth0');
  const hwVip = await list(vips(hw), 'vip-web');
  const hwEip = (await eips(hw))[0]!;
  const hwPeer = await list(peers(hw), 'peer-bgp-v4');
  const vif = (await h.gql(VirtualInterfacesDocument, { first: 100, filter: hw })).data.virtualInterfaces.edges.map((e) => e.node).find((v) => v.name === 'vif-hq-bgp')!;

  const set = (key: string, input: Record<string, unknown>) => inputs.set(key, input);
  // Alibaba
  set('createNetworkInterface/ALIBABA', { target: ALI_TARGET, vSwitchId: spare.subnetId });
  set('updateNetworkInterface/ALIBABA', { networkInterfaceId: spare.id, networkInterfaceName: 'renamed' });
  set('deleteNetworkInterface/ALIBABA', { networkInterfaceId: spare.id });
  set('attachNetworkInterface/ALIBABA', { networkInterfaceId: spare.id, instanceId: webHa.attachment!.instanceId });
  set('detachNetworkInterface/ALIBABA', { networkInterfaceId: webHa.id, instanceId: webHa.attachment!.instanceId });
  set('detachNetworkInterface/ALIBABA/DescribeNetworkInterfaces', { networkInterfaceId: webHa.id });
  set('assignPrivateIpAddresses/ALIBABA', { networkInterfaceId: spare.id, secondaryPrivateIpAddressCount: 1 });
  set('unassignPrivateIpAddresses/ALIBABA', { networkInterfaceId: webHa.id, privateIpAddresses: [webHa.privateIps.find((ip) => !ip.primary)!.address] });
  set('createVirtualIp/ALIBABA', { target: ALI_TARGET, subnetId: spare.subnetId });
  set('deleteVirtualIp/ALIBABA', { virtualIpId: aliVip.id });
  set('bindVirtualIp/ALIBABA', { networkInterfaceId: spare.id, virtualIpId: aliVip.id });
  set('unbindVirtualIp/ALIBABA', { networkInterfaceId: spare.id, virtualIpId: aliVip.id });
  set('allocateElasticIp/ALIBABA', { target: ALI_TARGET });
  set('releaseElasticIp/ALIBABA', { elasticIpId: aliEip.id });
  set('associateElasticIp/ALIBABA', { elasticIpId: aliEip.id, instanceId: spare.nativeId, instanceType: 'NETWORK_INTERFACE' });
  set('unassociateElasticIp/ALIBABA', { elasticIpId: aliEip.id });
  set('createVifPeer/ALIBABA', { target: ALI_TARGET, bgpGroupId: aliPeer.bgpGroupId, remoteGatewayIp: '10.0.0.10' });
  set('updateVifPeer/ALIBABA', { vifPeerId: aliPeer.id, enableBfd: true, bfdMultiHop: 3 });
  set('deleteVifPeer/ALIBABA', { vifPeerId: aliPeer.id });
  // Huawei
  set('createNetworkInterface/HUAWEI', { target: HW_TARGET, vSwitchId: nic.subnetId });
  set('updateNetworkInterface/HUAWEI', { networkInterfaceId: nic.id, networkInterfaceName: 'renamed' });
  set('deleteNetworkInterface/HUAWEI', { networkInterfaceId: nic.id });
  set('attachNetworkInterface/HUAWEI', { networkInterfaceId: nic.id, instanceId: web1.attachment!.instanceId });
  set('detachNetworkInterface/HUAWEI', { networkInterfaceId: nic.id, instanceId: nic.attachment!.instanceId });
  set('attachNetworkInterface/HUAWEI/ShowPort', { networkInterfaceId: nic.id, instanceId: web1.attachment!.instanceId });
  set('detachNetworkInterface/HUAWEI/ShowPort', { networkInterfaceId: nic.id });
  set('createVirtualIp/HUAWEI', { target: HW_TARGET, subnetId: nic.subnetId });
  set('deleteVirtualIp/HUAWEI', { virtualIpId: hwVip.id });
  set('bindVirtualIp/HUAWEI', { networkInterfaceId: nic.id, subnetId: nic.subnetId, ipAddress: '192.168.0.150' });
  set('bindVirtualIp/HUAWEI/ShowPort', { networkInterfaceId: nic.id, virtualIpId: hwVip.id });
  set('bindVirtualIp/HUAWEI/NeutronShowPort', { networkInterfaceId: nic.id, virtualIpId: hwVip.id, method: 'NEUTRON_ALLOWED_ADDRESS_PAIRS' });
  set('bindVirtualIp/HUAWEI/NeutronUpdatePort', { networkInterfaceId: nic.id, virtualIpId: hwVip.id, method: 'NEUTRON_ALLOWED_ADDRESS_PAIRS' });
  set('bindVirtualIp/HUAWEI/ListPorts', { networkInterfaceId: nic.id, ipAddress: hwVip.address, method: 'NEUTRON_ALLOWED_ADDRESS_PAIRS' });
  set('unbindVirtualIp/HUAWEI', { networkInterfaceId: web1.id });
  set('unbindVirtualIp/HUAWEI/ListPorts', { networkInterfaceId: web1.id, ipAddress: hwVip.address, method: 'NEUTRON_ALLOWED_ADDRESS_PAIRS' });
  set('unbindVirtualIp/HUAWEI/ShowPort', { networkInterfaceId: web1.id, virtualIpId: hwVip.id, method: 'NEUTRON_ALLOWED_ADDRESS_PAIRS' });
  set('unbindVirtualIp/HUAWEI/NeutronShowPort', { networkInterfaceId: web1.id, virtualIpId: hwVip.id, method: 'NEUTRON_ALLOWED_ADDRESS_PAIRS' });
  set('unbindVirtualIp/HUAWEI/NeutronUpdatePort', { networkInterfaceId: web1.id, virtualIpId: hwVip.id, method: 'NEUTRON_ALLOWED_ADDRESS_PAIRS' });
  set('allocateElasticIp/HUAWEI', { target: HW_TARGET, bandwidthMbps: 5 });
  set('releaseElasticIp/HUAWEI', { elasticIpId: hwEip.id });
  set('associateElasticIp/HUAWEI', { elasticIpId: hwEip.id, instanceId: nic.nativeId });
  set('unassociateElasticIp/HUAWEI', { elasticIpId: hwEip.id });
  set('createVifPeer/HUAWEI', { target: HW_TARGET, vifId: vif.nativeId, name: 'round-trip', addressFamily: 'IPV6', localGatewayIp: 'FD00::1/64', remoteGatewayIp: 'FD00::2/64' });
  set('updateVifPeer/HUAWEI', { vifPeerId: hwPeer.id, name: 'renamed' });
  set('deleteVifPeer/HUAWEI', { vifPeerId: hwPeer.id });
}

beforeAll(async () => {
  h = await startHarness();
  await h.reset();
  await discover();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const CATALOGS: Record<ProviderName, ErrorCatalog> = { ALIBABA: alibabaCatalog, HUAWEI: huaweiCatalog };
/** The mutation through which each provider's common rows are checked (any one serves: they are classified alike). */
const COMMON_VIA: Record<ProviderName, MutationName> = { ALIBABA: 'createNetworkInterface', HUAWEI: 'createVifPeer' };

interface Case {
  mutation: MutationName;
  provider: ProviderName;
  emulator: 'alibaba' | 'huawei';
  catalog: ErrorCatalog;
  operation: string;
  input: string;
  /** A call made besides the mutation's own: the state is reset before each entry (an earlier call may have applied). */
  also: boolean;
  entries: CatalogEntry[];
}

function caseOf(mutation: MutationName, provider: ProviderName, operation: string, entries: CatalogEntry[]): Case {
  const main = providerOperation(mutation, provider) === operation;
  return {
    mutation,
    provider,
    emulator: provider === 'ALIBABA' ? 'alibaba' : 'huawei',
    catalog: CATALOGS[provider],
    operation,
    input: main ? `${mutation}/${provider}` : `${mutation}/${provider}/${operation}`,
    also: !main,
    entries,
  };
}

/** Every (mutation, provider, operation) the descriptors name, with the operation's own rows; then the common rows once per provider. */
const CASES: Case[] = [
  ...MUTATION_NAMES.flatMap((mutation) =>
    providersOf(mutation).flatMap((provider) =>
      operationsOf(mutation, provider).map((operation) =>
        caseOf(mutation, provider, operation, CATALOGS[provider].forOperation(operation).filter((e) => e.operations !== 'common')),
      ),
    ),
  ),
  ...(['ALIBABA', 'HUAWEI'] as const).map((provider) => {
    const mutation = COMMON_VIA[provider];
    return caseOf(mutation, provider, providerOperation(mutation, provider)!, CATALOGS[provider].entries.filter((e) => e.operations === 'common'));
  }),
].filter((c) => c.entries.length > 0);
const EXPECTED = CASES.reduce((n, c) => n + c.entries.length, 0);
const checked = new Set<string>();
const keyOf = (c: Case, index: number) => `${c.mutation}/${c.provider}/${c.operation}/${c.entries[index]!.operations === 'common' ? 'common' : 'own'}#${index}`;

/**
 * When one code has several rows with the same status, the emulator's fault renders the first; the
 * other rows are produced by sending their own documented message (placeholders filled), which is
 * what the provider does when that row's condition occurs.
 */
function messageFor(c: Case, entry: CatalogEntry): string | undefined {
  const first = c.catalog.find(c.operation, entry.code, entry.httpStatus);
  if (first === entry) return undefined;
  return formatMessage(entry.message, 'netplane-e2e');
}

describe.each(CASES)('$mutation on $provider: $operation', (c) => {
  beforeEach(async () => {
    if (c.also) {
      await h.control(c.emulator, 'POST', 'reset', { fixture: 'demo' });
      await h.control(c.emulator, 'POST', 'clock', { freeze: true });
    }
    await h.control(c.emulator, 'DELETE', 'faults');
    await h.control(c.emulator, 'DELETE', 'calls');
  });

  it.each(c.entries.map((e, i) => [`${e.code} (${e.httpStatus}) #${i}`, i] as const))('returns %s as its category, verbatim', async (_name, index) => {
    const entry = c.entries[index]!;
    const input = inputs.get(c.input);
    if (!input) throw new Error(`no input for ${c.input}`);
    const message = messageFor(c, entry);
    await h.control(c.emulator, 'POST', 'faults', {
      match: { operation: c.operation },
      count: 10,
      fault: { kind: 'error', code: entry.code, httpStatus: entry.httpStatus, ...(message !== undefined && { message }) },
    });
    const member = await runMutation(h, c.mutation, input);

    expect(member, JSON.stringify(member)).toMatchObject({
      __typename: entry.category,
      provider: c.catalog.provider,
      operation: c.operation,
      code: entry.code,
      httpStatus: entry.httpStatus,
      documented: true,
      retryable: entry.retryable,
    });
    expect(member.codeEnum).toBeTruthy();
    expect(messageMatches(entry.message, member.message!), `"${member.message}" does not match "${entry.message}"`).toBe(true);
    // The entry the adapter settled on for this answer: this one, or an earlier row of the same code
    // and status whose template also matches (then it must classify identically).
    const settled = c.catalog.find(c.operation, entry.code, entry.httpStatus, member.message);
    expect(member.description).toBe(settled?.description ?? null);
    expect(settled).toMatchObject({ category: entry.category, retryable: entry.retryable });

    const calls = await recordedCalls(h, c.emulator, c.operation);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((call) => call.code === entry.code)).toBe(true);
    expect(member.requestId).toBe(calls.at(-1)!.requestId);
    if (entry.category === 'ProviderUnavailable') expect(member.outcome).toBe('UNKNOWN');
    checked.add(keyOf(c, index));
  });
});

describe('catalog coverage', () => {
  it('checked every catalog row of every operation the mutations call, and every common row', () => {
    const missing = CASES.flatMap((c) => c.entries.map((e, i) => [keyOf(c, i), `${c.mutation} ${c.operation} ${e.code} (${e.httpStatus})`] as const)).filter(
      ([key]) => !checked.has(key),
    );
    const rows = new Set(CASES.flatMap((c) => c.entries));
    const others = [alibabaCatalog, huaweiCatalog].reduce((n, catalog) => n + catalog.entries.filter((e) => !rows.has(e)).length, 0);
    console.log(
      `catalog round trip: ${checked.size} of ${EXPECTED} entries checked over ${CASES.length} (mutation, provider, operation) cases; ${rows.size} distinct catalog rows, ${others} more belong only to read operations`,
    );
    expect(missing.map(([, name]) => name)).toEqual([]);
    expect(checked.size).toBe(EXPECTED);
  });
});
