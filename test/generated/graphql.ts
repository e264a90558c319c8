/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddressFamily =
  | 'IPV4'
  | 'IPV6';

/** Alibaba ECS AssignPrivateIpAddresses (seed 003). */
export type AssignPrivateIpAddressesInput = {
  /** ClientToken: at most 64 ASCII characters, for idempotence. */
  clientToken?: string | null | undefined;
  /** The network interface by provider, account, region and native id. */
  networkInterface?: ResourceRefInput | null | undefined;
  /** Global id of the network interface (or give networkInterface). */
  networkInterfaceId?: string | number | null | undefined;
  /** PrivateIpAddress.N (N: 1 to 50 while Available); not together with secondaryPrivateIpAddressCount. */
  privateIpAddresses?: Array<string> | null | undefined;
  /** SecondaryPrivateIpAddressCount: addresses assigned automatically from the vSwitch CIDR block. */
  secondaryPrivateIpAddressCount?: number | null | undefined;
};

/** Alibaba VPC AssociateEipAddress (seed 002). Asynchronous: the EIP is ASSOCIATING, then IN_USE. */
export type AssociateElasticIpInput = {
  /** ClientToken: ASCII only, for idempotence. */
  clientToken?: string | null | undefined;
  /** The elastic IP by provider, account, region and native id (AllocationId). */
  elasticIp?: ResourceRefInput | null | undefined;
  /** Global id of the elastic IP (or give elasticIp). */
  elasticIpId?: string | number | null | undefined;
  /** InstanceId: the NAT gateway, CLB instance, ECS instance, secondary ENI, HAVIP or IP address. */
  instanceId: string;
  /** InstanceRegionId; only for an EIP added to a shared Global Accelerator instance. */
  instanceRegionId?: string | null | undefined;
  /** InstanceType; required when the instance is not an ECS instance. */
  instanceType?: EipInstanceType;
  /** Mode; only when instanceType is NETWORK_INTERFACE (provider default NAT). */
  mode?: EipAssociationMode | null | undefined;
  /** PrivateIpAddress in the vSwitch CIDR block; allocated by the system when unset. */
  privateIpAddress?: string | null | undefined;
  /** VpcId; required when instanceType is IP_ADDRESS. */
  vpcId?: string | null | undefined;
};

/** Huawei ECS "bind a virtual IP address to a NIC" (seed 000). */
export type BindVirtualIpInput = {
  /** ip_address: the virtual IP address to bind; assigned first if it is not yet. */
  ipAddress: string;
  /** The NIC by provider, account, region and native id (nic_id). */
  networkInterface?: ResourceRefInput | null | undefined;
  /** Global id of the network interface (NIC) to bind to (or give networkInterface). */
  networkInterfaceId?: string | number | null | undefined;
  /** reverse_binding: whether the NIC IP/MAC pair is added to the virtual IP's allowed_address_pairs. */
  reverseBinding?: boolean | null | undefined;
  /** subnet_id: the ID (UUID) of the network in the VPC of the target ECS. */
  subnetId: string;
};

/** Alibaba ECS CreateNetworkInterface (seed 004). */
export type CreateNetworkInterfaceInput = {
  /** ClientToken: at most 64 ASCII characters, for idempotence. */
  clientToken?: string | null | undefined;
  /** Description: 2 to 256 characters. Empty by default. */
  description?: string | null | undefined;
  /** NetworkInterfaceName: 2 to 128 characters, starts with a letter. Empty by default. */
  networkInterfaceName?: string | null | undefined;
  /** PrimaryIpAddress; assigned at random from the vSwitch CIDR block when unset. */
  primaryIpAddress?: string | null | undefined;
  /** PrivateIpAddress.N (N: 0 to 10) secondary addresses; not together with secondaryPrivateIpAddressCount. */
  privateIpAddresses?: Array<string> | null | undefined;
  /** QueueNumber: 1 to 2048. Empty by default. */
  queueNumber?: number | null | undefined;
  resourceGroupId?: string | null | undefined;
  /** SecondaryPrivateIpAddressCount: addresses ECS assigns automatically. */
  secondaryPrivateIpAddressCount?: number | null | undefined;
  /** SecurityGroupId; not together with securityGroupIds. */
  securityGroupId?: string | null | undefined;
  /** SecurityGroupIds.N; not together with securityGroupId. */
  securityGroupIds?: Array<string> | null | undefined;
  /** Tag.N (N: 1 to 20). */
  tags?: Array<TagInput> | null | undefined;
  /** Where to create the interface. */
  target: PartitionInput;
  /** VSwitchId: the vSwitch (subnet) whose CIDR block the addresses come from. */
  vSwitchId: string;
};

/** Huawei DCaaS "create a virtual interface peer" (seed 001). */
export type CreateVifPeerInput = {
  /** address_family: IPv4 or IPv6. */
  addressFamily: AddressFamily;
  /** bgp_asn: 1 to 4294967295. */
  bgpAsn?: number | null | undefined;
  /** bgp_md5: the MD5 password of the BGP peer. */
  bgpMd5?: string | null | undefined;
  /** description: 0 to 128 characters. */
  description?: string | null | undefined;
  /** local_gateway_ip: the cloud-side gateway address (CIDR notation, e.g. 5.5.5.1/30). */
  localGatewayIp: string;
  /** name: 0 to 64 characters. */
  name: string;
  /** remote_ep_group: CIDR blocks of the on-premises data center. */
  remoteEpGroup?: Array<string> | null | undefined;
  /** remote_gateway_ip: the on-premises gateway address (CIDR notation). */
  remoteGatewayIp: string;
  /** route_mode: static or bgp. */
  routeMode?: RouteMode | null | undefined;
  /** Where the virtual interface lives. */
  target: PartitionInput;
  /** vif_id: the virtual interface (36 characters). */
  vifId: string;
};

/** Mode of AssociateEipAddress; only used when instanceType is NETWORK_INTERFACE. */
export type EipAssociationMode =
  /** cut-network interface controller mode */
  | 'BINDED'
  /** multi-EIP-to-ENI mode */
  | 'MULTI_BINDED'
  /** NAT mode (default) */
  | 'NAT';

export type EipBindingKind =
  | 'INSTANCE'
  | 'IP_ADDRESS'
  | 'LOAD_BALANCER'
  | 'NAT_GATEWAY'
  | 'NETWORK_INTERFACE'
  | 'OTHER'
  | 'VIRTUAL_IP';

/** InstanceType of AssociateEipAddress. */
export type EipInstanceType =
  /** `EcsInstance` (default): ECS instance */
  | 'ECS_INSTANCE'
  /** `HaVip`: HAVIP */
  | 'HA_VIP'
  /** `IpAddress`: IP address */
  | 'IP_ADDRESS'
  /** `Nat`: NAT gateway */
  | 'NAT'
  /** `NetworkInterface`: secondary ENI */
  | 'NETWORK_INTERFACE'
  /** `SlbInstance`: CLB instance */
  | 'SLB_INSTANCE';

/** Lists mean "any of"; unset or empty matches everything. */
export type ElasticIpFilter = {
  accounts?: Array<string> | null | undefined;
  address?: string | null | undefined;
  /** Native id of the bound target (ENI, instance, port …). */
  boundToId?: string | null | undefined;
  /** Names starting with this (applied by the gateway). */
  namePrefix?: string | null | undefined;
  /** Native ids (pushed down to the provider). */
  nativeIds?: Array<string> | null | undefined;
  providers?: Array<Provider> | null | undefined;
  regions?: Array<string> | null | undefined;
  statuses?: Array<ElasticIpStatus> | null | undefined;
  /** Tags the resource carries, all of them (Alibaba ENIs: pushed down as Tag.N; otherwise applied by the gateway). */
  tags?: Array<TagFilter> | null | undefined;
};

export type ElasticIpStatus =
  | 'ASSOCIATING'
  | 'AVAILABLE'
  | 'CREATING'
  | 'ERROR'
  | 'FROZEN'
  | 'IN_USE'
  | 'RELEASING'
  | 'UNASSOCIATING'
  | 'UNKNOWN';

/** netplane's classification of errors; each value names the ProviderError type a code comes back as. */
export type ErrorCategory =
  | 'IDEMPOTENCY_MISMATCH'
  | 'INSUFFICIENT_CAPACITY'
  | 'INVALID_PARAMETER'
  | 'INVALID_RESOURCE_STATE'
  | 'PERMISSION_DENIED'
  | 'PROVIDER_UNAVAILABLE'
  | 'QUOTA_EXCEEDED'
  | 'RESOURCE_CONFLICT'
  | 'RESOURCE_NOT_FOUND'
  | 'THROTTLED'
  | 'UNKNOWN_PROVIDER_ERROR'
  | 'UNSUPPORTED_OPERATION';

