import { Field, InputType } from 'type-graphql';
import { ResourceFilter } from '../common/resource-filter';
import type {
  AddressFamily as AddressFamilyValue,
  RouteMode as RouteModeValue,
  VifPeerStatus as StatusValue,
} from '../../domain/resources';
import { PartitionInput } from '../common/partition.input';
import { UInt32 } from '../common/uint32.scalar';
import { AddressFamily, RouteMode, VifPeerStatus } from './vif-peer.type';

@InputType('VifPeerFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class VifPeerFilter extends ResourceFilter {
  @Field(() => [VifPeerStatus], { nullable: true })
  statuses?: StatusValue[] | null;

  @Field(() => String, { nullable: true, description: 'Native id of the virtual interface.' })
  virtualInterfaceId?: string | null;
}

@InputType('CreateVifPeerInput', { description: 'Huawei DCaaS "create a virtual interface peer" (seed 001).' })
export class CreateVifPeerInput {
  @Field(() => PartitionInput, { description: 'Where the virtual interface lives.' })
  target!: PartitionInput;

  @Field(() => String, { description: 'vif_id: the virtual interface (36 characters).' })
  vifId!: string;

  @Field(() => String, { description: 'name: 0 to 64 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'description: 0 to 128 characters.' })
  description?: string | null;

  @Field(() => AddressFamily, { description: 'address_family: IPv4 or IPv6.' })
  addressFamily!: AddressFamilyValue;

  @Field(() => String, { description: 'local_gateway_ip: the cloud-side gateway address (CIDR notation, e.g. 5.5.5.1/30).' })
  localGatewayIp!: string;

  @Field(() => String, { description: 'remote_gateway_ip: the on-premises gateway address (CIDR notation).' })
  remoteGatewayIp!: string;

  @Field(() => RouteMode, { nullable: true, description: 'route_mode: static or bgp.' })
  routeMode?: RouteModeValue | null;

  @Field(() => UInt32, { nullable: true, description: 'bgp_asn: 1 to 4294967295.' })
  bgpAsn?: number | null;

  @Field(() => String, { nullable: true, description: 'bgp_md5: the MD5 password of the BGP peer.' })
  bgpMd5?: string | null;

  @Field(() => [String], { nullable: true, description: 'remote_ep_group: CIDR blocks of the on-premises data center.' })
  remoteEpGroup?: string[] | null;
}
