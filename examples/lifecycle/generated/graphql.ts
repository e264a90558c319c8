/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The IP version a peer speaks: Alibaba IpVersion; Huawei address_family. */
export type AddressFamily =
  /** IPv4 (ipv4, or the field absent). */
  | 'IPV4'
  /** IPv6 (ipv6). */
  | 'IPV6';

/** Allocates a pay-as-you-go elastic IP. Alibaba: VPC AllocateEipAddress (Available at once). Huawei: CreatePublicip with a dedicated (PER) bandwidth. */
export type AllocateElasticIpInput = {
  /** Peak bandwidth in Mbit/s. Alibaba Bandwidth: 1 to 500 (pay-by-bandwidth), 5 when unset. Huawei bandwidth.size: 1 to 2000, required there. Wire: Alibaba `Bandwidth`; Huawei `bandwidth.size`. Required by Huawei. */
  bandwidthMbps?: number | null | undefined;
  /** How traffic is billed. Alibaba InternetChargeType (PayByBandwidth when unset); Huawei bandwidth.charge_mode (bandwidth or traffic; bandwidth when unset). Wire: Alibaba `InternetChargeType`; Huawei `bandwidth.charge_mode`. */
  chargeMode?: EipChargeMode | null | undefined;
  /** Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry). Wire: Alibaba `ClientToken`. Not taken by Huawei (an InvalidParameter there). */
  clientToken?: string | null | undefined;
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Alibaba Description: 0 to 256 characters, not starting with http:// or https://. Wire: Alibaba `Description`. Not taken by Huawei (an InvalidParameter there). */
  description?: string | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** Huawei publicip.type: 5_bgp (dynamic BGP, default) or 5_sbgp (static BGP). Wire: Huawei `publicip.type`. Not taken by Alibaba (an InvalidParameter there). */
  ipType?: string | null | undefined;
  /** Alibaba ISP: the line type, BGP (default) or BGP_PRO. Wire: Alibaba `ISP`. Not taken by Huawei (an InvalidParameter there). */
  isp?: string | null | undefined;
  /** Alibaba Name: 0 to 128 characters, not starting with http:// or https://. Huawei bandwidth.name: 1 to 64 letters, digits, Chinese characters, _ - . (netplane-eip when unset). Wire: Alibaba `Name`; Huawei `bandwidth.name`. */
  name?: string | null | undefined;
  /** Alibaba ResourceGroupId: the resource group. Wire: Alibaba `ResourceGroupId`. Not taken by Huawei (an InvalidParameter there). */
  resourceGroupId?: string | null | undefined;
  /** Where the new resource goes: provider, account and region. */
  target: PartitionInput;
};

/** Assigns secondary private IP addresses to a network interface. Alibaba: ECS AssignPrivateIpAddresses (seed 003). */
export type AssignPrivateIpAddressesInput = {
  /** Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry). Wire: Alibaba `ClientToken`. */
  clientToken?: string | null | undefined;
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** The NetworkInterface by provider, account, region and native id (or give networkInterfaceId). */
  networkInterface?: ResourceRefInput | null | undefined;
  /** Global id of the NetworkInterface to act on (or give networkInterface). */
  networkInterfaceId?: string | number | null | undefined;
  /** PrivateIpAddress.N: addresses inside the vSwitch CIDR block (N: 1 to 50 while Available; the instance type's limit while InUse); not together with secondaryPrivateIpAddressCount. Wire: Alibaba `PrivateIpAddress.N`. */
  privateIpAddresses?: Array<string> | null | undefined;
  /** SecondaryPrivateIpAddressCount: addresses assigned automatically from the vSwitch CIDR block (1 to 50). Wire: Alibaba `SecondaryPrivateIpAddressCount`. */
  secondaryPrivateIpAddressCount?: number | null | undefined;
};

/** Associates an elastic IP with an instance or network interface. Alibaba: VPC AssociateEipAddress (seed 002; ASSOCIATING, then IN_USE). Huawei: UpdatePublicip with port_id (the NIC's port). */
export type AssociateElasticIpInput = {
  /** Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry). Wire: Alibaba `ClientToken`. Not taken by Huawei (an InvalidParameter there). */
  clientToken?: string | null | undefined;
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** The ElasticIp by provider, account, region and native id (or give elasticIpId). */
  elasticIp?: ResourceRefInput | null | undefined;
  /** Global id of the ElasticIp to act on (or give elasticIp). */
  elasticIpId?: string | number | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** What to associate with. Alibaba InstanceId: the NAT gateway, CLB instance, ECS instance, secondary ENI, HAVIP or IP address. Huawei port_id: the NIC's port (a UUID). Wire: Alibaba `InstanceId`; Huawei `port_id`. */
  instanceId: string;
  /** Alibaba InstanceRegionId; only for an EIP added to a shared Global Accelerator instance. Wire: Alibaba `InstanceRegionId`. Not taken by Huawei (an InvalidParameter there). */
  instanceRegionId?: string | null | undefined;
  /** Alibaba InstanceType; the provider assumes ECS_INSTANCE when unset. Required when the instance is not an ECS instance. Wire: Alibaba `InstanceType`. Not taken by Huawei (an InvalidParameter there). */
  instanceType?: EipInstanceType | null | undefined;
  /** Alibaba Mode; only when instanceType is NETWORK_INTERFACE (provider default NAT). Wire: Alibaba `Mode`. Not taken by Huawei (an InvalidParameter there). */
  mode?: EipAssociationMode | null | undefined;
  /** Alibaba PrivateIpAddress in the vSwitch CIDR block; allocated by the system when unset. Wire: Alibaba `PrivateIpAddress`. Not taken by Huawei (an InvalidParameter there). */
  privateIpAddress?: string | null | undefined;
  /** Alibaba VpcId; required when instanceType is IP_ADDRESS. Wire: Alibaba `VpcId`. Not taken by Huawei (an InvalidParameter there). */
  vpcId?: string | null | undefined;
};

