import type { ElasticIp as ElasticIpModel } from '../../domain/resources';
import { commonFilters, equalTo, statusFilter, tagFilter, type ListFilterSpec } from '../common/list-filters';
import type { NodeOf } from '../common/node.interface';
import { Field, InputType } from 'type-graphql';
import { ResourceFilter, TagFilter } from '../common/resource-filter';
import type { ElasticIpStatus as StatusValue } from '../../domain/resources';
import { ElasticIpStatus } from './elastic-ip.type';

@InputType('ElasticIpFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class ElasticIpFilter extends ResourceFilter {
  @Field(() => [TagFilter], { nullable: true, description: 'Tags the elastic IP carries, all of them (applied by the gateway; Huawei elastic IPs carry no tags, so none match).' })
  tags?: TagFilter[] | null;

  @Field(() => [ElasticIpStatus], { nullable: true, description: 'Normalized statuses (applied by the gateway).' })
  statuses?: StatusValue[] | null;

  @Field(() => String, { nullable: true, description: 'The public address (pushed down: Alibaba EipAddress; Huawei public_ip_address, IPv6 addresses matched by the gateway).' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Native id of the bound target, ENI, instance, port … (pushed down: Alibaba AssociatedInstanceId; Huawei port_id).' })
  boundToId?: string | null;
}

/** How each field of the filter is pushed down and matched (see list-filters.ts). */
export const ELASTIC_IP_FILTERS: ListFilterSpec<NodeOf<ElasticIpModel>, ElasticIpFilter> = {
  ...commonFilters<NodeOf<ElasticIpModel>>(),
  statuses: statusFilter(),
  tags: tagFilter(),
  address: equalTo((eip) => eip.address, 'address'),
  boundToId: equalTo((eip) => eip.boundTo?.targetId, 'boundToId'),
};
