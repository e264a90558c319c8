import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatMessage, messageMatches, type CatalogEntry, type ErrorCatalog } from '../../src/domain/catalog';
import { MUTATION_NAMES, providerOperation, providersOf, type MutationName } from '../../src/domain/operations';
import { alibabaCatalog } from '../../src/providers/alibaba';
import { huaweiCatalog } from '../../src/providers/huawei';
import { ElasticIpsDocument, NetworkInterfacesDocument, VirtualInterfacesDocument } from '../generated/graphql';
import { startHarness, type Harness } from '../support/harness';
import { recordedCalls, runMutation } from '../support/mutation-documents';

/**
 * "Errors are data", checked end to end and entry by entry: every catalog entry each mutation's
 * provider operation can return (its own rows and the provider's common rows, duplicates included)
 * is answered by the emulator in the provider's wire shape, travels back through the signed HTTP
 * call, the adapter's classification and the gateway, and arrives as the union member of its
 * category with the verbatim code, the documented status and message, the request id the emulator
 * sent and the entry's retryability. The file counts what it checked and fails on any gap.
 */

let h: Harness;
const inputs = new Map<MutationName, Record<string, unknown>>();

beforeAll(async () => {
  h = await startHarness();
  await h.reset();
  const ali = { providers: ['ALIBABA' as const], accounts: ['ali-prod'], regions: ['cn-hangzhou'] };
  const hw = { providers: ['HUAWEI' as const], accounts: ['hw-prod'], regions: ['ap-southeast-1'] };
  const enis = (await h.gql(NetworkInterfacesDocument, { first: 100, filter: ali })).data.networkInterfaces.edges.map((e) => e.node);
  const spare = enis.find((e) => e.name === 'spare-eni')!;
  const eip = (await h.gql(ElasticIpsDocument, { first: 100, filter: ali })).data.elasticIps.edges.map((e) => e.node).find((e) => e.name === 'spare-eip')!;
  const nic = (await h.gql(NetworkInterfacesDocument, { first: 100, filter: hw })).data.networkInterfaces.edges.map((e) => e.node).find((e) => e.name === 'web-2-eth0')!;
  const vif = (await h.gql(VirtualInterfacesDocument, { first: 100, filter: hw })).data.virtualInterfaces.edges.map((e) => e.node).find((v) => v.name === 'vif-hq-bgp')!;
  const aliTarget = { provider: 'ALIBABA', account: 'ali-prod', region: 'cn-hangzhou' };
  inputs.set('createNetworkInterface', { target: aliTarget, vSwitchId: spare.subnetId });
  inputs.set('assignPrivateIpAddresses', { networkInterfaceId: spare.id, secondaryPrivateIpAddressCount: 1 });
  inputs.set('associateElasticIp', { elasticIpId: eip.id, instanceId: spare.nativeId, instanceType: 'NETWORK_INTERFACE' });
  inputs.set('bindVirtualIp', { networkInterfaceId: nic.id, subnetId: nic.subnetId, ipAddress: '192.168.0.150' });
  inputs.set('createVifPeer', {
    target: { provider: 'HUAWEI', account: 'hw-prod', region: 'ap-southeast-1' },
    vifId: vif.nativeId,
    name: 'round-trip',
    addressFamily: 'IPV6',
    localGatewayIp: 'FD00::1/64',
    remoteGatewayIp: 'FD00::2/64',
  });
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const CATALOGS = { ALIBABA: alibabaCatalog, HUAWEI: huaweiCatalog } as const;

interface Case {
  mutation: MutationName;
  emulator: 'alibaba' | 'huawei';
  catalog: ErrorCatalog;
  operation: string;
  entries: CatalogEntry[];
}

/** Every (mutation, provider) pair netplane offers, from the operations table, so none is forgotten. */
const CASES: Case[] = MUTATION_NAMES.flatMap((mutation) =>
  providersOf(mutation).map((provider) => {
    const operation = providerOperation(mutation, provider)!;
    const catalog = CATALOGS[provider];
    return { mutation, emulator: provider === 'ALIBABA' ? ('alibaba' as const) : ('huawei' as const), catalog, operation, entries: catalog.forOperation(operation) };
  }),
);
const EXPECTED = CASES.reduce((n, c) => n + c.entries.length, 0);
const checked = new Set<string>();
const keyOf = (c: Case, index: number) => `${c.mutation}#${index}`;

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

describe.each(CASES)('$mutation ($operation)', (c) => {
  beforeEach(async () => {
    await h.control(c.emulator, 'DELETE', 'faults');
    await h.control(c.emulator, 'DELETE', 'calls');
  });

  it.each(c.entries.map((e, i) => [`${e.code} (${e.httpStatus}) #${i}`, i] as const))('returns %s as its category, verbatim', async (_name, index) => {
    const entry = c.entries[index]!;
    const message = messageFor(c, entry);
    await h.control(c.emulator, 'POST', 'faults', {
      match: { operation: c.operation },
      count: 10,
      fault: { kind: 'error', code: entry.code, httpStatus: entry.httpStatus, ...(message !== undefined && { message }) },
    });
    const member = await runMutation(h, c.mutation, inputs.get(c.mutation)!);

    expect(member).toMatchObject({
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
  it('checked every catalog entry of every mutation operation', () => {
    const missing = CASES.flatMap((c) => c.entries.map((e, i) => [keyOf(c, i), `${c.operation} ${e.code} (${e.httpStatus})`] as const)).filter(([key]) => !checked.has(key));
    const rows = new Set(CASES.flatMap((c) => c.entries));
    const others = [alibabaCatalog, huaweiCatalog].reduce((n, catalog) => n + catalog.entries.filter((e) => !rows.has(e)).length, 0);
    console.log(
      `catalog round trip: ${checked.size} of ${EXPECTED} entries checked (the five mutations' own and common rows; ${rows.size} distinct catalog rows, ${others} more rows belong only to read and other operations)`,
    );
    expect(missing.map(([, name]) => name)).toEqual([]);
    expect(checked.size).toBe(EXPECTED);
  });
});
