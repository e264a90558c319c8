import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  VIF_PEER_STATUSES,
  type AddressFamily as AddressFamilyValue,
  type RouteMode as RouteModeValue,
  type VifPeerStatus as StatusValue,
} from '../../domain/resources';
import { enumFrom } from '../common/enum-values';
import { Node } from '../common/node.interface';
import { ProviderResource } from '../common/provider-resource.type';
import { UInt32 } from '../common/uint32.scalar';

export const VifPeerStatus = enumFrom(VIF_PEER_STATUSES);
registerEnumType(VifPeerStatus, { name: 'VifPeerStatus' });

export const AddressFamily = { IPV4: 'IPV4', IPV6: 'IPV6' } as const satisfies Record<string, AddressFamilyValue>;
registerEnumType(AddressFamily, { name: 'AddressFamily' });

export const RouteMode = { STATIC: 'STATIC', BGP: 'BGP' } as const satisfies Record<string, RouteModeValue>;
registerEnumType(RouteMode, { name: 'RouteMode' });

@ObjectType('VifPeer', {
  implements: [Node, ProviderResource],
  description: 'A BGP or static peer on a Direct Connect virtual interface: a Huawei DCaaS vif-peer or an Alibaba VBR BGP peer.',
})
export class VifPeer extends ProviderResource {
  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => VifPeerStatus)
  status!: StatusValue;

  @Field(() => AddressFamily)
  addressFamily!: AddressFamilyValue;

  @Field(() => String, { nullable: true })
  localGatewayIp!: string | null;

  @Field(() => String, { nullable: true })
  remoteGatewayIp!: string | null;

  @Field(() => RouteMode)
  routeMode!: RouteModeValue;

  @Field(() => UInt32, { nullable: true, description: 'BGP ASN, 1 to 4294967295 (beyond Int\'s signed 32 bits, hence UInt32).' })
  bgpAsn!: number | null;

  @Field(() => String, { nullable: true })
  bgpStatus!: string | null;

  @Field(() => [String], { description: 'CIDR blocks of the on-premises side (remote_ep_group).' })
  remoteSubnets!: string[];

  @Field(() => String, { description: 'Native id of the virtual interface the peer belongs to.' })
  virtualInterfaceId!: string;

  @Field(() => String, { nullable: true })
  deviceId!: string | null;

  @Field(() => Int, { nullable: true })
  bgpRouteLimit!: number | null;

  @Field(() => Int, { nullable: true, description: 'Received BGP routes; -1 for static routing.' })
  receivedRouteCount!: number | null;
}
