import { describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/domain/global-id';
import {
  ElasticIpsDocument,
  FleetDocument,
  NetworkInterfacesDocument,
  NodeDocument,
  NodesDocument,
  VifPeersDocument,
  VirtualInterfacesDocument,
  VirtualIpsDocument,
  type NetworkInterfacesQuery,
} from '../generated/graphql';
import { ALIBABA_ACCOUNTS, HUAWEI_ACCOUNTS, useHarness } from '../support/harness';

const h = useHarness({}, { reset: 'demo' });

const PARTITION_COUNT = ALIBABA_ACCOUNTS.length * 2 + HUAWEI_ACCOUNTS.length * 2;
const key = (n: { provider: string; account: string; region: string; nativeId: string }) => [n.provider, n.account, n.region, n.nativeId];
function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return (a[i] as string) < (b[i] as string) ? -1 : 1;
  return 0;
}

describe('connections fan out over every configured partition', () => {
  it.each([
    ['networkInterfaces', NetworkInterfacesDocument],
    ['virtualIps', VirtualIpsDocument],
    ['elasticIps', ElasticIpsDocument],
    ['vifPeers', VifPeersDocument],
    ['virtualInterfaces', VirtualInterfacesDocument],
  ] as const)('%s: both providers, every partition ok, ordered, counted', async (field, document) => {
    const { data, errors } = await h.gql(document as typeof NetworkInterfacesDocument, { first: 100 });
    expect(errors).toBeUndefined();
    const connection = (data as unknown as Record<string, { totalCount: number; partitions: { ok: boolean; itemCount: number }[]; edges: { node: { provider: string; account: string; region: string; nativeId: string } }[] }>)[field]!;
    const nodes = connection.edges.map((e) => e.node);
    expect(new Set(nodes.map((n) => n.provider))).toEqual(new Set(['ALIBABA', 'HUAWEI']));
    expect(connection.partitions).toHaveLength(PARTITION_COUNT);
    expect(connection.partitions.every((p) => p.ok)).toBe(true);
    expect(connection.totalCount).toBe(connection.partitions.reduce((n, p) => n + p.itemCount, 0));
    expect(nodes).toHaveLength(Math.min(connection.totalCount, 100));
    for (let i = 1; i < nodes.length; i++) expect(compareKeys(key(nodes[i - 1]!), key(nodes[i]!))).toBeLessThan(0);
  });

  it('pages through the whole fleet with first/after, each item once, in the same order', async () => {
    const all = (await h.gql(NetworkInterfacesDocument, { first: 100 })).data.networkInterfaces.edges.map((e) => e.node.id);
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const result: NetworkInterfacesQuery['networkInterfaces'] = (await h.gql(NetworkInterfacesDocument, { first: 7, after })).data
        .networkInterfaces;
      paged.push(...result.edges.map((e) => e.node.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });

  it('pages backward with last/before', async () => {
    const all = (await h.gql(NetworkInterfacesDocument, { first: 100 })).data.networkInterfaces.edges;
    const tail = (await h.gql(NetworkInterfacesDocument, { last: 3 })).data.networkInterfaces;
    expect(tail.edges.map((e) => e.node.id)).toEqual(all.slice(-3).map((e) => e.node.id));
    const before = (await h.gql(NetworkInterfacesDocument, { last: 2, before: tail.pageInfo.startCursor })).data.networkInterfaces;
    expect(before.edges.map((e) => e.node.id)).toEqual(all.slice(-5, -3).map((e) => e.node.id));
  });

  it('filters by provider, account, region and status', async () => {
    const { data } = await h.gql(NetworkInterfacesDocument, {
      first: 100,
      filter: { providers: ['HUAWEI'], accounts: ['hw-prod'], regions: ['ap-southeast-1'], statuses: ['IN_USE'] },
    });
    const connection = data.networkInterfaces;
    expect(connection.partitions).toEqual([{ provider: 'HUAWEI', account: 'hw-prod', region: 'ap-southeast-1', ok: true, itemCount: connection.totalCount, error: null }]);
    expect(connection.totalCount).toBeGreaterThan(0);
    for (const { node } of connection.edges) expect(node).toMatchObject({ provider: 'HUAWEI', account: 'hw-prod', region: 'ap-southeast-1', status: 'IN_USE' });
  });

  it('pushes native id filters down and returns just those', async () => {
    const some = (await h.gql(ElasticIpsDocument, { first: 100 })).data.elasticIps.edges.map((e) => e.node);
    const picked = [some[0]!, some[some.length - 1]!];
    const { data } = await h.gql(ElasticIpsDocument, { filter: { nativeIds: picked.map((n) => n.nativeId) } });
    expect(data.elasticIps.edges.map((e) => e.node.id).sort()).toEqual(picked.map((n) => n.id).sort());
  });

  it('keeps answering when a partition fails: its typed error is in partitions, errors stays empty', async () => {
    await h.control('huawei', 'POST', 'faults', {
      match: { account: 'hw-dev', region: 'ap-southeast-3' },
      count: 50,
      fault: { kind: 'error', code: 'APIGW.0308', httpStatus: 429 },
    });
    const { data, errors } = await h.gql(FleetDocument, { first: 100 });
    expect(errors).toBeUndefined();
    const failed = data.networkInterfaces.partitions.filter((p) => !p.ok);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ provider: 'HUAWEI', account: 'hw-dev', region: 'ap-southeast-3', itemCount: 0 });
    expect(failed[0]!.error).toMatchObject({ code: 'APIGW.0308' });
    expect(failed[0]!.error!.requestId).toBeTruthy();
    expect(data.networkInterfaces.edges.some((e) => e.node.account === 'hw-dev' && e.node.region === 'ap-southeast-3')).toBe(false);
    expect(data.networkInterfaces.totalCount).toBeGreaterThan(0);
  });
});

