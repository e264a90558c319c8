import type { NetworkInterface as NetworkInterfaceModel } from '../../domain/resources';
import { commonFilters, equalTo, statusFilter, tagFilter, type ListFilterSpec } from '../common/list-filters';
import type { NodeOf } from '../common/node.interface';
import { Field, InputType } from 'type-graphql';
import { ResourceFilter, TagFilter } from '../common/resource-filter';
import type { NetworkInterfaceStatus as StatusValue } from '../../domain/resources';
import { NetworkInterfaceStatus } from './network-interface.type';

@InputType('NetworkInterfaceFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class NetworkInterfaceFilter extends ResourceFilter {
  @Field(() => [TagFilter], {
    nullable: true,
    description: 'Tags the interface carries, all of them (Alibaba: pushed down as Tag.N; Huawei interfaces carry no tags, so none match).',
  })
  tags?: TagFilter[] | null;

  @Field(() => [NetworkInterfaceStatus], { nullable: true, description: 'Normalized statuses (applied by the gateway).' })
  statuses?: StatusValue[] | null;

  @Field(() => String, {
    nullable: true,
    description: "The VPC (Alibaba: pushed down as VpcId; Huawei: the subnet list is asked with vpc_id and the gateway keeps the ports of those subnets).",
  })
  vpcId?: string | null;

  @Field(() => String, { nullable: true, description: 'The subnet (pushed down: Alibaba VSwitchId; Huawei network_id).' })
  subnetId?: string | null;

  @Field(() => String, { nullable: true, description: 'The instance the interface is attached to (pushed down: Alibaba InstanceId; Huawei device_id).' })
  instanceId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A private IP address the interface carries (pushed down: Alibaba PrivateIpAddress.1; Huawei fixed_ips=ip_address=<address>).',
  })
  ipAddress?: string | null;
}

/** How each field of the filter is pushed down and matched (see list-filters.ts). */
export const NETWORK_INTERFACE_FILTERS: ListFilterSpec<NodeOf<NetworkInterfaceModel>, NetworkInterfaceFilter> = {
  ...commonFilters<NodeOf<NetworkInterfaceModel>>(),
  statuses: statusFilter(),
  tags: tagFilter('tags'),
  vpcId: equalTo((eni) => eni.vpcId, 'vpcId'),
  subnetId: equalTo((eni) => eni.subnetId, 'subnetId'),
  instanceId: equalTo((eni) => eni.attachment?.instanceId, 'instanceId'),
  ipAddress: { pushDown: 'ipAddress', matches: (eni, ip) => eni.privateIps.some((p) => p.address === ip) },
};
