import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ResourceFilter, TagFilter } from '../common/resource-filter';
import {
  EIP_ASSOCIATION_MODES,
  type EipAssociationMode as ModeValue,
  type EipInstanceType as InstanceTypeValue,
} from '../../domain/adapter';
import type { ElasticIpStatus as StatusValue } from '../../domain/resources';
import { enumFrom } from '../common/enum-values';
import { ResourceRefInput } from '../common/partition.input';
import { ElasticIpStatus } from './elastic-ip.type';

/** GraphQL names in UPPER_SNAKE; the internal values are the verbatim InstanceType values of seed 002. */
export const EipInstanceType = {
  NAT: 'Nat',
  SLB_INSTANCE: 'SlbInstance',
  ECS_INSTANCE: 'EcsInstance',
  NETWORK_INTERFACE: 'NetworkInterface',
  HA_VIP: 'HaVip',
  IP_ADDRESS: 'IpAddress',
} as const satisfies Record<string, InstanceTypeValue>;
registerEnumType(EipInstanceType, {
  name: 'EipInstanceType',
  description: 'InstanceType of AssociateEipAddress.',
  valuesConfig: {
    NAT: { description: '`Nat`: NAT gateway' },
    SLB_INSTANCE: { description: '`SlbInstance`: CLB instance' },
    ECS_INSTANCE: { description: '`EcsInstance` (default): ECS instance' },
    NETWORK_INTERFACE: { description: '`NetworkInterface`: secondary ENI' },
    HA_VIP: { description: '`HaVip`: HAVIP' },
    IP_ADDRESS: { description: '`IpAddress`: IP address' },
  },
});

export const EipAssociationMode = enumFrom(EIP_ASSOCIATION_MODES);
registerEnumType(EipAssociationMode, {
  name: 'EipAssociationMode',
  description: 'Mode of AssociateEipAddress; only used when instanceType is NETWORK_INTERFACE.',
  valuesConfig: {
    NAT: { description: 'NAT mode (default)' },
    MULTI_BINDED: { description: 'multi-EIP-to-ENI mode' },
    BINDED: { description: 'cut-network interface controller mode' },
  },
});

@InputType('ElasticIpFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class ElasticIpFilter extends ResourceFilter {
  @Field(() => [TagFilter], { nullable: true, description: 'Tags the resource carries, all of them (Alibaba ENIs: pushed down as Tag.N; otherwise applied by the gateway).' })
  tags?: TagFilter[] | null;

  @Field(() => [ElasticIpStatus], { nullable: true })
  statuses?: StatusValue[] | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Native id of the bound target (ENI, instance, port …).' })
  boundToId?: string | null;
}

@InputType('AssociateElasticIpInput', { description: 'Alibaba VPC AssociateEipAddress (seed 002). Asynchronous: the EIP is ASSOCIATING, then IN_USE.' })
export class AssociateElasticIpInput {
  @Field(() => ID, { nullable: true, description: 'Global id of the elastic IP (or give elasticIp).' })
  elasticIpId?: string | null;

  @Field(() => ResourceRefInput, { nullable: true, description: 'The elastic IP by provider, account, region and native id (AllocationId).' })
  elasticIp?: ResourceRefInput | null;

  @Field(() => String, { description: 'InstanceId: the NAT gateway, CLB instance, ECS instance, secondary ENI, HAVIP or IP address.' })
  instanceId!: string;

  @Field(() => EipInstanceType, { defaultValue: 'EcsInstance', description: 'InstanceType; required when the instance is not an ECS instance.' })
  instanceType!: InstanceTypeValue;

  @Field(() => String, { nullable: true, description: 'InstanceRegionId; only for an EIP added to a shared Global Accelerator instance.' })
  instanceRegionId?: string | null;

  @Field(() => String, { nullable: true, description: 'PrivateIpAddress in the vSwitch CIDR block; allocated by the system when unset.' })
  privateIpAddress?: string | null;

  @Field(() => EipAssociationMode, { nullable: true, description: 'Mode; only when instanceType is NETWORK_INTERFACE (provider default NAT).' })
  mode?: ModeValue | null;

  @Field(() => String, { nullable: true, description: 'VpcId; required when instanceType is IP_ADDRESS.' })
  vpcId?: string | null;

  @Field(() => String, { nullable: true, description: 'ClientToken: ASCII only, for idempotence.' })
  clientToken?: string | null;
}
