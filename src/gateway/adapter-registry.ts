import type { ProviderAdapter } from '../domain/adapter';
import type { Partition, ProviderName } from '../domain/resources';
import type { AdapterDirectory } from '../graphql/context';

const key = (p: Partition): string => `${p.provider}\u0000${p.account}\u0000${p.region}`;

/** The configured adapters, one per provider, and the partitions each serves. */
export class AdapterRegistry implements AdapterDirectory {
  private readonly byProvider = new Map<ProviderName, ProviderAdapter>();
  private readonly partitionKeys = new Set<string>();
  /**
   * The same partitions by provider, account and region: adapterFor runs for every list a request
   * loads (a dashboard page: about 200), and a key string made and hashed for each was 0.15 ms of
   * the page's CPU.
   */
  private readonly served = new Map<string, Map<string, Set<string>>>();
  private readonly ordered: Partition[];

  constructor(adapters: readonly ProviderAdapter[]) {
    for (const adapter of adapters) {
      if (this.byProvider.has(adapter.provider)) {
        throw new Error(`Two adapters for ${adapter.provider}: configure one adapter per provider (it serves all its accounts and regions).`);
      }
      this.byProvider.set(adapter.provider, adapter);
    }
    const partitions = adapters.flatMap((a) =>
      a.partitions().map((p) => ({ provider: a.provider, account: p.account, region: p.region })),
    );
    this.ordered = partitions
      .filter((p) => !this.partitionKeys.has(key(p)) && this.partitionKeys.add(key(p)))
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    for (const p of this.ordered) {
      let accounts = this.served.get(p.provider);
      if (!accounts) this.served.set(p.provider, (accounts = new Map()));
      let regions = accounts.get(p.account);
      if (!regions) accounts.set(p.account, (regions = new Set()));
      regions.add(p.region);
    }
  }

  partitions(): Partition[] {
    return [...this.ordered];
  }

  adapterFor(partition: Partition): ProviderAdapter | undefined {
    return this.served.get(partition.provider)?.get(partition.account)?.has(partition.region) ? this.byProvider.get(partition.provider) : undefined;
  }

  adapters(): ProviderAdapter[] {
    return [...this.byProvider.values()];
  }
}
