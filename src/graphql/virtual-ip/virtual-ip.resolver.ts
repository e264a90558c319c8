import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { matchesNameAndTags } from '../common/resource-filter';
import type { NetworkInterface as NetworkInterfaceModel, VirtualIp as VirtualIpModel } from '../../domain/resources';
import { ConnectionArgs } from '../common/connection.args';
import { Connection } from '../common/connection.factory';
import { anyOf, equalsIfSet, fanOutConnection } from '../common/connection';
import { partitionOf, withoutNulls, withTargetId } from '../common/inputs';
import { resourceTarget } from '../common/mutation-target';
import type { NodeOf } from '../common/node.interface';
import { valueOrThrow } from '../common/provider-failure.error';
import { interfacesCarrying } from '../common/relations';
import type { NetplaneContext } from '../context';
import type { MutationResult } from '../errors/result-union.factory';
import { NetworkInterface } from '../network-interface/network-interface.type';
import { BindVirtualIpInput, VirtualIpFilter } from './virtual-ip.input';
import { bindVirtualIpResult, type BindVirtualIpSuccess } from './virtual-ip.result';
import { VirtualIp } from './virtual-ip.type';

export const VirtualIpConnection = Connection(VirtualIp, 'VirtualIp');

type Vip = NodeOf<VirtualIpModel>;

@Resolver(() => VirtualIp)
export class VirtualIpResolver {
  @Query(() => VirtualIpConnection, { description: 'Virtual IPs of every configured partition the filter selects.' })
  virtualIps(
    @Arg('filter', () => VirtualIpFilter, { nullable: true }) filter: VirtualIpFilter | null,
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

  @FieldResolver(() => [NetworkInterface], {
    nullable: true,
    description: 'Network interfaces of the same partition carrying this virtual IP (null with an error if the partition could not be listed).',
  })
  async networkInterfaces(@Root() vip: Vip, @Ctx() context: NetplaneContext): Promise<NodeOf<NetworkInterfaceModel>[]> {
    const all = valueOrThrow(await context.loaders.NetworkInterface.all(partitionOf(vip)));
    return interfacesCarrying(vip, all);
  }

  @Mutation(() => bindVirtualIpResult().union)
  async bindVirtualIp(
    @Arg('input', () => BindVirtualIpInput) input: BindVirtualIpInput,
    @Ctx() context: NetplaneContext,
  ): Promise<MutationResult<BindVirtualIpSuccess>> {
    const union = bindVirtualIpResult();
    const found = resourceTarget(context, {
      mutation: 'bindVirtualIp',
      type: 'NetworkInterface',
      id: input.networkInterfaceId,
      ref: input.networkInterface,
      idField: 'networkInterfaceId',
      refField: 'networkInterface',
    });
    if (!found.ok) return union.failure(found.failure, context.requestId);
    const result = await found.handler(found.target, {
      subnetId: input.subnetId,
      ipAddress: input.ipAddress,
      ...(input.reverseBinding != null && { reverseBinding: input.reverseBinding }),
    });
    if (!result.ok) return union.failure(withTargetId(result.error, 'NetworkInterface', found.target.nativeId), context.requestId);
    const partition = partitionOf(found.target);
    const [eni, vips] = await Promise.all([
      context.loaders.NetworkInterface.reread(partition, [found.target.nativeId]),
      context.loaders.VirtualIp.reread(partition, [result.value.portId]),
    ]);
    let virtualIp = vips.ok ? (vips.value[0] ?? null) : null;
    if (!virtualIp) {
      // Providers may key the virtual IP by something other than the returned port; the address is unique per subnet.
      const byAddress = await context.loaders.VirtualIp.list(partition, { address: input.ipAddress });
      virtualIp = byAddress.ok ? (byAddress.value.find((v) => v.address === input.ipAddress) ?? null) : null;
    }
    return {
      virtualIpPortId: result.value.portId,
      networkInterface: eni.ok ? (eni.value[0] ?? null) : null,
      virtualIp,
      requestId: result.requestId,
    };
  }
}
