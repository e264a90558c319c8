import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Resolver, Root } from 'type-graphql';
import type { VifPeer as VifPeerModel, VirtualInterface as VirtualInterfaceModel } from '../../domain/resources';
import { ConnectionArgs } from '../common/connection.args';
import { listConnection } from '../common/list-filters';
import { Relationship, ResourceList } from '../common/resource-lists';
import { Connection } from '../common/connection.factory';
import type { NodeOf } from '../common/node.interface';
import { fromPartitionList } from '../common/partition-list-relation';
import type { NetplaneContext } from '../context';
import { VirtualInterface } from '../virtual-interface/virtual-interface.type';
import { VIF_PEER_FILTERS, VifPeerFilter } from './vif-peer.input';
import { VifPeer } from './vif-peer.type';

export const VifPeerConnection = Connection(VifPeer, 'VifPeer');

type Peer = NodeOf<VifPeerModel>;

@Resolver(() => VifPeer)
export class VifPeerResolver {
  @ResourceList({ kind: 'VifPeer', filters: VIF_PEER_FILTERS }, () => VifPeerConnection, { description: 'VIF peers of every configured partition the filter selects.' })
  vifPeers(
    @Arg('filter', () => VifPeerFilter, { nullable: true, description: 'Which partitions to ask and which items to keep; unset: every configured partition, every item.' }) filter: VifPeerFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: NetplaneContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listConnection(context, context.loaders.VifPeer, filter, args, VIF_PEER_FILTERS, info);
  }

  @Relationship('VifPeer', { kind: 'VirtualInterface', how: 'all' }, () => VirtualInterface, { nullable: true, description: 'The virtual interface the peer belongs to.' })
  virtualInterface(@Root() peer: Peer, @Ctx() context: NetplaneContext): NodeOf<VirtualInterfaceModel> | null | Promise<NodeOf<VirtualInterfaceModel> | null> {
    const loaders = context.loaders.VirtualInterface;
    return fromPartitionList(loaders, peer, (all) => loaders.find(all, peer.virtualInterfaceId));
  }
}
