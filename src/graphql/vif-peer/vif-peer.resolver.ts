import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { matchesNameAndTags } from '../common/resource-filter';
import type { VifPeer as VifPeerModel, VirtualInterface as VirtualInterfaceModel } from '../../domain/resources';
import { ConnectionArgs } from '../common/connection.args';
import { Connection } from '../common/connection.factory';
import { anyOf, equalsIfSet, fanOutConnection } from '../common/connection';
import { partitionOf, withoutNulls, withTargetId } from '../common/inputs';
import { partitionTarget } from '../common/mutation-target';
import type { NodeOf } from '../common/node.interface';
import { loadOrThrow } from '../common/provider-failure.error';
import type { NetplaneContext } from '../context';
import type { MutationResult } from '../errors/result-union.factory';
import { VirtualInterface } from '../virtual-interface/virtual-interface.type';
import { CreateVifPeerInput, VifPeerFilter } from './vif-peer.input';
import { createVifPeerResult, type CreateVifPeerSuccess } from './vif-peer.result';
import { VifPeer } from './vif-peer.type';

export const VifPeerConnection = Connection(VifPeer, 'VifPeer');

type Peer = NodeOf<VifPeerModel>;

@Resolver(() => VifPeer)
export class VifPeerResolver {
  @Query(() => VifPeerConnection, { description: 'VIF peers of every configured partition the filter selects.' })
  vifPeers(
    @Arg('filter', () => VifPeerFilter, { nullable: true }) filter: VifPeerFilter | null,
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

  @FieldResolver(() => VirtualInterface, { nullable: true, description: 'The virtual interface the peer belongs to.' })
  virtualInterface(@Root() peer: Peer, @Ctx() context: NetplaneContext): Promise<NodeOf<VirtualInterfaceModel> | null> {
    return loadOrThrow(context.loaders.VirtualInterface.inList({ ...partitionOf(peer), nativeId: peer.virtualInterfaceId }));
  }

  @Mutation(() => createVifPeerResult().union)
  async createVifPeer(
    @Arg('input', () => CreateVifPeerInput) input: CreateVifPeerInput,
    @Ctx() context: NetplaneContext,
  ): Promise<MutationResult<CreateVifPeerSuccess>> {
    const union = createVifPeerResult();
    const found = partitionTarget(context, 'createVifPeer', partitionOf(input.target));
    if (!found.ok) return union.failure(found.failure, context.requestId);
    const result = await found.handler(found.target, {
      ...withoutNulls({
        description: input.description,
        bgpAsn: input.bgpAsn,
        bgpMd5: input.bgpMd5,
        remoteEpGroup: input.remoteEpGroup,
      }),
      name: input.name,
      vifId: input.vifId,
      localGatewayIp: input.localGatewayIp,
      remoteGatewayIp: input.remoteGatewayIp,
      // The seed's wire values are lower case; the schema's enums are shared with the read model.
      addressFamily: input.addressFamily === 'IPV6' ? 'ipv6' : 'ipv4',
      ...(input.routeMode != null && { routeMode: input.routeMode === 'BGP' ? 'bgp' : 'static' }),
    });
    if (!result.ok) return union.failure(withTargetId(result.error, 'VirtualInterface', input.vifId), context.requestId);
    const reread = await context.loaders.VifPeer.reread(found.target, [result.value.nativeId]);
    const vifPeer = reread.ok && reread.value[0] ? reread.value[0] : context.loaders.VifPeer.remember(result.value);
    return { vifPeer, requestId: result.requestId };
  }
}