describe('object identification', () => {
  it('node(id) gives back every resource type listed', async () => {
    const ids = [
      (await h.gql(NetworkInterfacesDocument, { first: 1, filter: { providers: ['HUAWEI'] } })).data.networkInterfaces.edges[0]!.node,
      (await h.gql(VirtualIpsDocument, { first: 1, filter: { providers: ['ALIBABA'] } })).data.virtualIps.edges[0]!.node,
      (await h.gql(ElasticIpsDocument, { first: 1, filter: { providers: ['HUAWEI'] } })).data.elasticIps.edges[0]!.node,
      (await h.gql(VifPeersDocument, { first: 1, filter: { providers: ['HUAWEI'] } })).data.vifPeers.edges[0]!.node,
      (await h.gql(VirtualInterfacesDocument, { first: 1, filter: { providers: ['ALIBABA'] } })).data.virtualInterfaces.edges[0]!.node,
    ];
    for (const listed of ids) {
      const { data, errors } = await h.gql(NodeDocument, { id: listed.id });
      expect(errors).toBeUndefined();
      expect(data.node).toMatchObject({ id: listed.id, nativeId: listed.nativeId, provider: listed.provider, account: listed.account, region: listed.region });
    }
  });

  it('nodes(ids) keeps the order, across providers, with null for unknown ids', async () => {
    const enis = (await h.gql(NetworkInterfacesDocument, { first: 100 })).data.networkInterfaces.edges.map((e) => e.node);
    const picked = [enis[enis.length - 1]!, enis[0]!, enis[3]!];
    // A well-formed id of a resource that does not exist is null (a malformed id is a 400: test/e2e/bad-input-before-the-wire.test.ts).
    const unknown = encodeGlobalId('NetworkInterface', { provider: picked[0]!.provider, account: picked[0]!.account, region: picked[0]!.region, nativeId: 'eni-doesnotexist' });
    const { data, errors } = await h.gql(NodesDocument, { ids: [picked[0]!.id, unknown, picked[1]!.id, picked[2]!.id] });
    expect(errors).toBeUndefined();
    expect(data.nodes.map((n) => n?.id ?? null)).toEqual([picked[0]!.id, null, picked[1]!.id, picked[2]!.id]);
    expect(data.nodes[0]).toMatchObject({ __typename: 'NetworkInterface', nativeId: picked[0]!.nativeId });
  });
});

describe('object identification when the provider fails', () => {
  it('node(id) is null with a located error carrying the typed provider failure', async () => {
    const eni = (await h.gql(NetworkInterfacesDocument, { first: 1, filter: { providers: ['ALIBABA'] } })).data.networkInterfaces.edges[0]!.node;
    await h.control('alibaba', 'POST', 'faults', {
      match: { operation: 'DescribeNetworkInterfaces', account: eni.account, region: eni.region },
      count: 10,
      fault: { kind: 'error', code: 'ServiceUnavailable', httpStatus: 503 },
    });
    const { data, errors } = await h.gql(NodeDocument, { id: eni.id });
    expect(data.node).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({
      path: ['node'],
      extensions: { code: 'PROVIDER_ERROR', providerError: { category: 'ProviderUnavailable', code: 'ServiceUnavailable', operation: 'DescribeNetworkInterfaces' } },
    });
  });
});

