import type { ProviderAdapter } from '../domain/adapter';
import type { Partition, ProviderName } from '../domain/resources';
import type { AdapterDirectory } from '../graphql/context';

const key = (p: Partition): string => `${p.provider}\u0000${p.account}\u0000${p.region}`;

/** The configured adapters, one per provider, and the partitions each serves. */
export class AdapterRegistry implements AdapterDirectory {
  private readonly byProvider = new Map<ProviderName, ProviderAdapter>();
  private readonly partitionKeys = new Set<string>();
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
  }

  partitions(): Partition[] {
    return [...this.ordered];
  }

  adapterFor(partition: Partition): ProviderAdapter | undefined {
    return this.partitionKeys.has(key(partition)) ? this.byProvider.get(partition.provider) : undefined;
  }

  adapters(): ProviderAdapter[] {
    return [...this.byProvider.values()];
  }
}
