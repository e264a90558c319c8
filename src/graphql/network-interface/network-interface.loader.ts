import type { NetworkInterfaceQuery } from '../../domain/adapter';
import type { RequestScope } from '../../domain/request-scope';
import type { NetworkInterface } from '../../domain/resources';
import { PartitionLoaders, type AdapterDirectory } from '../common/partition-loaders';

export type NetworkInterfaceLoaders = PartitionLoaders<NetworkInterface, NetworkInterfaceQuery>;

export function networkInterfaceLoaders(directory: AdapterDirectory, scope: RequestScope): NetworkInterfaceLoaders {
  return new PartitionLoaders(directory, scope, 'NetworkInterface', (a, p, q, s) => a.listNetworkInterfaces(p, q, s), 'listNetworkInterfaces');
}
