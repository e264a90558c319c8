import type { ProviderAdapter } from '../domain/adapter';
import { mutationDescriptor, type Completion, type MutationResource } from '../domain/mutations';
import type { Partition, ProviderName } from '../domain/resources';
import { KeyedLimiter } from '../cache/keyed-limiter';
import type { Operation, OperationChange, Store } from '../store';

/**
 * Follows asynchronous changes to their end: ONE poller per resource (every operation on that
 * resource shares its reads), backoff with full jitter between reads, a small bound on reads in
 * flight per partition, and a time bound after which an operation is TIMED_OUT. When an operation
 * ends, the partition's cache is told, so a read right after SUCCEEDED shows the new state.
 * Resumed after a restart from the store's unfinished operations.
 */

export interface TrackerAdapters {
  /** The provider adapter that reads a partition's resources upstream (never from the cache). */
  readerFor(provider: ProviderName): ProviderAdapter | undefined;
  /** Tells the partition's cache that its state changed. */
  invalidate(partition: Partition): void;
}

export interface TrackerSettings {
  operationTimeoutSeconds: number;
  pollInitialDelayMs: number;
  pollMaxDelayMs: number;
  pollConcurrencyPerPartition: number;
  random?: () => number;
  now?: () => number;
}

const LIST_METHOD: Record<MutationResource, 'listNetworkInterfaces' | 'listVirtualIps' | 'listElasticIps' | 'listVifPeers'> = {
  NetworkInterface: 'listNetworkInterfaces',
  VirtualIp: 'listVirtualIps',
  ElasticIp: 'listElasticIps',
  VifPeer: 'listVifPeers',
};

/** Statuses that mean "the resource is gone" for a change that deletes it. */
const GONE_STATUSES = ['DELETED'];

function partitionOf(operation: Operation): Partition {
  return { provider: operation.provider, account: operation.account, region: operation.region };
}

/** The resource an operation's completion is observed on. */
export function observedResource(operation: Operation): { type: MutationResource; nativeId: string } | null {
  const nativeId = operation.resourceNativeId ?? operation.targetNativeId;
  return nativeId ? { type: mutationDescriptor(operation.mutation).resource, nativeId } : null;
}

type Verdict = { done: false } | { done: true; change: OperationChange };

/** Decides a status-observed operation from the resource's current status (null: not found). */
export function statusVerdict(completion: Extract<Completion, { kind: 'status' }>, status: string | null): Verdict {
  if (completion.settled === 'gone') {
    if (status === null || GONE_STATUSES.includes(status)) return { done: true, change: { status: 'SUCCEEDED' } };
    return { done: false };
  }
  // A create not yet visible, or a pending status: still running.
  if (status === null || completion.pending.includes(status)) return { done: false };
  if (completion.settled.includes(status)) return { done: true, change: { status: 'SUCCEEDED' } };
  return { done: false };
}

class ResourcePoller {
  readonly operations = new Map<string, Operation>();
  private delayMs: number;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly tracker: OperationTracker,
    readonly key: string,
  ) {
    this.delayMs = tracker.settings.pollInitialDelayMs;
  }

  add(operation: Operation): void {
    this.operations.set(operation.id, operation);
    if (!this.timer && !this.stopped) this.schedule(this.tracker.settings.pollInitialDelayMs);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(capMs: number): void {
    const random = this.tracker.settings.random ?? Math.random;
    // Full jitter: pollers started together (a batch of creates) do not read in lock step.
    const wait = Math.max(10, Math.floor(random() * capMs));
    this.timer = setTimeout(() => void this.round(), wait);
    this.timer.unref();
  }

  private async round(): Promise<void> {
    this.timer = null;
    if (this.stopped) return;
    try {
      await this.tracker.pollOnce(this);
    } catch {
      // A store or provider hiccup is retried at the next round; the time bound still holds.
    }
    if (this.operations.size === 0) {
      this.tracker.forget(this);
      return;
    }
    this.delayMs = Math.min(this.delayMs * 2, this.tracker.settings.pollMaxDelayMs);
    if (!this.stopped) this.schedule(this.delayMs);
  }
}

export class OperationTracker {
  private readonly pollers = new Map<string, ResourcePoller>();
  private readonly limiter: KeyedLimiter;
  private readonly listeners = new Set<(operation: Operation) => void>();

  constructor(
    private readonly store: Store,
    private readonly adapters: TrackerAdapters,
    readonly settings: TrackerSettings,
  ) {
    this.limiter = new KeyedLimiter({ perPartition: settings.pollConcurrencyPerPartition, perProvider: settings.pollConcurrencyPerPartition * 8 });
  }

