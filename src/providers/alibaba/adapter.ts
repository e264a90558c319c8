import type {
  ListKind,
  ElasticIpQuery,
  NetworkInterfaceQuery,
  ProviderAdapter,
  VifPeerQuery,
  VirtualInterfaceQuery,
  VirtualIpQuery,
} from '../../domain/adapter';
import { failed, ok, type Result } from '../../domain/errors';
import type { RequestScope } from '../../domain/request-scope';
import type { Partition, Subnet } from '../../domain/resources';
import { handlersPerScope } from '../common/handlers-per-scope';
import type { ProviderCallObserver } from '../common/observer';
import { RetryBudget, type RetryPolicy } from '../common/retry';
import { DEFAULT_TRANSPORT_OPTIONS, HttpTransport, type TransportOptions } from '../common/transport';
import { unsupportedOperation } from '../common/failures';
import { AlibabaClient, type AlibabaCredentials } from './client';
import { alibabaCatalog } from './error-catalog';
import { toElasticIp, toNetworkInterface, toVifPeer, toVirtualInterface, toVirtualIp } from './mapping';
import { alibabaMutationHandlers } from './mutation-handlers';
import {
  PAGE_LIMITS,
  type Action,
  type WireDescribeBgpPeersResponse,
  type WireDescribeEipAddressesResponse,
  type WireDescribeHaVipsResponse,
  type WireDescribeNetworkInterfacesResponse,
  type WireDescribeVirtualBorderRoutersResponse,
  type WireDescribeVSwitchesResponse,
  type WireParams,
  type WirePage,
} from './wire';

export interface AlibabaAdapterOptions {
  accounts: Array<{
    account: string;
    regions: string[];
    credentials: AlibabaCredentials;
    /** Base URL for all products, e.g. http://127.0.0.1:4010 (the emulator). */
    endpoint?: string;
  }>;
  transport?: TransportOptions;
  retry?: RetryPolicy;
  retryBudget?: RetryBudget;
  /** Told about every provider call and retry (src/providers/common/observer.ts). */
  observer?: ProviderCallObserver;
}

/** Filter lists pushed down per call (DescribeNetworkInterfaces NetworkInterfaceId.N: 1–100). */
const ENI_IDS_PER_CALL = 100;
/** DescribeEipAddresses AllocationId takes up to 50 comma-separated ids. */
const EIP_IDS_PER_CALL = 50;
/** Filter.N.Value.M of DescribeHaVips / DescribeVirtualBorderRouters: M 1–5. */
const FILTER_VALUES_PER_CALL = 5;

/**
 * Keeps only the resources asked for: a provider that ignored an id filter must not make the
 * adapter report other resources (terraform-provider-alicloud checks the returned id the same way).
 */
function onlyRequested<T extends { nativeId: string }>(ids: string[] | undefined, items: T[]): T[] {
  if (!ids) return items;
  const wanted = new Set(ids);
  return items.filter((item) => wanted.has(item.nativeId));
}

const LIST_PAGE_SIZES: Record<ListKind, number> = {
  NetworkInterface: PAGE_LIMITS.DescribeNetworkInterfaces.max,
  ElasticIp: PAGE_LIMITS.DescribeEipAddresses.max,
  VirtualIp: PAGE_LIMITS.DescribeHaVips.max,
  VifPeer: PAGE_LIMITS.DescribeBgpPeers.max,
  VirtualInterface: PAGE_LIMITS.DescribeVirtualBorderRouters.max,
};

