import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { matchesNameAndTags } from '../common/resource-filter';
import type { ElasticIp, NetworkInterface as NetworkInterfaceModel, VirtualIp as VirtualIpModel } from '../../domain/resources';
import { ConnectionArgs } from '../common/connection.args';
import { Connection } from '../common/connection.factory';
import { anyOf, equalsIfSet, fanOutConnection } from '../common/connection';
import { partitionOf, withoutNulls, withTargetId } from '../common/inputs';
import { partitionTarget, resourceTarget } from '../common/mutation-target';
import type { NodeOf } from '../common/node.interface';
import { valueOrThrow } from '../common/provider-failure.error';
import { itemsWhere, virtualIpsOn } from '../common/relations';
import type { NetplaneContext } from '../context';
import { ElasticIp as ElasticIpType } from '../elastic-ip/elastic-ip.type';
import type { MutationResult } from '../errors/result-union.factory';
import { VirtualIp as VirtualIpType } from '../virtual-ip/virtual-ip.type';
import { AssignPrivateIpAddressesInput, CreateNetworkInterfaceInput, NetworkInterfaceFilter } from './network-interface.input';
import {
  assignPrivateIpAddressesResult,
  createNetworkInterfaceResult,
  type AssignPrivateIpAddressesSuccess,
  type CreateNetworkInterfaceSuccess,
} from './network-interface.result';
import { NetworkInterface } from './network-interface.type';

export const NetworkInterfaceConnection = Connection(NetworkInterface, 'NetworkInterface');

type Eni = NodeOf<NetworkInterfaceModel>;

@Resolver(() => NetworkInterface)
export class NetworkInterfaceResolver {
  @Query(() => NetworkInterfaceConnection, { description: 'Network interfaces of every configured partition the filter selects.' })
  networkInterfaces(
    @Arg('filter', () => NetworkInterfaceFilter, { nullable: true }) filter: NetworkInterfaceFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: NetplaneContext,
  ) {
    const f = filter ?? {};
    return fanOutConnection({
      context,
      loaders: context.loaders.NetworkInterface,
      selector: f,
      query: withoutNulls({
        ids: f.nativeIds,
        vpcId: f.vpcId,
        subnetId: f.subnetId,
        instanceId: f.instanceId,
        ipAddress: f.ipAddress,
        tags: f.tags?.length ? f.tags.map((t) => (t.value == null ? { key: t.key } : { key: t.key, value: t.value })) : undefined,
      }),
      matches: (eni: Eni) =>
        matchesNameAndTags(f, eni) &&
        anyOf(f.statuses, eni.status) &&
        anyOf(f.nativeIds, eni.nativeId) &&
        equalsIfSet(f.vpcId, eni.vpcId) &&
        equalsIfSet(f.subnetId, eni.subnetId) &&
        equalsIfSet(f.instanceId, eni.attachment?.instanceId) &&
        (f.ipAddress == null || eni.privateIps.some((ip) => ip.address === f.ipAddress)),
      args,
    });
  }

  @FieldResolver(() => [VirtualIpType], {
    nullable: true,
    description: 'Virtual IPs of the same partition this interface carries (null with an error if the partition could not be listed).',
  })
  async virtualIps(@Root() eni: Eni, @Ctx() context: NetplaneContext): Promise<NodeOf<VirtualIpModel>[]> {
    const all = valueOrThrow(await context.loaders.VirtualIp.all(partitionOf(eni)));
    return virtualIpsOn(eni, all);
  }

  @FieldResolver(() => [ElasticIpType], {
    nullable: true,
    description: 'Elastic IPs bound to this interface (null with an error if the partition could not be listed).',
  })
  async elasticIps(@Root() eni: Eni, @Ctx() context: NetplaneContext): Promise<NodeOf<ElasticIp>[]> {
    const all = valueOrThrow(await context.loaders.ElasticIp.all(partitionOf(eni)));
    return itemsWhere(all, 'boundTo.targetId', (eip) => eip.boundTo?.targetId, eni.nativeId);
  }

  @Mutation(() => createNetworkInterfaceResult().union)
  async createNetworkInterface(
    @Arg('input', () => CreateNetworkInterfaceInput) input: CreateNetworkInterfaceInput,
    @Ctx() context: NetplaneContext,
  ): Promise<MutationResult<CreateNetworkInterfaceSuccess>> {
    const union = createNetworkInterfaceResult();
    const found = partitionTarget(context, 'createNetworkInterface', partitionOf(input.target));
    if (!found.ok) return union.failure(found.failure, context.requestId);
    const { target: _target, tags, ...rest } = input;
    const result = await found.handler(found.target, {
      ...withoutNulls(rest),
      vSwitchId: input.vSwitchId,
      ...(tags != null && { tags: tags.map((t) => ({ key: t.key, value: t.value })) }),
    });
    if (!result.ok) return union.failure(result.error, context.requestId);
    const reread = await context.loaders.NetworkInterface.reread(found.target, [result.value.nativeId]);
    const networkInterface = reread.ok
      ? (reread.value[0] ?? null)
      : context.loaders.NetworkInterface.remember(result.value);
    return { networkInterface, requestId: result.requestId };
  }

  @Mutation(() => assignPrivateIpAddressesResult().union)
  async assignPrivateIpAddresses(
    @Arg('input', () => AssignPrivateIpAddressesInput) input: AssignPrivateIpAddressesInput,
    @Ctx() context: NetplaneContext,
  ): Promise<MutationResult<AssignPrivateIpAddressesSuccess>> {
    const union = assignPrivateIpAddressesResult();
    const found = resourceTarget(context, {
      mutation: 'assignPrivateIpAddresses',
      type: 'NetworkInterface',
      id: input.networkInterfaceId,
      ref: input.networkInterface,
      idField: 'networkInterfaceId',
      refField: 'networkInterface',
    });
    if (!found.ok) return union.failure(found.failure, context.requestId);
    const result = await found.handler(
      found.target,
      withoutNulls({
        privateIpAddresses: input.privateIpAddresses,
        secondaryPrivateIpAddressCount: input.secondaryPrivateIpAddressCount,
        clientToken: input.clientToken,
      }),
    );
    if (!result.ok) return union.failure(withTargetId(result.error, 'NetworkInterface', found.target.nativeId), context.requestId);
    const reread = await context.loaders.NetworkInterface.reread(partitionOf(found.target), [found.target.nativeId]);
    return {
      networkInterface: reread.ok ? (reread.value[0] ?? null) : null,
      assignedPrivateIps: result.value.assignedPrivateIps,
      requestId: result.requestId,
    };
  }
}
