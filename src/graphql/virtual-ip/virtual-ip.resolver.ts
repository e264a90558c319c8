import { Arg, Args, Ctx, Resolver, Root } from 'type-graphql';
import { matchesNameAndTags } from '../common/resource-filter';
import type { NetworkInterface as NetworkInterfaceModel, VirtualIp as VirtualIpModel } from '../../domain/resources';
import { ConnectionArgs } from '../common/connection.args';
import { GATEWAY_FILTERS, Relationship, ResourceList } from '../common/resource-lists';
import { Connection } from '../common/connection.factory';
import { anyOf, equalsIfSet, fanOutConnection } from '../common/connection';
import { partitionOf, withoutNulls } from '../common/inputs';
import type { NodeOf } from '../common/node.interface';
import { valueOrThrow } from '../common/provider-failure.error';
import { interfacesCarrying } from '../common/relations';
import type { NetplaneContext } from '../context';
import { NetworkInterface } from '../network-interface/network-interface.type';
import { VirtualIpFilter } from './virtual-ip.input';
import { VirtualIp } from './virtual-ip.type';

export const VirtualIpConnection = Connection(VirtualIp, 'VirtualIp');

type Vip = NodeOf<VirtualIpModel>;

@Resolver(() => VirtualIp)
export class VirtualIpResolver {
  @ResourceList({ kind: 'VirtualIp', gatewayOnlyFilters: [...GATEWAY_FILTERS, 'tags'] }, () => VirtualIpConnection, { description: 'Virtual IPs of every configured partition the filter selects.' })
  virtualIps(
    @Arg('filter', () => VirtualIpFilter, { nullable: true, description: 'Which partitions to ask and which items to keep; unset: every configured partition, every item.' }) filter: VirtualIpFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: NetplaneContext,
  ) {
    const f = filter ?? {};
    return fanOutConnection({
      context,
      loaders: context.loaders.VirtualIp,
      selector: f,
      query: withoutNulls({ ids: f.nativeIds, vpcId: f.vpcId, subnetId: f.subnetId, address: f.address }),
      matches: (vip: Vip) =>
        matchesNameAndTags(f, vip) &&
        anyOf(f.statuses, vip.status) &&
        anyOf(f.nativeIds, vip.nativeId) &&
        equalsIfSet(f.vpcId, vip.vpcId) &&
        equalsIfSet(f.subnetId, vip.subnetId) &&
        equalsIfSet(f.address, vip.address),
      args,
    });
  }

  @Relationship('VirtualIp', { kind: 'NetworkInterface', how: 'all' }, () => [NetworkInterface], {
    nullable: true,
    description: 'Network interfaces of the same partition carrying this virtual IP (null with an error if the partition could not be listed).',
  })
  async networkInterfaces(@Root() vip: Vip, @Ctx() context: NetplaneContext): Promise<NodeOf<NetworkInterfaceModel>[]> {
    const all = valueOrThrow(await context.loaders.NetworkInterface.all(partitionOf(vip)));
    return interfacesCarrying(vip, all);
  }
}