/** A netplane mutation. */
export type MutationName =
  | 'ASSIGN_PRIVATE_IP_ADDRESSES'
  | 'ASSOCIATE_ELASTIC_IP'
  | 'BIND_VIRTUAL_IP'
  | 'CREATE_NETWORK_INTERFACE'
  | 'CREATE_VIF_PEER';

/** Lists mean "any of"; unset or empty matches everything. */
export type NetworkInterfaceFilter = {
  accounts?: Array<string> | null | undefined;
  /** The instance the interface is attached to. */
  instanceId?: string | null | undefined;
  /** A private IP address the interface carries. */
  ipAddress?: string | null | undefined;
  /** Names starting with this (applied by the gateway). */
  namePrefix?: string | null | undefined;
  /** Native ids (pushed down to the provider). */
  nativeIds?: Array<string> | null | undefined;
  providers?: Array<Provider> | null | undefined;
  regions?: Array<string> | null | undefined;
  statuses?: Array<NetworkInterfaceStatus> | null | undefined;
  subnetId?: string | null | undefined;
  /** Tags the resource carries, all of them (Alibaba ENIs: pushed down as Tag.N; otherwise applied by the gateway). */
  tags?: Array<TagFilter> | null | undefined;
  vpcId?: string | null | undefined;
};

export type NetworkInterfaceStatus =
  | 'ATTACHING'
  | 'AVAILABLE'
  | 'CREATING'
  | 'DELETING'
  | 'DETACHING'
  | 'DOWN'
  | 'IN_USE'
  | 'UNKNOWN';

export type NetworkInterfaceType =
  | 'PRIMARY'
  | 'SECONDARY';

/** One provider account in one region. */
export type PartitionInput = {
  account: string;
  provider: Provider;
  region: string;
};

/** A cloud provider netplane reaches. */
export type Provider =
  | 'ALIBABA'
  | 'HUAWEI';

