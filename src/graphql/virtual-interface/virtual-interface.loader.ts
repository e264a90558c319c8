import type { VirtualInterfaceQuery } from '../../domain/adapter';
import type { VirtualInterface } from '../../domain/resources';
import { PartitionLoaders, type AdapterDirectory } from '../common/partition-loaders';

export type VirtualInterfaceLoaders = PartitionLoaders<VirtualInterface, VirtualInterfaceQuery>;

export function virtualInterfaceLoaders(directory: AdapterDirectory): VirtualInterfaceLoaders {
  return new PartitionLoaders(directory, 'VirtualInterface', (a, p, q) => a.listVirtualInterfaces(p, q), 'listVirtualInterfaces');
}
