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

export const ElasticIpStatus = enumFrom(ELASTIC_IP_STATUSES);
registerEnumType(ElasticIpStatus, { name: 'ElasticIpStatus' });

export const EipBindingKind = enumFrom(EIP_BINDING_KINDS);
registerEnumType(EipBindingKind, { name: 'EipBindingKind' });

/** A binding as resolvers see it: it remembers the EIP's partition to find its target. */
export type EipBindingView = EipBindingModel & { owner: Partition };

@ObjectType('EipBinding', { description: 'What an elastic IP is bound to.' })
export class EipBinding {
  @Field(() => EipBindingKind)
  kind!: BindingKindValue;

  @Field(() => String, { description: 'Native id of the target (ENI, instance, port, HaVip …).' })
  targetId!: string;

  @Field(() => String, { description: 'The provider\'s own word for the target type (Alibaba InstanceType, Huawei port owner).' })
  providerType!: string;

  @Field(() => String, { nullable: true })
  privateIpAddress!: string | null;
}

@ObjectType('ElasticIp', { implements: [Node, ProviderResource], description: 'A public address: an Alibaba EIP or a Huawei publicip.' })
export class ElasticIp extends ProviderResource {
  @Field(() => String)
  address!: string;

  @Field(() => ElasticIpStatus)
  status!: StatusValue;

  @Field(() => Int, { nullable: true })
  bandwidthMbps!: number | null;

  @Field(() => String, { nullable: true })
  chargeType!: string | null;

  @Field(() => [Tag])
  tags!: TagModel[];

  @Field(() => String, { nullable: true, description: 'ISO 8601.' })
  createdAt!: string | null;
}
