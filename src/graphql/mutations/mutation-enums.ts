import { registerEnumType } from 'type-graphql';
import type { MutationEnumName } from '../../domain/mutations';
import { AddressFamily, RouteMode } from '../vif-peer/vif-peer.type';

/**
 * The GraphQL enums of the neutral values mutation inputs take (MUTATION_ENUMS in the domain).
 * GraphQL names are UPPER_SNAKE; the internal values are what adapters receive. AddressFamily and
 * RouteMode are the read model's own enums.
 */

/** The verbatim InstanceType values of AssociateEipAddress (seed 002). */
export const EipInstanceType = {
  NAT: 'Nat',
  SLB_INSTANCE: 'SlbInstance',
  ECS_INSTANCE: 'EcsInstance',
  NETWORK_INTERFACE: 'NetworkInterface',
  HA_VIP: 'HaVip',
  IP_ADDRESS: 'IpAddress',
} as const;
registerEnumType(EipInstanceType, {
  name: 'EipInstanceType',
  description: 'Alibaba InstanceType of AssociateEipAddress / UnassociateEipAddress.',
  valuesConfig: {
    NAT: { description: '`Nat`: NAT gateway' },
    SLB_INSTANCE: { description: '`SlbInstance`: CLB instance' },
    ECS_INSTANCE: { description: '`EcsInstance` (the provider default): ECS instance' },
    NETWORK_INTERFACE: { description: '`NetworkInterface`: secondary ENI' },
    HA_VIP: { description: '`HaVip`: HAVIP' },
    IP_ADDRESS: { description: '`IpAddress`: IP address' },
  },
});

export const EipAssociationMode = { NAT: 'NAT', MULTI_BINDED: 'MULTI_BINDED', BINDED: 'BINDED' } as const;
registerEnumType(EipAssociationMode, {
  name: 'EipAssociationMode',
  description: 'Alibaba Mode of AssociateEipAddress; only used when instanceType is NETWORK_INTERFACE.',
  valuesConfig: {
    NAT: { description: 'NAT mode (the provider default)' },
    MULTI_BINDED: { description: 'multi-EIP-to-ENI mode' },
    BINDED: { description: 'cut-network interface controller mode' },
  },
});

export const EipChargeMode = { PAY_BY_BANDWIDTH: 'PayByBandwidth', PAY_BY_TRAFFIC: 'PayByTraffic' } as const;
registerEnumType(EipChargeMode, {
  name: 'EipChargeMode',
  description: 'How an elastic IP\'s traffic is billed (Alibaba InternetChargeType; Huawei bandwidth.charge_mode).',
  valuesConfig: {
    PAY_BY_BANDWIDTH: { description: 'By peak bandwidth (Alibaba PayByBandwidth; Huawei bandwidth).' },
    PAY_BY_TRAFFIC: { description: 'By data transferred (Alibaba PayByTraffic; Huawei traffic).' },
  },
});

export const VirtualIpBindingMethod = { ECS_NIC: 'ECS_NIC', NEUTRON_ALLOWED_ADDRESS_PAIRS: 'NEUTRON_ALLOWED_ADDRESS_PAIRS' } as const;
registerEnumType(VirtualIpBindingMethod, {
  name: 'VirtualIpBindingMethod',
  description: 'Huawei: which API binds or unbinds a virtual IP on a NIC.',
  valuesConfig: {
    ECS_NIC: {
      description:
        'The ECS API of seed 000, PUT /v1/{project_id}/cloudservers/nics/{nic_id} (the default; Huawei lists it among its out-of-date APIs).',
    },
    NEUTRON_ALLOWED_ADDRESS_PAIRS: {
      description:
        'The NIC port\'s allowed_address_pairs through the Neutron-compatible PUT /v2.0/ports/{port_id}, as Terraform\'s huaweicloud_networking_vip_associate does.',
    },
  },
});

/** Each neutral enum's registered GraphQL enum object, by the name the descriptors use. */
export const MUTATION_ENUM_TYPES: Record<MutationEnumName, object> = {
  AddressFamily,
  RouteMode,
  EipInstanceType,
  EipAssociationMode,
  EipChargeMode,
  VirtualIpBindingMethod,
};
