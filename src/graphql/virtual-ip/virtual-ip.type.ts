import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { VIRTUAL_IP_STATUSES, type Tag as TagModel, type VirtualIpStatus as StatusValue } from '../../domain/resources';
import { enumFrom } from '../common/enum-values';
import { Node } from '../common/node.interface';
import { ProviderResource } from '../common/provider-resource.type';
import { Tag } from '../common/tag.type';

export const VirtualIpStatus = enumFrom(VIRTUAL_IP_STATUSES);
registerEnumType(VirtualIpStatus, { name: 'VirtualIpStatus' });

@ObjectType('VirtualIp', {
  implements: [Node, ProviderResource],
  description: 'An address several network interfaces can carry for HA: an Alibaba HaVip or a Huawei virtual IP port.',
})
export class VirtualIp extends ProviderResource {
  @Field(() => String)
  address!: string;

  @Field(() => VirtualIpStatus)
  status!: StatusValue;

  @Field(() => String, { nullable: true })
  vpcId!: string | null;

  @Field(() => String, { nullable: true })
  subnetId!: string | null;

  @Field(() => [String], { description: 'Native ids of the network interfaces the virtual IP is bound to.' })
  boundInterfaceIds!: string[];

  @Field(() => [String])
  boundInstanceIds!: string[];

  @Field(() => [Tag])
  tags!: TagModel[];

  @Field(() => String, { nullable: true, description: 'ISO 8601.' })
  createdAt!: string | null;
}
