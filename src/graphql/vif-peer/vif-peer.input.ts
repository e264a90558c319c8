import type { VifPeer as VifPeerModel } from '../../domain/resources';
import { commonFilters, equalTo, statusFilter, type ListFilterSpec } from '../common/list-filters';
import type { NodeOf } from '../common/node.interface';
import { Field, InputType } from 'type-graphql';
import { ResourceFilter } from '../common/resource-filter';
import type { VifPeerStatus as StatusValue } from '../../domain/resources';
import { VifPeerStatus } from './vif-peer.type';

@InputType('VifPeerFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class VifPeerFilter extends ResourceFilter {
  @Field(() => [VifPeerStatus], { nullable: true, description: 'Normalized statuses (applied by the gateway).' })
  statuses?: StatusValue[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Native id of the virtual interface (pushed down: Alibaba RouterId; Huawei `id` of the virtual-interfaces list).',
  })
  virtualInterfaceId?: string | null;
}

/** How each field of the filter is pushed down and matched (see list-filters.ts). */
export const VIF_PEER_FILTERS: ListFilterSpec<NodeOf<VifPeerModel>, VifPeerFilter> = {
  ...commonFilters<NodeOf<VifPeerModel>>(),
  statuses: statusFilter(),
  virtualInterfaceId: equalTo((peer) => peer.virtualInterfaceId, 'virtualInterfaceId'),
};
