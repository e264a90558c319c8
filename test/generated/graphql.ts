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

/** The kind of target an elastic IP is bound to; EipBinding.providerType keeps the verbatim value. */
export type EipBindingKind =
  /** An ECS instance: Alibaba InstanceType EcsInstance. */
  | 'INSTANCE'
  /** An IP address in a VPC: Alibaba InstanceType IpAddress. */
  | 'IP_ADDRESS'
  /** A load balancer: Alibaba InstanceType SlbInstance; Huawei status ELB. */
  | 'LOAD_BALANCER'
  /** A NAT gateway: Alibaba InstanceType Nat. */
  | 'NAT_GATEWAY'
  /** A network interface: Alibaba InstanceType NetworkInterface; Huawei a port_id (status neither ELB nor VPN). */
  | 'NETWORK_INTERFACE'
  /** Any other target (e.g. Huawei status VPN); read providerType. */
  | 'OTHER'
  /** A virtual IP: Alibaba InstanceType HaVip. */
  | 'VIRTUAL_IP';

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

/** Lists mean "any of"; unset or empty matches everything. */
export type ElasticIpFilter = {
  /** Only partitions of these accounts (names in netplane's configuration); the others are not called. */
  accounts?: Array<string> | null | undefined;
  /** The public address (pushed down: Alibaba EipAddress; Huawei public_ip_address, IPv6 addresses matched by the gateway). */
  address?: string | null | undefined;
  /** Native id of the bound target, ENI, instance, port … (pushed down: Alibaba AssociatedInstanceId; Huawei port_id). */
  boundToId?: string | null | undefined;
  /** Names starting with this (applied by the gateway). */
  namePrefix?: string | null | undefined;
  /** Native ids, pushed down to the provider (Alibaba NetworkInterfaceId.N, AllocationId, Filter HaVipId / VbrId, BgpPeerId; Huawei `id` query parameters) except Huawei VIF peers, which the gateway matches. */
  nativeIds?: Array<string> | null | undefined;
  /** Only partitions of these providers; the others are not called. */
  providers?: Array<Provider> | null | undefined;
  /** Only partitions in these region ids; the others are not called. */
  regions?: Array<string> | null | undefined;
  /** Normalized statuses (applied by the gateway). */
  statuses?: Array<ElasticIpStatus> | null | undefined;
  /** Tags the elastic IP carries, all of them (applied by the gateway; Huawei elastic IPs carry no tags, so none match). */
  tags?: Array<TagFilter> | null | undefined;
};

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

/** netplane's classification of errors; each value names the ProviderError type a code comes back as. */
export type ErrorCategory =
  /** Comes back as IdempotencyMismatch: A client token was reused with different parameters. */
  | 'IDEMPOTENCY_MISMATCH'
  /** Comes back as InsufficientCapacity: The provider has no room for the request (e.g. no free private IP left in the vSwitch). */
  | 'INSUFFICIENT_CAPACITY'
  /** Comes back as InvalidParameter: A parameter was rejected, by the provider or by netplane before any call (with the code the provider would have answered). */
  | 'INVALID_PARAMETER'
  /** Comes back as InvalidResourceState: The resource is in a state that does not allow the operation. */
  | 'INVALID_RESOURCE_STATE'
  /** Comes back as PermissionDenied: Authentication failed or the account may not do this (signature, credentials, RAM/IAM authorization, balance). */
  | 'PERMISSION_DENIED'
  /** Comes back as ProviderUnavailable: The provider could not be reached or failed (timeouts, resets, 5xx). */
  | 'PROVIDER_UNAVAILABLE'
  /** Comes back as QuotaExceeded: An account or per-resource quota would be exceeded (e.g. EIPs per NAT gateway, private IPs per ENI). */
  | 'QUOTA_EXCEEDED'
  /** Comes back as ResourceConflict: The change conflicts with existing state (duplicate address, already associated …). */
  | 'RESOURCE_CONFLICT'
  /** Comes back as ResourceNotFound: The target (or something it refers to) does not exist. */
  | 'RESOURCE_NOT_FOUND'
  /** Comes back as Throttled: The provider rate-limited the call; retry after retryAfterSeconds when given. */
  | 'THROTTLED'
  /** Comes back as UnknownProviderError: A code no catalog documents, passed through verbatim. */
  | 'UNKNOWN_PROVIDER_ERROR'
  /** Comes back as UnsupportedOperation: The provider does not offer this operation; netplane called nothing. */
  | 'UNSUPPORTED_OPERATION';

