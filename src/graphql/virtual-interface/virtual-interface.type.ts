import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VIRTUAL_INTERFACE_STATUSES, type VirtualInterfaceStatus as StatusValue } from '../../domain/resources';
import { enumFrom } from '../common/enum-values';
import { Node } from '../common/node.interface';
import { ProviderResource } from '../common/provider-resource.type';

export const VirtualInterfaceStatus = enumFrom(VIRTUAL_INTERFACE_STATUSES);
registerEnumType(VirtualInterfaceStatus, { name: 'VirtualInterfaceStatus' });

@ObjectType('VirtualInterface', {
  implements: [Node, ProviderResource],
  description: 'A Direct Connect virtual interface: a Huawei DCaaS VIF or an Alibaba VBR.',
})
export class VirtualInterface extends ProviderResource {
  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => VirtualInterfaceStatus)
  status!: StatusValue;

  @Field(() => Int, { nullable: true })
  vlan!: number | null;

  @Field(() => Int, { nullable: true })
  bandwidthMbps!: number | null;

  @Field(() => String, { nullable: true })
  directConnectId!: string | null;

  @Field(() => String, { nullable: true })
  localGatewayIp!: string | null;

  @Field(() => String, { nullable: true })
  remoteGatewayIp!: string | null;
}