/** Attaches a network interface to an instance. Alibaba: ECS AttachNetworkInterface (ATTACHING, then IN_USE; back to AVAILABLE if it failed). Huawei: ECS BatchAddServerNics with the port, an asynchronous job read with ShowJob. */
export type AttachNetworkInterfaceInput = {
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** The instance to attach to, in the same VPC (and, on Alibaba, the same zone). Alibaba InstanceId (Running or Stopped); Huawei server_id (path). Wire: Alibaba `InstanceId`; Huawei `server_id`. */
  instanceId: string;
  /** Alibaba NetworkCardIndex: the physical network card (only for instance types with several cards). Wire: Alibaba `NetworkCardIndex`. Not taken by Huawei (an InvalidParameter there). */
  networkCardIndex?: number | null | undefined;
  /** The NetworkInterface by provider, account, region and native id (or give networkInterfaceId). */
  networkInterface?: ResourceRefInput | null | undefined;
  /** Global id of the NetworkInterface to act on (or give networkInterface). */
  networkInterfaceId?: string | number | null | undefined;
};

/** Binds a virtual IP to a network interface. Alibaba: VPC AssociateHaVip with InstanceType NetworkInterface (ASSOCIATING, then IN_USE). Huawei: ECS "bind a virtual IP address to a NIC" (seed 000), or the port's allowed_address_pairs (method). */
export type BindVirtualIpInput = {
  /** Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry). Wire: Alibaba `ClientToken`. Not taken by Huawei (an InvalidParameter there). */
  clientToken?: string | null | undefined;
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** Huawei ip_address: the virtual IP address to bind; with the ECS_NIC method it is assigned first if it is not yet. Wire: Huawei `ip_address`. Not taken by Alibaba (an InvalidParameter there). */
  ipAddress?: string | null | undefined;
  /** Huawei only: how the binding is made. ECS_NIC (default): the seed's ECS API PUT /v1/{project_id}/cloudservers/nics/{nic_id} (listed by Huawei among its out-of-date APIs). NEUTRON_ALLOWED_ADDRESS_PAIRS: the address is added to (or removed from) the port's allowed_address_pairs through the Neutron-compatible PUT /v2.0/ports/{port_id}, as Terraform's huaweicloud_networking_vip_associate does. Chooses the API netplane calls; not sent to the provider. Not taken by Alibaba (an InvalidParameter there). */
  method?: VirtualIpBindingMethod | null | undefined;
  /** The NetworkInterface by provider, account, region and native id (or give networkInterfaceId). */
  networkInterface?: ResourceRefInput | null | undefined;
  /** Global id of the NetworkInterface to act on (or give networkInterface). */
  networkInterfaceId?: string | number | null | undefined;
  /** Huawei reverse_binding (ECS_NIC method): whether the NIC IP/MAC pair is added to the virtual IP's allowed_address_pairs. Wire: Huawei `reverse_binding`. Not taken by Alibaba (an InvalidParameter there). */
  reverseBinding?: boolean | null | undefined;
  /** Huawei subnet_id: the ID (UUID) of the network in the VPC of the target ECS; with ipAddress, instead of virtualIpId. Wire: Huawei `subnet_id`. Not taken by Alibaba (an InvalidParameter there). */
  subnetId?: string | null | undefined;
  /** The virtual IP: its global id or native id (Alibaba HaVipId; Huawei the VIP port id). Required on Alibaba; on Huawei an alternative to subnetId and ipAddress. Wire: Alibaba `HaVipId`; Huawei `port_id`. Required by Alibaba. */
  virtualIpId?: string | number | null | undefined;
};

/** Creates a network interface. Alibaba: ECS CreateNetworkInterface (seed 004), Available at once. Huawei: VPC CreatePort (a port not yet attached to a server, status DOWN). */
export type CreateNetworkInterfaceInput = {
  /** Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry). Wire: Alibaba `ClientToken`. Not taken by Huawei (an InvalidParameter there). */
  clientToken?: string | null | undefined;
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Alibaba Description: 2 to 256 characters, not starting with http:// or https://. Empty by default. Wire: Alibaba `Description`. Not taken by Huawei (an InvalidParameter there). */
  description?: string | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** Name. Alibaba NetworkInterfaceName: 2 to 128 characters, starts with a letter, letters, digits, colons, underscores and hyphens, not http:// or https://. Huawei name: 0 to 255 characters. Wire: Alibaba `NetworkInterfaceName`; Huawei `name`. */
  networkInterfaceName?: string | null | undefined;
  /** The primary private IPv4 address, free and inside the subnet CIDR; assigned at random when unset. Alibaba PrimaryIpAddress; Huawei fixed_ips[0].ip_address. Wire: Alibaba `PrimaryIpAddress`; Huawei `fixed_ips.ip_address`. */
  primaryIpAddress?: string | null | undefined;
  /** Alibaba PrivateIpAddress.N (N: 0 to 10): secondary private IPv4 addresses; not together with secondaryPrivateIpAddressCount. Wire: Alibaba `PrivateIpAddress.N`. Not taken by Huawei (an InvalidParameter there). */
  privateIpAddresses?: Array<string> | null | undefined;
  /** Alibaba QueueNumber: 1 to 2048 queues. Empty by default. Wire: Alibaba `QueueNumber`. Not taken by Huawei (an InvalidParameter there). */
  queueNumber?: number | null | undefined;
  /** Alibaba ResourceGroupId: the resource group. Wire: Alibaba `ResourceGroupId`. Not taken by Huawei (an InvalidParameter there). */
  resourceGroupId?: string | null | undefined;
  /** Alibaba SecondaryPrivateIpAddressCount: 1 to 49 secondary addresses ECS assigns automatically. Wire: Alibaba `SecondaryPrivateIpAddressCount`. Not taken by Huawei (an InvalidParameter there). */
  secondaryPrivateIpAddressCount?: number | null | undefined;
  /** Alibaba SecurityGroupId: one security group; not together with securityGroupIds. Wire: Alibaba `SecurityGroupId`. Not taken by Huawei (an InvalidParameter there). */
  securityGroupId?: string | null | undefined;
  /** Security groups of the interface. Alibaba SecurityGroupIds.N (not together with securityGroupId); Huawei security_groups (UUIDs). Wire: Alibaba `SecurityGroupIds.N`; Huawei `security_groups`. */
  securityGroupIds?: Array<string> | null | undefined;
  /** Alibaba Tag.N (N: 1 to 20; key 1 to 128 characters, not starting with aliyun or acs:; value up to 128 characters). Wire: Alibaba `Tag.N`. Not taken by Huawei (an InvalidParameter there). */
  tags?: Array<TagInput> | null | undefined;
  /** Where the new resource goes: provider, account and region. */
  target: PartitionInput;
  /** The subnet the addresses come from. Alibaba VSwitchId (the vSwitch); Huawei network_id (the subnet's network id, a UUID). Wire: Alibaba `VSwitchId`; Huawei `network_id`. */
  vSwitchId: string;
};