/** A netplane mutation. */
export type MutationName =
  /** The allocateElasticIp mutation: Allocates a pay-as-you-go elastic IP. Alibaba: VPC AllocateEipAddress (Available at once). Huawei: CreatePublicip with a dedicated (PER) bandwidth. */
  | 'ALLOCATE_ELASTIC_IP'
  /** The assignPrivateIpAddresses mutation: Assigns secondary private IP addresses to a network interface. Alibaba: ECS AssignPrivateIpAddresses (seed 003). */
  | 'ASSIGN_PRIVATE_IP_ADDRESSES'
  /** The associateElasticIp mutation: Associates an elastic IP with an instance or network interface. Alibaba: VPC AssociateEipAddress (seed 002; ASSOCIATING, then IN_USE). Huawei: UpdatePublicip with port_id (the NIC's port). */
  | 'ASSOCIATE_ELASTIC_IP'
  /** The attachNetworkInterface mutation: Attaches a network interface to an instance. Alibaba: ECS AttachNetworkInterface (ATTACHING, then IN_USE; back to AVAILABLE if it failed). Huawei: ECS BatchAddServerNics with the port, an asynchronous job read with ShowJob. */
  | 'ATTACH_NETWORK_INTERFACE'
  /** The bindVirtualIp mutation: Binds a virtual IP to a network interface. Alibaba: VPC AssociateHaVip with InstanceType NetworkInterface (ASSOCIATING, then IN_USE). Huawei: ECS "bind a virtual IP address to a NIC" (seed 000), or the port's allowed_address_pairs (method). */
  | 'BIND_VIRTUAL_IP'
  /** The createNetworkInterface mutation: Creates a network interface. Alibaba: ECS CreateNetworkInterface (seed 004), Available at once. Huawei: VPC CreatePort (a port not yet attached to a server, status DOWN). */
  | 'CREATE_NETWORK_INTERFACE'
  /** The createVifPeer mutation: Creates a peer on a virtual interface. Huawei: DCaaS "create a VIF peer" (seed 001; PENDING_CREATE, then ACTIVE). Alibaba: VPC CreateBgpPeer in a BGP group of a VBR (Pending, then Available). */
  | 'CREATE_VIF_PEER'
  /** The createVirtualIp mutation: Creates a virtual IP. Alibaba: VPC CreateHaVip (CREATING, then AVAILABLE). Huawei: VPC CreatePort with device_owner neutron:VIP_PORT (a VIP port). */
  | 'CREATE_VIRTUAL_IP'
  /** The deleteNetworkInterface mutation: Deletes a detached network interface. Alibaba: ECS DeleteNetworkInterface (the ENI must be Available; Deleting, then gone). Huawei: VPC DeletePort. */
  | 'DELETE_NETWORK_INTERFACE'
  /** The deleteVifPeer mutation: Deletes a peer. Huawei: DCaaS DeleteVifPeer (PENDING_DELETE, then gone; the last peer of a virtual interface cannot be deleted). Alibaba: VPC DeleteBgpPeer (Deleting, then gone). */
  | 'DELETE_VIF_PEER'
  /** The deleteVirtualIp mutation: Deletes an unbound virtual IP. Alibaba: VPC DeleteHaVip (it must be Available with no EIP associated; DELETING, then gone). Huawei: VPC DeletePort of the VIP port. */
  | 'DELETE_VIRTUAL_IP'
  /** The detachNetworkInterface mutation: Detaches a secondary network interface from its instance. Alibaba: ECS DetachNetworkInterface (DETACHING, then AVAILABLE). Huawei: ECS BatchDeleteServerNics, an asynchronous job read with ShowJob (the port is kept). */
  | 'DETACH_NETWORK_INTERFACE'
  /** The releaseElasticIp mutation: Releases an unassociated elastic IP. Alibaba: VPC ReleaseEipAddress (Available and pay-as-you-go only; RELEASING, then gone). Huawei: DeletePublicip. */
  | 'RELEASE_ELASTIC_IP'
  /** The unassignPrivateIpAddresses mutation: Removes secondary private IP addresses from a network interface. Alibaba: ECS UnassignPrivateIpAddresses. */
  | 'UNASSIGN_PRIVATE_IP_ADDRESSES'
  /** The unassociateElasticIp mutation: Disassociates an elastic IP from what it is bound to. Alibaba: VPC UnassociateEipAddress (UNASSOCIATING, then AVAILABLE). Huawei: UpdatePublicip clearing port_id. */
  | 'UNASSOCIATE_ELASTIC_IP'
  /** The unbindVirtualIp mutation: Unbinds a virtual IP from a network interface. Alibaba: VPC UnassociateHaVip (UNASSOCIATING, then IN_USE or AVAILABLE). Huawei: the seed's PUT with empty subnet_id and ip_address, or the port's allowed_address_pairs (method). The interface and the virtual IP are kept. */
  | 'UNBIND_VIRTUAL_IP'
  /** The updateNetworkInterface mutation: Changes the name, description or security groups of a network interface. Alibaba: ECS ModifyNetworkInterfaceAttribute. Huawei: VPC UpdatePort. */
  | 'UPDATE_NETWORK_INTERFACE'
  /** The updateVifPeer mutation: Changes a peer. Huawei: DCaaS UpdateVifPeer (name, description, remote_ep_group). Alibaba: VPC ModifyBgpPeerAttribute (peer address, BFD, BGP group; Modifying, then Available). */
  | 'UPDATE_VIF_PEER';