  /** Told about every operation this tracker ends (waiters of this process hear it without the store's round trip). */
  onEnded(listener: (operation: Operation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Follows a RUNNING operation to its end; a second operation on the same resource joins the same poller. */
  follow(operation: Operation): void {
    const resource = observedResource(operation);
    const key = `${operation.provider}/${operation.account}/${operation.region}/${resource ? `${resource.type}/${resource.nativeId}` : `job/${operation.providerJobId ?? operation.id}`}`;
    let poller = this.pollers.get(key);
    if (!poller) {
      poller = new ResourcePoller(this, key);
      this.pollers.set(key, poller);
    }
    poller.add(operation);
  }

  /** How many pollers run (one per followed resource). */
  activePollers(): number {
    return this.pollers.size;
  }

  /** After a restart: follows every RUNNING operation again. */
  async resume(): Promise<number> {
    const unfinished = await this.store.operations.listUnfinished();
    let resumed = 0;
    for (const operation of unfinished) {
      if (operation.status !== 'RUNNING') continue;
      this.follow(operation);
      resumed++;
    }
    return resumed;
  }

  close(): void {
    for (const poller of this.pollers.values()) poller.stop();
    this.pollers.clear();
  }

  forget(poller: ResourcePoller): void {
    if (this.pollers.get(poller.key) === poller) this.pollers.delete(poller.key);
  }

  async pollOnce(poller: ResourcePoller): Promise<void> {
    const operations = [...poller.operations.values()];
    const first = operations[0];
    if (!first) return;
    const partition = partitionOf(first);
    const reader = this.adapters.readerFor(first.provider);
    const now = (this.settings.now ?? Date.now)();
    // The resource is read once per round for every status-observed operation on it.
    let status: { read: boolean; value: string | null } = { read: false, value: null };
    for (const operation of operations) {
      let verdict: Verdict = { done: false };
      const completion = operation.completion;
      if (completion.kind === 'sync') verdict = { done: true, change: { status: 'SUCCEEDED' } };
      else if (completion.kind === 'status' && reader) {
        if (!status.read) status = await this.limiter.run(partition.provider, poller.key.split('/').slice(0, 3).join('/'), () => this.readStatus(reader, operation));
        if (status.read) verdict = statusVerdict(completion, status.value);
      } else if (completion.kind === 'job' && reader?.readJob && operation.providerJobId) {
        const job = await this.limiter.run(partition.provider, poller.key.split('/').slice(0, 3).join('/'), () => reader.readJob!(partition, operation.providerJobId!));
        if (job.ok && job.value.status === 'SUCCEEDED') verdict = { done: true, change: { status: 'SUCCEEDED', addProviderRequestIds: job.requestId ? [job.requestId] : [] } };
        if (job.ok && job.value.status === 'FAILED') verdict = { done: true, change: { status: 'FAILED', ...(job.value.error && { error: job.value.error }) } };
      }
      if (!verdict.done && now - Date.parse(operation.createdAt) >= this.settings.operationTimeoutSeconds * 1000) {
        verdict = { done: true, change: { status: 'TIMED_OUT' } };
      }
      if (verdict.done) await this.end(poller, operation, verdict.change);
    }
  }

  private async readStatus(reader: ProviderAdapter, operation: Operation): Promise<{ read: boolean; value: string | null }> {
    const resource = observedResource(operation);
    if (!resource) return { read: false, value: null };
    const listed = await (reader[LIST_METHOD[resource.type]] as (p: Partition, q: { ids: string[] }) => Promise<{ ok: boolean; value?: Array<{ nativeId: string; status: string }> }>)(
      partitionOf(operation),
      { ids: [resource.nativeId] },
    );
    if (!listed.ok || !listed.value) return { read: false, value: null };
    const found = listed.value.find((r) => r.nativeId === resource.nativeId);
    return { read: true, value: found ? found.status : null };
  }

  private async end(poller: ResourcePoller, operation: Operation, change: OperationChange): Promise<void> {
    const result = await this.store.operations.transition(operation.id, change);
    poller.operations.delete(operation.id);
    // The change ended: the partition's cached lists predate it.
    this.adapters.invalidate(partitionOf(operation));
    const ended = result.ok ? result.operation : 'operation' in result ? result.operation : null;
    if (ended) for (const listener of this.listeners) listener(ended);
  }
}
