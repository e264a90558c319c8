import type { VifPeerQuery } from '../../domain/adapter';
import type { VifPeer } from '../../domain/resources';
import { PartitionLoaders, type AdapterDirectory } from '../common/partition-loaders';

export type VifPeerLoaders = PartitionLoaders<VifPeer, VifPeerQuery>;

export function vifPeerLoaders(directory: AdapterDirectory): VifPeerLoaders {
  return new PartitionLoaders(directory, 'VifPeer', (a, p, q) => a.listVifPeers(p, q), 'listVifPeers');
}
