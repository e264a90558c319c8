import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Resolver, Root } from 'type-graphql';
import type { NetworkInterface as NetworkInterfaceModel, VirtualIp as VirtualIpModel } from '../../domain/resources';
import { ConnectionArgs } from '../common/connection.args';
import { listConnection } from '../common/list-filters';
import { Relationship, ResourceList } from '../common/resource-lists';
import { Connection } from '../common/connection.factory';
import type { NodeOf } from '../common/node.interface';
import { fromPartitionList } from '../common/partition-list-relation';
import { interfacesCarrying } from '../common/relations';
import type { NetplaneContext } from '../context';
import { NetworkInterface } from '../network-interface/network-interface.type';
import { VIRTUAL_IP_FILTERS, VirtualIpFilter } from './virtual-ip.input';
import { VirtualIp } from './virtual-ip.type';

export const VirtualIpConnection = Connection(VirtualIp, 'VirtualIp');

type Vip = NodeOf<VirtualIpModel>;

@Resolver(() => VirtualIp)
export class VirtualIpResolver {
  @ResourceList({ kind: 'VirtualIp', filters: VIRTUAL_IP_FILTERS }, () => VirtualIpConnection, { description: 'Virtual IPs of every configured partition the filter selects.' })
  virtualIps(
    @Arg('filter', () => VirtualIpFilter, { nullable: true, description: 'Which partitions to ask and which items to keep; unset: every configured partition, every item.' }) filter: VirtualIpFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: NetplaneContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listConnection(context, context.loaders.VirtualIp, filter, args, VIRTUAL_IP_FILTERS, info);
  }

  @Relationship('VirtualIp', { kind: 'NetworkInterface', how: 'all' }, () => [NetworkInterface], {
    nullable: true,
    description: 'Network interfaces of the same partition carrying this virtual IP (null with an error if the partition could not be listed).',
  })
  networkInterfaces(@Root() vip: Vip, @Ctx() context: NetplaneContext): NodeOf<NetworkInterfaceModel>[] | Promise<NodeOf<NetworkInterfaceModel>[]> {
    return fromPartitionList(context.loaders.NetworkInterface, vip, (all) => interfacesCarrying(vip, all));
  }
}