describe('relationships', () => {
  it('a network interface\'s virtual IPs are those whose networkInterfaces include it, and back', async () => {
    const enis = (await h.gql(NetworkInterfacesDocument, { first: 100 })).data.networkInterfaces.edges.map((e) => e.node);
    const vips = (await h.gql(VirtualIpsDocument, { first: 100 })).data.virtualIps.edges.map((e) => e.node);
    const fromEnis = enis.flatMap((eni) => (eni.virtualIps ?? []).map((vip) => `${eni.id}|${vip.id}`)).sort();
    const fromVips = vips.flatMap((vip) => (vip.networkInterfaces ?? []).map((eni) => `${eni.id}|${vip.id}`)).sort();
    expect(fromEnis.length).toBeGreaterThan(0);
    const carriers = enis.filter((eni) => (eni.virtualIps ?? []).length > 0);
    expect(new Set(carriers.map((eni) => eni.provider))).toEqual(new Set(['ALIBABA', 'HUAWEI']));
    expect(fromEnis).toEqual(fromVips);
  });

  it('a network interface\'s elastic IPs are those bound to it, and boundTo leads back', async () => {
    const enis = (await h.gql(NetworkInterfacesDocument, { first: 100 })).data.networkInterfaces.edges.map((e) => e.node);
    const eips = (await h.gql(ElasticIpsDocument, { first: 100 })).data.elasticIps.edges.map((e) => e.node);
    const fromEnis = enis.flatMap((eni) => (eni.elasticIps ?? []).map((eip) => `${eni.id}|${eip.id}`)).sort();
    const fromEips = eips.filter((eip) => eip.boundTo?.networkInterface).map((eip) => `${eip.boundTo!.networkInterface!.id}|${eip.id}`).sort();
    expect(fromEnis.length).toBeGreaterThan(0);
    expect(fromEips).toEqual(fromEnis);
    for (const eip of eips.filter((e) => e.boundTo?.kind === 'NETWORK_INTERFACE')) {
      expect(eip.boundTo!.networkInterface?.nativeId).toBe(eip.boundTo!.targetId);
    }
  });

  it('a VIF peer\'s virtual interface lists the peer', async () => {
    const peers = (await h.gql(VifPeersDocument, { first: 100 })).data.vifPeers.edges.map((e) => e.node);
    const vifs = (await h.gql(VirtualInterfacesDocument, { first: 100 })).data.virtualInterfaces.edges.map((e) => e.node);
    expect(new Set(peers.map((p) => p.provider))).toEqual(new Set(['ALIBABA', 'HUAWEI']));
    for (const peer of peers) {
      expect(peer.virtualInterface?.nativeId).toBe(peer.virtualInterfaceId);
      const vif = vifs.find((v) => v.id === peer.virtualInterface!.id)!;
      expect(vif.vifPeers?.map((p) => p.id)).toContain(peer.id);
    }
  });

  it('a relationship whose partition fails is null with a located, typed error; the rest of the fleet is there', async () => {
    await h.control('alibaba', 'POST', 'faults', {
      match: { operation: 'DescribeHaVips', account: 'ali-dev', region: 'cn-shanghai' },
      count: 10,
      fault: { kind: 'error', code: 'ServiceUnavailable', httpStatus: 503 },
    });
    const { data, errors } = await h.gql(FleetDocument, { first: 100 });
    const edges = data.networkInterfaces.edges;
    const hit = edges.filter((e) => e.node.account === 'ali-dev' && e.node.region === 'cn-shanghai');
    expect(hit.length).toBeGreaterThan(0);
    for (const { node } of hit) expect(node.virtualIps).toBeNull();
    expect(edges.filter((e) => e.node.virtualIps === null)).toHaveLength(hit.length);
    expect(errors).toHaveLength(hit.length);
    expect(errors![0]).toMatchObject({
      path: ['networkInterfaces', 'edges', expect.any(Number), 'node', 'virtualIps'],
      extensions: { code: 'PROVIDER_ERROR', providerError: { provider: 'ALIBABA', operation: 'DescribeHaVips', code: 'ServiceUnavailable', httpStatus: 503 } },
    });
  });

  it('loads relationships without a provider call per item (per-request DataLoaders)', async () => {
    await h.control('alibaba', 'DELETE', 'calls');
    await h.gql(FleetDocument, { first: 100 });
    const calls = (await h.control('alibaba', 'GET', 'calls')) as { calls: { operation: string; account: string; region: string }[] };
    const perPartition = new Map<string, number>();
    for (const call of calls.calls) {
      const k = `${call.operation}|${call.account}|${call.region}`;
      perPartition.set(k, (perPartition.get(k) ?? 0) + 1);
    }
    expect(perPartition.size).toBeGreaterThanOrEqual(ALIBABA_ACCOUNTS.length * 2 * 3);
    // 28 Alibaba ENIs each ask for virtual IPs and elastic IPs: still one list call per (operation, partition).
    for (const [k, count] of perPartition) expect(count, k).toBe(1);
  });
});
