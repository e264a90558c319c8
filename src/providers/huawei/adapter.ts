import type {
  ElasticIpQuery,
  JobState,
  ListKind,
  NetworkInterfaceQuery,
  ProviderAdapter,
  VifPeerQuery,
  VirtualInterfaceQuery,
  VirtualIpQuery,
} from '../../domain/adapter';
import { classify } from '../../domain/catalog';
import { failed, ok, type ProviderFailure, type Result } from '../../domain/errors';
import type { ElasticIp, NetworkInterface, Partition, Subnet, VifPeer, VirtualInterface, VirtualIp } from '../../domain/resources';
import type { RequestScope } from '../../domain/request-scope';
import type { ProviderCallObserver } from '../common/observer';
import { handlersPerScope } from '../common/handlers-per-scope';
import { DEFAULT_RETRY_POLICY, RetryBudget, type RetryPolicy } from '../common/retry';
import { DEFAULT_TRANSPORT_OPTIONS, HttpTransport, type TransportOptions } from '../common/transport';
import { HuaweiClient, type HuaweiCredentials, type QueryParams } from './client';
import { huaweiCatalog } from './error-catalog';
import { carriedAddresses, isNicPort, toElasticIp, toNetworkInterface, toVifPeer, toVirtualInterface, toVirtualIp } from './mapping';
import { huaweiMutations } from './mutations';
import {
  OPERATIONS as OP,
  PATHS,
  PORTS_PAGE_LIMIT,
  PUBLICIPS_PAGE_LIMIT,
  VIP_DEVICE_OWNER,
  VIRTUAL_INTERFACES_PAGE_LIMIT,
  type WireListVirtualInterfacesResponse,
  type WirePort,
  type WirePublicip,
  type WireSubnet,
  type WireVirtualInterface,
  type WireJob,
} from './wire';
import { huaweiReconcile } from './reconcile';

export interface HuaweiAdapterOptions {
  accounts: Array<{
    account: string;
    credentials: HuaweiCredentials;
    regions: Array<{ region: string; projectId: string }>;
    /** One base URL for all services, e.g. http://127.0.0.1:4020 (the emulator). */
    endpoint?: string;
  }>;
  transport?: TransportOptions;
  retry?: RetryPolicy;
  retryBudget?: RetryBudget;
  /** Told about every provider call and retry (src/providers/common/observer.ts). */
  observer?: ProviderCallObserver;
}

const READ = { safeToRepeat: true } as const;

type Lookup = (networkId: string) => string | null;

