import { Field, ID, InputType } from 'type-graphql';
import { ResourceFilter } from '../common/resource-filter';
import { TagFilter } from '../common/resource-filter';
import type { VirtualIpStatus as StatusValue } from '../../domain/resources';
import { ResourceRefInput } from '../common/partition.input';
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

@InputType('BindVirtualIpInput', { description: 'Huawei ECS "bind a virtual IP address to a NIC" (seed 000).' })
export class BindVirtualIpInput {
  @Field(() => ID, { nullable: true, description: 'Global id of the network interface (NIC) to bind to (or give networkInterface).' })
  networkInterfaceId?: string | null;

  @Field(() => ResourceRefInput, { nullable: true, description: 'The NIC by provider, account, region and native id (nic_id).' })
  networkInterface?: ResourceRefInput | null;

  @Field(() => String, { description: 'subnet_id: the ID (UUID) of the network in the VPC of the target ECS.' })
  subnetId!: string;

  @Field(() => String, { description: 'ip_address: the virtual IP address to bind; assigned first if it is not yet.' })
  ipAddress!: string;

  @Field(() => Boolean, { nullable: true, description: 'reverse_binding: whether the NIC IP/MAC pair is added to the virtual IP\'s allowed_address_pairs.' })
  reverseBinding?: boolean | null;
}
