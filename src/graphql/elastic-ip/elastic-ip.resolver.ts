import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { matchesNameAndTags } from '../common/resource-filter';
import type { ElasticIp as ElasticIpModel, NetworkInterface as NetworkInterfaceModel, VirtualIp as VirtualIpModel } from '../../domain/resources';
import { ConnectionArgs } from '../common/connection.args';
import { GATEWAY_FILTERS, Relationship, ResourceList } from '../common/resource-lists';
import { Connection } from '../common/connection.factory';
import { anyOf, equalsIfSet, fanOutConnection } from '../common/connection';
import { partitionOf, withoutNulls } from '../common/inputs';
import type { NodeOf } from '../common/node.interface';
import { loadOrThrow } from '../common/provider-failure.error';
import type { NetplaneContext } from '../context';
import { NetworkInterface } from '../network-interface/network-interface.type';
import { VirtualIp } from '../virtual-ip/virtual-ip.type';
import { ElasticIpFilter } from './elastic-ip.input';
import { EipBinding, ElasticIp, type EipBindingView } from './elastic-ip.type';

export const ElasticIpConnection = Connection(ElasticIp, 'ElasticIp');

type Eip = NodeOf<ElasticIpModel>;

@Resolver(() => ElasticIp)
export class ElasticIpResolver {
  @ResourceList({ kind: 'ElasticIp', gatewayOnlyFilters: [...GATEWAY_FILTERS, 'tags'] }, () => ElasticIpConnection, { description: 'Elastic IPs of every configured partition the filter selects.' })
  elasticIps(
    @Arg('filter', () => ElasticIpFilter, { nullable: true, description: 'Which partitions to ask and which items to keep; unset: every configured partition, every item.' }) filter: ElasticIpFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: NetplaneContext,
  ) {
    const f = filter ?? {};
    return fanOutConnection({
      context,
      loaders: context.loaders.ElasticIp,
      selector: f,
      query: withoutNulls({ ids: f.nativeIds, address: f.address, boundToId: f.boundToId }),
      matches: (eip: Eip) =>
        matchesNameAndTags(f, eip) &&
        anyOf(f.statuses, eip.status) &&
        anyOf(f.nativeIds, eip.nativeId) &&
        equalsIfSet(f.address, eip.address) &&
        equalsIfSet(f.boundToId, eip.boundTo?.targetId),
      args,
    });
  }

  @FieldResolver(() => EipBinding, { nullable: true, description: 'What the EIP is bound to; null when unbound.' })
  boundTo(@Root() eip: Eip): EipBindingView | null {
    return eip.boundTo ? { ...eip.boundTo, owner: partitionOf(eip) } : null;
  }
}

@Resolver(() => EipBinding)
export class EipBindingResolver {
  @Relationship('EipBinding', { kind: 'NetworkInterface', how: 'all' }, () => NetworkInterface, { nullable: true, description: 'The network interface, when kind is NETWORK_INTERFACE.' })
  async networkInterface(
    @Root() binding: EipBindingView,
    @Ctx() context: NetplaneContext,
  ): Promise<NodeOf<NetworkInterfaceModel> | null> {
    if (binding.kind !== 'NETWORK_INTERFACE') return null;
    return loadOrThrow(context.loaders.NetworkInterface.inList({ ...binding.owner, nativeId: binding.targetId }));
  }

  @Relationship('EipBinding', { kind: 'VirtualIp', how: 'all' }, () => VirtualIp, { nullable: true, description: 'The virtual IP, when kind is VIRTUAL_IP.' })
  async virtualIp(@Root() binding: EipBindingView, @Ctx() context: NetplaneContext): Promise<NodeOf<VirtualIpModel> | null> {
    if (binding.kind !== 'VIRTUAL_IP') return null;
    return loadOrThrow(context.loaders.VirtualIp.inList({ ...binding.owner, nativeId: binding.targetId }));
  }
}
