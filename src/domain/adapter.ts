import type { ErrorCatalog } from './catalog';
import type { ProviderFailure, Result } from './errors';
import { MUTATION_ENUMS, type MutationHandlers, type MutationName } from './mutations';
import type { RequestScope } from './request-scope';
import type { ElasticIp, NetworkInterface, Partition, ProviderName, ResourceRef, Subnet, VifPeer, VirtualInterface, VirtualIp } from './resources';

/**
 * The contract between the GraphQL layer and a provider. Adapters talk to their provider only over
 * HTTP, never throw for provider or transport failures (they return a failed Result), and page
 * through the provider's list APIs at the largest page size each allows. Every call that serves a
 * GraphQL request takes that request's scope as its last argument (src/domain/request-scope.ts):
 * what the call costs upstream is recorded there, and lists read as of its snapshot.
 */

/** The resource lists an adapter serves (one list method each). */
export type ListKind = 'NetworkInterface' | 'VirtualIp' | 'ElasticIp' | 'VifPeer' | 'VirtualInterface';

// ---------- read filters (pushed down to the provider API where it supports them) ----------

export interface NetworkInterfaceQuery {
  ids?: string[];
  vpcId?: string;
  subnetId?: string;
  instanceId?: string;
  ipAddress?: string;
  /** Every one must be carried; a tag without value matches any value. */
  tags?: Array<{ key: string; value?: string }>;
}

export interface VirtualIpQuery {
  ids?: string[];
  vpcId?: string;
  subnetId?: string;
  address?: string;
}

export interface ElasticIpQuery {
  ids?: string[];
  address?: string;
  /** Native id of the bound target (ENI, instance, port …). */
  boundToId?: string;
}

export interface VifPeerQuery {
  ids?: string[];
  virtualInterfaceId?: string;
}

export interface VirtualInterfaceQuery {
  ids?: string[];
}

// ---------- mutations ----------

/** AssociateEipAddress InstanceType and Mode values (seed 002), as the descriptors declare them. */
export const EIP_INSTANCE_TYPES = MUTATION_ENUMS.EipInstanceType;
export type EipInstanceType = (typeof EIP_INSTANCE_TYPES)[number];
export const EIP_ASSOCIATION_MODES = MUTATION_ENUMS.EipAssociationMode;
export type EipAssociationMode = (typeof EIP_ASSOCIATION_MODES)[number];

export type { MutationHandlers, MutationInput, MutationOutput } from './mutations';
export type { RequestScope } from './request-scope';

export interface ProviderAdapter extends Partial<MutationHandlers> {
  readonly provider: ProviderName;
  readonly catalog: ErrorCatalog;
  /** The (account, region) partitions this adapter is configured for. */
  partitions(): Partition[];

  listNetworkInterfaces(partition: Partition, query: NetworkInterfaceQuery, scope?: RequestScope): Promise<Result<NetworkInterface[]>>;
  listVirtualIps(partition: Partition, query: VirtualIpQuery, scope?: RequestScope): Promise<Result<VirtualIp[]>>;
  listElasticIps(partition: Partition, query: ElasticIpQuery, scope?: RequestScope): Promise<Result<ElasticIp[]>>;
  listVifPeers(partition: Partition, query: VifPeerQuery, scope?: RequestScope): Promise<Result<VifPeer[]>>;
  listVirtualInterfaces(partition: Partition, query: VirtualInterfaceQuery, scope?: RequestScope): Promise<Result<VirtualInterface[]>>;

  /**
   * The partition's subnets, for checks of an address against its subnet's CIDR (dry runs).
   * Optional: an adapter without it leaves those checks to the provider.
   */
  listSubnets?(partition: Partition, scope?: RequestScope): Promise<Result<Subnet[]>>;

  /**
   * Provider calls one unfiltered list of `kind` in a partition holding `items` resources costs
   * (pages at the API's largest page size × the calls each page needs). Optional: query cost
   * estimates assume one call per list when an adapter does not say.
   */
  estimateListCalls?(kind: ListKind, items: number): number;

  /**
   * The same for one partition now: sized from what it held when last listed, 0 when the snapshot
   * `asOf` (a cursor's) still answers it without a call. Optional: query cost estimates fall back
   * to estimateListCalls(kind, 0). The list cache (src/cache) knows both.
   */
  estimatePartitionListCalls?(partition: Partition, kind: ListKind, asOf?: number | null): number;

  /**
   * A provider running changes as jobs (Huawei ECS, ShowJob): where one stands. Optional: the
   * tracker follows such changes only on adapters that offer it.
   */
  readJob?(partition: Partition, jobId: string, scope?: RequestScope): Promise<Result<JobState>>;

  /** See ReconcilingAdapter: offered by providers without an idempotency token. */
  reconcile?: ReconcilingAdapter['reconcile'];

  /**
   * Offered by the list cache (src/cache): `listener` hears `provider\u0000account\u0000region\u0000`
   * of every partition whose lists a mutation invalidated; returns its removal. The gateway drops
   * the shared GraphQL answers that read it.
   */
  onInvalidate?(listener: (partition: string) => void): () => void;

  /** Offered by the list cache: its clock (tests drive it), whose windows shared answers follow. */
  clock?(): number;

  /** Releases connections (undici pools). */
  close(): Promise<void>;
}

/** What a provider's job says about a change. */
export interface JobState {
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  /** Why it failed, as the provider's job tells it. */
  error?: ProviderFailure;
}

/**
 * Optional adapter capabilities for durable mutations (src/operations). A provider without an
 * idempotency token answers `reconcile`: after a call whose outcome is unknown, does the change it
 * asked for now exist? The native id of the resource it made or changed, or null when not.
 */
export interface ReconcilingAdapter {
  reconcile(
    mutation: MutationName,
    target: Partition | ResourceRef,
    input: Record<string, unknown>,
    scope?: RequestScope,
  ): Promise<Result<{ nativeId: string } | null>>;
}
