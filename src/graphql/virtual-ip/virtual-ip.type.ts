import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { VIRTUAL_IP_STATUSES, type Tag as TagModel, type VirtualIpStatus as StatusValue } from '../../domain/resources';
import { enumFrom } from '../common/enum-values';
import { Node } from '../common/node.interface';
import { ProviderResource } from '../common/provider-resource.type';
import { Tag } from '../common/tag.type';
import { PLAIN_FIELDS } from '../common/plain-fields';

export const VirtualIpStatus = enumFrom(VIRTUAL_IP_STATUSES);
registerEnumType(VirtualIpStatus, {
  name: 'VirtualIpStatus',
  description: 'The normalized state of a virtual IP; providerStatus keeps the verbatim value.',
  valuesConfig: {
    CREATING: { description: 'Being created: Alibaba Creating; Huawei VIP port BUILD.' },
    AVAILABLE: { description: 'Created and bound to nothing: Alibaba Available; Huawei VIP port ACTIVE or DOWN that no NIC carries.' },
    ASSOCIATING: { description: 'Being bound: Alibaba Associating.' },
    IN_USE: { description: "Bound: Alibaba InUse; Huawei: some NIC port lists the address in its allowed_address_pairs." },
    UNASSOCIATING: { description: 'Being unbound: Alibaba Unassociating.' },
    DELETING: { description: 'Being deleted: Alibaba Deleting.' },
    UNKNOWN: { description: 'A provider status netplane does not map; read providerStatus.' },
  },
});

@ObjectType('VirtualIp', {
  ...PLAIN_FIELDS,
  implements: [Node, ProviderResource],
  description: 'An address several network interfaces can carry for HA: an Alibaba HaVip or a Huawei virtual IP port.',
})
export class VirtualIp extends ProviderResource {
  @Field(() => String, { description: 'The private IP address: Alibaba IpAddress; Huawei fixed_ips[0].ip_address of the VIP port.' })
  address!: string;

  @Field(() => VirtualIpStatus, { description: 'The normalized state: Alibaba Status; Huawei port status, IN_USE when a NIC carries the address.' })
  status!: StatusValue;

  @Field(() => String, { nullable: true, description: "Alibaba VpcId; Huawei: the vpc_id of the port's subnet (network_id)." })
  vpcId!: string | null;

  @Field(() => String, { nullable: true, description: 'Alibaba VSwitchId; Huawei network_id (the VPC v1 subnet id).' })
  subnetId!: string | null;

  @Field(() => [String], {
    description:
      'Native ids of the network interfaces carrying it: Alibaba AssociatedInstances when AssociatedInstanceType is NetworkInterface; Huawei the NIC ports whose allowed_address_pairs hold the address.',
  })
  boundInterfaceIds!: string[];

  @Field(() => [String], {
    description: 'Native ids of the instances it is bound to: Alibaba AssociatedInstances when AssociatedInstanceType is EcsInstance; Huawei the device_id of the carrying NIC ports.',
  })
  boundInstanceIds!: string[];

  @Field(() => [Tag], { description: 'Alibaba Tags.Tag (Key/Value); empty on Huawei.' })
  tags!: TagModel[];

  @Field(() => String, { nullable: true, description: 'When it was created, ISO 8601: Alibaba CreateTime; null on Huawei.' })
  createdAt!: string | null;
}