/** Every documented error code of every provider catalog (and netplane's own), as enum values; each value's description holds the verbatim code. */
export type ProviderErrorCode =
  /** ALIBABA code `Abs.InvalidAccount.NotFound` */
  | 'ALIBABA_ABS_INVALID_ACCOUNT_NOT_FOUND'
  /** ALIBABA code `BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP` */
  | 'ALIBABA_BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP'
  /** ALIBABA code `BindInstance.NotSupported` */
  | 'ALIBABA_BIND_INSTANCE_NOT_SUPPORTED'
  /** ALIBABA code `BIND_INSTANCE_OWENER_ERROR` */
  | 'ALIBABA_BIND_INSTANCE_OWENER_ERROR'
  /** ALIBABA code `Duplicate.TagKey` */
  | 'ALIBABA_DUPLICATE_TAG_KEY'
  /** ALIBABA code `EipBindRemote.BackendRegionMustBeSingle` */
  | 'ALIBABA_EIP_BIND_REMOTE_BACKEND_REGION_MUST_BE_SINGLE'
  /** ALIBABA code `EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP` */
  | 'ALIBABA_EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP'
  /** ALIBABA code `Eni.Attached` */
  | 'ALIBABA_ENI_ATTACHED'
  /** ALIBABA code `Eni.HasSubIp` */
  | 'ALIBABA_ENI_HAS_SUB_IP'
  /** ALIBABA code `EniPerInstanceLimitExceeded` */
  | 'ALIBABA_ENI_PER_INSTANCE_LIMIT_EXCEEDED'
  /** ALIBABA code `Forbidden` */
  | 'ALIBABA_FORBIDDEN'
  /** ALIBABA code `Forbidden.EipCanNotBindGatgw` */
  | 'ALIBABA_FORBIDDEN_EIP_CAN_NOT_BIND_GATGW'
  /** ALIBABA code `Forbidden.FinancialLocked` */
  | 'ALIBABA_FORBIDDEN_FINANCIAL_LOCKED'
  /** ALIBABA code `Forbidden.InstanceBandwidthNotZero` */
  | 'ALIBABA_FORBIDDEN_INSTANCE_BANDWIDTH_NOT_ZERO'
  /** ALIBABA code `Forbidden.NotSupportRAM` */
  | 'ALIBABA_FORBIDDEN_NOT_SUPPORT_RAM'
  /** ALIBABA code `Forbidden.RAM` */
  | 'ALIBABA_FORBIDDEN_RAM'
  /** ALIBABA code `Forbidden.RegionId` */
  | 'ALIBABA_FORBIDDEN_REGION_ID'
  /** ALIBABA code `Forbidden.RegionNotFound` */
  | 'ALIBABA_FORBIDDEN_REGION_NOT_FOUND'
  /** ALIBABA code `Forbidden.SubUser` */
  | 'ALIBABA_FORBIDDEN_SUB_USER'
  /** ALIBABA code `IdempotentParameterMismatch` */
  | 'ALIBABA_IDEMPOTENT_PARAMETER_MISMATCH'
  /** ALIBABA code `IllegalParam.Mode` */
  | 'ALIBABA_ILLEGAL_PARAM_MODE'
  /** ALIBABA code `IllegalTimestamp` */
  | 'ALIBABA_ILLEGAL_TIMESTAMP'
  /** ALIBABA code `IncompleteSignature` */
  | 'ALIBABA_INCOMPLETE_SIGNATURE'
  /** ALIBABA code `IncorrectEipStatus` */
  | 'ALIBABA_INCORRECT_EIP_STATUS'
  /** ALIBABA code `IncorrectHaVipStatus` */
  | 'ALIBABA_INCORRECT_HA_VIP_STATUS'
  /** ALIBABA code `IncorrectInstanceStatus` */
  | 'ALIBABA_INCORRECT_INSTANCE_STATUS'
  /** ALIBABA code `IncorrectStatus` */
  | 'ALIBABA_INCORRECT_STATUS'
  /** ALIBABA code `IncorrectStatus.NatGateway` */
  | 'ALIBABA_INCORRECT_STATUS_NAT_GATEWAY'
  /** ALIBABA code `IncorrectVSwitchStatus` */
  | 'ALIBABA_INCORRECT_V_SWITCH_STATUS'
  /** ALIBABA code `INSTANCE_TYPE_NOT_SUPPORT` */
  | 'ALIBABA_INSTANCE_TYPE_NOT_SUPPORT'
  /** ALIBABA code `InstanceType.NotSupport` */
  | 'ALIBABA_INSTANCE_TYPE_NOT_SUPPORT_2'
  /** ALIBABA code `InsufficientBalance` */
  | 'ALIBABA_INSUFFICIENT_BALANCE'
  /** ALIBABA code `InternalError` */
  | 'ALIBABA_INTERNAL_ERROR'
  /** ALIBABA code `InvalidAccessKeyId.Inactive` */
  | 'ALIBABA_INVALID_ACCESS_KEY_ID_INACTIVE'
  /** ALIBABA code `InvalidAccessKeyId.NotFound` */
  | 'ALIBABA_INVALID_ACCESS_KEY_ID_NOT_FOUND'
  /** ALIBABA code `InvalidAction` */
  | 'ALIBABA_INVALID_ACTION'
  /** ALIBABA code `InvalidAction.Denied` */
  | 'ALIBABA_INVALID_ACTION_DENIED'
  /** ALIBABA code `InvalidAllocationId.NotFound` */
  | 'ALIBABA_INVALID_ALLOCATION_ID_NOT_FOUND'
  /** ALIBABA code `InvalidAssociation.Duplicated` */
  | 'ALIBABA_INVALID_ASSOCIATION_DUPLICATED'
  /** ALIBABA code `InvalidBandwidthPackageId.NotFound` */
  | 'ALIBABA_INVALID_BANDWIDTH_PACKAGE_ID_NOT_FOUND'
  /** ALIBABA code `InvalidBgpPeerId.NotFound` */
  | 'ALIBABA_INVALID_BGP_PEER_ID_NOT_FOUND'
  /** ALIBABA code `InvalidBindingStatus` */
  | 'ALIBABA_INVALID_BINDING_STATUS'
  /** ALIBABA code `Invalid.DirectEip.BindType` */
  | 'ALIBABA_INVALID_DIRECT_EIP_BIND_TYPE'
  /** ALIBABA code `InvalidEcsId.NotFound` */
  | 'ALIBABA_INVALID_ECS_ID_NOT_FOUND'
  /** ALIBABA code `InvalidEip.EipQuotaExceeded` */
  | 'ALIBABA_INVALID_EIP_EIP_QUOTA_EXCEEDED'
  /** ALIBABA code `InvalidEIPStatus.BizDisabled` */
  | 'ALIBABA_INVALID_EIP_STATUS_BIZ_DISABLED'
  /** ALIBABA code `InvalidEniId.Malformed` */
  | 'ALIBABA_INVALID_ENI_ID_MALFORMED'
  /** ALIBABA code `InvalidEniId.NotFound` */
  | 'ALIBABA_INVALID_ENI_ID_NOT_FOUND'
  /** ALIBABA code `Invalid.Function.NotSupported` */
  | 'ALIBABA_INVALID_FUNCTION_NOT_SUPPORTED'
  /** ALIBABA code `InvalidHaVipId.NotFound` */
  | 'ALIBABA_INVALID_HA_VIP_ID_NOT_FOUND'
  /** ALIBABA code `InvalidInstanceID.Malformed` */
  | 'ALIBABA_INVALID_INSTANCE_ID_MALFORMED'
  /** ALIBABA code `InvalidInstanceId.NotFound` */
  | 'ALIBABA_INVALID_INSTANCE_ID_NOT_FOUND'
  /** ALIBABA code `InvalidInstance.NotExist` */
  | 'ALIBABA_INVALID_INSTANCE_NOT_EXIST'
  /** ALIBABA code `InvalidInstanceType.ValueNotSupported` */
  | 'ALIBABA_INVALID_INSTANCE_TYPE_VALUE_NOT_SUPPORTED'
  /** ALIBABA code `InvalidInstanId.NotFound` */
  | 'ALIBABA_INVALID_INSTAN_ID_NOT_FOUND'
  /** ALIBABA code `InvalidIp.Address` */
  | 'ALIBABA_INVALID_IP_ADDRESS'
  /** ALIBABA code `InvalidIp.IpAssigned` */
  | 'ALIBABA_INVALID_IP_IP_ASSIGNED'
  /** ALIBABA code `InvalidIp.IpPrefixIllegal` */
  | 'ALIBABA_INVALID_IP_IP_PREFIX_ILLEGAL'
  /** ALIBABA code `InvalidIp.IpPrefixMaskIllegal` */
  | 'ALIBABA_INVALID_IP_IP_PREFIX_MASK_ILLEGAL'
  /** ALIBABA code `InvalidIp.IpPrefixMaskInvalid` */
  | 'ALIBABA_INVALID_IP_IP_PREFIX_MASK_INVALID'
  /** ALIBABA code `InvalidIp.IpPrefixMaskNotSame` */
  | 'ALIBABA_INVALID_IP_IP_PREFIX_MASK_NOT_SAME'
  /** ALIBABA code `InvalidIp.IpPrefixMustInReserveSegment` */
  | 'ALIBABA_INVALID_IP_IP_PREFIX_MUST_IN_RESERVE_SEGMENT'
  /** ALIBABA code `InvalidIp.IpPrefixNotAvailable` */
  | 'ALIBABA_INVALID_IP_IP_PREFIX_NOT_AVAILABLE'
  /** ALIBABA code `InvalidIp.IpPrefixNotStrict` */
  | 'ALIBABA_INVALID_IP_IP_PREFIX_NOT_STRICT'
  /** ALIBABA code `InvalidIp.IpRepeated` */
  | 'ALIBABA_INVALID_IP_IP_REPEATED'
  /** ALIBABA code `InvalidNexthop.DirectEni` */
  | 'ALIBABA_INVALID_NEXTHOP_DIRECT_ENI'
  /** ALIBABA code `InvalidNicOrVm.NotFound` */
  | 'ALIBABA_INVALID_NIC_OR_VM_NOT_FOUND'
  /** ALIBABA code `InvalidOperation.AvailabilityZoneMismatch` */
  | 'ALIBABA_INVALID_OPERATION_AVAILABILITY_ZONE_MISMATCH'
  /** ALIBABA code `InvalidOperation.DetachPrimaryEniNotAllowed` */
  | 'ALIBABA_INVALID_OPERATION_DETACH_PRIMARY_ENI_NOT_ALLOWED'
  /** ALIBABA code `InvalidOperation.EniServiceManaged` */
  | 'ALIBABA_INVALID_OPERATION_ENI_SERVICE_MANAGED'
  /** ALIBABA code `InvalidOperation.InvalidEcsState` */
  | 'ALIBABA_INVALID_OPERATION_INVALID_ECS_STATE'
  /** ALIBABA code `InvalidOperation.InvalidEniState` */
  | 'ALIBABA_INVALID_OPERATION_INVALID_ENI_STATE'
  /** ALIBABA code `InvalidOperation.InvalidEniType` */
  | 'ALIBABA_INVALID_OPERATION_INVALID_ENI_TYPE'
  /** ALIBABA code `InvalidOperation.Ipv4CountExceeded` */
  | 'ALIBABA_INVALID_OPERATION_IPV4_COUNT_EXCEEDED'
  /** ALIBABA code `InvalidOperation.RegionNotSupportIpPrefix` */
  | 'ALIBABA_INVALID_OPERATION_REGION_NOT_SUPPORT_IP_PREFIX'
  /** ALIBABA code `InvalidOperation.Unsupported` */
  | 'ALIBABA_INVALID_OPERATION_UNSUPPORTED'
  /** ALIBABA code `InvalidOperation.VpcMismatch` */
  | 'ALIBABA_INVALID_OPERATION_VPC_MISMATCH'
  /** ALIBABA code `InvalidOperation.VSwitchCidrReservationNotExist` */
  | 'ALIBABA_INVALID_OPERATION_V_SWITCH_CIDR_RESERVATION_NOT_EXIST'
  /** ALIBABA code `InvalidParameter` */
  | 'ALIBABA_INVALID_PARAMETER'
  /** ALIBABA code `InvalidParameter.BindingInstanceRegion` */
  | 'ALIBABA_INVALID_PARAMETER_BINDING_INSTANCE_REGION'
  /** ALIBABA code `InvalidParameter.Conflict` */
  | 'ALIBABA_INVALID_PARAMETER_CONFLICT'
  /** ALIBABA code `InvalidParameter.EniInstanceId` */
  | 'ALIBABA_INVALID_PARAMETER_ENI_INSTANCE_ID'
  /** ALIBABA code `InvalidParameter.InstanceTypeNotSupport` */
  | 'ALIBABA_INVALID_PARAMETER_INSTANCE_TYPE_NOT_SUPPORT'
  /** ALIBABA code `InvalidParameter.Mismatch` */
  | 'ALIBABA_INVALID_PARAMETER_MISMATCH'
  /** ALIBABA code `InvalidParams.NotFound` */
  | 'ALIBABA_INVALID_PARAMS_NOT_FOUND'
  /** ALIBABA code `InvalidPrivateIpAddress.Duplicated` */
  | 'ALIBABA_INVALID_PRIVATE_IP_ADDRESS_DUPLICATED'
  /** ALIBABA code `InvalidPrivateIpAddress.Malformed` */
  | 'ALIBABA_INVALID_PRIVATE_IP_ADDRESS_MALFORMED'
  /** ALIBABA code `InvalidRegionId.NotFound` */
  | 'ALIBABA_INVALID_REGION_ID_NOT_FOUND'
  /** ALIBABA code `InvalidResourceGroup.NotFound` */
  | 'ALIBABA_INVALID_RESOURCE_GROUP_NOT_FOUND'
  /** ALIBABA code `InvalidSecondaryPrivateIpAddressCount.Malformed` */
  | 'ALIBABA_INVALID_SECONDARY_PRIVATE_IP_ADDRESS_COUNT_MALFORMED'
  /** ALIBABA code `InvalidSecurityGroupId.NotFound` */
  | 'ALIBABA_INVALID_SECURITY_GROUP_ID_NOT_FOUND'
  /** ALIBABA code `InvalidSecurityGroupId.NotVpc` */
  | 'ALIBABA_INVALID_SECURITY_GROUP_ID_NOT_VPC'
  /** ALIBABA code `InvalidStatus.EcsStatusNotSupport` */
  | 'ALIBABA_INVALID_STATUS_ECS_STATUS_NOT_SUPPORT'
  /** ALIBABA code `InvalidStatus.EniStatusNotSupport` */
  | 'ALIBABA_INVALID_STATUS_ENI_STATUS_NOT_SUPPORT'
  /** ALIBABA code `InvalidStatus.InstanceHasBandWidth` */
  | 'ALIBABA_INVALID_STATUS_INSTANCE_HAS_BAND_WIDTH'
  /** ALIBABA code `InvalidStatus.NotAllow` */
  | 'ALIBABA_INVALID_STATUS_NOT_ALLOW'
  /** ALIBABA code `InvalidTagKey.Malformed` */
  | 'ALIBABA_INVALID_TAG_KEY_MALFORMED'
  /** ALIBABA code `InvalidTagValue.Malformed` */
  | 'ALIBABA_INVALID_TAG_VALUE_MALFORMED'
  /** ALIBABA code `InvalidTimeStamp.Expired` */
  | 'ALIBABA_INVALID_TIME_STAMP_EXPIRED'
  /** ALIBABA code `InvalidUserType.NotSupported` */
  | 'ALIBABA_INVALID_USER_TYPE_NOT_SUPPORTED'
  /** ALIBABA code `InvalidVbrId.NotFound` */
  | 'ALIBABA_INVALID_VBR_ID_NOT_FOUND'
  /** ALIBABA code `InvalidVSwitchId.IpInvalid` */
  | 'ALIBABA_INVALID_V_SWITCH_ID_IP_INVALID'
  /** ALIBABA code `InvalidVSwitchId.IpNotEnough` */
  | 'ALIBABA_INVALID_V_SWITCH_ID_IP_NOT_ENOUGH'
  /** ALIBABA code `InvalidVSwitchId.IpPrefixNotEnough` */
  | 'ALIBABA_INVALID_V_SWITCH_ID_IP_PREFIX_NOT_ENOUGH'
  /** ALIBABA code `InvalidVSwitchId.NotFound` */
  | 'ALIBABA_INVALID_V_SWITCH_ID_NOT_FOUND'
  /** ALIBABA code `LastTokenProcessing` */
  | 'ALIBABA_LAST_TOKEN_PROCESSING'
  /** ALIBABA code `MaxEniCountExceeded` */
  | 'ALIBABA_MAX_ENI_COUNT_EXCEEDED'
  /** ALIBABA code `MaxEniPrivateIpsCountExceeded` */
  | 'ALIBABA_MAX_ENI_PRIVATE_IPS_COUNT_EXCEEDED'
  /** ALIBABA code `MissingParameter` */
  | 'ALIBABA_MISSING_PARAMETER'
  /** ALIBABA code `Mode.Conflict` */
  | 'ALIBABA_MODE_CONFLICT'
  /** ALIBABA code `Mode.NotSupport` */
  | 'ALIBABA_MODE_NOT_SUPPORT'
  /** ALIBABA code `NATGATEWAY_FINANCIALLOCKED` */
  | 'ALIBABA_NATGATEWAY_FINANCIALLOCKED'
  /** ALIBABA code `NoSuchVersion` */
  | 'ALIBABA_NO_SUCH_VERSION'
  /** ALIBABA code `Operation.Conflict` */
  | 'ALIBABA_OPERATION_CONFLICT'
  /** ALIBABA code `OperationConflict` */
  | 'ALIBABA_OPERATION_CONFLICT_2'
  /** ALIBABA code `OperationDenied` */
  | 'ALIBABA_OPERATION_DENIED'
  /** ALIBABA code `OperationDenied.CloudBoxResourceExist` */
  | 'ALIBABA_OPERATION_DENIED_CLOUD_BOX_RESOURCE_EXIST'
  /** ALIBABA code `OperationDenied.CloudBoxVSwitchExist` */
  | 'ALIBABA_OPERATION_DENIED_CLOUD_BOX_V_SWITCH_EXIST'
  /** ALIBABA code `OperationDenied.Ipv4GatewayExist` */
  | 'ALIBABA_OPERATION_DENIED_IPV4_GATEWAY_EXIST'
  /** ALIBABA code `OperationDenied.L2EipBindIpAddress` */
  | 'ALIBABA_OPERATION_DENIED_L2_EIP_BIND_IP_ADDRESS'
  /** ALIBABA code `OperationDenied.NoAvailablePrivateIp` */
  | 'ALIBABA_OPERATION_DENIED_NO_AVAILABLE_PRIVATE_IP'
  /** ALIBABA code `OperationDenied.Unauthorized` */
  | 'ALIBABA_OPERATION_DENIED_UNAUTHORIZED'
  /** ALIBABA code `OperationDenied.UnsupportedEipBindMode` */
  | 'ALIBABA_OPERATION_DENIED_UNSUPPORTED_EIP_BIND_MODE'
  /** ALIBABA code `OperationDenied.VpcIpv4GatewayEnabled` */
  | 'ALIBABA_OPERATION_DENIED_VPC_IPV4_GATEWAY_ENABLED'
  /** ALIBABA code `OperationFailed.EcsMigrating` */
  | 'ALIBABA_OPERATION_FAILED_ECS_MIGRATING'
  /** ALIBABA code `OperationFailed.EipBindModeConflict` */
  | 'ALIBABA_OPERATION_FAILED_EIP_BIND_MODE_CONFLICT'
  /** ALIBABA code `OperationFailed.EniSubIp` */
  | 'ALIBABA_OPERATION_FAILED_ENI_SUB_IP'
  /** ALIBABA code `OperationFailed.HavipBoundPortmap` */
  | 'ALIBABA_OPERATION_FAILED_HAVIP_BOUND_PORTMAP'
  /** ALIBABA code `OperationFailed.InstanceNotExist` */
  | 'ALIBABA_OPERATION_FAILED_INSTANCE_NOT_EXIST'
  /** ALIBABA code `OperationFailed.Ipv4GatewayNotActivatedInVpc` */
  | 'ALIBABA_OPERATION_FAILED_IPV4_GATEWAY_NOT_ACTIVATED_IN_VPC'
  /** ALIBABA code `OperationFailed.Ipv4GatewayNotOpenedInVpc` */
  | 'ALIBABA_OPERATION_FAILED_IPV4_GATEWAY_NOT_OPENED_IN_VPC'
  /** ALIBABA code `OperationFailed.IpPrefixConflict` */
  | 'ALIBABA_OPERATION_FAILED_IP_PREFIX_CONFLICT'
  /** ALIBABA code `OperationFailed.LastTokenProcessing` */
  | 'ALIBABA_OPERATION_FAILED_LAST_TOKEN_PROCESSING'
  /** ALIBABA code `OperationFailed.QueryCommodityInfo` */
  | 'ALIBABA_OPERATION_FAILED_QUERY_COMMODITY_INFO'
  /** ALIBABA code `OperationFailed.SystemBusy` */
  | 'ALIBABA_OPERATION_FAILED_SYSTEM_BUSY'
  /** ALIBABA code `OperationUnsupported.EipBindModel` */
  | 'ALIBABA_OPERATION_UNSUPPORTED_EIP_BIND_MODEL'
  /** ALIBABA code `OperationUnsupported.MultiIp` */
  | 'ALIBABA_OPERATION_UNSUPPORTED_MULTI_IP'
  /** ALIBABA code `QuotaExceeded.NumberOfEip` */
  | 'ALIBABA_QUOTA_EXCEEDED_NUMBER_OF_EIP'
  /** ALIBABA code `QuotaExceeded.NumberOfTrafficEip` */
  | 'ALIBABA_QUOTA_EXCEEDED_NUMBER_OF_TRAFFIC_EIP'
  /** ALIBABA code `QuotaExceeded.PrivateIpAddress` */
  | 'ALIBABA_QUOTA_EXCEEDED_PRIVATE_IP_ADDRESS'
  /** ALIBABA code `QuotaExceed.MultiBindedEip` */
  | 'ALIBABA_QUOTA_EXCEED_MULTI_BINDED_EIP'
  /** ALIBABA code `QuotaExceed.Tags` */
  | 'ALIBABA_QUOTA_EXCEED_TAGS'
  /** ALIBABA code `ResourceAlreadyAssociated.IpAddress` */
  | 'ALIBABA_RESOURCE_ALREADY_ASSOCIATED_IP_ADDRESS'
  /** ALIBABA code `ResourceQueryError` */
  | 'ALIBABA_RESOURCE_QUERY_ERROR'
  /** ALIBABA code `SecurityGroupInstanceLimitExceed` */
  | 'ALIBABA_SECURITY_GROUP_INSTANCE_LIMIT_EXCEED'
  /** ALIBABA code `ServerRegion.Invalid` */
  | 'ALIBABA_SERVER_REGION_INVALID'
  /** ALIBABA code `ServiceUnavailable` */
  | 'ALIBABA_SERVICE_UNAVAILABLE'
  /** ALIBABA code `SignatureDoesNotMatch` */
  | 'ALIBABA_SIGNATURE_DOES_NOT_MATCH'
  /** ALIBABA code `SignatureNonceUsed` */
  | 'ALIBABA_SIGNATURE_NONCE_USED'
  /** ALIBABA code `SystemBusy` */
  | 'ALIBABA_SYSTEM_BUSY'
  /** ALIBABA code `TaskConflict` */
  | 'ALIBABA_TASK_CONFLICT'
  /** ALIBABA code `Throttling` */
  | 'ALIBABA_THROTTLING'
  /** ALIBABA code `Throttling.User` */
  | 'ALIBABA_THROTTLING_USER'
  /** ALIBABA code `UnsupportedFeature.EipBindIpAddress` */
  | 'ALIBABA_UNSUPPORTED_FEATURE_EIP_BIND_IP_ADDRESS'
  /** ALIBABA code `UnsupportedFeature.EipBindPrefixIp` */
  | 'ALIBABA_UNSUPPORTED_FEATURE_EIP_BIND_PREFIX_IP'
  /** ALIBABA code `UnsupportedOperation` */
  | 'ALIBABA_UNSUPPORTED_OPERATION'
  /** ALIBABA code `UnsupportedParameter` */
  | 'ALIBABA_UNSUPPORTED_PARAMETER'
  /** ALIBABA code `UnsupportedRegion` */
  | 'ALIBABA_UNSUPPORTED_REGION'
  /** ALIBABA code `VPC_TASK_CONFLICT` */
  | 'ALIBABA_VPC_TASK_CONFLICT'
  /** HUAWEI code `APIGW.0101` */
  | 'HUAWEI_APIGW_0101'
  /** HUAWEI code `APIGW.0103` */
  | 'HUAWEI_APIGW_0103'
  /** HUAWEI code `APIGW.0104` */
  | 'HUAWEI_APIGW_0104'
  /** HUAWEI code `APIGW.0105` */
  | 'HUAWEI_APIGW_0105'
  /** HUAWEI code `APIGW.0106` */
  | 'HUAWEI_APIGW_0106'
  /** HUAWEI code `APIGW.0201` */
  | 'HUAWEI_APIGW_0201'
  /** HUAWEI code `APIGW.0301` */
  | 'HUAWEI_APIGW_0301'
  /** HUAWEI code `APIGW.0302` */
  | 'HUAWEI_APIGW_0302'
  /** HUAWEI code `APIGW.0303` */
  | 'HUAWEI_APIGW_0303'
  /** HUAWEI code `APIGW.0304` */
  | 'HUAWEI_APIGW_0304'
  /** HUAWEI code `APIGW.0305` */
  | 'HUAWEI_APIGW_0305'
  /** HUAWEI code `APIGW.0306` */
  | 'HUAWEI_APIGW_0306'
  /** HUAWEI code `APIGW.0307` */
  | 'HUAWEI_APIGW_0307'
  /** HUAWEI code `APIGW.0308` */
  | 'HUAWEI_APIGW_0308'
  /** HUAWEI code `APIGW.0310` */
  | 'HUAWEI_APIGW_0310'
  /** HUAWEI code `APIGW.0311` */
  | 'HUAWEI_APIGW_0311'
  /** HUAWEI code `APIGW.0401` */
  | 'HUAWEI_APIGW_0401'
  /** HUAWEI code `APIGW.0402` */
  | 'HUAWEI_APIGW_0402'
  /** HUAWEI code `APIGW.0404` */
  | 'HUAWEI_APIGW_0404'
  /** HUAWEI code `APIGW.0501` */
  | 'HUAWEI_APIGW_0501'
  /** HUAWEI code `APIGW.0502` */
  | 'HUAWEI_APIGW_0502'
  /** HUAWEI code `APIGW.0601` */
  | 'HUAWEI_APIGW_0601'
  /** HUAWEI code `APIGW.0602` */
  | 'HUAWEI_APIGW_0602'
  /** HUAWEI code `APIGW.0605` */
  | 'HUAWEI_APIGW_0605'
  /** HUAWEI code `APIGW.0606` */
  | 'HUAWEI_APIGW_0606'
  /** HUAWEI code `APIGW.0607` */
  | 'HUAWEI_APIGW_0607'
  /** HUAWEI code `APIGW.0608` */
  | 'HUAWEI_APIGW_0608'
  /** HUAWEI code `APIGW.0609` */
  | 'HUAWEI_APIGW_0609'
  /** HUAWEI code `APIGW.0610` */
  | 'HUAWEI_APIGW_0610'
  /** HUAWEI code `APIGW.0611` */
  | 'HUAWEI_APIGW_0611'
  /** HUAWEI code `APIGW.0612` */
  | 'HUAWEI_APIGW_0612'
  /** HUAWEI code `APIGW.0613` */
  | 'HUAWEI_APIGW_0613'
  /** HUAWEI code `APIGW.0705` */
  | 'HUAWEI_APIGW_0705'
  /** HUAWEI code `APIGW.0801` */
  | 'HUAWEI_APIGW_0801'
  /** HUAWEI code `APIGW.0802` */
  | 'HUAWEI_APIGW_0802'
  /** HUAWEI code `Common.0001` */
  | 'HUAWEI_COMMON_0001'
  /** HUAWEI code `Common.0002` */
  | 'HUAWEI_COMMON_0002'
  /** HUAWEI code `Common.0011` */
  | 'HUAWEI_COMMON_0011'
  /** HUAWEI code `Common.0013` */
  | 'HUAWEI_COMMON_0013'
  /** HUAWEI code `Common.0018` */
  | 'HUAWEI_COMMON_0018'
  /** HUAWEI code `Common.0024` */
  | 'HUAWEI_COMMON_0024'
  /** HUAWEI code `Common.1503` */
  | 'HUAWEI_COMMON_1503'
  /** HUAWEI code `DC.0000` */
  | 'HUAWEI_DC_0000'
  /** HUAWEI code `DC.0001` */
  | 'HUAWEI_DC_0001'
  /** HUAWEI code `DC.0002` */
  | 'HUAWEI_DC_0002'
  /** HUAWEI code `DC.0003` */
  | 'HUAWEI_DC_0003'
  /** HUAWEI code `DC.0004` */
  | 'HUAWEI_DC_0004'
  /** HUAWEI code `DC.0005` */
  | 'HUAWEI_DC_0005'
  /** HUAWEI code `DC.0006` */
  | 'HUAWEI_DC_0006'
  /** HUAWEI code `DC.0007` */
  | 'HUAWEI_DC_0007'
  /** HUAWEI code `DC.0008` */
  | 'HUAWEI_DC_0008'
  /** HUAWEI code `DC.0009` */
  | 'HUAWEI_DC_0009'
  /** HUAWEI code `DC.0010` */
  | 'HUAWEI_DC_0010'
  /** HUAWEI code `DC.0011` */
  | 'HUAWEI_DC_0011'
  /** HUAWEI code `DC.0012` */
  | 'HUAWEI_DC_0012'
  /** HUAWEI code `DC.0013` */
  | 'HUAWEI_DC_0013'
  /** HUAWEI code `DC.1005` */
  | 'HUAWEI_DC_1005'
  /** HUAWEI code `DC.1012` */
  | 'HUAWEI_DC_1012'
  /** HUAWEI code `DC.1015` */
  | 'HUAWEI_DC_1015'
  /** HUAWEI code `Ecs.0003` */
  | 'HUAWEI_ECS_0003'
  /** HUAWEI code `Ecs.0004` */
  | 'HUAWEI_ECS_0004'
  /** HUAWEI code `Ecs.0005` */
  | 'HUAWEI_ECS_0005'
  /** HUAWEI code `Ecs.0010` */
  | 'HUAWEI_ECS_0010'
  /** HUAWEI code `Ecs.0012` */
  | 'HUAWEI_ECS_0012'
  /** HUAWEI code `Ecs.0014` */
  | 'HUAWEI_ECS_0014'
  /** HUAWEI code `Ecs.0023` */
  | 'HUAWEI_ECS_0023'
  /** HUAWEI code `Ecs.0038` */
  | 'HUAWEI_ECS_0038'
  /** HUAWEI code `Ecs.0039` */
  | 'HUAWEI_ECS_0039'
  /** HUAWEI code `Ecs.0064` */
  | 'HUAWEI_ECS_0064'
  /** HUAWEI code `Ecs.0100` */
  | 'HUAWEI_ECS_0100'
  /** HUAWEI code `Ecs.0106` */
  | 'HUAWEI_ECS_0106'
  /** HUAWEI code `Ecs.0110` */
  | 'HUAWEI_ECS_0110'
  /** HUAWEI code `Ecs.0114` */
  | 'HUAWEI_ECS_0114'
  /** HUAWEI code `Ecs.0210` */
  | 'HUAWEI_ECS_0210'
  /** HUAWEI code `Ecs.0212` */
  | 'HUAWEI_ECS_0212'
  /** HUAWEI code `Ecs.0213` */
  | 'HUAWEI_ECS_0213'
  /** HUAWEI code `Ecs.0307` */
  | 'HUAWEI_ECS_0307'
  /** HUAWEI code `Ecs.0603` */
  | 'HUAWEI_ECS_0603'
  /** HUAWEI code `Ecs.0614` */
  | 'HUAWEI_ECS_0614'
  /** HUAWEI code `Ecs.1200` */
  | 'HUAWEI_ECS_1200'
  /** HUAWEI code `Ecs.1201` */
  | 'HUAWEI_ECS_1201'
  /** HUAWEI code `Pdp.0001` */
  | 'HUAWEI_PDP_0001'
  /** HUAWEI code `VPC.0002` */
  | 'HUAWEI_VPC_0002'
  /** HUAWEI code `VPC.0003` */
  | 'HUAWEI_VPC_0003'
  /** HUAWEI code `VPC.0004` */
  | 'HUAWEI_VPC_0004'
  /** HUAWEI code `VPC.0005` */
  | 'HUAWEI_VPC_0005'
  /** HUAWEI code `VPC.0007` */
  | 'HUAWEI_VPC_0007'
  /** HUAWEI code `VPC.0008` */
  | 'HUAWEI_VPC_0008'
  /** HUAWEI code `VPC.0009` */
  | 'HUAWEI_VPC_0009'
  /** HUAWEI code `VPC.0501` */
  | 'HUAWEI_VPC_0501'
  /** HUAWEI code `VPC.0502` */
  | 'HUAWEI_VPC_0502'
  /** HUAWEI code `VPC.0504` */
  | 'HUAWEI_VPC_0504'
  /** HUAWEI code `VPC.0508` */
  | 'HUAWEI_VPC_0508'
  /** HUAWEI code `VPC.0510` */
  | 'HUAWEI_VPC_0510'
  /** HUAWEI code `VPC.2701` */
  | 'HUAWEI_VPC_2701'
  /** netplane code `netplane.AmbiguousTarget` */
  | 'NETPLANE_AMBIGUOUS_TARGET'
  /** netplane code `netplane.InvalidInput` */
  | 'NETPLANE_INVALID_INPUT'
  /** netplane code `netplane.MalformedId` */
  | 'NETPLANE_MALFORMED_ID'
  /** netplane code `netplane.PartitionNotConfigured` */
  | 'NETPLANE_PARTITION_NOT_CONFIGURED'
  /** netplane code `netplane.UnsupportedOperation` */
  | 'NETPLANE_UNSUPPORTED_OPERATION'
  /** netplane code `netplane.WrongIdType` */
  | 'NETPLANE_WRONG_ID_TYPE';