/** Creates a peer on a virtual interface. Huawei: DCaaS "create a VIF peer" (seed 001; PENDING_CREATE, then ACTIVE). Alibaba: VPC CreateBgpPeer in a BGP group of a VBR (Pending, then Available). */
export type CreateVifPeerInput = {
  /** The address family. Huawei address_family (ipv4 or ipv6); Alibaba IpVersion (IPv4 when unset). Wire: Alibaba `IpVersion`; Huawei `address_family`. Required by Huawei. */
  addressFamily?: AddressFamily | null | undefined;
  /** Alibaba BfdMultiHop: BFD hop count, 1 to 255; required when enableBfd is true. Wire: Alibaba `BfdMultiHop`. Not taken by Huawei (an InvalidParameter there). */
  bfdMultiHop?: number | null | undefined;
  /** Huawei bgp_asn: 1 to 4294967295; required with route mode BGP. Wire: Huawei `bgp_asn`. Not taken by Alibaba (an InvalidParameter there). */
  bgpAsn?: number | null | undefined;
  /** Alibaba BgpGroupId: the BGP group (of a VBR) the peer joins; the group carries the peer ASN and the authentication key. Wire: Alibaba `BgpGroupId`. Not taken by Huawei (an InvalidParameter there). Required by Alibaba. */
  bgpGroupId?: string | null | undefined;
  /** Huawei bgp_md5: the MD5 password of the BGP peer. Wire: Huawei `bgp_md5`. Not taken by Alibaba (an InvalidParameter there). */
  bgpMd5?: string | null | undefined;
  /** Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry). Wire: Alibaba `ClientToken`. Not taken by Huawei (an InvalidParameter there). */
  clientToken?: string | null | undefined;
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Huawei description: 0 to 128 characters. Wire: Huawei `description`. Not taken by Alibaba (an InvalidParameter there). */
  description?: string | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Alibaba EnableBfd: enable BFD for the peer (false when unset). Wire: Alibaba `EnableBfd`. Not taken by Huawei (an InvalidParameter there). */
  enableBfd?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** Huawei local_gateway_ip: the cloud-side gateway address in CIDR notation (e.g. 5.5.5.1/30), of the address family. Wire: Huawei `local_gateway_ip`. Not taken by Alibaba (an InvalidParameter there). Required by Huawei. */
  localGatewayIp?: string | null | undefined;
  /** Huawei name: 0 to 64 characters. Wire: Huawei `name`. Not taken by Alibaba (an InvalidParameter there). Required by Huawei. */
  name?: string | null | undefined;
  /** Huawei remote_ep_group: CIDR blocks of the on-premises data center. Wire: Huawei `remote_ep_group`. Not taken by Alibaba (an InvalidParameter there). */
  remoteEpGroup?: Array<string> | null | undefined;
  /** The on-premises side. Huawei remote_gateway_ip: the gateway address in CIDR notation (e.g. 5.5.5.2/30). Alibaba PeerIpAddress: the BGP peer's IP address (no prefix length). Wire: Alibaba `PeerIpAddress`; Huawei `remote_gateway_ip`. Required by Huawei. */
  remoteGatewayIp?: string | null | undefined;
  /** Huawei route_mode: static or bgp. Wire: Huawei `route_mode`. Not taken by Alibaba (an InvalidParameter there). */
  routeMode?: RouteMode | null | undefined;
  /** Where the new resource goes: provider, account and region. */
  target: PartitionInput;
  /** Huawei vif_id: the virtual interface (36 characters), by its global id or native id. Wire: Huawei `vif_id`. Not taken by Alibaba (an InvalidParameter there). Required by Huawei. */
  vifId?: string | null | undefined;
};

/** Creates a virtual IP. Alibaba: VPC CreateHaVip (CREATING, then AVAILABLE). Huawei: VPC CreatePort with device_owner neutron:VIP_PORT (a VIP port). */
export type CreateVirtualIpInput = {
  /** Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry). Wire: Alibaba `ClientToken`. Not taken by Huawei (an InvalidParameter there). */
  clientToken?: string | null | undefined;
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Alibaba Description: 1 to 256 characters, not starting with http:// or https:// (VPC 2016-04-28 CreateHaVip page). Wire: Alibaba `Description`. Not taken by Huawei (an InvalidParameter there). */
  description?: string | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** The address, free and inside the subnet CIDR block; assigned by the provider when unset. Alibaba IpAddress; Huawei fixed_ips[0].ip_address. Wire: Alibaba `IpAddress`; Huawei `fixed_ips.ip_address`. */
  ipAddress?: string | null | undefined;
  /** Alibaba Name: 1 to 128 characters, not starting with http:// or https://. Wire: Alibaba `Name`. Not taken by Huawei (an InvalidParameter there). */
  name?: string | null | undefined;
  /** The subnet the address belongs to. Alibaba VSwitchId; Huawei network_id (the subnet's network id, a UUID). Wire: Alibaba `VSwitchId`; Huawei `network_id`. */
  subnetId: string;
  /** Where the new resource goes: provider, account and region. */
  target: PartitionInput;
};

/** Deletes a detached network interface. Alibaba: ECS DeleteNetworkInterface (the ENI must be Available; Deleting, then gone). Huawei: VPC DeletePort. */
export type DeleteNetworkInterfaceInput = {
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** The NetworkInterface by provider, account, region and native id (or give networkInterfaceId). */
  networkInterface?: ResourceRefInput | null | undefined;
  /** Global id of the NetworkInterface to act on (or give networkInterface). */
  networkInterfaceId?: string | number | null | undefined;
};

/** Deletes a peer. Huawei: DCaaS DeleteVifPeer (PENDING_DELETE, then gone; the last peer of a virtual interface cannot be deleted). Alibaba: VPC DeleteBgpPeer (Deleting, then gone). */
export type DeleteVifPeerInput = {
  /** Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry). Wire: Alibaba `ClientToken`. Not taken by Huawei (an InvalidParameter there). */
  clientToken?: string | null | undefined;
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** The VifPeer by provider, account, region and native id (or give vifPeerId). */
  vifPeer?: ResourceRefInput | null | undefined;
  /** Global id of the VifPeer to act on (or give vifPeer). */
  vifPeerId?: string | number | null | undefined;
};

