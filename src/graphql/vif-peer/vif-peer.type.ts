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
import { PLAIN_FIELDS } from '../common/plain-fields';

export const VifPeerStatus = enumFrom(VIF_PEER_STATUSES);
registerEnumType(VifPeerStatus, {
  name: 'VifPeerStatus',
  description: 'The normalized state of a VIF peer; providerStatus keeps the verbatim value.',
  valuesConfig: {
    CREATING: { description: 'Being created: Alibaba Pending; Huawei PENDING_CREATE, BUILD.' },
    ACTIVE: { description: 'Configured: Alibaba Available; Huawei ACTIVE (the BGP session state is bgpStatus).' },
    UPDATING: { description: 'Being changed: Alibaba Modifying; Huawei PENDING_UPDATE.' },
    DELETING: { description: 'Being deleted: Alibaba Deleting; Huawei PENDING_DELETE.' },
    DELETED: { description: 'Deleted: Alibaba Deleted; Huawei DELETED.' },
    DOWN: { description: 'Exists but not forwarding: Huawei DOWN.' },
    ERROR: { description: 'Failed: Huawei ERROR.' },
    UNKNOWN: { description: 'A provider status netplane does not map; read providerStatus.' },
  },
});

export const AddressFamily = { IPV4: 'IPV4', IPV6: 'IPV6' } as const satisfies Record<string, AddressFamilyValue>;
registerEnumType(AddressFamily, {
  name: 'AddressFamily',
  description: 'The IP version a peer speaks: Alibaba IpVersion; Huawei address_family.',
  valuesConfig: {
    IPV4: { description: 'IPv4 (ipv4, or the field absent).' },
    IPV6: { description: 'IPv6 (ipv6).' },
  },
});

export const RouteMode = { STATIC: 'STATIC', BGP: 'BGP' } as const satisfies Record<string, RouteModeValue>;
registerEnumType(RouteMode, {
  name: 'RouteMode',
  description: 'How a peer exchanges routes: Huawei route_mode; always BGP on Alibaba (BGP peers).',
  valuesConfig: {
    STATIC: { description: 'Static routes to the remote subnets (Huawei route_mode static).' },
    BGP: { description: 'A BGP session with the remote gateway (Huawei route_mode bgp; every Alibaba BGP peer).' },
  },
});

@ObjectType('VifPeer', {
  ...PLAIN_FIELDS,
  implements: [Node, ProviderResource],
  description: 'A BGP or static peer on a Direct Connect virtual interface: a Huawei DCaaS vif-peer or an Alibaba VBR BGP peer.',
})
export class VifPeer extends ProviderResource {
  @Field(() => String, { nullable: true, description: 'Alibaba Description; Huawei description.' })
  description!: string | null;

  @Field(() => VifPeerStatus, { description: 'The normalized state: Alibaba Status; Huawei status.' })
  status!: StatusValue;

  @Field(() => AddressFamily, { description: 'The IP version: Alibaba IpVersion; Huawei address_family.' })
  addressFamily!: AddressFamilyValue;

  @Field(() => String, { nullable: true, description: "The cloud-side address of the peering: Huawei local_gateway_ip; null on Alibaba (see the VBR's localGatewayIp)." })
  localGatewayIp!: string | null;

  @Field(() => String, { nullable: true, description: 'The on-premises address of the peering: Alibaba PeerIpAddress; Huawei remote_gateway_ip.' })
  remoteGatewayIp!: string | null;

  @Field(() => RouteMode, { description: 'Static or BGP: Huawei route_mode; always BGP on Alibaba.' })
  routeMode!: RouteModeValue;

  @Field(() => UInt32, {
    nullable: true,
    description: "The peer's BGP ASN, 1 to 4294967295 (beyond Int's signed 32 bits, hence UInt32): Alibaba PeerAsn; Huawei bgp_asn.",
  })
  bgpAsn!: number | null;

  @Field(() => String, { nullable: true, description: 'The BGP session state, verbatim: Alibaba BgpStatus; Huawei bgp_status.' })
  bgpStatus!: string | null;

  @Field(() => [String], { description: 'CIDR blocks of the on-premises side: Huawei remote_ep_group; empty on Alibaba.' })
  remoteSubnets!: string[];

  @Field(() => String, { description: 'Native id of the virtual interface the peer belongs to: Alibaba RouterId (the VBR); Huawei vif_id.' })
  virtualInterfaceId!: string;

  @Field(() => String, { nullable: true, description: 'The provider device the peering runs on: Huawei device_id; null on Alibaba.' })
  deviceId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The BGP group the peer is in (Alibaba BgpGroupId: it carries the peer ASN and key; a new peer joins one with createVifPeer.bgpGroupId); null on Huawei, which has no groups.',
  })
  bgpGroupId!: string | null;

  @Field(() => Int, { nullable: true, description: 'The most routes the peer may advertise: Alibaba RouteLimit; Huawei bgp_route_limit.' })
  bgpRouteLimit!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Routes received from the peer: Alibaba ReceivedRouteCount; Huawei receive_route_num (null where Huawei reports -1, static routing).',
  })
  receivedRouteCount!: number | null;
}