export function createHuaweiAdapter(options: HuaweiAdapterOptions): ProviderAdapter {
  const transport = new HttpTransport(options.transport ?? DEFAULT_TRANSPORT_OPTIONS);
  const budget = options.retryBudget ?? new RetryBudget();
  const clients = new Map<string, HuaweiClient>();
  for (const a of options.accounts) {
    for (const r of a.regions) {
      clients.set(
        key(a.account, r.region),
        new HuaweiClient({
          credentials: a.credentials,
          region: r.region,
          projectId: r.projectId,
          endpoint: a.endpoint,
          transport,
          retry: options.retry ?? DEFAULT_RETRY_POLICY,
          retryBudget: budget,
          observer: options.observer,
        }),
      );
    }
  }

  /** The partition's client, for the calls of `scope`'s request (none: background work). */
  const clientFor = (p: Partition, scope?: RequestScope): HuaweiClient | ProviderFailure =>
    clients.get(key(p.account, p.region))?.forScope(scope) ?? unknownPartition(p);

  /** Pages a marker/limit list to the end: marker = id of the last item, stop on a short page. */
  async function pageVpcList<T extends { id: string }>(
    client: HuaweiClient,
    operation: string,
    path: string,
    query: QueryParams,
    limit: number,
    pick: (body: unknown) => T[],
  ): Promise<Result<T[]>> {
    const items: T[] = [];
    let marker: string | undefined;
    for (;;) {
      const q: Array<readonly [string, string]> = [...query, ['limit', String(limit)]];
      if (marker) q.push(['marker', marker]);
      const res = await client.call<unknown>(operation, { method: 'GET', service: 'vpc', path, query: q }, READ);
      if (!res.ok) return res;
      const page = pick(res.value);
      items.push(...page);
      if (page.length < limit || page.length === 0) return ok(items, res.requestId);
      marker = page[page.length - 1]!.id;
    }
  }

  const listPorts = (client: HuaweiClient, query: QueryParams) =>
    pageVpcList<WirePort>(client, OP.listPorts, PATHS.ports(client.projectId), query, PORTS_PAGE_LIMIT, (b) => arrayOf<WirePort>(b, 'ports'));

  const listSubnetsRaw = (client: HuaweiClient, vpcId?: string) =>
    pageVpcList<Pick<WireSubnet, 'id' | 'vpc_id' | 'cidr'>>(client, OP.listSubnets, PATHS.subnets(client.projectId), vpcId ? [['vpc_id', vpcId]] : [], PORTS_PAGE_LIMIT, (b) =>
      arrayOf<Pick<WireSubnet, 'id' | 'vpc_id' | 'cidr'>>(b, 'subnets'),
    );

  /** network (v1 subnet) id → VPC id, from one subnet list per adapter call. */
  async function vpcLookup(client: HuaweiClient, vpcId?: string): Promise<Result<Map<string, string>>> {
    const res = await listSubnetsRaw(client, vpcId);
    if (!res.ok) return res;
    return ok(new Map(res.value.filter((s) => s.vpc_id === (vpcId ?? s.vpc_id)).map((s) => [s.id, s.vpc_id])), res.requestId);
  }

  async function listVirtualInterfacesRaw(client: HuaweiClient, ids: string[]): Promise<Result<WireVirtualInterface[]>> {
    const items: WireVirtualInterface[] = [];
    let marker: string | undefined;
    for (;;) {
      const q: Array<readonly [string, string]> = ids.map((id) => ['id', id] as const);
      q.push(['limit', String(VIRTUAL_INTERFACES_PAGE_LIMIT)]);
      if (marker) q.push(['marker', marker]);
      const res = await client.call<WireListVirtualInterfacesResponse>(
        OP.listVirtualInterfaces,
        { method: 'GET', service: 'dcaas', path: PATHS.virtualInterfaces(client.projectId), query: q },
        READ,
      );
      if (!res.ok) return res;
      const page = arrayOf<WireVirtualInterface>(res.value, 'virtual_interfaces');
      items.push(...page);
      const next = res.value?.page_info?.next_marker;
      if (!next || page.length === 0) return ok(items, res.requestId);
      marker = next;
    }
  }

  const adapter: ProviderAdapter = {
    provider: 'HUAWEI',
    catalog: huaweiCatalog,

    partitions(): Partition[] {
      return options.accounts.flatMap((a) => a.regions.map((r) => ({ provider: 'HUAWEI' as const, account: a.account, region: r.region })));
    },

    /** Marker lists stop on a short page, so n items take floor(n / limit) + 1 pages. */
    estimateListCalls(kind: ListKind, items: number): number {
      const pages = (limit: number) => Math.floor(items / limit) + 1;
      switch (kind) {
        case 'NetworkInterface':
          return pages(PORTS_PAGE_LIMIT) + 1; // ports + the subnet → VPC lookup
        case 'VirtualIp':
          return pages(PORTS_PAGE_LIMIT) + 1; // all ports (VIP ports and the NICs carrying them) + subnets
        case 'ElasticIp':
          return pages(PUBLICIPS_PAGE_LIMIT);
        case 'VifPeer':
        case 'VirtualInterface':
          return Math.max(1, Math.ceil(items / VIRTUAL_INTERFACES_PAGE_LIMIT));
      }
    },

    async listNetworkInterfaces(p: Partition, query: NetworkInterfaceQuery, scope?: RequestScope): Promise<Result<NetworkInterface[]>> {
      const client = clientFor(p, scope);
      if (!(client instanceof HuaweiClient)) return failed(client);
      const q: Array<readonly [string, string]> = (query.ids ?? []).map((id) => ['id', id] as const);
      if (query.subnetId) q.push(['network_id', query.subnetId]);
      if (query.instanceId) q.push(['device_id', query.instanceId]);
      if (query.ipAddress) q.push(['fixed_ips', `ip_address=${query.ipAddress}`]);
      const [ports, vpcs] = await Promise.all([listPorts(client, q), vpcLookup(client, query.vpcId)]);
      if (!ports.ok) return ports;
      if (!vpcs.ok) return vpcs;
      const vpcOf: Lookup = (n) => vpcs.value.get(n) ?? null;
      const nics = ports.value
        .filter(isNicPort)
        .filter((port) => !query.ids || query.ids.includes(port.id))
        .filter((port) => !query.vpcId || vpcOf(port.network_id) === query.vpcId);
      return ok(
        nics.map((port) => toNetworkInterface(p, port, vpcOf)),
        ports.requestId,
      );
    },

    async listVirtualIps(p: Partition, query: VirtualIpQuery, scope?: RequestScope): Promise<Result<VirtualIp[]>> {
      const client = clientFor(p, scope);
      if (!(client instanceof HuaweiClient)) return failed(client);
      // Unfiltered, one list of all ports serves both the VIP ports and the NICs carrying them.
      const unfiltered = !query.ids && !query.subnetId && !query.address;
      const q: Array<readonly [string, string]> = (query.ids ?? []).map((id) => ['id', id] as const);
      if (!unfiltered) q.push(['device_owner', VIP_DEVICE_OWNER]);
      if (query.subnetId) q.push(['network_id', query.subnetId]);
      if (query.address) q.push(['fixed_ips', `ip_address=${query.address}`]);
      const [vipPorts, vpcs] = await Promise.all([listPorts(client, q), vpcLookup(client)]);
      if (!vipPorts.ok) return vipPorts;
      if (!vpcs.ok) return vpcs;
      const vpcOf: Lookup = (n) => vpcs.value.get(n) ?? null;
      const vips = vipPorts.value
        .filter((port) => port.device_owner === VIP_DEVICE_OWNER)
        .filter((port) => !query.ids || query.ids.includes(port.id))
        .filter((port) => !query.vpcId || vpcOf(port.network_id) === query.vpcId);
      if (vips.length === 0) return ok([], vipPorts.requestId);
      // Bindings live on the NICs (allowed_address_pairs): one list of all ports, matched in memory.
      const all = unfiltered ? vipPorts : await listPorts(client, []);
      if (!all.ok) return all;
      // address → NICs carrying it, built once (a fleet partition has thousands of ports).
      const carriersByAddress = new Map<string, WirePort[]>();
      for (const nic of all.value.filter(isNicPort)) {
        for (const carried of new Set(carriedAddresses(nic))) {
          const list = carriersByAddress.get(carried);
          if (list) list.push(nic);
          else carriersByAddress.set(carried, [nic]);
        }
      }
      return ok(
        vips.map((vip) => {
          const address = vip.fixed_ips?.[0]?.ip_address;
          const vipVpc = vpcOf(vip.network_id);
          const carriers = (address === undefined ? [] : (carriersByAddress.get(address) ?? [])).filter(
            (nic) => vipVpc === null || vpcOf(nic.network_id) === vipVpc,
          );
          return toVirtualIp(p, vip, carriers, vpcOf);
        }),
        vipPorts.requestId,
      );
    },

    async listElasticIps(p: Partition, query: ElasticIpQuery, scope?: RequestScope): Promise<Result<ElasticIp[]>> {
      const client = clientFor(p, scope);
      if (!(client instanceof HuaweiClient)) return failed(client);
      const q: Array<readonly [string, string]> = (query.ids ?? []).map((id) => ['id', id] as const);
      if (query.boundToId) q.push(['port_id', query.boundToId]);
      if (query.address) q.push(['public_ip_address', query.address]);
      const res = await pageVpcList<WirePublicip>(client, OP.listPublicips, PATHS.publicips(client.projectId), q, PUBLICIPS_PAGE_LIMIT, (b) =>
        arrayOf<WirePublicip>(b, 'publicips'),
      );
      if (!res.ok) return res;
      // Filters are re-checked: the publicips v1 list query parameters are not in the sources read.
      const matches = res.value.filter(
        (ip) =>
          (!query.ids || query.ids.includes(ip.id)) &&
          (!query.boundToId || ip.port_id === query.boundToId) &&
          (!query.address || ip.public_ip_address === query.address || ip.public_ipv6_address === query.address),
      );
      return ok(
        matches.map((ip) => toElasticIp(p, ip)),
        res.requestId,
      );
    },

    async listSubnets(p: Partition, scope?: RequestScope): Promise<Result<Subnet[]>> {
      const client = clientFor(p, scope);
      if (!(client instanceof HuaweiClient)) return failed(client);
      const res = await listSubnetsRaw(client);
      if (!res.ok) return res;
      return ok(
        res.value.map((s) => ({ nativeId: s.id, vpcId: s.vpc_id, cidr: s.cidr })),
        res.requestId,
      );
    },

    async listVifPeers(p: Partition, query: VifPeerQuery, scope?: RequestScope): Promise<Result<VifPeer[]>> {
      const client = clientFor(p, scope);
      if (!(client instanceof HuaweiClient)) return failed(client);
      const res = await listVirtualInterfacesRaw(client, query.virtualInterfaceId ? [query.virtualInterfaceId] : []);
      if (!res.ok) return res;
      const peers = res.value
        .filter((vif) => !query.virtualInterfaceId || vif.id === query.virtualInterfaceId)
        .flatMap((vif) => arrayOf<WireVirtualInterface['vif_peers'][number]>(vif, 'vif_peers').map((peer) => toVifPeer(p, peer, vif.id)))
        .filter((peer) => !query.ids || query.ids.includes(peer.nativeId));
      return ok(peers, res.requestId);
    },

    async listVirtualInterfaces(p: Partition, query: VirtualInterfaceQuery, scope?: RequestScope): Promise<Result<VirtualInterface[]>> {
      const client = clientFor(p, scope);
      if (!(client instanceof HuaweiClient)) return failed(client);
      const res = await listVirtualInterfacesRaw(client, query.ids ?? []);
      if (!res.ok) return res;
      return ok(
        res.value.filter((vif) => !query.ids || query.ids.includes(vif.id)).map((vif) => toVirtualInterface(p, vif)),
        res.requestId,
      );
    },

    ...handlersPerScope((scope) => huaweiMutations({ clientFor: (p) => clientFor(p, scope) })),

    /** ShowJob: SUCCESS and FAIL are final; INIT and RUNNING are still running. */
    async readJob(p: Partition, jobId: string, scope?: RequestScope): Promise<Result<JobState>> {
      const client = clientFor(p, scope);
      if (!(client instanceof HuaweiClient)) return failed(client);
      const res = await client.call<WireJob>(OP.showJob, { method: 'GET', service: 'ecs', path: PATHS.job(client.projectId, jobId) }, READ);
      if (!res.ok) return res;
      const status = res.value?.status;
      if (status === 'SUCCESS') return ok({ status: 'SUCCEEDED' }, res.requestId);
      if (status !== 'FAIL') return ok({ status: 'RUNNING' }, res.requestId);
      const code = res.value.error_code ?? 'netplane.JobFailed';
      return ok({ status: 'FAILED', error: classify(huaweiCatalog, { operation: OP.showJob, code, httpStatus: 200, message: res.value.fail_reason ?? `job ${jobId} failed`, requestId: res.requestId }) }, res.requestId);
    },

    close: () => transport.close(),
  };
  adapter.reconcile = huaweiReconcile(adapter);
  return adapter;
}

const key = (account: string, region: string) => `${account}\u0000${region}`;

function arrayOf<T>(body: unknown, field: string): T[] {
  if (typeof body !== 'object' || body === null) return [];
  const value = (body as Record<string, unknown>)[field];
  return Array.isArray(value) ? (value as T[]) : [];
}

function unknownPartition(p: Partition): ProviderFailure {
  return {
    category: 'InvalidParameter',
    provider: 'HUAWEI',
    operation: 'partition',
    code: 'netplane.UnknownPartition',
    httpStatus: null,
    message: `No Huawei Cloud account "${p.account}" with region "${p.region}" is configured.`,
    requestId: null,
    retryable: false,
    documented: false,
    description: null,
    parameter: 'partition',
    outcome: 'NOT_APPLIED',
  };
}
