import { Field, InputType } from 'type-graphql';
import { ResourceFilter, TagFilter } from '../common/resource-filter';
import type { ElasticIpStatus as StatusValue } from '../../domain/resources';
import { ElasticIpStatus } from './elastic-ip.type';

@InputType('ElasticIpFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class ElasticIpFilter extends ResourceFilter {
  @Field(() => [TagFilter], { nullable: true, description: 'Tags the resource carries, all of them (Alibaba ENIs: pushed down as Tag.N; otherwise applied by the gateway).' })
  tags?: TagFilter[] | null;

  @Field(() => [ElasticIpStatus], { nullable: true })
  statuses?: StatusValue[] | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Native id of the bound target (ENI, instance, port …).' })
  boundToId?: string | null;
}