/** A resource named by where it lives and its provider-native id. */
export type ResourceRefInput = {
  account: string;
  nativeId: string;
  provider: Provider;
  region: string;
};

export type RouteMode =
  | 'BGP'
  | 'STATIC';

/** A tag the resource must carry: the key, and the value when given. */
export type TagFilter = {
  key: string;
  /** Unset: any value. */
  value?: string | null | undefined;
};

export type TagInput = {
  key: string;
  value?: string;
};

/** Lists mean "any of"; unset or empty matches everything. */
export type VifPeerFilter = {
  accounts?: Array<string> | null | undefined;
  /** Names starting with this (applied by the gateway). */
  namePrefix?: string | null | undefined;
  /** Native ids (pushed down to the provider). */
  nativeIds?: Array<string> | null | undefined;
  providers?: Array<Provider> | null | undefined;
  regions?: Array<string> | null | undefined;
  statuses?: Array<VifPeerStatus> | null | undefined;
  /** Native id of the virtual interface. */
  virtualInterfaceId?: string | null | undefined;
};

export type VifPeerStatus =
  | 'ACTIVE'
  | 'CREATING'
  | 'DELETED'
  | 'DELETING'
  | 'DOWN'
  | 'ERROR'
  | 'UNKNOWN'
  | 'UPDATING';