/** Deletes an unbound virtual IP. Alibaba: VPC DeleteHaVip (it must be Available with no EIP associated; DELETING, then gone). Huawei: VPC DeletePort of the VIP port. */
export type DeleteVirtualIpInput = {
  /** Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry). Wire: Alibaba `ClientToken`. Not taken by Huawei (an InvalidParameter there). */
  clientToken?: string | null | undefined;
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** The VirtualIp by provider, account, region and native id (or give virtualIpId). */
  virtualIp?: ResourceRefInput | null | undefined;
  /** Global id of the VirtualIp to act on (or give virtualIp). */
  virtualIpId?: string | number | null | undefined;
};

/** Detaches a secondary network interface from its instance. Alibaba: ECS DetachNetworkInterface (DETACHING, then AVAILABLE). Huawei: ECS BatchDeleteServerNics, an asynchronous job read with ShowJob (the port is kept). */
export type DetachNetworkInterfaceInput = {
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** The instance it is attached to. Alibaba InstanceId; Huawei server_id (path). When unset, netplane reads it from the interface's attachment first. Wire: Alibaba `InstanceId`; Huawei `server_id`. */
  instanceId?: string | null | undefined;
  /** The NetworkInterface by provider, account, region and native id (or give networkInterfaceId). */
  networkInterface?: ResourceRefInput | null | undefined;
  /** Global id of the NetworkInterface to act on (or give networkInterface). */
  networkInterfaceId?: string | number | null | undefined;
};

/** Alibaba Mode of AssociateEipAddress; only used when instanceType is NETWORK_INTERFACE. */
export type EipAssociationMode =
  /** cut-network interface controller mode */
  | 'BINDED'
  /** multi-EIP-to-ENI mode */
  | 'MULTI_BINDED'
  /** NAT mode (the provider default) */
  | 'NAT';

/** How an elastic IP's traffic is billed (Alibaba InternetChargeType; Huawei bandwidth.charge_mode). */
export type EipChargeMode =
  /** By peak bandwidth (Alibaba PayByBandwidth; Huawei bandwidth). */
  | 'PAY_BY_BANDWIDTH'
  /** By data transferred (Alibaba PayByTraffic; Huawei traffic). */
  | 'PAY_BY_TRAFFIC';

/** Alibaba InstanceType of AssociateEipAddress / UnassociateEipAddress. */
export type EipInstanceType =
  /** `EcsInstance` (the provider default): ECS instance */
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

/** The normalized state of an elastic IP; providerStatus keeps the verbatim value. */
export type ElasticIpStatus =
  /** Being bound: Alibaba Associating; Huawei BINDING, NOTIFYING, PENDING_UPDATE. */
  | 'ASSOCIATING'
  /** Allocated and bound to nothing: Alibaba Available; Huawei DOWN. */
  | 'AVAILABLE'
  /** Being created: Huawei PENDING_CREATE. */
  | 'CREATING'
  /** Failed: Huawei ERROR, BIND_ERROR. */
  | 'ERROR'
  /** Frozen by the provider (e.g. overdue payment): Huawei FREEZED. */
  | 'FROZEN'
  /** Bound: Alibaba InUse; Huawei ACTIVE, ELB (to a load balancer), VPN (to a VPN gateway). */
  | 'IN_USE'
  /** Being released: Alibaba Releasing; Huawei PENDING_DELETE, NOTIFY_DELETE. */
  | 'RELEASING'
  /** Being unbound: Alibaba Unassociating. */
  | 'UNASSOCIATING'
  /** A provider status netplane does not map; read providerStatus. */
  | 'UNKNOWN';

/** The normalized state of a network interface; providerStatus keeps the verbatim value. */
export type NetworkInterfaceStatus =
  /** Being attached to an instance: Alibaba Attaching. */
  | 'ATTACHING'
  /** Created and not attached: Alibaba Available. */
  | 'AVAILABLE'
  /** Being created: Huawei port BUILD. */
  | 'CREATING'
  /** Being deleted: Alibaba Deleting. */
  | 'DELETING'
  /** Being detached from its instance: Alibaba Detaching. */
  | 'DETACHING'
  /** Exists but not forwarding traffic: Huawei port DOWN (e.g. not bound to a running server). */
  | 'DOWN'
  /** Attached and usable: Alibaba InUse; Huawei port ACTIVE. */
  | 'IN_USE'
  /** A provider status netplane does not map; read providerStatus. */
  | 'UNKNOWN';

/** Whether a network interface is its instance's primary one (Alibaba Type). */
export type NetworkInterfaceType =
  /** Alibaba Type Primary: created with the instance and detached only by deleting it. */
  | 'PRIMARY'
  /** Alibaba Type Secondary: created on its own and attachable to an instance. */
  | 'SECONDARY';

/** One provider account in one region. */
export type PartitionInput = {
  /** The account's name in netplane's configuration. */
  account: string;
  /** The cloud provider. */
  provider: Provider;
  /** The provider's region id, e.g. cn-hangzhou. */
  region: string;
};

/** A cloud provider netplane reaches. */
export type Provider =
  /** Alibaba Cloud: ECS (ENIs), VPC (HaVips, EIPs, VBRs and BGP peers), RPC API. */
  | 'ALIBABA'
  /** Huawei Cloud: VPC ports, EIP publicips and DCaaS v3 virtual interfaces, REST API. */
  | 'HUAWEI';

/** Releases an unassociated elastic IP. Alibaba: VPC ReleaseEipAddress (Available and pay-as-you-go only; RELEASING, then gone). Huawei: DeletePublicip. */
export type ReleaseElasticIpInput = {
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** The ElasticIp by provider, account, region and native id (or give elasticIpId). */
  elasticIp?: ResourceRefInput | null | undefined;
  /** Global id of the ElasticIp to act on (or give elasticIp). */
  elasticIpId?: string | number | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
};

/** A resource named by where it lives and its provider-native id. */
export type ResourceRefInput = {
  /** The account's name in netplane's configuration. */
  account: string;
  /** The provider's own id of the resource (eni-…, eip-…, havip-…, bgp-… on Alibaba; a UUID on Huawei). */
  nativeId: string;
  /** The cloud provider. */
  provider: Provider;
  /** The provider's region id, e.g. cn-hangzhou. */
  region: string;
};

