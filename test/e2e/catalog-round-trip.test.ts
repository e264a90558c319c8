import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/domain/catalog';
import { providerOperation, type MutationName } from '../../src/domain/operations';
import { alibabaCatalog } from '../../src/providers/alibaba';
import { huaweiCatalog } from '../../src/providers/huawei';
import {
  AssignPrivateIpAddressesDocument,
  AssociateElasticIpDocument,
  BindVirtualIpDocument,
  CreateNetworkInterfaceDocument,
  CreateVifPeerDocument,
  ElasticIpsDocument,
  NetworkInterfacesDocument,
  VirtualInterfacesDocument,
} from '../generated/graphql';
import { startHarness, type Harness } from '../support/harness';

/**
 * "Errors are data", checked end to end: every catalog entry a mutation can return is injected at
 * the emulator (which renders it in the provider's wire shape), travels back through the signed
 * HTTP call, the adapter's classification and the gateway, and arrives as the union member of its
 * category with the verbatim code and documented status.
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

interface ErrorMember {
  __typename: string;
  provider?: string;
  operation?: string;
  code?: string;
  codeEnum?: string | null;
  httpStatus?: number | null;
  requestId?: string | null;
  retryable?: boolean;
  documented?: boolean;
}

const MUTATIONS: Array<[MutationName, 'alibaba' | 'huawei', CatalogEntry[], TypedDocumentNode<Record<string, unknown>, { input: never }>]> = [
  ['createNetworkInterface', 'alibaba', alibabaCatalog.forOperation('CreateNetworkInterface'), CreateNetworkInterfaceDocument as never],
  ['assignPrivateIpAddresses', 'alibaba', alibabaCatalog.forOperation('AssignPrivateIpAddresses'), AssignPrivateIpAddressesDocument as never],
  ['associateElasticIp', 'alibaba', alibabaCatalog.forOperation('AssociateEipAddress'), AssociateElasticIpDocument as never],
  ['bindVirtualIp', 'huawei', huaweiCatalog.forOperation('AssociateServerVirtualIp'), BindVirtualIpDocument as never],
  ['createVifPeer', 'huawei', huaweiCatalog.forOperation('CreateVifPeer'), CreateVifPeerDocument as never],
];

describe.each(MUTATIONS)('%s', (mutation, emulator, entries, document) => {
  const operation = providerOperation(mutation, emulator === 'alibaba' ? 'ALIBABA' : 'HUAWEI')!;
  beforeEach(async () => {
    await h.control(emulator, 'DELETE', 'faults');
  });

  it.each(entries.map((e) => [`${e.code} (${e.httpStatus})`, e] as const))('returns %s as its category', async (_name, entry) => {
    await h.control(emulator, 'POST', 'faults', {
      match: { operation },
      count: 10,
      fault: { kind: 'error', code: entry.code, httpStatus: entry.httpStatus },
    });
    const { data, errors } = await h.gql(document, { input: inputs.get(mutation) as never });
    expect(errors).toBeUndefined();
    const member = (data as Record<string, ErrorMember>)[mutation]!;
    expect(member).toMatchObject({
      __typename: entry.category,
      operation,
      code: entry.code,
      httpStatus: entry.httpStatus,
      documented: true,
      retryable: entry.retryable,
    });
    expect(member.codeEnum).toBeTruthy();
    expect(member.requestId).toBeTruthy();
  });
});