/** Lists mean "any of"; unset or empty matches everything. */
export type VirtualInterfaceFilter = {
  accounts?: Array<string> | null | undefined;
  /** Names starting with this (applied by the gateway). */
  namePrefix?: string | null | undefined;
  /** Native ids (pushed down to the provider). */
  nativeIds?: Array<string> | null | undefined;
  providers?: Array<Provider> | null | undefined;
  regions?: Array<string> | null | undefined;
  statuses?: Array<VirtualInterfaceStatus> | null | undefined;
};

export type VirtualInterfaceStatus =
  | 'ACTIVE'
  | 'CREATING'
  | 'DELETED'
  | 'DELETING'
  | 'DOWN'
  | 'ERROR'
  | 'PENDING_APPROVAL'
  | 'REJECTED'
  | 'UNKNOWN'
  | 'UPDATING';

/** Lists mean "any of"; unset or empty matches everything. */
export type VirtualIpFilter = {
  accounts?: Array<string> | null | undefined;
  address?: string | null | undefined;
  /** Names starting with this (applied by the gateway). */
  namePrefix?: string | null | undefined;
  /** Native ids (pushed down to the provider). */
  nativeIds?: Array<string> | null | undefined;
  providers?: Array<Provider> | null | undefined;
  regions?: Array<string> | null | undefined;
  statuses?: Array<VirtualIpStatus> | null | undefined;
  subnetId?: string | null | undefined;
  /** Tags the resource carries, all of them (Alibaba ENIs: pushed down as Tag.N; otherwise applied by the gateway). */
  tags?: Array<TagFilter> | null | undefined;
  vpcId?: string | null | undefined;
};