/** Lists mean "any of"; unset or empty matches everything. */
export type NetworkInterfaceFilter = {
  /** Only partitions of these accounts (names in netplane's configuration); the others are not called. */
  accounts?: Array<string> | null | undefined;
  /** The instance the interface is attached to (pushed down: Alibaba InstanceId; Huawei device_id). */
  instanceId?: string | null | undefined;
  /** A private IP address the interface carries (pushed down: Alibaba PrivateIpAddress.1; Huawei fixed_ips=ip_address=<address>). */
  ipAddress?: string | null | undefined;
  /** Names starting with this (applied by the gateway). */
  namePrefix?: string | null | undefined;
  /** Native ids, pushed down to the provider (Alibaba NetworkInterfaceId.N, AllocationId, Filter HaVipId / VbrId, BgpPeerId; Huawei `id` query parameters) except Huawei VIF peers, which the gateway matches. */
  nativeIds?: Array<string> | null | undefined;
  /** Only partitions of these providers; the others are not called. */
  providers?: Array<Provider> | null | undefined;
  /** Only partitions in these region ids; the others are not called. */
  regions?: Array<string> | null | undefined;
  /** Normalized statuses (applied by the gateway). */
  statuses?: Array<NetworkInterfaceStatus> | null | undefined;
  /** The subnet (pushed down: Alibaba VSwitchId; Huawei network_id). */
  subnetId?: string | null | undefined;
  /** Tags the interface carries, all of them (Alibaba: pushed down as Tag.N; Huawei interfaces carry no tags, so none match). */
  tags?: Array<TagFilter> | null | undefined;
  /** The VPC (Alibaba: pushed down as VpcId; Huawei: the subnet list is asked with vpc_id and the gateway keeps the ports of those subnets). */
  vpcId?: string | null | undefined;
};

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
  /** ALIBABA code `CountLimitExceeded.HaVipOnECSInstance` */
  | 'ALIBABA_COUNT_LIMIT_EXCEEDED_HA_VIP_ON_ECS_INSTANCE'
  /** ALIBABA code `CountLimitExceed.HaVipOnInstance` */
  | 'ALIBABA_COUNT_LIMIT_EXCEED_HA_VIP_ON_INSTANCE'
  /** ALIBABA code `DependencyViolation.BgpPeer` */
  | 'ALIBABA_DEPENDENCY_VIOLATION_BGP_PEER'
  /** ALIBABA code `DependencyViolation.HaVipAssociatedWithEIP` */
  | 'ALIBABA_DEPENDENCY_VIOLATION_HA_VIP_ASSOCIATED_WITH_EIP'
  /** ALIBABA code `DependencyViolation.HaVipReferedByRouteEntry` */
  | 'ALIBABA_DEPENDENCY_VIOLATION_HA_VIP_REFERED_BY_ROUTE_ENTRY'
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
  /** ALIBABA code `Forbbiden` */
  | 'ALIBABA_FORBBIDEN'
  /** ALIBABA code `Forbidden` */
  | 'ALIBABA_FORBIDDEN'
  /** ALIBABA code `Forbidden.ChargeTypeIsPrepaid` */
  | 'ALIBABA_FORBIDDEN_CHARGE_TYPE_IS_PREPAID'
  /** ALIBABA code `Forbidden.EipCanNotBindGatgw` */
  | 'ALIBABA_FORBIDDEN_EIP_CAN_NOT_BIND_GATGW'
  /** ALIBABA code `Forbidden.FinancialLocked` */
  | 'ALIBABA_FORBIDDEN_FINANCIAL_LOCKED'
  /** ALIBABA code `Forbidden.HaVip` */
  | 'ALIBABA_FORBIDDEN_HA_VIP'
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
  /** ALIBABA code `Forbidden.UnassociateMaster` */
  | 'ALIBABA_FORBIDDEN_UNASSOCIATE_MASTER'
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
  /** ALIBABA code `InvalidBgpGroupId.NotFound` */
  | 'ALIBABA_INVALID_BGP_GROUP_ID_NOT_FOUND'
  /** ALIBABA code `InvalidBgpPeerId.NotFound` */
  | 'ALIBABA_INVALID_BGP_PEER_ID_NOT_FOUND'
  /** ALIBABA code `InvalidBindingStatus` */
  | 'ALIBABA_INVALID_BINDING_STATUS'
  /** ALIBABA code `InvalidDescription.Malformed` */
  | 'ALIBABA_INVALID_DESCRIPTION_MALFORMED'
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
  /** ALIBABA code `InvalidIPAddress.AlreadyUsed` */
  | 'ALIBABA_INVALID_IP_ADDRESS_ALREADY_USED'
  /** ALIBABA code `InvalidIPAddress.Malformed` */
  | 'ALIBABA_INVALID_IP_ADDRESS_MALFORMED'
  /** ALIBABA code `InvalidIPAddress.NotAvailable` */
  | 'ALIBABA_INVALID_IP_ADDRESS_NOT_AVAILABLE'
  /** ALIBABA code `InvalidIPAddress.OutOfRange` */
  | 'ALIBABA_INVALID_IP_ADDRESS_OUT_OF_RANGE'
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
  /** ALIBABA code `InvalidIp.IpUnassigned` */
  | 'ALIBABA_INVALID_IP_IP_UNASSIGNED'
  /** ALIBABA code `InvalidNexthop.DirectEni` */
  | 'ALIBABA_INVALID_NEXTHOP_DIRECT_ENI'
  /** ALIBABA code `InvalidNicOrVm.NotFound` */
  | 'ALIBABA_INVALID_NIC_OR_VM_NOT_FOUND'
  /** ALIBABA code `InvalidOperation.AvailabilityZoneMismatch` */
  | 'ALIBABA_INVALID_OPERATION_AVAILABILITY_ZONE_MISMATCH'
  /** ALIBABA code `InvalidOperation.DetachPrimaryEniNotAllowed` */
  | 'ALIBABA_INVALID_OPERATION_DETACH_PRIMARY_ENI_NOT_ALLOWED'
  /** ALIBABA code `InvalidOperation.EniLinked` */
  | 'ALIBABA_INVALID_OPERATION_ENI_LINKED'
  /** ALIBABA code `InvalidOperation.EniServiceManaged` */
  | 'ALIBABA_INVALID_OPERATION_ENI_SERVICE_MANAGED'
  /** ALIBABA code `InvalidOperation.InvalidEcsState` */
  | 'ALIBABA_INVALID_OPERATION_INVALID_ECS_STATE'
  /** ALIBABA code `InvalidOperation.InvalidEniState` */
  | 'ALIBABA_INVALID_OPERATION_INVALID_ENI_STATE'
  /** ALIBABA code `InvalidOperation.InvalidEniType` */
  | 'ALIBABA_INVALID_OPERATION_INVALID_ENI_TYPE'
  /** ALIBABA code `InvalidOperation.InvalidGeneration` */
  | 'ALIBABA_INVALID_OPERATION_INVALID_GENERATION'
  /** ALIBABA code `InvalidOperation.InvalidRegion` */
  | 'ALIBABA_INVALID_OPERATION_INVALID_REGION'
  /** ALIBABA code `InvalidOperation.Ipv4CountExceeded` */
  | 'ALIBABA_INVALID_OPERATION_IPV4_COUNT_EXCEEDED'
  /** ALIBABA code `InvalidOperation.Ipv6NotSupport` */
  | 'ALIBABA_INVALID_OPERATION_IPV6_NOT_SUPPORT'
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
  /** ALIBABA code `InvalidParams.EniId` */
  | 'ALIBABA_INVALID_PARAMS_ENI_ID'
  /** ALIBABA code `InvalidParams.NotFound` */
  | 'ALIBABA_INVALID_PARAMS_NOT_FOUND'
  /** ALIBABA code `InvalidPrivateIpAddress.Duplicated` */
  | 'ALIBABA_INVALID_PRIVATE_IP_ADDRESS_DUPLICATED'
  /** ALIBABA code `InvalidPrivateIpAddress.Malformed` */
  | 'ALIBABA_INVALID_PRIVATE_IP_ADDRESS_MALFORMED'
  /** ALIBABA code `InvalidRegionId.NotFound` */
  | 'ALIBABA_INVALID_REGION_ID_NOT_FOUND'
  /** ALIBABA code `InvalidRegion.NotSupport` */
  | 'ALIBABA_INVALID_REGION_NOT_SUPPORT'
  /** ALIBABA code `InvalidResourceGroupId` */
  | 'ALIBABA_INVALID_RESOURCE_GROUP_ID'
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
  /** ALIBABA code `InvalidVip.Status` */
  | 'ALIBABA_INVALID_VIP_STATUS'
  /** ALIBABA code `InvalidVSwitchId.IpInvalid` */
  | 'ALIBABA_INVALID_V_SWITCH_ID_IP_INVALID'
  /** ALIBABA code `InvalidVSwitchId.IpNotEnough` */
  | 'ALIBABA_INVALID_V_SWITCH_ID_IP_NOT_ENOUGH'
  /** ALIBABA code `InvalidVSwitchId.IpPrefixNotEnough` */
  | 'ALIBABA_INVALID_V_SWITCH_ID_IP_PREFIX_NOT_ENOUGH'
  /** ALIBABA code `InvalidVSwitchId.NotFound` */
  | 'ALIBABA_INVALID_V_SWITCH_ID_NOT_FOUND'
  /** ALIBABA code `InvalidVSwitch.NotFound` */
  | 'ALIBABA_INVALID_V_SWITCH_NOT_FOUND'
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
  /** ALIBABA code `OperationFailed.DistibuteLock` */
  | 'ALIBABA_OPERATION_FAILED_DISTIBUTE_LOCK'
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
  /** ALIBABA code `QuotaExceeded.Eip` */
  | 'ALIBABA_QUOTA_EXCEEDED_EIP'
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
  /** ALIBABA code `ReserveIpFail` */
  | 'ALIBABA_RESERVE_IP_FAIL'
  /** ALIBABA code `ResourceAlreadyAssociated.IpAddress` */
  | 'ALIBABA_RESOURCE_ALREADY_ASSOCIATED_IP_ADDRESS'
  /** ALIBABA code `ResourceNotAssociated` */
  | 'ALIBABA_RESOURCE_NOT_ASSOCIATED'
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
  /** ALIBABA code `TaskConflict.AssociateGlobalAccelerationInstance` */
  | 'ALIBABA_TASK_CONFLICT_ASSOCIATE_GLOBAL_ACCELERATION_INSTANCE'
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
  /** HUAWEI code `Common.0021` */
  | 'HUAWEI_COMMON_0021'
  /** HUAWEI code `Common.0024` */
  | 'HUAWEI_COMMON_0024'
  /** HUAWEI code `Common.0025` */
  | 'HUAWEI_COMMON_0025'
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
  /** HUAWEI code `Ecs.0050` */
  | 'HUAWEI_ECS_0050'
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
  /** HUAWEI code `Ecs.0118` */
  | 'HUAWEI_ECS_0118'
  /** HUAWEI code `Ecs.0201` */
  | 'HUAWEI_ECS_0201'
  /** HUAWEI code `Ecs.0210` */
  | 'HUAWEI_ECS_0210'
  /** HUAWEI code `Ecs.0211` */
  | 'HUAWEI_ECS_0211'
  /** HUAWEI code `Ecs.0212` */
  | 'HUAWEI_ECS_0212'
  /** HUAWEI code `Ecs.0213` */
  | 'HUAWEI_ECS_0213'
  /** HUAWEI code `Ecs.0217` */
  | 'HUAWEI_ECS_0217'
  /** HUAWEI code `Ecs.0307` */
  | 'HUAWEI_ECS_0307'
  /** HUAWEI code `Ecs.0309` */
  | 'HUAWEI_ECS_0309'
  /** HUAWEI code `Ecs.0401` */
  | 'HUAWEI_ECS_0401'
  /** HUAWEI code `Ecs.0507` */
  | 'HUAWEI_ECS_0507'
  /** HUAWEI code `Ecs.0603` */
  | 'HUAWEI_ECS_0603'
  /** HUAWEI code `Ecs.0611` */
  | 'HUAWEI_ECS_0611'
  /** HUAWEI code `Ecs.0614` */
  | 'HUAWEI_ECS_0614'
  /** HUAWEI code `Ecs.1200` */
  | 'HUAWEI_ECS_1200'
  /** HUAWEI code `Ecs.1201` */
  | 'HUAWEI_ECS_1201'
  /** HUAWEI code `InvalidInput` */
  | 'HUAWEI_INVALID_INPUT'
  /** HUAWEI code `IpAddressGenerationFailure` */
  | 'HUAWEI_IP_ADDRESS_GENERATION_FAILURE'
  /** HUAWEI code `IpAddressInUse` */
  | 'HUAWEI_IP_ADDRESS_IN_USE'
  /** HUAWEI code `NetworkNotFound` */
  | 'HUAWEI_NETWORK_NOT_FOUND'
  /** HUAWEI code `Pdp.0001` */
  | 'HUAWEI_PDP_0001'
  /** HUAWEI code `PortInUse` */
  | 'HUAWEI_PORT_IN_USE'
  /** HUAWEI code `PortNotFound` */
  | 'HUAWEI_PORT_NOT_FOUND'
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
  /** HUAWEI code `VPC.0010` */
  | 'HUAWEI_VPC_0010'
  /** HUAWEI code `VPC.0301` */
  | 'HUAWEI_VPC_0301'
  /** HUAWEI code `VPC.0501` */
  | 'HUAWEI_VPC_0501'
  /** HUAWEI code `VPC.0502` */
  | 'HUAWEI_VPC_0502'
  /** HUAWEI code `VPC.0503` */
  | 'HUAWEI_VPC_0503'
  /** HUAWEI code `VPC.0504` */
  | 'HUAWEI_VPC_0504'
  /** HUAWEI code `VPC.0508` */
  | 'HUAWEI_VPC_0508'
  /** HUAWEI code `VPC.0510` */
  | 'HUAWEI_VPC_0510'
  /** HUAWEI code `VPC.0701` */
  | 'HUAWEI_VPC_0701'
  /** HUAWEI code `VPC.2201` */
  | 'HUAWEI_VPC_2201'
  /** HUAWEI code `VPC.2500` */
  | 'HUAWEI_VPC_2500'
  /** HUAWEI code `VPC.2701` */
  | 'HUAWEI_VPC_2701'
  /** netplane code `netplane.AmbiguousTarget` */
  | 'NETPLANE_AMBIGUOUS_TARGET'
  /** netplane code `netplane.FieldNotTaken` */
  | 'NETPLANE_FIELD_NOT_TAKEN'
  /** netplane code `netplane.IdempotencyKeyInFlight` */
  | 'NETPLANE_IDEMPOTENCY_KEY_IN_FLIGHT'
  /** netplane code `netplane.IdempotencyMismatch` */
  | 'NETPLANE_IDEMPOTENCY_MISMATCH'
  /** netplane code `netplane.InvalidIdempotencyKey` */
  | 'NETPLANE_INVALID_IDEMPOTENCY_KEY'
  /** netplane code `netplane.InvalidInput` */
  | 'NETPLANE_INVALID_INPUT'
  /** netplane code `netplane.MalformedId` */
  | 'NETPLANE_MALFORMED_ID'
  /** netplane code `netplane.PartitionNotConfigured` */
  | 'NETPLANE_PARTITION_NOT_CONFIGURED'
  /** netplane code `netplane.PermissionDenied` */
  | 'NETPLANE_PERMISSION_DENIED'
  /** netplane code `netplane.UnsupportedOperation` */
  | 'NETPLANE_UNSUPPORTED_OPERATION'
  /** netplane code `netplane.WrongIdType` */
  | 'NETPLANE_WRONG_ID_TYPE';

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