/** One Describe call per page; the last page is known from TotalCount / an empty NextToken. */
function estimateListCalls(kind: ListKind, items: number): number {
  return Math.max(1, Math.ceil(items / LIST_PAGE_SIZES[kind]));
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function createAlibabaAdapter(options: AlibabaAdapterOptions): ProviderAdapter {
  const transport = new HttpTransport(options.transport ?? DEFAULT_TRANSPORT_OPTIONS);
  // One budget for the whole provider: an outage of Alibaba must not get a fresh budget per account.
  const retryBudget = options.retryBudget ?? new RetryBudget();
  const clients = new Map<string, AlibabaClient>();
  for (const account of options.accounts) {
    clients.set(
      account.account,
      new AlibabaClient({
        credentials: account.credentials,
        transport,
        endpoint: account.endpoint,
        retry: options.retry,
        retryBudget,
        observer: options.observer,
      }),
    );
  }

  /** The partition's client, for the calls of `scope`'s request (none: background work). */
  const clientFor = (partition: Partition, scope?: RequestScope): AlibabaClient | null => {
    const configured = options.accounts.find((a) => a.account === partition.account);
    if (!configured || !configured.regions.includes(partition.region)) return null;
    return clients.get(partition.account)?.forScope(scope) ?? null;
  };

  const notConfigured = <T>(partition: Partition, action: Action): Result<T> =>
    failed(unsupportedOperation('ALIBABA', action, `account ${partition.account} region ${partition.region} is not configured`));

  /** Reads every page of a PageNumber/PageSize list. */
  async function pagesByNumber<R extends WirePage, I>(
    partition: Partition,
    action: keyof typeof PAGE_LIMITS & Action,
    params: WireParams,
    items: (page: R) => I[],
    scope: RequestScope | undefined,
  ): Promise<Result<I[]>> {
    const client = clientFor(partition, scope);
    if (!client) return notConfigured(partition, action);
    const pageSize = PAGE_LIMITS[action].max;
    const out: I[] = [];
    for (let pageNumber = 1; ; pageNumber++) {
      const page = await client.call<R>(
        action,
        { ...params, RegionId: partition.region, PageNumber: pageNumber, PageSize: pageSize },
        { safeToRepeat: true },
      );
      if (!page.ok) return page;
      const got = items(page.value);
      out.push(...got);
      if (got.length === 0 || pageNumber * pageSize >= page.value.TotalCount) return ok(out);
    }
  }

  async function listNetworkInterfaces(partition: Partition, query: NetworkInterfaceQuery, scope?: RequestScope) {
    const client = clientFor(partition, scope);
    if (!client) return notConfigured<ReturnType<typeof toNetworkInterface>[]>(partition, 'DescribeNetworkInterfaces');
    const base: WireParams = {
      RegionId: partition.region,
      VpcId: query.vpcId,
      VSwitchId: query.subnetId,
      InstanceId: query.instanceId,
      PrivateIpAddress: query.ipAddress ? [query.ipAddress] : undefined,
      Tag: query.tags?.map((t) => ({ Key: t.key, Value: t.value })),
      MaxResults: PAGE_LIMITS.DescribeNetworkInterfaces.max,
    };
    const idGroups = query.ids ? chunks(query.ids, ENI_IDS_PER_CALL) : [undefined];
    const out = [];
    for (const ids of idGroups) {
      if (ids && ids.length === 0) continue;
      let nextToken: string | undefined;
      do {
        const page = await client.call<WireDescribeNetworkInterfacesResponse>(
          'DescribeNetworkInterfaces',
          { ...base, NetworkInterfaceId: ids, NextToken: nextToken },
          { safeToRepeat: true },
        );
        if (!page.ok) return page;
        out.push(...(page.value.NetworkInterfaceSets?.NetworkInterfaceSet ?? []).map((e) => toNetworkInterface(partition, e)));
        nextToken = page.value.NextToken || undefined;
      } while (nextToken);
    }
    return ok(onlyRequested(query.ids, out));
  }

  async function listElasticIps(partition: Partition, query: ElasticIpQuery, scope?: RequestScope) {
    const idGroups = query.ids ? chunks(query.ids, EIP_IDS_PER_CALL) : [undefined];
    const out = [];
    for (const ids of idGroups) {
      const page = await pagesByNumber<WireDescribeEipAddressesResponse, ReturnType<typeof toElasticIp>>(
        partition,
        'DescribeEipAddresses',
        { AllocationId: ids?.join(','), EipAddress: query.address, AssociatedInstanceId: query.boundToId },
        (p) => (p.EipAddresses?.EipAddress ?? []).map((e) => toElasticIp(partition, e)),
        scope,
      );
      if (!page.ok) return page;
      out.push(...page.value);
    }
    return ok(onlyRequested(query.ids, out));
  }

  async function listVirtualIps(partition: Partition, query: VirtualIpQuery, scope?: RequestScope) {
    const common: Array<{ Key: string; Value: string[] }> = [];
    if (query.vpcId) common.push({ Key: 'VpcId', Value: [query.vpcId] });
    if (query.subnetId) common.push({ Key: 'VSwitchId', Value: [query.subnetId] });
    if (query.address) common.push({ Key: 'HaVipAddress', Value: [query.address] });
    const idGroups = query.ids ? chunks(query.ids, FILTER_VALUES_PER_CALL) : [undefined];
    const out = [];
    for (const ids of idGroups) {
      const page = await pagesByNumber<WireDescribeHaVipsResponse, ReturnType<typeof toVirtualIp>>(
        partition,
        'DescribeHaVips',
        { Filter: ids ? [{ Key: 'HaVipId', Value: ids }, ...common] : common },
        (p) => (p.HaVips?.HaVip ?? []).map((h) => toVirtualIp(partition, h)),
        scope,
      );
      if (!page.ok) return page;
      out.push(...page.value);
    }
    return ok(onlyRequested(query.ids, out));
  }

  async function listVifPeers(partition: Partition, query: VifPeerQuery, scope?: RequestScope) {
    const ids: Array<string | undefined> = query.ids ?? [undefined];
    const out = [];
    for (const id of ids) {
      const page = await pagesByNumber<WireDescribeBgpPeersResponse, ReturnType<typeof toVifPeer>>(
        partition,
        'DescribeBgpPeers',
        { BgpPeerId: id, RouterId: query.virtualInterfaceId },
        (p) => (p.BgpPeers?.BgpPeer ?? []).map((b) => toVifPeer(partition, b)),
        scope,
      );
      if (!page.ok) return page;
      out.push(...page.value);
    }
    return ok(onlyRequested(query.ids, out));
  }

  async function listVirtualInterfaces(partition: Partition, query: VirtualInterfaceQuery, scope?: RequestScope) {
    const idGroups = query.ids ? chunks(query.ids, FILTER_VALUES_PER_CALL) : [undefined];
    const out = [];
    for (const ids of idGroups) {
      const page = await pagesByNumber<WireDescribeVirtualBorderRoutersResponse, ReturnType<typeof toVirtualInterface>>(
        partition,
        'DescribeVirtualBorderRouters',
        { Filter: ids ? [{ Key: 'VbrId', Value: ids }] : undefined },
        (p) => (p.VirtualBorderRouterSet?.VirtualBorderRouterType ?? []).map((v) => toVirtualInterface(partition, v)),
        scope,
      );
      if (!page.ok) return page;
      out.push(...page.value);
    }
    return ok(onlyRequested(query.ids, out));
  }

  /** The region's vSwitches, all pages at the largest page size (DescribeVSwitches PageSize max 50). */
  async function listSubnets(partition: Partition, scope?: RequestScope): Promise<Result<Subnet[]>> {
    return pagesByNumber<WireDescribeVSwitchesResponse, Subnet>(
      partition,
      'DescribeVSwitches',
      {},
      (p) => (p.VSwitches?.VSwitch ?? []).map((v) => ({ nativeId: v.VSwitchId, vpcId: v.VpcId, cidr: v.CidrBlock })),
      scope,
    );
  }

  return {
    provider: 'ALIBABA',
    catalog: alibabaCatalog,
    partitions: () =>
      options.accounts.flatMap((a) => a.regions.map((region) => ({ provider: 'ALIBABA' as const, account: a.account, region }))),
    listNetworkInterfaces,
    listVirtualIps,
    listElasticIps,
    listVifPeers,
    listVirtualInterfaces,
    listSubnets,
    estimateListCalls,
    ...handlersPerScope((scope) => alibabaMutationHandlers({ clientFor: (p) => clientFor(p, scope), notConfigured })),
    close: () => transport.close(),
  };
}
