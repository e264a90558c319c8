import type { VirtualIp as VirtualIpModel } from '../../domain/resources';
import { commonFilters, equalTo, statusFilter, tagFilter, type ListFilterSpec } from '../common/list-filters';
import type { NodeOf } from '../common/node.interface';
import { Field, InputType } from 'type-graphql';
import { ResourceFilter, TagFilter } from '../common/resource-filter';
import type { VirtualIpStatus as StatusValue } from '../../domain/resources';
import { VirtualIpStatus } from './virtual-ip.type';

@InputType('VirtualIpFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class VirtualIpFilter extends ResourceFilter {
  @Field(() => [TagFilter], { nullable: true, description: 'Tags the virtual IP carries, all of them (applied by the gateway; Huawei virtual IPs carry no tags, so none match).' })
  tags?: TagFilter[] | null;

  @Field(() => [VirtualIpStatus], { nullable: true, description: 'Normalized statuses (applied by the gateway).' })
  statuses?: StatusValue[] | null;

  @Field(() => String, { nullable: true, description: "The VPC (Alibaba: pushed down as Filter VpcId; Huawei: applied by the gateway to the vpc_id of the port's subnet)." })
  vpcId?: string | null;

  @Field(() => String, { nullable: true, description: 'The subnet (pushed down: Alibaba Filter VSwitchId; Huawei network_id).' })
  subnetId?: string | null;

  @Field(() => String, { nullable: true, description: 'The private IP address (pushed down: Alibaba Filter HaVipAddress; Huawei fixed_ips=ip_address=<address>).' })
  address?: string | null;
}

/** How each field of the filter is pushed down and matched (see list-filters.ts). */
export const VIRTUAL_IP_FILTERS: ListFilterSpec<NodeOf<VirtualIpModel>, VirtualIpFilter> = {
  ...commonFilters<NodeOf<VirtualIpModel>>(),
  statuses: statusFilter(),
  tags: tagFilter(),
  vpcId: equalTo((vip) => vip.vpcId, 'vpcId'),
  subnetId: equalTo((vip) => vip.subnetId, 'subnetId'),
  address: equalTo((vip) => vip.address, 'address'),
};