export type VirtualIpStatus =
  | 'ASSOCIATING'
  | 'AVAILABLE'
  | 'CREATING'
  | 'DELETING'
  | 'IN_USE'
  | 'UNASSOCIATING'
  | 'UNKNOWN';

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'ElasticIp', nativeId: string, provider: Provider, account: string, region: string, address: string, id: string, elasticIpStatus: ElasticIpStatus }
    | { __typename: 'NetworkInterface', nativeId: string, provider: Provider, account: string, region: string, id: string, networkInterfaceStatus: NetworkInterfaceStatus }
    | { __typename: 'VifPeer', nativeId: string, provider: Provider, account: string, region: string, id: string, vifPeerStatus: VifPeerStatus }
    | { __typename: 'VirtualInterface', nativeId: string, provider: Provider, account: string, region: string, id: string, virtualInterfaceStatus: VirtualInterfaceStatus }
    | { __typename: 'VirtualIp', nativeId: string, provider: Provider, account: string, region: string, address: string, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'ElasticIp', nativeId: string, id: string }
    | { __typename: 'NetworkInterface', nativeId: string, id: string }
    | { __typename: 'VifPeer', nativeId: string, id: string }
    | { __typename: 'VirtualInterface', nativeId: string, id: string }
    | { __typename: 'VirtualIp', nativeId: string, id: string }
   | null> };

export type ErrorCatalogQueryVariables = Exact<{
  mutation: MutationName;
}>;


export type ErrorCatalogQuery = { errorCatalog: Array<{ provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number, message: string, description: string | null, category: ErrorCategory, retryable: boolean, common: boolean }> };

