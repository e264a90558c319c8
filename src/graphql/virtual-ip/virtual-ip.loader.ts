import type { VirtualIpQuery } from '../../domain/adapter';
import type { VirtualIp } from '../../domain/resources';
import { PartitionLoaders, type AdapterDirectory } from '../common/partition-loaders';

export type VirtualIpLoaders = PartitionLoaders<VirtualIp, VirtualIpQuery>;

export function virtualIpLoaders(directory: AdapterDirectory): VirtualIpLoaders {
  return new PartitionLoaders(directory, 'VirtualIp', (a, p, q) => a.listVirtualIps(p, q), 'listVirtualIps');
}
