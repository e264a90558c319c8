import type { NetworkInterfaceQuery } from '../../domain/adapter';
import type { NetworkInterface } from '../../domain/resources';
import { PartitionLoaders, type AdapterDirectory } from '../common/partition-loaders';

export type NetworkInterfaceLoaders = PartitionLoaders<NetworkInterface, NetworkInterfaceQuery>;

export function networkInterfaceLoaders(directory: AdapterDirectory): NetworkInterfaceLoaders {
  return new PartitionLoaders(directory, 'NetworkInterface', (a, p, q) => a.listNetworkInterfaces(p, q), 'listNetworkInterfaces');
}
