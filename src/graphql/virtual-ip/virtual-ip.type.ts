import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { VIRTUAL_IP_STATUSES, type ProviderName, type Tag as TagModel, type VirtualIpStatus as StatusValue } from '../../domain/resources';
import { enumFrom } from '../common/enum-values';
import { Node } from '../common/node.interface';
import { Provider } from '../common/provider.enum';
import { Tag } from '../common/tag.type';

export const VirtualIpStatus = enumFrom(VIRTUAL_IP_STATUSES);
registerEnumType(VirtualIpStatus, { name: 'VirtualIpStatus' });

@ObjectType('VirtualIp', {
  implements: Node,
  description: 'An address several network interfaces can carry for HA: an Alibaba HaVip or a Huawei virtual IP port.',
})
export class VirtualIp extends Node {
  @Field(() => Provider)
  provider!: ProviderName;

  @Field(() => String)
  account!: string;

  @Field(() => String)
  region!: string;

  @Field(() => String, { description: 'The provider\'s own id (havip-… or a port UUID).' })
  nativeId!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String)
  address!: string;

  @Field(() => VirtualIpStatus)
  status!: StatusValue;

  @Field(() => String, { description: 'The provider\'s verbatim status.' })
  providerStatus!: string;

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
