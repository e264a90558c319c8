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
import { PLAIN_FIELDS } from '../common/plain-fields';

export const NetworkInterfaceStatus = enumFrom(NETWORK_INTERFACE_STATUSES);
registerEnumType(NetworkInterfaceStatus, {
  name: 'NetworkInterfaceStatus',
  description: 'The normalized state of a network interface; providerStatus keeps the verbatim value.',
  valuesConfig: {
    CREATING: { description: 'Being created: Huawei port BUILD.' },
    AVAILABLE: { description: 'Created and not attached: Alibaba Available.' },
    ATTACHING: { description: 'Being attached to an instance: Alibaba Attaching.' },
    IN_USE: { description: 'Attached and usable: Alibaba InUse; Huawei port ACTIVE.' },
    DETACHING: { description: 'Being detached from its instance: Alibaba Detaching.' },
    DELETING: { description: 'Being deleted: Alibaba Deleting.' },
    DOWN: { description: 'Exists but not forwarding traffic: Huawei port DOWN (e.g. not bound to a running server).' },
    UNKNOWN: { description: 'A provider status netplane does not map; read providerStatus.' },
  },
});

export const NetworkInterfaceType = { PRIMARY: 'PRIMARY', SECONDARY: 'SECONDARY' } as const;
registerEnumType(NetworkInterfaceType, {
  name: 'NetworkInterfaceType',
  description: "Whether a network interface is its instance's primary one (Alibaba Type).",
  valuesConfig: {
    PRIMARY: { description: 'Alibaba Type Primary: created with the instance and detached only by deleting it.' },
    SECONDARY: { description: 'Alibaba Type Secondary: created on its own and attachable to an instance.' },
  },
});

@ObjectType('PrivateIp', { ...PLAIN_FIELDS, description: 'A private IP address a network interface holds.' })
export class PrivateIp implements PrivateIpModel {
  @Field(() => String, { description: 'The address: Alibaba PrivateIpSet.PrivateIpAddress; Huawei fixed_ips[].ip_address.' })
  address!: string;

  @Field(() => Boolean, { description: 'Whether it is the primary address: Alibaba PrivateIpSet.Primary; on Huawei true for fixed_ips[0] only.' })
  primary!: boolean;
}

@ObjectType('Attachment', { ...PLAIN_FIELDS, description: 'The instance a network interface is attached to.' })
export class Attachment implements AttachmentModel {
  @Field(() => String, { description: 'Native id of the instance: Alibaba Attachment.InstanceId (else InstanceId); Huawei device_id (the server id).' })
  instanceId!: string;

  @Field(() => Int, { nullable: true, description: 'Position of the interface on the instance, 0 for the primary one: Alibaba Attachment.DeviceIndex; null on Huawei.' })
  deviceIndex!: number | null;
}

@ObjectType('NetworkInterface', {
  ...PLAIN_FIELDS,
  implements: [Node, ProviderResource],
  description: 'An Alibaba ECS ENI or a Huawei ECS NIC (VPC port).',
})
export class NetworkInterface extends ProviderResource {
  @Field(() => String, { nullable: true, description: 'Alibaba Description; null on Huawei.' })
  description!: string | null;

  @Field(() => NetworkInterfaceStatus, { description: 'The normalized state: Alibaba Status; Huawei port status.' })
  status!: StatusValue;

  @Field(() => NetworkInterfaceType, { nullable: true, description: 'Alibaba Type (Primary or Secondary); null on Huawei, which has no such notion.' })
  interfaceType!: 'PRIMARY' | 'SECONDARY' | null;

  @Field(() => String, { nullable: true, description: 'The primary private IP: Alibaba PrivateIpAddress; Huawei fixed_ips[0].ip_address.' })
  primaryIp!: string | null;

  @Field(() => [PrivateIp], { description: 'Every private IP, the primary one included: Alibaba PrivateIpSets.PrivateIpSet; Huawei fixed_ips.' })
  privateIps!: PrivateIp[];

  @Field(() => String, { nullable: true, description: 'The MAC address: Alibaba MacAddress; Huawei mac_address.' })
  macAddress!: string | null;

  @Field(() => String, { nullable: true, description: "Alibaba VpcId; Huawei: the vpc_id of the port's subnet (network_id), looked up in the subnet list." })
  vpcId!: string | null;

  @Field(() => String, { nullable: true, description: 'Alibaba VSwitchId; Huawei network_id (the VPC v1 subnet id).' })
  subnetId!: string | null;

  @Field(() => String, { nullable: true, description: 'The availability zone: Alibaba ZoneId; Huawei the zone in device_owner (compute:<zone>), else zone_id.' })
  zone!: string | null;

  @Field(() => [String], { description: 'Ids of the security groups applied: Alibaba SecurityGroupIds.SecurityGroupId; Huawei security_groups.' })
  securityGroupIds!: string[];

  @Field(() => Attachment, { nullable: true, description: 'The instance the interface is attached to; null when it is not attached.' })
  attachment!: Attachment | null;

  @Field(() => [String], { description: 'Addresses of virtual IPs this interface carries: Huawei allowed_address_pairs[].ip_address; empty on Alibaba.' })
  virtualIpAddresses!: string[];

  @Field(() => [Tag], { description: 'Alibaba Tags.Tag (TagKey/TagValue); empty on Huawei.' })
  tags!: TagModel[];

  @Field(() => String, { nullable: true, description: 'When it was created, ISO 8601: Alibaba CreationTime; null on Huawei.' })
  createdAt!: string | null;
}
