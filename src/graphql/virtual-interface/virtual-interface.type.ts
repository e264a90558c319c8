import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VIRTUAL_INTERFACE_STATUSES, type VirtualInterfaceStatus as StatusValue } from '../../domain/resources';
import { enumFrom } from '../common/enum-values';
import { Node } from '../common/node.interface';
import { ProviderResource } from '../common/provider-resource.type';
import { PLAIN_FIELDS } from '../common/plain-fields';

export const VirtualInterfaceStatus = enumFrom(VIRTUAL_INTERFACE_STATUSES);
registerEnumType(VirtualInterfaceStatus, {
  name: 'VirtualInterfaceStatus',
  description: 'The normalized state of a virtual interface; providerStatus keeps the verbatim value.',
  valuesConfig: {
    CREATING: { description: 'Being created: Alibaba pending; Huawei BUILD, PENDING_CREATE.' },
    ACTIVE: { description: 'Up: Alibaba active; Huawei ACTIVE.' },
    UPDATING: { description: 'Being changed: Alibaba recovering; Huawei PENDING_UPDATE.' },
    DELETING: { description: 'Being deleted: Alibaba deleting, terminating; Huawei PENDING_DELETE.' },
    DELETED: { description: 'Deleted: Huawei DELETED.' },
    DOWN: { description: 'Exists but not forwarding: Alibaba terminated; Huawei DOWN.' },
    ERROR: { description: 'Failed: Huawei ERROR.' },
    PENDING_APPROVAL: { description: 'Waiting for the owner of the connection to accept it: Alibaba unconfirmed; Huawei AUTHORIZATION.' },
    REJECTED: { description: 'The owner of the connection refused it: Huawei REJECTED.' },
    UNKNOWN: { description: 'A provider status netplane does not map; read providerStatus.' },
  },
});

@ObjectType('VirtualInterface', {
  ...PLAIN_FIELDS,
  implements: [Node, ProviderResource],
  description: 'A Direct Connect virtual interface: a Huawei DCaaS VIF or an Alibaba VBR.',
})
export class VirtualInterface extends ProviderResource {
  @Field(() => String, { nullable: true, description: 'Alibaba Description; Huawei description.' })
  description!: string | null;

  @Field(() => VirtualInterfaceStatus, { description: 'The normalized state: Alibaba Status; Huawei status.' })
  status!: StatusValue;

  @Field(() => Int, { nullable: true, description: 'The VLAN id on the physical connection: Alibaba VlanId; Huawei vlan.' })
  vlan!: number | null;

  @Field(() => Int, { nullable: true, description: 'Bandwidth in Mbit/s: Alibaba Bandwidth (null when 0 or unset); Huawei bandwidth.' })
  bandwidthMbps!: number | null;

  @Field(() => String, { nullable: true, description: 'The physical connection it runs on: Alibaba PhysicalConnectionId; Huawei direct_connect_id.' })
  directConnectId!: string | null;

  @Field(() => String, { nullable: true, description: 'The cloud-side gateway address: Alibaba LocalGatewayIp; Huawei local_gateway_v4_ip, else local_gateway_v6_ip.' })
  localGatewayIp!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The on-premises gateway address: Alibaba PeerGatewayIp; Huawei remote_gateway_v4_ip, else remote_gateway_v6_ip.',
  })
  remoteGatewayIp!: string | null;
}
