import type { VifPeerQuery } from '../../domain/adapter';
import type { RequestScope } from '../../domain/request-scope';
import type { VifPeer } from '../../domain/resources';
import { PartitionLoaders, type AdapterDirectory } from '../common/partition-loaders';

export type VifPeerLoaders = PartitionLoaders<VifPeer, VifPeerQuery>;

export function vifPeerLoaders(directory: AdapterDirectory, scope: RequestScope): VifPeerLoaders {
  return new PartitionLoaders(directory, scope, 'VifPeer', (a, p, q, s) => a.listVifPeers(p, q, s), 'listVifPeers');
}