/** How a peer exchanges routes: Huawei route_mode; always BGP on Alibaba (BGP peers). */
export type RouteMode =
  /** A BGP session with the remote gateway (Huawei route_mode bgp; every Alibaba BGP peer). */
  | 'BGP'
  /** Static routes to the remote subnets (Huawei route_mode static). */
  | 'STATIC';

/** A tag to set on a resource. */
export type TagInput = {
  /** The tag key. */
  key: string;
  /** The tag value; '' for a key-only tag. */
  value?: string;
};

/** Removes secondary private IP addresses from a network interface. Alibaba: ECS UnassignPrivateIpAddresses. */
export type UnassignPrivateIpAddressesInput = {
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** The NetworkInterface by provider, account, region and native id (or give networkInterfaceId). */
  networkInterface?: ResourceRefInput | null | undefined;
  /** Global id of the NetworkInterface to act on (or give networkInterface). */
  networkInterfaceId?: string | number | null | undefined;
  /** PrivateIpAddress.N (N: 1 to 50): secondary addresses the interface carries. Wire: Alibaba `PrivateIpAddress.N`. */
  privateIpAddresses: Array<string>;
};

/** Disassociates an elastic IP from what it is bound to. Alibaba: VPC UnassociateEipAddress (UNASSOCIATING, then AVAILABLE). Huawei: UpdatePublicip clearing port_id. */
export type UnassociateElasticIpInput = {
  /** Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry). Wire: Alibaba `ClientToken`. Not taken by Huawei (an InvalidParameter there). */
  clientToken?: string | null | undefined;
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** The ElasticIp by provider, account, region and native id (or give elasticIpId). */
  elasticIp?: ResourceRefInput | null | undefined;
  /** Global id of the ElasticIp to act on (or give elasticIp). */
  elasticIpId?: string | number | null | undefined;
  /** Alibaba Force: disassociate from a NAT gateway even when DNAT or SNAT entries use the EIP (false by default). Wire: Alibaba `Force`. Not taken by Huawei (an InvalidParameter there). */
  force?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** Alibaba InstanceId: the instance the EIP is associated with (checked by the provider when given). Wire: Alibaba `InstanceId`. Not taken by Huawei (an InvalidParameter there). */
  instanceId?: string | null | undefined;
  /** Alibaba InstanceType of that instance (ECS_INSTANCE when unset). Wire: Alibaba `InstanceType`. Not taken by Huawei (an InvalidParameter there). */
  instanceType?: EipInstanceType | null | undefined;
  /** Alibaba PrivateIpAddress: the private address the EIP maps to, for an ENI with several. Wire: Alibaba `PrivateIpAddress`. Not taken by Huawei (an InvalidParameter there). */
  privateIpAddress?: string | null | undefined;
};

/** Unbinds a virtual IP from a network interface. Alibaba: VPC UnassociateHaVip (UNASSOCIATING, then IN_USE or AVAILABLE). Huawei: the seed's PUT with empty subnet_id and ip_address, or the port's allowed_address_pairs (method). The interface and the virtual IP are kept. */
export type UnbindVirtualIpInput = {
  /** Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry). Wire: Alibaba `ClientToken`. Not taken by Huawei (an InvalidParameter there). */
  clientToken?: string | null | undefined;
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Alibaba Force: unbind even when the HaVip is the next hop of routes (False by default). Wire: Alibaba `Force`. Not taken by Huawei (an InvalidParameter there). */
  force?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** Huawei, NEUTRON_ALLOWED_ADDRESS_PAIRS method: the address to remove from the port, instead of virtualIpId. Wire: Huawei `ip_address`. Not taken by Alibaba (an InvalidParameter there). */
  ipAddress?: string | null | undefined;
  /** Huawei only: how the binding is made. ECS_NIC (default): the seed's ECS API PUT /v1/{project_id}/cloudservers/nics/{nic_id} (listed by Huawei among its out-of-date APIs). NEUTRON_ALLOWED_ADDRESS_PAIRS: the address is added to (or removed from) the port's allowed_address_pairs through the Neutron-compatible PUT /v2.0/ports/{port_id}, as Terraform's huaweicloud_networking_vip_associate does. Chooses the API netplane calls; not sent to the provider. Not taken by Alibaba (an InvalidParameter there). */
  method?: VirtualIpBindingMethod | null | undefined;
  /** The NetworkInterface by provider, account, region and native id (or give networkInterfaceId). */
  networkInterface?: ResourceRefInput | null | undefined;
  /** Global id of the NetworkInterface to act on (or give networkInterface). */
  networkInterfaceId?: string | number | null | undefined;
  /** The virtual IP: its global id or native id (Alibaba HaVipId; Huawei the VIP port id). Required on Alibaba and with the Huawei NEUTRON_ALLOWED_ADDRESS_PAIRS method (or give ipAddress). Wire: Alibaba `HaVipId`; Huawei `port_id`. Required by Alibaba. */
  virtualIpId?: string | number | null | undefined;
};

/** Changes a peer. Huawei: DCaaS UpdateVifPeer (name, description, remote_ep_group). Alibaba: VPC ModifyBgpPeerAttribute (peer address, BFD, BGP group; Modifying, then Available). */
export type UpdateVifPeerInput = {
  /** Alibaba BfdMultiHop: BFD hop count, 1 to 255. Wire: Alibaba `BfdMultiHop`. Not taken by Huawei (an InvalidParameter there). */
  bfdMultiHop?: number | null | undefined;
  /** Alibaba BgpGroupId: move the peer to this BGP group. Wire: Alibaba `BgpGroupId`. Not taken by Huawei (an InvalidParameter there). */
  bgpGroupId?: string | null | undefined;
  /** Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry). Wire: Alibaba `ClientToken`. Not taken by Huawei (an InvalidParameter there). */
  clientToken?: string | null | undefined;
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** Huawei description: 0 to 128 characters. Wire: Huawei `description`. Not taken by Alibaba (an InvalidParameter there). */
  description?: string | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Alibaba EnableBfd: enable or disable BFD. Wire: Alibaba `EnableBfd`. Not taken by Huawei (an InvalidParameter there). */
  enableBfd?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** Huawei name: 0 to 64 characters. Wire: Huawei `name`. Not taken by Alibaba (an InvalidParameter there). */
  name?: string | null | undefined;
  /** Huawei remote_ep_group: CIDR blocks of the on-premises data center, replacing the current list. Wire: Huawei `remote_ep_group`. Not taken by Alibaba (an InvalidParameter there). */
  remoteEpGroup?: Array<string> | null | undefined;
  /** Alibaba PeerIpAddress: the BGP peer's new IP address. Wire: Alibaba `PeerIpAddress`. Not taken by Huawei (an InvalidParameter there). */
  remoteGatewayIp?: string | null | undefined;
  /** The VifPeer by provider, account, region and native id (or give vifPeerId). */
  vifPeer?: ResourceRefInput | null | undefined;
  /** Global id of the VifPeer to act on (or give vifPeer). */
  vifPeerId?: string | number | null | undefined;
};

