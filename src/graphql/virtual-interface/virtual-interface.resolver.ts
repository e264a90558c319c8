import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Resolver, Root } from 'type-graphql';
import type { VifPeer as VifPeerModel, VirtualInterface as VirtualInterfaceModel } from '../../domain/resources';
import { ConnectionArgs } from '../common/connection.args';
import { listConnection } from '../common/list-filters';
import { Relationship, ResourceList } from '../common/resource-lists';
import { Connection } from '../common/connection.factory';
import type { NodeOf } from '../common/node.interface';
import { fromPartitionList } from '../common/partition-list-relation';
import { itemsWhere } from '../common/relations';
import type { NetplaneContext } from '../context';
import { VifPeer } from '../vif-peer/vif-peer.type';
import { VIRTUAL_INTERFACE_FILTERS, VirtualInterfaceFilter } from './virtual-interface.input';
import { VirtualInterface } from './virtual-interface.type';

export const VirtualInterfaceConnection = Connection(VirtualInterface, 'VirtualInterface');

type Vif = NodeOf<VirtualInterfaceModel>;

const virtualInterfaceIdOf = (peer: VifPeerModel): string => peer.virtualInterfaceId;

@Resolver(() => VirtualInterface)
export class VirtualInterfaceResolver {
  @ResourceList({ kind: 'VirtualInterface', filters: VIRTUAL_INTERFACE_FILTERS }, () => VirtualInterfaceConnection, { description: 'Direct Connect virtual interfaces of every configured partition the filter selects.' })
  virtualInterfaces(
    @Arg('filter', () => VirtualInterfaceFilter, { nullable: true, description: 'Which partitions to ask and which items to keep; unset: every configured partition, every item.' }) filter: VirtualInterfaceFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: NetplaneContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listConnection(context, context.loaders.VirtualInterface, filter, args, VIRTUAL_INTERFACE_FILTERS, info);
  }

  @Relationship('VirtualInterface', { kind: 'VifPeer', how: 'all' }, () => [VifPeer], {
    nullable: true,
    description: 'Peers on this virtual interface (null with an error if the partition could not be listed).',
  })
  vifPeers(@Root() vif: Vif, @Ctx() context: NetplaneContext): NodeOf<VifPeerModel>[] | Promise<NodeOf<VifPeerModel>[]> {
    return fromPartitionList(context.loaders.VifPeer, vif, (all) => itemsWhere(all, 'virtualInterfaceId', virtualInterfaceIdOf, vif.nativeId));
  }
}
