import { Field, InputType } from 'type-graphql';
import { ResourceFilter, TagFilter } from '../common/resource-filter';
import type { VirtualIpStatus as StatusValue } from '../../domain/resources';
import { VirtualIpStatus } from './virtual-ip.type';

@InputType('VirtualIpFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class VirtualIpFilter extends ResourceFilter {
  @Field(() => [TagFilter], { nullable: true, description: 'Tags the resource carries, all of them (Alibaba ENIs: pushed down as Tag.N; otherwise applied by the gateway).' })
  tags?: TagFilter[] | null;

  @Field(() => [VirtualIpStatus], { nullable: true })
  statuses?: StatusValue[] | null;

  @Field(() => String, { nullable: true })
  vpcId?: string | null;

  @Field(() => String, { nullable: true })
  subnetId?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;
}