/** The normalized state of a VIF peer; providerStatus keeps the verbatim value. */
export type VifPeerStatus =
  /** Configured: Alibaba Available; Huawei ACTIVE (the BGP session state is bgpStatus). */
  | 'ACTIVE'
  /** Being created: Alibaba Pending; Huawei PENDING_CREATE, BUILD. */
  | 'CREATING'
  /** Deleted: Alibaba Deleted; Huawei DELETED. */
  | 'DELETED'
  /** Being deleted: Alibaba Deleting; Huawei PENDING_DELETE. */
  | 'DELETING'
  /** Exists but not forwarding: Huawei DOWN. */
  | 'DOWN'
  /** Failed: Huawei ERROR. */
  | 'ERROR'
  /** A provider status netplane does not map; read providerStatus. */
  | 'UNKNOWN'
  /** Being changed: Alibaba Modifying; Huawei PENDING_UPDATE. */
  | 'UPDATING';

/** The normalized state of a virtual interface; providerStatus keeps the verbatim value. */
export type VirtualInterfaceStatus =
  /** Up: Alibaba active; Huawei ACTIVE. */
  | 'ACTIVE'
  /** Being created: Alibaba pending; Huawei BUILD, PENDING_CREATE. */
  | 'CREATING'
  /** Deleted: Huawei DELETED. */
  | 'DELETED'
  /** Being deleted: Alibaba deleting, terminating; Huawei PENDING_DELETE. */
  | 'DELETING'
  /** Exists but not forwarding: Alibaba terminated; Huawei DOWN. */
  | 'DOWN'
  /** Failed: Huawei ERROR. */
  | 'ERROR'
  /** Waiting for the owner of the connection to accept it: Alibaba unconfirmed; Huawei AUTHORIZATION. */
  | 'PENDING_APPROVAL'
  /** The owner of the connection refused it: Huawei REJECTED. */
  | 'REJECTED'
  /** A provider status netplane does not map; read providerStatus. */
  | 'UNKNOWN'
  /** Being changed: Alibaba recovering; Huawei PENDING_UPDATE. */
  | 'UPDATING';

/** Huawei: which API binds or unbinds a virtual IP on a NIC. */
export type VirtualIpBindingMethod =
  /** The ECS API of seed 000, PUT /v1/{project_id}/cloudservers/nics/{nic_id} (the default; Huawei lists it among its out-of-date APIs). */
  | 'ECS_NIC'
  /** The NIC port's allowed_address_pairs through the Neutron-compatible PUT /v2.0/ports/{port_id}, as Terraform's huaweicloud_networking_vip_associate does. */
  | 'NEUTRON_ALLOWED_ADDRESS_PAIRS';

/** The normalized state of a virtual IP; providerStatus keeps the verbatim value. */
export type VirtualIpStatus =
  /** Being bound: Alibaba Associating. */
  | 'ASSOCIATING'
  /** Created and bound to nothing: Alibaba Available; Huawei VIP port ACTIVE or DOWN that no NIC carries. */
  | 'AVAILABLE'
  /** Being created: Alibaba Creating; Huawei VIP port BUILD. */
  | 'CREATING'
  /** Being deleted: Alibaba Deleting. */
  | 'DELETING'
  /** Bound: Alibaba InUse; Huawei: some NIC port lists the address in its allowed_address_pairs. */
  | 'IN_USE'
  /** Being unbound: Alibaba Unassociating. */
  | 'UNASSOCIATING'
  /** A provider status netplane does not map; read providerStatus. */
  | 'UNKNOWN';

export type LifecyclePartitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecyclePartitionsQuery = { networkInterfaces: { partitions: Array<{ provider: Provider, account: string, region: string, ok: boolean }> } };

export type LifecycleFleetQueryVariables = Exact<{
  provider: Provider;
  account: string;
  region: string;
}>;


export type LifecycleFleetQuery = { networkInterfaces: { edges: Array<{ node: { id: string, nativeId: string, name: string | null, status: NetworkInterfaceStatus, interfaceType: NetworkInterfaceType | null, subnetId: string | null, vpcId: string | null, securityGroupIds: Array<string>, primaryIp: string | null, virtualIpAddresses: Array<string>, privateIps: Array<{ address: string }>, attachment: { instanceId: string } | null } }> }, virtualIps: { edges: Array<{ node: { id: string, nativeId: string, address: string, status: VirtualIpStatus, boundInterfaceIds: Array<string> } }> }, elasticIps: { edges: Array<{ node: { id: string, nativeId: string, address: string, status: ElasticIpStatus, boundTo: { targetId: string } | null } }> }, vifPeers: { edges: Array<{ node: { id: string, nativeId: string, name: string | null, description: string | null, status: VifPeerStatus, remoteGatewayIp: string | null, remoteSubnets: Array<string>, virtualInterfaceId: string, bgpGroupId: string | null } }> }, virtualInterfaces: { edges: Array<{ node: { id: string, nativeId: string, status: VirtualInterfaceStatus } }> } };

export type LifecycleStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleStatusQuery = { node:
    | { __typename: 'ElasticIp', elasticIpStatus: ElasticIpStatus }
    | { __typename: 'NetworkInterface', interfaceStatus: NetworkInterfaceStatus }
    | { __typename: 'Operation' }
    | { __typename: 'VifPeer', vifPeerStatus: VifPeerStatus }
    | { __typename: 'VirtualInterface' }
    | { __typename: 'VirtualIp', virtualIpStatus: VirtualIpStatus }
   | null };