/** A tag the resource must carry: the key, and the value when given. */
export type TagFilter = {
  /** The tag key, matched exactly. */
  key: string;
  /** Unset: any value. */
  value?: string | null | undefined;
};

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

/** Changes the name, description or security groups of a network interface. Alibaba: ECS ModifyNetworkInterfaceAttribute. Huawei: VPC UpdatePort. */
export type UpdateNetworkInterfaceInput = {
  /** Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway's mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey. */
  deadlineSeconds?: number | null | undefined;
  /** New description. Alibaba Description: 2 to 255 characters, not starting with http:// or https://. Wire: Alibaba `Description`. Not taken by Huawei (an InvalidParameter there). */
  description?: string | null | undefined;
  /** Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset. */
  dryRun?: boolean | null | undefined;
  /** Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error. */
  idempotencyKey?: string | null | undefined;
  /** The NetworkInterface by provider, account, region and native id (or give networkInterfaceId). */
  networkInterface?: ResourceRefInput | null | undefined;
  /** Global id of the NetworkInterface to act on (or give networkInterface). */
  networkInterfaceId?: string | number | null | undefined;
  /** New name. Alibaba NetworkInterfaceName: 2 to 128 characters, starts with a letter, not http:// or https://. Huawei name: 0 to 255 characters. Wire: Alibaba `NetworkInterfaceName`; Huawei `name`. */
  networkInterfaceName?: string | null | undefined;
  /** The security groups, replacing the current set. Alibaba SecurityGroupId.N (N: 1 to 10); Huawei security_groups (UUIDs). Wire: Alibaba `SecurityGroupId.N`; Huawei `security_groups`. */
  securityGroupIds?: Array<string> | null | undefined;
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

/** Lists mean "any of"; unset or empty matches everything. */
export type VifPeerFilter = {
  /** Only partitions of these accounts (names in netplane's configuration); the others are not called. */
  accounts?: Array<string> | null | undefined;
  /** Names starting with this (applied by the gateway). */
  namePrefix?: string | null | undefined;
  /** Native ids, pushed down to the provider (Alibaba NetworkInterfaceId.N, AllocationId, Filter HaVipId / VbrId, BgpPeerId; Huawei `id` query parameters) except Huawei VIF peers, which the gateway matches. */
  nativeIds?: Array<string> | null | undefined;
  /** Only partitions of these providers; the others are not called. */
  providers?: Array<Provider> | null | undefined;
  /** Only partitions in these region ids; the others are not called. */
  regions?: Array<string> | null | undefined;
  /** Normalized statuses (applied by the gateway). */
  statuses?: Array<VifPeerStatus> | null | undefined;
  /** Native id of the virtual interface (pushed down: Alibaba RouterId; Huawei `id` of the virtual-interfaces list). */
  virtualInterfaceId?: string | null | undefined;
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

/** Lists mean "any of"; unset or empty matches everything. */
export type VirtualInterfaceFilter = {
  /** Only partitions of these accounts (names in netplane's configuration); the others are not called. */
  accounts?: Array<string> | null | undefined;
  /** Names starting with this (applied by the gateway). */
  namePrefix?: string | null | undefined;
  /** Native ids, pushed down to the provider (Alibaba NetworkInterfaceId.N, AllocationId, Filter HaVipId / VbrId, BgpPeerId; Huawei `id` query parameters) except Huawei VIF peers, which the gateway matches. */
  nativeIds?: Array<string> | null | undefined;
  /** Only partitions of these providers; the others are not called. */
  providers?: Array<Provider> | null | undefined;
  /** Only partitions in these region ids; the others are not called. */
  regions?: Array<string> | null | undefined;
  /** Normalized statuses (applied by the gateway). */
  statuses?: Array<VirtualInterfaceStatus> | null | undefined;
};

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

/** Lists mean "any of"; unset or empty matches everything. */
export type VirtualIpFilter = {
  /** Only partitions of these accounts (names in netplane's configuration); the others are not called. */
  accounts?: Array<string> | null | undefined;
  /** The private IP address (pushed down: Alibaba Filter HaVipAddress; Huawei fixed_ips=ip_address=<address>). */
  address?: string | null | undefined;
  /** Names starting with this (applied by the gateway). */
  namePrefix?: string | null | undefined;
  /** Native ids, pushed down to the provider (Alibaba NetworkInterfaceId.N, AllocationId, Filter HaVipId / VbrId, BgpPeerId; Huawei `id` query parameters) except Huawei VIF peers, which the gateway matches. */
  nativeIds?: Array<string> | null | undefined;
  /** Only partitions of these providers; the others are not called. */
  providers?: Array<Provider> | null | undefined;
  /** Only partitions in these region ids; the others are not called. */
  regions?: Array<string> | null | undefined;
  /** Normalized statuses (applied by the gateway). */
  statuses?: Array<VirtualIpStatus> | null | undefined;
  /** The subnet (pushed down: Alibaba Filter VSwitchId; Huawei network_id). */
  subnetId?: string | null | undefined;
  /** Tags the virtual IP carries, all of them (applied by the gateway; Huawei virtual IPs carry no tags, so none match). */
  tags?: Array<TagFilter> | null | undefined;
  /** The VPC (Alibaba: pushed down as Filter VpcId; Huawei: applied by the gateway to the vpc_id of the port's subnet). */
  vpcId?: string | null | undefined;
};

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

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'ElasticIp', nativeId: string, provider: Provider, account: string, region: string, address: string, id: string, elasticIpStatus: ElasticIpStatus }
    | { __typename: 'NetworkInterface', nativeId: string, provider: Provider, account: string, region: string, id: string, networkInterfaceStatus: NetworkInterfaceStatus }
    | { __typename: 'Operation', id: string }
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
    | { __typename: 'Operation', id: string }
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

export type AllocateElasticIpMutationVariables = Exact<{
  input: AllocateElasticIpInput;
}>;


export type AllocateElasticIpMutation = { allocateElasticIp:
    | { __typename: 'AllocateElasticIpSuccess', requestId: string | null, asynchronous: boolean, elasticIp: { id: string, nativeId: string, address: string, status: ElasticIpStatus, providerStatus: string, boundTo: { kind: EipBindingKind, targetId: string } | null } | null }
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
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
   };

export type UnassociateElasticIpMutationVariables = Exact<{
  input: UnassociateElasticIpInput;
}>;


export type UnassociateElasticIpMutation = { unassociateElasticIp:
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnassociateElasticIpSuccess', requestId: string | null, asynchronous: boolean, elasticIp: { id: string, nativeId: string, address: string, status: ElasticIpStatus, providerStatus: string, boundTo: { kind: EipBindingKind, targetId: string } | null } | null }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
   };

export type ReleaseElasticIpMutationVariables = Exact<{
  input: ReleaseElasticIpInput;
}>;


export type ReleaseElasticIpMutation = { releaseElasticIp:
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ReleaseElasticIpSuccess', requestId: string | null, asynchronous: boolean, elasticIp: { id: string, nativeId: string, address: string, status: ElasticIpStatus, providerStatus: string, boundTo: { kind: EipBindingKind, targetId: string } | null } | null }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
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

export type UpdateNetworkInterfaceMutationVariables = Exact<{
  input: UpdateNetworkInterfaceInput;
}>;


export type UpdateNetworkInterfaceMutation = { updateNetworkInterface:
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
    | { __typename: 'UpdateNetworkInterfaceSuccess', requestId: string | null, asynchronous: boolean, networkInterface: { id: string, nativeId: string, name: string | null, status: NetworkInterfaceStatus, providerStatus: string, securityGroupIds: Array<string>, attachment: { instanceId: string, deviceIndex: number | null } | null } | null }
   };

export type AttachNetworkInterfaceMutationVariables = Exact<{
  input: AttachNetworkInterfaceInput;
}>;


export type AttachNetworkInterfaceMutation = { attachNetworkInterface:
    | { __typename: 'AttachNetworkInterfaceSuccess', requestId: string | null, asynchronous: boolean, jobId: string | null, networkInterface: { id: string, nativeId: string, name: string | null, status: NetworkInterfaceStatus, providerStatus: string, securityGroupIds: Array<string>, attachment: { instanceId: string, deviceIndex: number | null } | null } | null }
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
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
   };

export type DetachNetworkInterfaceMutationVariables = Exact<{
  input: DetachNetworkInterfaceInput;
}>;


export type DetachNetworkInterfaceMutation = { detachNetworkInterface:
    | { __typename: 'DetachNetworkInterfaceSuccess', requestId: string | null, asynchronous: boolean, jobId: string | null, networkInterface: { id: string, nativeId: string, name: string | null, status: NetworkInterfaceStatus, providerStatus: string, securityGroupIds: Array<string>, attachment: { instanceId: string, deviceIndex: number | null } | null } | null }
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
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
   };

export type UnassignPrivateIpAddressesMutationVariables = Exact<{
  input: UnassignPrivateIpAddressesInput;
}>;


export type UnassignPrivateIpAddressesMutation = { unassignPrivateIpAddresses:
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnassignPrivateIpAddressesSuccess', requestId: string | null, asynchronous: boolean, networkInterface: { id: string, nativeId: string, name: string | null, status: NetworkInterfaceStatus, providerStatus: string, privateIps: Array<{ address: string, primary: boolean }>, attachment: { instanceId: string, deviceIndex: number | null } | null } | null }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
   };

export type DeleteNetworkInterfaceMutationVariables = Exact<{
  input: DeleteNetworkInterfaceInput;
}>;


export type DeleteNetworkInterfaceMutation = { deleteNetworkInterface:
    | { __typename: 'DeleteNetworkInterfaceSuccess', requestId: string | null, asynchronous: boolean, networkInterface: { id: string, nativeId: string, name: string | null, status: NetworkInterfaceStatus, providerStatus: string, securityGroupIds: Array<string>, attachment: { instanceId: string, deviceIndex: number | null } | null } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
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
       | null }>, edges: Array<{ cursor: string, node: { id: string, provider: Provider, account: string, region: string, nativeId: string, name: string | null, status: VifPeerStatus, providerStatus: string, addressFamily: AddressFamily, localGatewayIp: string | null, remoteGatewayIp: string | null, routeMode: RouteMode, bgpAsn: number | null, bgpStatus: string | null, remoteSubnets: Array<string>, virtualInterfaceId: string, bgpGroupId: string | null, virtualInterface: { id: string, nativeId: string, name: string | null, status: VirtualInterfaceStatus } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateVifPeerMutationVariables = Exact<{
  input: CreateVifPeerInput;
}>;


export type CreateVifPeerMutation = { createVifPeer:
    | { __typename: 'CreateVifPeerSuccess', requestId: string | null, vifPeer: { id: string, nativeId: string, name: string | null, status: VifPeerStatus, providerStatus: string, addressFamily: AddressFamily, routeMode: RouteMode, bgpAsn: number | null, remoteSubnets: Array<string>, virtualInterfaceId: string } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
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

export type UpdateVifPeerMutationVariables = Exact<{
  input: UpdateVifPeerInput;
}>;


export type UpdateVifPeerMutation = { updateVifPeer:
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
    | { __typename: 'UpdateVifPeerSuccess', requestId: string | null, asynchronous: boolean, vifPeer: { id: string, nativeId: string, name: string | null, description: string | null, status: VifPeerStatus, providerStatus: string, remoteGatewayIp: string | null, remoteSubnets: Array<string>, virtualInterfaceId: string } | null }
   };

export type DeleteVifPeerMutationVariables = Exact<{
  input: DeleteVifPeerInput;
}>;


export type DeleteVifPeerMutation = { deleteVifPeer:
    | { __typename: 'DeleteVifPeerSuccess', requestId: string | null, asynchronous: boolean, vifPeer: { id: string, nativeId: string, name: string | null, description: string | null, status: VifPeerStatus, providerStatus: string, remoteGatewayIp: string | null, remoteSubnets: Array<string>, virtualInterfaceId: string } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
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
    | { __typename: 'BindVirtualIpSuccess', requestId: string | null, virtualIpPortId: string | null, networkInterface: { id: string, nativeId: string, virtualIpAddresses: Array<string>, virtualIps: Array<{ id: string, address: string }> | null } | null, virtualIp: { id: string, nativeId: string, address: string, status: VirtualIpStatus, boundInterfaceIds: Array<string> } | null }
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

export type CreateVirtualIpMutationVariables = Exact<{
  input: CreateVirtualIpInput;
}>;


export type CreateVirtualIpMutation = { createVirtualIp:
    | { __typename: 'CreateVirtualIpSuccess', requestId: string | null, asynchronous: boolean, virtualIp: { id: string, nativeId: string, address: string, status: VirtualIpStatus, providerStatus: string, boundInterfaceIds: Array<string> } | null }
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
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
   };

export type UnbindVirtualIpMutationVariables = Exact<{
  input: UnbindVirtualIpInput;
}>;


export type UnbindVirtualIpMutation = { unbindVirtualIp:
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
    | { __typename: 'UnbindVirtualIpSuccess', requestId: string | null, asynchronous: boolean, virtualIp: { id: string, nativeId: string, address: string, status: VirtualIpStatus, providerStatus: string, boundInterfaceIds: Array<string> } | null, networkInterface: { id: string, nativeId: string, virtualIpAddresses: Array<string> } | null }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
   };

export type DeleteVirtualIpMutationVariables = Exact<{
  input: DeleteVirtualIpInput;
}>;


export type DeleteVirtualIpMutation = { deleteVirtualIp:
    | { __typename: 'DeleteVirtualIpSuccess', requestId: string | null, asynchronous: boolean, virtualIp: { id: string, nativeId: string, address: string, status: VirtualIpStatus, providerStatus: string, boundInterfaceIds: Array<string> } | null }
    | { __typename: 'IdempotencyMismatch', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'InvalidParameter', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, parameter: string | null }
    | { __typename: 'InvalidResourceState', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'PermissionDenied', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ProviderUnavailable', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'QuotaExceeded', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceConflict', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'ResourceNotFound', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, resourceType: string | null, resourceId: string | null }
    | { __typename: 'Throttled', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnknownProviderError', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean }
    | { __typename: 'UnsupportedOperation', provider: Provider, operation: string, code: string, codeEnum: ProviderErrorCode | null, httpStatus: number | null, message: string, requestId: string | null, retryable: boolean, documented: boolean, alternative: string | null }
   };


export const NodeDocument = {"__meta__":{"hash":"sha256:61dda19eb9aa6efec272ff297be241920d7200ebdd8229154cfc40085b7c58ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","alias":{"kind":"Name","value":"networkInterfaceStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualIp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElasticIp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","alias":{"kind":"Name","value":"elasticIpStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VifPeer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","alias":{"kind":"Name","value":"vifPeerStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","alias":{"kind":"Name","value":"virtualInterfaceStatus"},"name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"__meta__":{"hash":"sha256:79e6a54890f5a094471c086d0a764bf1a30309036c0339420181aedc2f0818ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualIp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElasticIp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VifPeer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const ErrorCatalogDocument = {"__meta__":{"hash":"sha256:4089634292824e285eb96360c5b3410e139e2cb3cee0d43b35d1631a390b136e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mutation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MutationName"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCatalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mutation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mutation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"common"}}]}}]}}]} as unknown as DocumentNode<ErrorCatalogQuery, ErrorCatalogQueryVariables>;
export const FleetDashboardDocument = {"__meta__":{"hash":"sha256:f45d59975fd2d713e348efcd9494ef195242fecdfc5969b30c9884c5386c2eb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vifPeers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remoteGatewayIp"}},{"kind":"Field","name":{"kind":"Name","value":"virtualInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetDashboardQuery, FleetDashboardQueryVariables>;
export const ElasticIpsDocument = {"__meta__":{"hash":"sha256:f3273483ad1bc398347bdf3bf9a5b677dd7d4697e8e29ebf015b8022e794144e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElasticIps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ElasticIpFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elasticIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthMbps"}},{"kind":"Field","name":{"kind":"Name","value":"chargeType"}},{"kind":"Field","name":{"kind":"Name","value":"boundTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"providerType"}},{"kind":"Field","name":{"kind":"Name","value":"privateIpAddress"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ElasticIpsQuery, ElasticIpsQueryVariables>;
export const AssociateElasticIpDocument = {"__meta__":{"hash":"sha256:de49a83b9ecabb72dd9270690a2a09ebd57cc1495c1aa1bf1e1dd29135c89ffd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssociateElasticIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociateElasticIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associateElasticIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssociateElasticIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"elasticIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"boundTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]} as unknown as DocumentNode<AssociateElasticIpMutation, AssociateElasticIpMutationVariables>;
export const AllocateElasticIpDocument = {"__meta__":{"hash":"sha256:9550c7f5bb135001ad4d6ac806c9a3015c6a9fb29ce16e15a640c285a66f6cea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateElasticIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateElasticIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateElasticIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateElasticIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"elasticIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"boundTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<AllocateElasticIpMutation, AllocateElasticIpMutationVariables>;
export const UnassociateElasticIpDocument = {"__meta__":{"hash":"sha256:e34c36a759e2afc256870cc536afb2812266e8c971295db7a6656ccb620239c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassociateElasticIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnassociateElasticIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassociateElasticIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnassociateElasticIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"elasticIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"boundTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<UnassociateElasticIpMutation, UnassociateElasticIpMutationVariables>;
export const ReleaseElasticIpDocument = {"__meta__":{"hash":"sha256:1889090be97887a2804dafb3fba81e5303891fa583b655757e654f38c2f49a37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseElasticIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseElasticIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseElasticIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseElasticIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"elasticIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"boundTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<ReleaseElasticIpMutation, ReleaseElasticIpMutationVariables>;
export const FleetDocument = {"__meta__":{"hash":"sha256:81bf9e8823759ec36234215c504bfd4617c5503b93d9343bf61894ae7ac92915"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Fleet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FleetQuery, FleetQueryVariables>;
export const NetworkInterfacesDocument = {"__meta__":{"hash":"sha256:51013c177d4fedc4afbc13716c2182ade6a532b54a3d0cd8b3858720b2168c49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkInterfaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkInterfaceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceType"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"subnetId"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIpAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"elasticIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkInterfacesQuery, NetworkInterfacesQueryVariables>;
export const CreateNetworkInterfaceDocument = {"__meta__":{"hash":"sha256:ae91c9963c5674f3f3353a3d7f6b95d3064fcc8ecd43f55e8b7494d598e83c54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNetworkInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetworkInterfaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetworkInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetworkInterfaceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"subnetId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateNetworkInterfaceMutation, CreateNetworkInterfaceMutationVariables>;
export const AssignPrivateIpAddressesDocument = {"__meta__":{"hash":"sha256:d6c6689d3c0d19548442315e75eb7ca4020ef3d2a1363ab1c320fd564328d5ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignPrivateIpAddresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPrivateIpAddressesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPrivateIpAddresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPrivateIpAddressesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedPrivateIps"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]} as unknown as DocumentNode<AssignPrivateIpAddressesMutation, AssignPrivateIpAddressesMutationVariables>;
export const UpdateNetworkInterfaceDocument = {"__meta__":{"hash":"sha256:9199493b35cd1d21eeeb6633ed6700acaac8704b6b7f3183d9c4a9bef50a102e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNetworkInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNetworkInterfaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNetworkInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNetworkInterfaceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceIndex"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNetworkInterfaceMutation, UpdateNetworkInterfaceMutationVariables>;
export const AttachNetworkInterfaceDocument = {"__meta__":{"hash":"sha256:3e4e75fffc6a926ac9978a7b1f07eee5cdb7d0dc586e132ee8103746f355c8af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachNetworkInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachNetworkInterfaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachNetworkInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttachNetworkInterfaceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceIndex"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<AttachNetworkInterfaceMutation, AttachNetworkInterfaceMutationVariables>;
export const DetachNetworkInterfaceDocument = {"__meta__":{"hash":"sha256:1b5c3f50c305b64fcc18ab288db5deaa583b0a4b7c26d35e2996686e7e6819e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachNetworkInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DetachNetworkInterfaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachNetworkInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DetachNetworkInterfaceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceIndex"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<DetachNetworkInterfaceMutation, DetachNetworkInterfaceMutationVariables>;
export const UnassignPrivateIpAddressesDocument = {"__meta__":{"hash":"sha256:8972d52f6b71e54390a129b4b8381988ad2953311080ed2bf7ee2ae11ccfe5b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignPrivateIpAddresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnassignPrivateIpAddressesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignPrivateIpAddresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnassignPrivateIpAddressesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceIndex"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<UnassignPrivateIpAddressesMutation, UnassignPrivateIpAddressesMutationVariables>;
export const DeleteNetworkInterfaceDocument = {"__meta__":{"hash":"sha256:799fa2499cc62adfeefb7687b051a1300555bc4379f48ce0efcebd0b9515e3c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNetworkInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteNetworkInterfaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNetworkInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteNetworkInterfaceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceIndex"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteNetworkInterfaceMutation, DeleteNetworkInterfaceMutationVariables>;
export const VifPeersDocument = {"__meta__":{"hash":"sha256:71954f3ba4e481992000ca9a41e3590b7e931cb988dc6742b3e91ad6b5c1eac0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VifPeers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VifPeerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vifPeers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"addressFamily"}},{"kind":"Field","name":{"kind":"Name","value":"localGatewayIp"}},{"kind":"Field","name":{"kind":"Name","value":"remoteGatewayIp"}},{"kind":"Field","name":{"kind":"Name","value":"routeMode"}},{"kind":"Field","name":{"kind":"Name","value":"bgpAsn"}},{"kind":"Field","name":{"kind":"Name","value":"bgpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"remoteSubnets"}},{"kind":"Field","name":{"kind":"Name","value":"virtualInterfaceId"}},{"kind":"Field","name":{"kind":"Name","value":"bgpGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"virtualInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<VifPeersQuery, VifPeersQueryVariables>;
export const CreateVifPeerDocument = {"__meta__":{"hash":"sha256:5489048c112fa0e95d75d3430ac9cd9e6341df151cde6dc53ee0f2cda00b19e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVifPeer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVifPeerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVifPeer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVifPeerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"vifPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"addressFamily"}},{"kind":"Field","name":{"kind":"Name","value":"routeMode"}},{"kind":"Field","name":{"kind":"Name","value":"bgpAsn"}},{"kind":"Field","name":{"kind":"Name","value":"remoteSubnets"}},{"kind":"Field","name":{"kind":"Name","value":"virtualInterfaceId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVifPeerMutation, CreateVifPeerMutationVariables>;
export const UpdateVifPeerDocument = {"__meta__":{"hash":"sha256:97c5e66e70985da3a20064e9910cff4c0c52222d8dde7a3d3f125fd9a5c63ac9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVifPeer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVifPeerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVifPeer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVifPeerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"vifPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"remoteGatewayIp"}},{"kind":"Field","name":{"kind":"Name","value":"remoteSubnets"}},{"kind":"Field","name":{"kind":"Name","value":"virtualInterfaceId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateVifPeerMutation, UpdateVifPeerMutationVariables>;
export const DeleteVifPeerDocument = {"__meta__":{"hash":"sha256:d2a20d102be1bfa7abf297b56524f3d9e92e83d9f297d69b754713de7739eafe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVifPeer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteVifPeerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVifPeer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteVifPeerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"vifPeer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"remoteGatewayIp"}},{"kind":"Field","name":{"kind":"Name","value":"remoteSubnets"}},{"kind":"Field","name":{"kind":"Name","value":"virtualInterfaceId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteVifPeerMutation, DeleteVifPeerMutationVariables>;
export const VirtualInterfacesDocument = {"__meta__":{"hash":"sha256:a25cbb0dc4e611a13e32675a6d78481c7bcc05fda010fd9aa652231a5faaf401"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VirtualInterfaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualInterfaceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vlan"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthMbps"}},{"kind":"Field","name":{"kind":"Name","value":"vifPeers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<VirtualInterfacesQuery, VirtualInterfacesQueryVariables>;
export const VirtualIpsDocument = {"__meta__":{"hash":"sha256:8259c78a67e483162daa99cdf1bd6c0225b410bef47789ead50b2354e5183a13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VirtualIps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualIpFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"subnetId"}},{"kind":"Field","name":{"kind":"Name","value":"boundInterfaceIds"}},{"kind":"Field","name":{"kind":"Name","value":"boundInstanceIds"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<VirtualIpsQuery, VirtualIpsQueryVariables>;
export const BindVirtualIpDocument = {"__meta__":{"hash":"sha256:f9a9964b4be8162eb59569965b30c719d78f65db3a760bec9d3298f307d9593f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindVirtualIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BindVirtualIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindVirtualIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BindVirtualIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIpPortId"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIpAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundInterfaceIds"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]} as unknown as DocumentNode<BindVirtualIpMutation, BindVirtualIpMutationVariables>;
export const CreateVirtualIpDocument = {"__meta__":{"hash":"sha256:cd7573d74d91cf458998bc2f705cda3a74142f04444efaff4f40b24ba07bda8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVirtualIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVirtualIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVirtualIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVirtualIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"boundInterfaceIds"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVirtualIpMutation, CreateVirtualIpMutationVariables>;
export const UnbindVirtualIpDocument = {"__meta__":{"hash":"sha256:ce592c3be8322e6c273680bcb2480592d9ee5c9824011db9b99dbcff334f0f80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnbindVirtualIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnbindVirtualIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbindVirtualIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnbindVirtualIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"boundInterfaceIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkInterface"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIpAddresses"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<UnbindVirtualIpMutation, UnbindVirtualIpMutationVariables>;
export const DeleteVirtualIpDocument = {"__meta__":{"hash":"sha256:b5dcaf10bf73f6eaf8815c90435bf71073afff98b14fa492bfafb40ed1343323"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVirtualIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteVirtualIpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVirtualIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteVirtualIpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"asynchronous"}},{"kind":"Field","name":{"kind":"Name","value":"virtualIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"boundInterfaceIds"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeEnum"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidParameter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteVirtualIpMutation, DeleteVirtualIpMutationVariables>;