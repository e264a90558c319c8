import { Field, ID, InputType, Int } from 'type-graphql';
import { ResourceFilter, TagFilter } from '../common/resource-filter';
import type { NetworkInterfaceStatus as StatusValue } from '../../domain/resources';
import { PartitionInput, ResourceRefInput } from '../common/partition.input';
import { TagInput } from '../common/tag.type';
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

@InputType('CreateNetworkInterfaceInput', { description: 'Alibaba ECS CreateNetworkInterface (seed 004).' })
export class CreateNetworkInterfaceInput {
  @Field(() => PartitionInput, { description: 'Where to create the interface.' })
  target!: PartitionInput;

  @Field(() => String, { description: 'VSwitchId: the vSwitch (subnet) whose CIDR block the addresses come from.' })
  vSwitchId!: string;

  @Field(() => String, { nullable: true, description: 'PrimaryIpAddress; assigned at random from the vSwitch CIDR block when unset.' })
  primaryIpAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'SecurityGroupId; not together with securityGroupIds.' })
  securityGroupId?: string | null;

  @Field(() => [String], { nullable: true, description: 'SecurityGroupIds.N; not together with securityGroupId.' })
  securityGroupIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'NetworkInterfaceName: 2 to 128 characters, starts with a letter. Empty by default.' })
  networkInterfaceName?: string | null;

  @Field(() => String, { nullable: true, description: 'Description: 2 to 256 characters. Empty by default.' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'PrivateIpAddress.N (N: 0 to 10) secondary addresses; not together with secondaryPrivateIpAddressCount.' })
  privateIpAddresses?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'SecondaryPrivateIpAddressCount: addresses ECS assigns automatically.' })
  secondaryPrivateIpAddressCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'QueueNumber: 1 to 2048. Empty by default.' })
  queueNumber?: number | null;

  @Field(() => String, { nullable: true })
  resourceGroupId?: string | null;

  @Field(() => [TagInput], { nullable: true, description: 'Tag.N (N: 1 to 20).' })
  tags?: TagInput[] | null;

  @Field(() => String, { nullable: true, description: 'ClientToken: at most 64 ASCII characters, for idempotence.' })
  clientToken?: string | null;
}

@InputType('AssignPrivateIpAddressesInput', { description: 'Alibaba ECS AssignPrivateIpAddresses (seed 003).' })
export class AssignPrivateIpAddressesInput {
  @Field(() => ID, { nullable: true, description: 'Global id of the network interface (or give networkInterface).' })
  networkInterfaceId?: string | null;

  @Field(() => ResourceRefInput, { nullable: true, description: 'The network interface by provider, account, region and native id.' })
  networkInterface?: ResourceRefInput | null;

  @Field(() => [String], { nullable: true, description: 'PrivateIpAddress.N (N: 1 to 50 while Available); not together with secondaryPrivateIpAddressCount.' })
  privateIpAddresses?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'SecondaryPrivateIpAddressCount: addresses assigned automatically from the vSwitch CIDR block.' })
  secondaryPrivateIpAddressCount?: number | null;

  @Field(() => String, { nullable: true, description: 'ClientToken: at most 64 ASCII characters, for idempotence.' })
  clientToken?: string | null;
}
