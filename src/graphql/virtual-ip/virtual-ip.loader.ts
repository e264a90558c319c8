import type { VirtualIpQuery } from '../../domain/adapter';
import type { RequestScope } from '../../domain/request-scope';
import type { VirtualIp } from '../../domain/resources';
import { PartitionLoaders, type AdapterDirectory } from '../common/partition-loaders';

export type VirtualIpLoaders = PartitionLoaders<VirtualIp, VirtualIpQuery>;

export function virtualIpLoaders(directory: AdapterDirectory, scope: RequestScope): VirtualIpLoaders {
  return new PartitionLoaders(directory, scope, 'VirtualIp', (a, p, q, s) => a.listVirtualIps(p, q, s), 'listVirtualIps');
}