export type FleetDashboardQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type FleetDashboardQuery = { networkInterfaces: { totalCount: number, partitions: Array<{ provider: Provider, account: string, region: string, ok: boolean, error:
        | { __typename: 'IdempotencyMismatch', code: string, retryable: boolean }
        | { __typename: 'InsufficientCapacity', code: string, retryable: boolean }
        | { __typename: 'InvalidParameter', code: string, retryable: boolean }
        | { __typename: 'InvalidResourceState', code: string, retryable: boolean }
        | { __typename: 'PermissionDenied', code: string, retryable: boolean }
        | { __typename: 'ProviderUnavailable', code: string, retryable: boolean }
        | { __typename: 'QuotaExceeded', code: string, retryable: boolean }
        | { __typename: 'ResourceConflict', code: string, retryable: boolean }
        | { __typename: 'ResourceNotFound', code: string, retryable: boolean }
        | { __typename: 'Throttled', code: string, retryable: boolean }
        | { __typename: 'UnknownProviderError', code: string, retryable: boolean }
        | { __typename: 'UnsupportedOperation', code: string, retryable: boolean }
       | null }>, edges: Array<{ node: { id: string, provider: Provider, account: string, region: string, nativeId: string, status: NetworkInterfaceStatus, primaryIp: string | null, virtualIps: Array<{ nativeId: string, address: string }> | null, elasticIps: Array<{ nativeId: string, address: string }> | null } }> }, virtualIps: { totalCount: number, partitions: Array<{ provider: Provider, account: string, region: string, ok: boolean, error:
        | { __typename: 'IdempotencyMismatch', code: string, retryable: boolean }
        | { __typename: 'InsufficientCapacity', code: string, retryable: boolean }
        | { __typename: 'InvalidParameter', code: string, retryable: boolean }
        | { __typename: 'InvalidResourceState', code: string, retryable: boolean }
        | { __typename: 'PermissionDenied', code: string, retryable: boolean }
        | { __typename: 'ProviderUnavailable', code: string, retryable: boolean }
        | { __typename: 'QuotaExceeded', code: string, retryable: boolean }
        | { __typename: 'ResourceConflict', code: string, retryable: boolean }
        | { __typename: 'ResourceNotFound', code: string, retryable: boolean }
        | { __typename: 'Throttled', code: string, retryable: boolean }
        | { __typename: 'UnknownProviderError', code: string, retryable: boolean }
        | { __typename: 'UnsupportedOperation', code: string, retryable: boolean }
       | null }>, edges: Array<{ node: { id: string, provider: Provider, account: string, region: string, nativeId: string, address: string, status: VirtualIpStatus, networkInterfaces: Array<{ nativeId: string }> | null } }> }, elasticIps: { totalCount: number, partitions: Array<{ provider: Provider, account: string, region: string, ok: boolean, error:
        | { __typename: 'IdempotencyMismatch', code: string, retryable: boolean }
        | { __typename: 'InsufficientCapacity', code: string, retryable: boolean }
        | { __typename: 'InvalidParameter', code: string, retryable: boolean }
        | { __typename: 'InvalidResourceState', code: string, retryable: boolean }
        | { __typename: 'PermissionDenied', code: string, retryable: boolean }
        | { __typename: 'ProviderUnavailable', code: string, retryable: boolean }
        | { __typename: 'QuotaExceeded', code: string, retryable: boolean }
        | { __typename: 'ResourceConflict', code: string, retryable: boolean }
        | { __typename: 'ResourceNotFound', code: string, retryable: boolean }
        | { __typename: 'Throttled', code: string, retryable: boolean }
        | { __typename: 'UnknownProviderError', code: string, retryable: boolean }
        | { __typename: 'UnsupportedOperation', code: string, retryable: boolean }
       | null }>, edges: Array<{ node: { id: string, provider: Provider, account: string, region: string, nativeId: string, address: string, status: ElasticIpStatus, boundTo: { kind: EipBindingKind, targetId: string, networkInterface: { nativeId: string } | null, virtualIp: { nativeId: string } | null } | null } }> }, vifPeers: { totalCount: number, partitions: Array<{ provider: Provider, account: string, region: string, ok: boolean, error:
        | { __typename: 'IdempotencyMismatch', code: string, retryable: boolean }
        | { __typename: 'InsufficientCapacity', code: string, retryable: boolean }
        | { __typename: 'InvalidParameter', code: string, retryable: boolean }
        | { __typename: 'InvalidResourceState', code: string, retryable: boolean }
        | { __typename: 'PermissionDenied', code: string, retryable: boolean }
        | { __typename: 'ProviderUnavailable', code: string, retryable: boolean }
        | { __typename: 'QuotaExceeded', code: string, retryable: boolean }
        | { __typename: 'ResourceConflict', code: string, retryable: boolean }
        | { __typename: 'ResourceNotFound', code: string, retryable: boolean }
        | { __typename: 'Throttled', code: string, retryable: boolean }
        | { __typename: 'UnknownProviderError', code: string, retryable: boolean }
        | { __typename: 'UnsupportedOperation', code: string, retryable: boolean }
       | null }>, edges: Array<{ node: { id: string, provider: Provider, account: string, region: string, nativeId: string, status: VifPeerStatus, remoteGatewayIp: string | null, virtualInterface: { nativeId: string, name: string | null } | null } }> } };