type LifecycleError_IdempotencyMismatch_Fragment = { provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean };

type LifecycleError_InsufficientCapacity_Fragment = { provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean };

type LifecycleError_InvalidParameter_Fragment = { provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean };

type LifecycleError_InvalidResourceState_Fragment = { provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean };

type LifecycleError_PermissionDenied_Fragment = { provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean };

type LifecycleError_ProviderUnavailable_Fragment = { provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean };

type LifecycleError_QuotaExceeded_Fragment = { provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean };

type LifecycleError_ResourceConflict_Fragment = { provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean };

type LifecycleError_ResourceNotFound_Fragment = { provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean };

type LifecycleError_Throttled_Fragment = { provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean };

type LifecycleError_UnknownProviderError_Fragment = { provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean };

type LifecycleError_UnsupportedOperation_Fragment = { provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean };

export type LifecycleErrorFragment =
  | LifecycleError_IdempotencyMismatch_Fragment
  | LifecycleError_InsufficientCapacity_Fragment
  | LifecycleError_InvalidParameter_Fragment
  | LifecycleError_InvalidResourceState_Fragment
  | LifecycleError_PermissionDenied_Fragment
  | LifecycleError_ProviderUnavailable_Fragment
  | LifecycleError_QuotaExceeded_Fragment
  | LifecycleError_ResourceConflict_Fragment
  | LifecycleError_ResourceNotFound_Fragment
  | LifecycleError_Throttled_Fragment
  | LifecycleError_UnknownProviderError_Fragment
  | LifecycleError_UnsupportedOperation_Fragment
;

export type LifecycleCreateNetworkInterfaceMutationVariables = Exact<{
  input: CreateNetworkInterfaceInput;
}>;


