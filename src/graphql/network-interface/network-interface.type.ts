import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  NETWORK_INTERFACE_STATUSES,
  type Attachment as AttachmentModel,
  type NetworkInterfaceStatus as StatusValue,
  type PrivateIp as PrivateIpModel,
  type Tag as TagModel,
} from '../../domain/resources';
import { enumFrom } from '../common/enum-values';
import { Node } from '../common/node.interface';
import { ProviderResource } from '../common/provider-resource.type';
import { Tag } from '../common/tag.type';

export const NetworkInterfaceStatus = enumFrom(NETWORK_INTERFACE_STATUSES);
registerEnumType(NetworkInterfaceStatus, { name: 'NetworkInterfaceStatus' });

export const NetworkInterfaceType = { PRIMARY: 'PRIMARY', SECONDARY: 'SECONDARY' } as const;
registerEnumType(NetworkInterfaceType, { name: 'NetworkInterfaceType' });

@ObjectType('PrivateIp')
export class PrivateIp implements PrivateIpModel {
  @Field(() => String)
  address!: string;

  @Field(() => Boolean)
  primary!: boolean;
}

@ObjectType('Attachment', { description: 'The instance a network interface is attached to.' })
export class Attachment implements AttachmentModel {
  @Field(() => String)
  instanceId!: string;

  @Field(() => Int, { nullable: true })
  deviceIndex!: number | null;
}

@ObjectType('NetworkInterface', {
  implements: [Node, ProviderResource],
  description: 'An Alibaba ECS ENI or a Huawei ECS NIC (VPC port).',
})
export class NetworkInterface extends ProviderResource {
  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => NetworkInterfaceStatus)
  status!: StatusValue;

  @Field(() => NetworkInterfaceType, { nullable: true })
  interfaceType!: 'PRIMARY' | 'SECONDARY' | null;

  @Field(() => String, { nullable: true })
  primaryIp!: string | null;

  @Field(() => [PrivateIp])
  privateIps!: PrivateIp[];

  @Field(() => String, { nullable: true })
  macAddress!: string | null;

  @Field(() => String, { nullable: true })
  vpcId!: string | null;

  @Field(() => String, { nullable: true })
  subnetId!: string | null;

  @Field(() => String, { nullable: true })
  zone!: string | null;

  @Field(() => [String])
  securityGroupIds!: string[];

  @Field(() => Attachment, { nullable: true })
  attachment!: Attachment | null;

  @Field(() => [String], { description: 'Addresses of virtual IPs this interface carries (Huawei allowed_address_pairs).' })
  virtualIpAddresses!: string[];

  @Field(() => [Tag])
  tags!: TagModel[];

  @Field(() => String, { nullable: true, description: 'ISO 8601.' })
  createdAt!: string | null;
}