export type ElasticIpsQueryVariables = Exact<{
  filter?: ElasticIpFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ElasticIpsQuery = { elasticIps: { totalCount: number, partitions: Array<{ provider: Provider, account: string, region: string, ok: boolean, itemCount: number, error:
        | { __typename: 'IdempotencyMismatch', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InsufficientCapacity', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InvalidParameter', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InvalidResourceState', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'PermissionDenied', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ProviderUnavailable', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'QuotaExceeded', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ResourceConflict', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ResourceNotFound', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'Throttled', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'UnknownProviderError', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'UnsupportedOperation', code: string, message: string, requestId: string | null, retryable: boolean }
       | null }>, edges: Array<{ cursor: string, node: { id: string, provider: Provider, account: string, region: string, nativeId: string, name: string | null, address: string, status: ElasticIpStatus, providerStatus: string, bandwidthMbps: number | null, chargeType: string | null, boundTo: { kind: EipBindingKind, targetId: string, providerType: string, privateIpAddress: string | null, networkInterface: { id: string, nativeId: string } | null, virtualIp: { id: string, nativeId: string, address: string } | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AssociateElasticIpMutationVariables = Exact<{
  input: AssociateElasticIpInput;
}>;


export type AssociateElasticIpMutation = { associateElasticIp:
    | { __typename: 'AssociateElasticIpSuccess', requestId: string | null, elasticIp: { id: string, nativeId: string, address: string, status: ElasticIpStatus, providerStatus: string, boundTo: { kind: EipBindingKind, targetId: string } | null } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
   };

export type FleetQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type FleetQuery = { networkInterfaces: { totalCount: number, partitions: Array<{ provider: Provider, account: string, region: string, ok: boolean, itemCount: number, error:
        | { __typename: 'IdempotencyMismatch', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InsufficientCapacity', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InvalidParameter', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InvalidResourceState', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'PermissionDenied', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ProviderUnavailable', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'QuotaExceeded', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ResourceConflict', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ResourceNotFound', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'Throttled', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'UnknownProviderError', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'UnsupportedOperation', code: string, message: string, requestId: string | null, retryable: boolean }
       | null }>, edges: Array<{ cursor: string, node: { id: string, provider: Provider, account: string, region: string, nativeId: string, name: string | null, status: NetworkInterfaceStatus, providerStatus: string, primaryIp: string | null, privateIps: Array<{ address: string, primary: boolean }>, attachment: { instanceId: string, deviceIndex: number | null } | null, virtualIps: Array<{ id: string, address: string, status: VirtualIpStatus }> | null, elasticIps: Array<{ id: string, address: string, status: ElasticIpStatus }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NetworkInterfacesQueryVariables = Exact<{
  filter?: NetworkInterfaceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type NetworkInterfacesQuery = { networkInterfaces: { totalCount: number, partitions: Array<{ provider: Provider, account: string, region: string, ok: boolean, itemCount: number, error:
        | { __typename: 'IdempotencyMismatch', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InsufficientCapacity', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InvalidParameter', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InvalidResourceState', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'PermissionDenied', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ProviderUnavailable', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'QuotaExceeded', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ResourceConflict', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ResourceNotFound', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'Throttled', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'UnknownProviderError', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'UnsupportedOperation', code: string, message: string, requestId: string | null, retryable: boolean }
       | null }>, edges: Array<{ cursor: string, node: { id: string, provider: Provider, account: string, region: string, nativeId: string, name: string | null, description: string | null, status: NetworkInterfaceStatus, providerStatus: string, interfaceType: NetworkInterfaceType | null, primaryIp: string | null, macAddress: string | null, vpcId: string | null, subnetId: string | null, zone: string | null, securityGroupIds: Array<string>, virtualIpAddresses: Array<string>, createdAt: string | null, privateIps: Array<{ address: string, primary: boolean }>, attachment: { instanceId: string, deviceIndex: number | null } | null, tags: Array<{ key: string, value: string }>, virtualIps: Array<{ id: string, nativeId: string, address: string }> | null, elasticIps: Array<{ id: string, nativeId: string, address: string, status: ElasticIpStatus }> | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type CreateNetworkInterfaceMutationVariables = Exact<{
  input: CreateNetworkInterfaceInput;
}>;


export type CreateNetworkInterfaceMutation = { createNetworkInterface:
    | { __typename: 'CreateNetworkInterfaceSuccess', requestId: string | null, networkInterface: { id: string, nativeId: string, status: NetworkInterfaceStatus, providerStatus: string, primaryIp: string | null, vpcId: string | null, subnetId: string | null, privateIps: Array<{ address: string, primary: boolean }>, tags: Array<{ key: string, value: string }> } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
   };

export type AssignPrivateIpAddressesMutationVariables = Exact<{
  input: AssignPrivateIpAddressesInput;
}>;


export type AssignPrivateIpAddressesMutation = { assignPrivateIpAddresses:
    | { __typename: 'AssignPrivateIpAddressesSuccess', requestId: string | null, assignedPrivateIps: Array<string>, networkInterface: { id: string, nativeId: string, privateIps: Array<{ address: string, primary: boolean }> } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
   };

export type VifPeersQueryVariables = Exact<{
  filter?: VifPeerFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VifPeersQuery = { vifPeers: { totalCount: number, partitions: Array<{ provider: Provider, account: string, region: string, ok: boolean, itemCount: number, error:
        | { __typename: 'IdempotencyMismatch', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InsufficientCapacity', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InvalidParameter', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InvalidResourceState', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'PermissionDenied', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ProviderUnavailable', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'QuotaExceeded', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ResourceConflict', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ResourceNotFound', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'Throttled', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'UnknownProviderError', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'UnsupportedOperation', code: string, message: string, requestId: string | null, retryable: boolean }
       | null }>, edges: Array<{ cursor: string, node: { id: string, provider: Provider, account: string, region: string, nativeId: string, name: string | null, status: VifPeerStatus, providerStatus: string, addressFamily: AddressFamily, localGatewayIp: string | null, remoteGatewayIp: string | null, routeMode: RouteMode, bgpAsn: number | null, bgpStatus: string | null, remoteSubnets: Array<string>, virtualInterfaceId: string, virtualInterface: { id: string, nativeId: string, name: string | null, status: VirtualInterfaceStatus } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateVifPeerMutationVariables = Exact<{
  input: CreateVifPeerInput;
}>;


export type CreateVifPeerMutation = { createVifPeer:
    | { __typename: 'CreateVifPeerSuccess', requestId: string | null, vifPeer: { id: string, nativeId: string, name: string | null, status: VifPeerStatus, providerStatus: string, addressFamily: AddressFamily, routeMode: RouteMode, bgpAsn: number | null, remoteSubnets: Array<string>, virtualInterfaceId: string } | null }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
   };

export type VirtualInterfacesQueryVariables = Exact<{
  filter?: VirtualInterfaceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VirtualInterfacesQuery = { virtualInterfaces: { totalCount: number, partitions: Array<{ provider: Provider, account: string, region: string, ok: boolean, itemCount: number, error:
        | { __typename: 'IdempotencyMismatch', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InsufficientCapacity', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InvalidParameter', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InvalidResourceState', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'PermissionDenied', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ProviderUnavailable', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'QuotaExceeded', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ResourceConflict', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ResourceNotFound', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'Throttled', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'UnknownProviderError', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'UnsupportedOperation', code: string, message: string, requestId: string | null, retryable: boolean }
       | null }>, edges: Array<{ cursor: string, node: { id: string, provider: Provider, account: string, region: string, nativeId: string, name: string | null, status: VirtualInterfaceStatus, providerStatus: string, vlan: number | null, bandwidthMbps: number | null, vifPeers: Array<{ id: string, nativeId: string, name: string | null, status: VifPeerStatus }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VirtualIpsQueryVariables = Exact<{
  filter?: VirtualIpFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VirtualIpsQuery = { virtualIps: { totalCount: number, partitions: Array<{ provider: Provider, account: string, region: string, ok: boolean, itemCount: number, error:
        | { __typename: 'IdempotencyMismatch', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InsufficientCapacity', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InvalidParameter', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'InvalidResourceState', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'PermissionDenied', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ProviderUnavailable', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'QuotaExceeded', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ResourceConflict', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'ResourceNotFound', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'Throttled', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'UnknownProviderError', code: string, message: string, requestId: string | null, retryable: boolean }
        | { __typename: 'UnsupportedOperation', code: string, message: string, requestId: string | null, retryable: boolean }
       | null }>, edges: Array<{ cursor: string, node: { id: string, provider: Provider, account: string, region: string, nativeId: string, name: string | null, address: string, status: VirtualIpStatus, providerStatus: string, vpcId: string | null, subnetId: string | null, boundInterfaceIds: Array<string>, boundInstanceIds: Array<string>, networkInterfaces: Array<{ id: string, nativeId: string, primaryIp: string | null }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BindVirtualIpMutationVariables = Exact<{
  input: BindVirtualIpInput;
}>;


export type BindVirtualIpMutation = { bindVirtualIp:
    | { __typename: 'BindVirtualIpSuccess', requestId: string | null, virtualIpPortId: string, networkInterface: { id: string, nativeId: string, virtualIpAddresses: Array<string>, virtualIps: Array<{ id: string, address: string }> | null } | null, virtualIp: { id: string, nativeId: string, address: string, status: VirtualIpStatus, boundInterfaceIds: Array<string> } | null }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
   };


export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","alias":{"kind":"Name","value":"networkInterfaceStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualIp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElasticIp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","alias":{"kind":"Name","value":"elasticIpStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VifPeer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","alias":{"kind":"Name","value":"vifPeerStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","alias":{"kind":"Name","value":"virtualInterfaceStatus"},"name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualIp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElasticIp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VifPeer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const ErrorCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mutation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MutationName"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCatalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mutation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mutation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"common"}}]}}]}}]} as unknown as DocumentNode<ErrorCatalogQuery, ErrorCatalogQueryVariables>;
export const FleetDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vifPeers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remoteGatewayIp"}},{"kind":"Field","name":{"kind":"Name","value":"virtualInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetDashboardQuery, FleetDashboardQueryVariables>;
export const ElasticIpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElasticIps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ElasticIpFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elasticIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthMbps"}},{"kind":"Field","name":{"kind":"Name","value":"chargeType"}},{"kind":"Field","name":{"kind":"Name","value":"boundTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"providerType"}},{"kind":"Field","name":{"kind":"Name","value":"privateIpAddress"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ElasticIpsQuery, ElasticIpsQueryVariables>;
export const AssociateElasticIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssociateElasticIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociateElasticIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associateElasticIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssociateElasticIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"elasticIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"boundTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]} as unknown as DocumentNode<AssociateElasticIpMutation, AssociateElasticIpMutationVariables>;
export const FleetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Fleet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FleetQuery, FleetQueryVariables>;
export const NetworkInterfacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkInterfaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkInterfaceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceType"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"subnetId"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIpAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkInterfacesQuery, NetworkInterfacesQueryVariables>;
export const CreateNetworkInterfaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNetworkInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetworkInterfaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetworkInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetworkInterfaceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"subnetId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateNetworkInterfaceMutation, CreateNetworkInterfaceMutationVariables>;
export const AssignPrivateIpAddressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignPrivateIpAddresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPrivateIpAddressesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPrivateIpAddresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPrivateIpAddressesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedPrivateIps"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]} as unknown as DocumentNode<AssignPrivateIpAddressesMutation, AssignPrivateIpAddressesMutationVariables>;
export const VifPeersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VifPeers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VifPeerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vifPeers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"addressFamily"}},{"kind":"Field","name":{"kind":"Name","value":"localGatewayIp"}},{"kind":"Field","name":{"kind":"Name","value":"remoteGatewayIp"}},{"kind":"Field","name":{"kind":"Name","value":"routeMode"}},{"kind":"Field","name":{"kind":"Name","value":"bgpAsn"}},{"kind":"Field","name":{"kind":"Name","value":"bgpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"remoteSubnets"}},{"kind":"Field","name":{"kind":"Name","value":"virtualInterfaceId"}},{"kind":"Field","name":{"kind":"Name","value":"virtualInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<VifPeersQuery, VifPeersQueryVariables>;
export const CreateVifPeerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVifPeer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVifPeerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVifPeer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVifPeerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"vifPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"addressFamily"}},{"kind":"Field","name":{"kind":"Name","value":"routeMode"}},{"kind":"Field","name":{"kind":"Name","value":"bgpAsn"}},{"kind":"Field","name":{"kind":"Name","value":"remoteSubnets"}},{"kind":"Field","name":{"kind":"Name","value":"virtualInterfaceId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVifPeerMutation, CreateVifPeerMutationVariables>;
export const VirtualInterfacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VirtualInterfaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualInterfaceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vlan"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthMbps"}},{"kind":"Field","name":{"kind":"Name","value":"vifPeers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<VirtualInterfacesQuery, VirtualInterfacesQueryVariables>;
export const VirtualIpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VirtualIps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualIpFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"subnetId"}},{"kind":"Field","name":{"kind":"Name","value":"boundInterfaceIds"}},{"kind":"Field","name":{"kind":"Name","value":"boundInstanceIds"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<VirtualIpsQuery, VirtualIpsQueryVariables>;
export const BindVirtualIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindVirtualIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BindVirtualIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindVirtualIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BindVirtualIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIpPortId"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIpAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundInterfaceIds"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]} as unknown as DocumentNode<BindVirtualIpMutation, BindVirtualIpMutationVariables>;