export type LifecycleCreateNetworkInterfaceMutation = { createNetworkInterface:
    | { __typename: 'CreateNetworkInterfaceSuccess', asynchronous: boolean, networkInterface: { id: string, nativeId: string, status: NetworkInterfaceStatus } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleAttachNetworkInterfaceMutationVariables = Exact<{
  input: AttachNetworkInterfaceInput;
}>;


export type LifecycleAttachNetworkInterfaceMutation = { attachNetworkInterface:
    | { __typename: 'AttachNetworkInterfaceSuccess', asynchronous: boolean, jobId: string | null, networkInterface: { id: string, status: NetworkInterfaceStatus } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleAssignPrivateIpAddressesMutationVariables = Exact<{
  input: AssignPrivateIpAddressesInput;
}>;


export type LifecycleAssignPrivateIpAddressesMutation = { assignPrivateIpAddresses:
    | { __typename: 'AssignPrivateIpAddressesSuccess', assignedPrivateIps: Array<string> }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleUnassignPrivateIpAddressesMutationVariables = Exact<{
  input: UnassignPrivateIpAddressesInput;
}>;


export type LifecycleUnassignPrivateIpAddressesMutation = { unassignPrivateIpAddresses:
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnassignPrivateIpAddressesSuccess', networkInterface: { id: string, privateIps: Array<{ address: string }> } | null }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleCreateVirtualIpMutationVariables = Exact<{
  input: CreateVirtualIpInput;
}>;


export type LifecycleCreateVirtualIpMutation = { createVirtualIp:
    | { __typename: 'CreateVirtualIpSuccess', asynchronous: boolean, virtualIp: { id: string, nativeId: string, address: string, status: VirtualIpStatus } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleBindVirtualIpMutationVariables = Exact<{
  input: BindVirtualIpInput;
}>;


export type LifecycleBindVirtualIpMutation = { bindVirtualIp:
    | { __typename: 'BindVirtualIpSuccess', asynchronous: boolean, virtualIp: { id: string, status: VirtualIpStatus } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleUnbindVirtualIpMutationVariables = Exact<{
  input: UnbindVirtualIpInput;
}>;


export type LifecycleUnbindVirtualIpMutation = { unbindVirtualIp:
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnbindVirtualIpSuccess', asynchronous: boolean, virtualIp: { id: string, status: VirtualIpStatus } | null }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleDeleteVirtualIpMutationVariables = Exact<{
  input: DeleteVirtualIpInput;
}>;


export type LifecycleDeleteVirtualIpMutation = { deleteVirtualIp:
    | { __typename: 'DeleteVirtualIpSuccess', asynchronous: boolean }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleAllocateElasticIpMutationVariables = Exact<{
  input: AllocateElasticIpInput;
}>;


export type LifecycleAllocateElasticIpMutation = { allocateElasticIp:
    | { __typename: 'AllocateElasticIpSuccess', elasticIp: { id: string, nativeId: string, address: string, status: ElasticIpStatus } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleAssociateElasticIpMutationVariables = Exact<{
  input: AssociateElasticIpInput;
}>;


export type LifecycleAssociateElasticIpMutation = { associateElasticIp:
    | { __typename: 'AssociateElasticIpSuccess', asynchronous: boolean, elasticIp: { id: string, status: ElasticIpStatus } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleUnassociateElasticIpMutationVariables = Exact<{
  input: UnassociateElasticIpInput;
}>;


export type LifecycleUnassociateElasticIpMutation = { unassociateElasticIp:
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnassociateElasticIpSuccess', asynchronous: boolean, elasticIp: { id: string, status: ElasticIpStatus } | null }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleReleaseElasticIpMutationVariables = Exact<{
  input: ReleaseElasticIpInput;
}>;


export type LifecycleReleaseElasticIpMutation = { releaseElasticIp:
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ReleaseElasticIpSuccess', asynchronous: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleCreateVifPeerMutationVariables = Exact<{
  input: CreateVifPeerInput;
}>;


export type LifecycleCreateVifPeerMutation = { createVifPeer:
    | { __typename: 'CreateVifPeerSuccess', asynchronous: boolean, vifPeer: { id: string, nativeId: string, status: VifPeerStatus } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleUpdateVifPeerMutationVariables = Exact<{
  input: UpdateVifPeerInput;
}>;


export type LifecycleUpdateVifPeerMutation = { updateVifPeer:
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UpdateVifPeerSuccess', asynchronous: boolean, vifPeer: { id: string, status: VifPeerStatus, name: string | null } | null }
   };

export type LifecycleDeleteVifPeerMutationVariables = Exact<{
  input: DeleteVifPeerInput;
}>;


export type LifecycleDeleteVifPeerMutation = { deleteVifPeer:
    | { __typename: 'DeleteVifPeerSuccess', asynchronous: boolean }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleDetachNetworkInterfaceMutationVariables = Exact<{
  input: DetachNetworkInterfaceInput;
}>;


export type LifecycleDetachNetworkInterfaceMutation = { detachNetworkInterface:
    | { __typename: 'DetachNetworkInterfaceSuccess', asynchronous: boolean, jobId: string | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InsufficientCapacity', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export type LifecycleDeleteNetworkInterfaceMutationVariables = Exact<{
  input: DeleteNetworkInterfaceInput;
}>;


export type LifecycleDeleteNetworkInterfaceMutation = { deleteNetworkInterface:
    | { __typename: 'DeleteNetworkInterfaceSuccess', asynchronous: boolean }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, message: string, requestId: string | null, retryable: boolean }
   };

export const LifecycleErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleErrorFragment, unknown>;
export const LifecyclePartitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecyclePartitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]}}]} as unknown as DocumentNode<LifecyclePartitionsQuery, LifecyclePartitionsQueryVariables>;
export const LifecycleFleetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleFleet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"provider"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"accounts"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"account"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"region"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceType"}},{"kind":"Field","name":{"kind":"Name","value":"subnetId"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIpAddresses"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"provider"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"accounts"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"account"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"region"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundInterfaceIds"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"provider"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"accounts"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"account"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"region"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vifPeers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"provider"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"accounts"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"account"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"region"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remoteGatewayIp"}},{"kind":"Field","name":{"kind":"Name","value":"remoteSubnets"}},{"kind":"Field","name":{"kind":"Name","value":"virtualInterfaceId"}},{"kind":"Field","name":{"kind":"Name","value":"bgpGroupId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"provider"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"accounts"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"account"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"region"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleFleetQuery, LifecycleFleetQueryVariables>;
export const LifecycleStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"interfaceStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualIp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"virtualIpStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElasticIp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"elasticIpStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VifPeer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vifPeerStatus"},"name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleStatusQuery, LifecycleStatusQueryVariables>;
export const LifecycleCreateNetworkInterfaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleCreateNetworkInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetworkInterfaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetworkInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetworkInterfaceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleCreateNetworkInterfaceMutation, LifecycleCreateNetworkInterfaceMutationVariables>;
export const LifecycleAttachNetworkInterfaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleAttachNetworkInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachNetworkInterfaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachNetworkInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttachNetworkInterfaceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleAttachNetworkInterfaceMutation, LifecycleAttachNetworkInterfaceMutationVariables>;
export const LifecycleAssignPrivateIpAddressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleAssignPrivateIpAddresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPrivateIpAddressesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPrivateIpAddresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPrivateIpAddressesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedPrivateIps"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleAssignPrivateIpAddressesMutation, LifecycleAssignPrivateIpAddressesMutationVariables>;
export const LifecycleUnassignPrivateIpAddressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleUnassignPrivateIpAddresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnassignPrivateIpAddressesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignPrivateIpAddresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnassignPrivateIpAddressesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleUnassignPrivateIpAddressesMutation, LifecycleUnassignPrivateIpAddressesMutationVariables>;
export const LifecycleCreateVirtualIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleCreateVirtualIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVirtualIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVirtualIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVirtualIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleCreateVirtualIpMutation, LifecycleCreateVirtualIpMutationVariables>;
export const LifecycleBindVirtualIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleBindVirtualIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BindVirtualIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindVirtualIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BindVirtualIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleBindVirtualIpMutation, LifecycleBindVirtualIpMutationVariables>;
export const LifecycleUnbindVirtualIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleUnbindVirtualIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnbindVirtualIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbindVirtualIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnbindVirtualIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleUnbindVirtualIpMutation, LifecycleUnbindVirtualIpMutationVariables>;
export const LifecycleDeleteVirtualIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleDeleteVirtualIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteVirtualIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVirtualIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteVirtualIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleDeleteVirtualIpMutation, LifecycleDeleteVirtualIpMutationVariables>;
export const LifecycleAllocateElasticIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleAllocateElasticIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateElasticIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateElasticIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateElasticIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elasticIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleAllocateElasticIpMutation, LifecycleAllocateElasticIpMutationVariables>;
export const LifecycleAssociateElasticIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleAssociateElasticIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociateElasticIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associateElasticIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssociateElasticIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"elasticIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleAssociateElasticIpMutation, LifecycleAssociateElasticIpMutationVariables>;
export const LifecycleUnassociateElasticIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleUnassociateElasticIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnassociateElasticIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassociateElasticIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnassociateElasticIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"elasticIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleUnassociateElasticIpMutation, LifecycleUnassociateElasticIpMutationVariables>;
export const LifecycleReleaseElasticIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleReleaseElasticIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseElasticIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseElasticIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseElasticIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleReleaseElasticIpMutation, LifecycleReleaseElasticIpMutationVariables>;
export const LifecycleCreateVifPeerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleCreateVifPeer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVifPeerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVifPeer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVifPeerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"vifPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleCreateVifPeerMutation, LifecycleCreateVifPeerMutationVariables>;
export const LifecycleUpdateVifPeerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleUpdateVifPeer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVifPeerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVifPeer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVifPeerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"vifPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleUpdateVifPeerMutation, LifecycleUpdateVifPeerMutationVariables>;
export const LifecycleDeleteVifPeerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleDeleteVifPeer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteVifPeerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVifPeer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteVifPeerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleDeleteVifPeerMutation, LifecycleDeleteVifPeerMutationVariables>;
export const LifecycleDetachNetworkInterfaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleDetachNetworkInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DetachNetworkInterfaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachNetworkInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetachNetworkInterfaceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleDetachNetworkInterfaceMutation, LifecycleDetachNetworkInterfaceMutationVariables>;
export const LifecycleDeleteNetworkInterfaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleDeleteNetworkInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteNetworkInterfaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNetworkInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteNetworkInterfaceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]} as unknown as DocumentNode<LifecycleDeleteNetworkInterfaceMutation, LifecycleDeleteNetworkInterfaceMutationVariables>;