import type { VirtualInterfaceQuery } from '../../domain/adapter';
import type { RequestScope } from '../../domain/request-scope';
import type { VirtualInterface } from '../../domain/resources';
import { PartitionLoaders, type AdapterDirectory } from '../common/partition-loaders';

export type VirtualInterfaceLoaders = PartitionLoaders<VirtualInterface, VirtualInterfaceQuery>;

export function virtualInterfaceLoaders(directory: AdapterDirectory, scope: RequestScope): VirtualInterfaceLoaders {
  return new PartitionLoaders(directory, scope, 'VirtualInterface', (a, p, q, s) => a.listVirtualInterfaces(p, q, s), 'listVirtualInterfaces');
}
