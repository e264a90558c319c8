import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Resolver, Root } from 'type-graphql';
import type { ElasticIp, NetworkInterface as NetworkInterfaceModel, VirtualIp as VirtualIpModel } from '../../domain/resources';
import { ConnectionArgs } from '../common/connection.args';
import { listConnection } from '../common/list-filters';
import { Relationship, ResourceList } from '../common/resource-lists';
import { Connection } from '../common/connection.factory';
import type { NodeOf } from '../common/node.interface';
import { fromPartitionList } from '../common/partition-list-relation';
import { itemsWhere, virtualIpsOn } from '../common/relations';
import type { NetplaneContext } from '../context';
import { ElasticIp as ElasticIpType } from '../elastic-ip/elastic-ip.type';
import { VirtualIp as VirtualIpType } from '../virtual-ip/virtual-ip.type';
import { NETWORK_INTERFACE_FILTERS, NetworkInterfaceFilter } from './network-interface.input';
import { NetworkInterface } from './network-interface.type';

export const NetworkInterfaceConnection = Connection(NetworkInterface, 'NetworkInterface');

type Eni = NodeOf<NetworkInterfaceModel>;

const boundTargetOf = (eip: ElasticIp): string | undefined => eip.boundTo?.targetId;

@Resolver(() => NetworkInterface)
export class NetworkInterfaceResolver {
  @ResourceList({ kind: 'NetworkInterface', filters: NETWORK_INTERFACE_FILTERS }, () => NetworkInterfaceConnection, { description: 'Network interfaces of every configured partition the filter selects.' })
  networkInterfaces(
    @Arg('filter', () => NetworkInterfaceFilter, { nullable: true, description: 'Which partitions to ask and which items to keep; unset: every configured partition, every item.' }) filter: NetworkInterfaceFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: NetplaneContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listConnection(context, context.loaders.NetworkInterface, filter, args, NETWORK_INTERFACE_FILTERS, info);
  }

  @Relationship('NetworkInterface', { kind: 'VirtualIp', how: 'all' }, () => [VirtualIpType], {
    nullable: true,
    description: 'Virtual IPs of the same partition this interface carries (null with an error if the partition could not be listed).',
  })
  virtualIps(@Root() eni: Eni, @Ctx() context: NetplaneContext): NodeOf<VirtualIpModel>[] | Promise<NodeOf<VirtualIpModel>[]> {
    return fromPartitionList(context.loaders.VirtualIp, eni, (all) => virtualIpsOn(eni, all));
  }

  @Relationship('NetworkInterface', { kind: 'ElasticIp', how: 'all' }, () => [ElasticIpType], {
    nullable: true,
    description: 'Elastic IPs bound to this interface (null with an error if the partition could not be listed).',
  })
  elasticIps(@Root() eni: Eni, @Ctx() context: NetplaneContext): NodeOf<ElasticIp>[] | Promise<NodeOf<ElasticIp>[]> {
    return fromPartitionList(context.loaders.ElasticIp, eni, (all) => itemsWhere(all, 'boundTo.targetId', boundTargetOf, eni.nativeId));
  }
}
