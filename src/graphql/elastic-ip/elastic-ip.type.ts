import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  EIP_BINDING_KINDS,
  ELASTIC_IP_STATUSES,
  type EipBinding as EipBindingModel,
  type EipBindingKind as BindingKindValue,
  type ElasticIpStatus as StatusValue,
  type Partition,
  type Tag as TagModel,
} from '../../domain/resources';
import { enumFrom } from '../common/enum-values';
import { Node } from '../common/node.interface';
import { ProviderResource } from '../common/provider-resource.type';
import { Tag } from '../common/tag.type';
import { PLAIN_FIELDS } from '../common/plain-fields';

export const ElasticIpStatus = enumFrom(ELASTIC_IP_STATUSES);
registerEnumType(ElasticIpStatus, {
  name: 'ElasticIpStatus',
  description: 'The normalized state of an elastic IP; providerStatus keeps the verbatim value.',
  valuesConfig: {
    CREATING: { description: 'Being created: Huawei PENDING_CREATE.' },
    AVAILABLE: { description: 'Allocated and bound to nothing: Alibaba Available; Huawei DOWN.' },
    ASSOCIATING: { description: 'Being bound: Alibaba Associating; Huawei BINDING, NOTIFYING, PENDING_UPDATE.' },
    IN_USE: { description: 'Bound: Alibaba InUse; Huawei ACTIVE, ELB (to a load balancer), VPN (to a VPN gateway).' },
    UNASSOCIATING: { description: 'Being unbound: Alibaba Unassociating.' },
    RELEASING: { description: 'Being released: Alibaba Releasing; Huawei PENDING_DELETE, NOTIFY_DELETE.' },
    FROZEN: { description: 'Frozen by the provider (e.g. overdue payment): Huawei FREEZED.' },
    ERROR: { description: 'Failed: Huawei ERROR, BIND_ERROR.' },
    UNKNOWN: { description: 'A provider status netplane does not map; read providerStatus.' },
  },
});

export const EipBindingKind = enumFrom(EIP_BINDING_KINDS);
registerEnumType(EipBindingKind, {
  name: 'EipBindingKind',
  description: 'The kind of target an elastic IP is bound to; EipBinding.providerType keeps the verbatim value.',
  valuesConfig: {
    NETWORK_INTERFACE: { description: 'A network interface: Alibaba InstanceType NetworkInterface; Huawei a port_id (status neither ELB nor VPN).' },
    INSTANCE: { description: 'An ECS instance: Alibaba InstanceType EcsInstance.' },
    VIRTUAL_IP: { description: 'A virtual IP: Alibaba InstanceType HaVip.' },
    NAT_GATEWAY: { description: 'A NAT gateway: Alibaba InstanceType Nat.' },
    LOAD_BALANCER: { description: 'A load balancer: Alibaba InstanceType SlbInstance; Huawei status ELB.' },
    IP_ADDRESS: { description: 'An IP address in a VPC: Alibaba InstanceType IpAddress.' },
    OTHER: { description: 'Any other target (e.g. Huawei status VPN); read providerType.' },
  },
});

/** A binding as resolvers see it: it remembers the EIP's partition to find its target. */
export type EipBindingView = EipBindingModel & { owner: Partition };

@ObjectType('EipBinding', { ...PLAIN_FIELDS, description: 'What an elastic IP is bound to.' })
export class EipBinding {
  @Field(() => EipBindingKind, { description: 'The normalized kind of target.' })
  kind!: BindingKindValue;

  @Field(() => String, { description: 'Native id of the target (ENI, instance, port, HaVip …): Alibaba InstanceId; Huawei port_id.' })
  targetId!: string;

  @Field(() => String, { description: "The provider's own word for the target type: Alibaba InstanceType; Huawei `port`, or the status ELB / VPN." })
  providerType!: string;

  @Field(() => String, { nullable: true, description: 'The private address the elastic IP maps to: Alibaba PrivateIpAddress; Huawei private_ip_address.' })
  privateIpAddress!: string | null;
}

@ObjectType('ElasticIp', { ...PLAIN_FIELDS, implements: [Node, ProviderResource], description: 'A public address: an Alibaba EIP or a Huawei publicip.' })
export class ElasticIp extends ProviderResource {
  @Field(() => String, { description: 'The public address: Alibaba IpAddress; Huawei public_ip_address, else public_ipv6_address.' })
  address!: string;

  @Field(() => ElasticIpStatus, { description: 'The normalized state: Alibaba Status; Huawei status.' })
  status!: StatusValue;

  @Field(() => Int, { nullable: true, description: 'Peak bandwidth in Mbit/s: Alibaba Bandwidth; Huawei bandwidth_size.' })
  bandwidthMbps!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Billing method: Alibaba InternetChargeType (PayByBandwidth or PayByTraffic); Huawei prePaid when profile is set (yearly/monthly), else postPaid.',
  })
  chargeType!: string | null;

  @Field(() => [Tag], { description: 'Alibaba Tags.Tag (Key/Value); empty on Huawei.' })
  tags!: TagModel[];

  @Field(() => String, { nullable: true, description: 'When it was allocated, ISO 8601: Alibaba AllocationTime; Huawei create_time (UTC).' })
  createdAt!: string | null;
}
