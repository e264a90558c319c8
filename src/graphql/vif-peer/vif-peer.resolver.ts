import { Arg, Args, Ctx, Resolver, Root } from 'type-graphql';
import { matchesNameAndTags } from '../common/resource-filter';
import type { VifPeer as VifPeerModel, VirtualInterface as VirtualInterfaceModel } from '../../domain/resources';
import { ConnectionArgs } from '../common/connection.args';
import { GATEWAY_FILTERS, Relationship, ResourceList } from '../common/resource-lists';
import { Connection } from '../common/connection.factory';
import { anyOf, equalsIfSet, fanOutConnection } from '../common/connection';
import { partitionOf, withoutNulls } from '../common/inputs';
import type { NodeOf } from '../common/node.interface';
import { loadOrThrow } from '../common/provider-failure.error';
import type { NetplaneContext } from '../context';
import { VirtualInterface } from '../virtual-interface/virtual-interface.type';
import { VifPeerFilter } from './vif-peer.input';
import { VifPeer } from './vif-peer.type';

export const VifPeerConnection = Connection(VifPeer, 'VifPeer');

type Peer = NodeOf<VifPeerModel>;

@Resolver(() => VifPeer)
export class VifPeerResolver {
  @ResourceList({ kind: 'VifPeer', gatewayOnlyFilters: [...GATEWAY_FILTERS, 'tags'] }, () => VifPeerConnection, { description: 'VIF peers of every configured partition the filter selects.' })
  vifPeers(
    @Arg('filter', () => VifPeerFilter, { nullable: true, description: 'Which partitions to ask and which items to keep; unset: every configured partition, every item.' }) filter: VifPeerFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: NetplaneContext,
  ) {
    const f = filter ?? {};
    return fanOutConnection({
      context,
      loaders: context.loaders.VifPeer,
      selector: f,
      query: withoutNulls({ ids: f.nativeIds, virtualInterfaceId: f.virtualInterfaceId }),
      matches: (peer: Peer) =>
        matchesNameAndTags(f, peer) &&
        anyOf(f.statuses, peer.status) &&
        anyOf(f.nativeIds, peer.nativeId) &&
        equalsIfSet(f.virtualInterfaceId, peer.virtualInterfaceId),
      args,
    });
  }

  @Relationship('VifPeer', { kind: 'VirtualInterface', how: 'all' }, () => VirtualInterface, { nullable: true, description: 'The virtual interface the peer belongs to.' })
  virtualInterface(@Root() peer: Peer, @Ctx() context: NetplaneContext): Promise<NodeOf<VirtualInterfaceModel> | null> {
    return loadOrThrow(context.loaders.VirtualInterface.inList({ ...partitionOf(peer), nativeId: peer.virtualInterfaceId }));
  }
}
