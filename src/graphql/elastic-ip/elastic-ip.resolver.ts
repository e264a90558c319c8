import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Resolver, Root } from 'type-graphql';
import type { ElasticIp as ElasticIpModel, NetworkInterface as NetworkInterfaceModel, VirtualIp as VirtualIpModel } from '../../domain/resources';
import { ConnectionArgs } from '../common/connection.args';
import { listConnection } from '../common/list-filters';
import { PlainFieldResolver } from '../common/plain-fields';
import { Relationship, ResourceList } from '../common/resource-lists';
import { Connection } from '../common/connection.factory';
import { partitionOf } from '../common/inputs';
import type { NodeOf } from '../common/node.interface';
import { fromPartitionList } from '../common/partition-list-relation';
import type { NetplaneContext } from '../context';
import { NetworkInterface } from '../network-interface/network-interface.type';
import { VirtualIp } from '../virtual-ip/virtual-ip.type';
import { ELASTIC_IP_FILTERS, ElasticIpFilter } from './elastic-ip.input';
import { EipBinding, ElasticIp, type EipBindingView } from './elastic-ip.type';

export const ElasticIpConnection = Connection(ElasticIp, 'ElasticIp');

type Eip = NodeOf<ElasticIpModel>;

/** Each EIP's binding as its resolvers see it, made once per node. */
const bindingViews = new WeakMap<Eip, EipBindingView>();

@Resolver(() => ElasticIp)
export class ElasticIpResolver {
  @ResourceList({ kind: 'ElasticIp', filters: ELASTIC_IP_FILTERS }, () => ElasticIpConnection, { description: 'Elastic IPs of every configured partition the filter selects.' })
  elasticIps(
    @Arg('filter', () => ElasticIpFilter, { nullable: true, description: 'Which partitions to ask and which items to keep; unset: every configured partition, every item.' }) filter: ElasticIpFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: NetplaneContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listConnection(context, context.loaders.ElasticIp, filter, args, ELASTIC_IP_FILTERS, info);
  }

  @PlainFieldResolver('ElasticIp', () => EipBinding, { nullable: true, description: 'What the EIP is bound to; null when unbound.' })
  boundTo(@Root() eip: Eip): EipBindingView | null {
    if (!eip.boundTo) return null;
    // Nodes are shared by every request served the same cached list and never mutated (partition-loaders.ts nodesOf).
    let view = bindingViews.get(eip);
    if (!view) bindingViews.set(eip, (view = { ...eip.boundTo, owner: partitionOf(eip) }));
    return view;
  }
}

@Resolver(() => EipBinding)
export class EipBindingResolver {
  @Relationship('EipBinding', { kind: 'NetworkInterface', how: 'all' }, () => NetworkInterface, { nullable: true, description: 'The network interface, when kind is NETWORK_INTERFACE.' })
  networkInterface(
    @Root() binding: EipBindingView,
    @Ctx() context: NetplaneContext,
  ): NodeOf<NetworkInterfaceModel> | null | Promise<NodeOf<NetworkInterfaceModel> | null> {
    if (binding.kind !== 'NETWORK_INTERFACE') return null;
    const loaders = context.loaders.NetworkInterface;
    return fromPartitionList(loaders, binding.owner, (all) => loaders.find(all, binding.targetId));
  }

  @Relationship('EipBinding', { kind: 'VirtualIp', how: 'all' }, () => VirtualIp, { nullable: true, description: 'The virtual IP, when kind is VIRTUAL_IP.' })
  virtualIp(@Root() binding: EipBindingView, @Ctx() context: NetplaneContext): NodeOf<VirtualIpModel> | null | Promise<NodeOf<VirtualIpModel> | null> {
    if (binding.kind !== 'VIRTUAL_IP') return null;
    const loaders = context.loaders.VirtualIp;
    return fromPartitionList(loaders, binding.owner, (all) => loaders.find(all, binding.targetId));
  }
}
