import { Field, InputType } from 'type-graphql';
import { ResourceFilter, TagFilter } from '../common/resource-filter';
import type { NetworkInterfaceStatus as StatusValue } from '../../domain/resources';
import { NetworkInterfaceStatus } from './network-interface.type';

@InputType('NetworkInterfaceFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class NetworkInterfaceFilter extends ResourceFilter {
  @Field(() => [TagFilter], { nullable: true, description: 'Tags the resource carries, all of them (Alibaba ENIs: pushed down as Tag.N; otherwise applied by the gateway).' })
  tags?: TagFilter[] | null;

  @Field(() => [NetworkInterfaceStatus], { nullable: true })
  statuses?: StatusValue[] | null;

  @Field(() => String, { nullable: true })
  vpcId?: string | null;

  @Field(() => String, { nullable: true })
  subnetId?: string | null;

  @Field(() => String, { nullable: true, description: 'The instance the interface is attached to.' })
  instanceId?: string | null;

  @Field(() => String, { nullable: true, description: 'A private IP address the interface carries.' })
  ipAddress?: string | null;
}
