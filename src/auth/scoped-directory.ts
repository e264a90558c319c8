import type { ProviderAdapter } from '../domain/adapter';
import type { Partition } from '../domain/resources';
import type { AdapterDirectory } from '../graphql/common/partition-loaders';
import { permits, type Principal } from './principal';

/**
 * The partitions one principal may read, and only those: the gateway gives each request this view
 * of the configured adapters, so connections, node(id) and relationship fields answer from the
 * caller's partitions alone (another partition looks unconfigured: its nodes are null, its lists
 * are not fanned out to), without each resolver checking scopes itself.
 */
export class ScopedDirectory implements AdapterDirectory {
  constructor(
    private readonly configured: AdapterDirectory,
    private readonly principal: Principal,
  ) {}

  partitions(): Partition[] {
    return this.configured.partitions().filter((p) => permits(this.principal, 'read', p));
  }

  adapterFor(partition: Partition): ProviderAdapter | undefined {
    return permits(this.principal, 'read', partition) ? this.configured.adapterFor(partition) : undefined;
  }
}
