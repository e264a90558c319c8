import { ErrorCatalog, type CatalogEntry, type OperationSource } from '../../domain/catalog';
import type { ErrorCategory } from '../../domain/errors';

/**
 * Every documented Alibaba error netplane knows, as data: the three seed pages' tables verbatim
 * (one tuple per row, duplicates kept), the common codes of reference/alibaba/errors.md §4 and the
 * codes of the other actions the emulator serves. The category, retryability, resource type and
 * parameter of each row are derived by the explicit rules below, not typed per row.
 */

/** [HTTP status, code, message, description ('-' in the page → null)] */
type Row = readonly [number, string, string, string | null];

/** Seed 002 — VPC AssociateEipAddress, error table verbatim (81 rows). */
const ASSOCIATE_EIP_ADDRESS: readonly Row[] = [
  [400, "InvalidAssociation.Duplicated", "Specified instance already is associated.", "An EIP or a GA instance is already associated with the specified instance. You must disassociate the EIP or GA instance from the specified instance before you can perform the operation."],
  [400, "OperationDenied", "Specified instance is not in VPC.", "The specified instance does not exist in the VPC."],
  [400, "InvalidParameter.Mismatch", "Specified elastic IP address and ECS instance are not in the same region.", "The EIP and ECS instance do not belong to the same region."],
  [400, "IncorrectEipStatus", "Current elastic IP status does not support this operation", "The status of the EIP does not support the operation."],
  [400, "IncorrectInstanceStatus", "Current instance status does not support this operation.", "This operation cannot be performed while the instance is in the current state."],
  [400, "InvalidInstanceType.ValueNotSupported", "The specified value of InstanceType is not supported.", "InstanceType is set to an invalid value."],
  [400, "IncorrectHaVipStatus", "HaVip can be operated by this action only when it's status is Available or InUse.", "The operation supports only HAVIPs in the Available or InUse state."],
  [400, "InvalidParameter", "The specified parameter is not valid.", "The parameter is set to an invalid value."],
  [400, "OperationDenied", "Eip of default vpc not allow this operation", "The operation is not supported by EIPs in a default VPC."],
  [400, "TaskConflict", "The eip operate too frequent, TaskConflict.", "Operations are too frequent and tasks conflict with each other."],
  [400, "InvalidBindingStatus", "The eip binding status invalid.", "The EIP is in an invalid state."],
  [400, "BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP", "The instance may have portMap or already bind eip.", "A port forwarding rule is configured for the ECS instance. Delete the port forwarding rule and try again."],
  [400, "EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP", "instance already bind natpublicip,cannot bind eip.", null],
  [400, "BIND_INSTANCE_OWENER_ERROR", "Cannot operate the eip.", "You are unauthorized to manage the specified EIP."],
  [400, "NATGATEWAY_FINANCIALLOCKED", "The NatGateway has expire, cannot do bind operation.", null],
  [400, "InvalidParameter.InstanceTypeNotSupport", "The specified instance type is not support.", null],
  [400, "QuotaExceeded.NumberOfTrafficEip", "The number of traffic eip on natgw exceed limitation.", null],
  [400, "QuotaExceeded.NumberOfEip", "Binded eip Quota exceed on this NatGw.", "The number of EIPs associated with the NAT gateway exceeds the upper limit."],
  [400, "Forbidden.EipCanNotBindGatgw", "Eip can not bind on natgw.", null],
  [400, "InvalidAction.Denied", "Action is denied due to unfinished Eip configuration modification.", "The EIP configurations are not complete and the operation is denied."],
  [400, "InstanceType.NotSupport", "The instance type is invalid.", null],
  [400, "InvalidParams.NotFound", "instance not found", "The specified instance does not exist."],
  [400, "BindInstance.NotSupported", "bind instance type %s is not supported.", null],
  [400, "Forbidden.InstanceBandwidthNotZero", "Eip can not bind with instance when it's bandwidth is not zero.", null],
  [400, "INSTANCE_TYPE_NOT_SUPPORT", "The instance type is invalid.", null],
  [400, "ServerRegion.Invalid", "Eip bind remote server region invalid.", null],
  [400, "Eni.Attached", "The eni should be detached from ecs when associating with direct eip.", "If the ENI is associated with an EIP in cut-through mode, you must disassociate the ENI from the ECS instance."],
  [400, "Eni.HasSubIp", "Eni has sub ip can not bind direct eip.", null],
  [400, "Invalid.DirectEip.BindType", "The direct eip can be only associated with eni.", null],
  [400, "InvalidStatus.EcsStatusNotSupport", "The special instance status is not support operate", null],
  [400, "Invalid.Function.NotSupported", "Multi-IP function is under test, the region or uid is not supported.", null],
  [400, "InvalidStatus.EniStatusNotSupport", "%s", null],
  [400, "InvalidParameter.EniInstanceId", "%s", null],
  [400, "InvalidNexthop.DirectEni", "The direct Eni cannot be nexthop.", "An ENI in cut-through mode cannot be specified as a next hop."],
  [400, "Mode.Conflict", "The eni can bind only one mode of eip.", null],
  [400, "Mode.NotSupport", "The user cannot use multi direct eip.", null],
  [400, "QuotaExceed.MultiBindedEip", "The number of multi binded eip is over limit.", null],
  [400, "InvalidEIPStatus.BizDisabled", "The EIP has been locked.", "The error message returned because the EIP is locked."],
  [400, "OperationFailed.EniSubIp", "Eni has sub ip can not bind direct eip.", null],
  [400, "InvalidEip.EipQuotaExceeded", "The specified eni assigned eip is more than privateIp.", null],
  [400, "OperationFailed.QueryCommodityInfo", "Operation failed because quey commodity info error.", null],
  [400, "OperationUnsupported.MultiIp", "Multi ip function is not support.", null],
  [400, "InvalidNicOrVm.NotFound", "Bind nic or vm not exist.", "The bound NIC or VM does not exist."],
  [400, "OperationUnsupported.EipBindModel", "The instance type of ecs does not support MULTI_BINDED model Eip.", null],
  [400, "IncorrectStatus.NatGateway", "%s", null],
  [400, "EipBindRemote.BackendRegionMustBeSingle", "eip bind remote instance, backend region must be single", null],
  [400, "InvalidParameter.BindingInstanceRegion", "The specified BindingInstanceRegion is not supported.", null],
  [400, "OperationFailed.HavipBoundPortmap", "%s", null],
  [400, "IllegalParam.Mode", "%s", null],
  [400, "InvalidStatus.NotAllow", "Bind instance status invalid", "The status of the associated instance is invalid."],
  [400, "InvalidInstance.NotExist", "Bind instance data not exist", null],
  [400, "InvalidBandwidthPackageId.NotFound", "The specified BandwidthPackageId not exist.", null],
  [400, "ResourceQueryError", "The specified resource is queried error.", "An error occurred while querying the specified resource."],
  [400, "InvalidStatus.InstanceHasBandWidth", "The specified instance bandwidth invalid.", null],
  [400, "OperationDenied.CloudBoxResourceExist", "The operation is not allowed because there are resources related to the cloud box in VPC.", "The operation is not allowed because CloudBox-related resources exist in the VPC."],
  [400, "OperationDenied.CloudBoxVSwitchExist", "The operation is not allowed because a cloud box type vSwitch exists in VPC.", "The operation is not allowed because vSwitches of the CloudBox type exist in the VPC."],
  [400, "OperationDenied.NoAvailablePrivateIp", "The operation is failed because of vSwitch has not availalbe private ip", "The vSwitch does not have sufficient private IP addresses."],
  [400, "UnsupportedRegion", "%s", null],
  [400, "ResourceAlreadyAssociated.IpAddress", "%s", null],
  [400, "OperationFailed.Ipv4GatewayNotOpenedInVpc", "The operation is failed because Ipv4Gateway is not opened in Vpc.", "The error message returned because the VPC does not have IPv4 gateways enabled and the IP address failed to be associated with the EIP."],
  [400, "OperationFailed.Ipv4GatewayNotActivatedInVpc", "The operation is failed because Ipv4Gateway is not activated in Vpc.", null],
  [400, "OperationDenied.L2EipBindIpAddress", "%s", null],
  [400, "Forbidden", "The eip instance owner error", "The EIP does not belong to your account. Check whether you are authorized to perform the operation on the EIP."],
  [400, "Forbidden.FinancialLocked", "The ip business status is invalid.", "The error message returned because the instance has overdue payments."],
  [400, "UnsupportedFeature.EipBindIpAddress", "The feature of EipBindIpAddress is not supported.", "The error message returned because the EIP does not support the IpAddress parameter."],
  [400, "OperationFailed.InstanceNotExist", "The ECS instance does not exist, or is not a VPC VM.", "The EIP failed to be associated with the ECS instance because the ECS instance does not exist or is not a VPC virtual machine."],
  [400, "OperationDenied.Ipv4GatewayExist", "The operation is not allowed because of Ipv4GatewayExist.", "The EIP failed to be associated because IPv4 gateways exist in the VPC."],
  [400, "OperationFailed.EipBindModeConflict", "Eips can not bind Eni with NAT mode and MULTI_BINDED mode at the same time.", "The error message returned because you cannot associate an EIP with an ENI in NAT mode and multi-EIP-to-ENI mode at the same time."],
  [400, "OperationFailed.EcsMigrating", "The operation is failed because of ECS is migrating.", "The error message returned because the ECS instance is being migrated."],
  [400, "OperationFailed.IpPrefixConflict", "The operation failed due to the IP prefix of the ENI.", "The operation conflicts with the IP address prefix of the ENI."],
  [400, "UnsupportedFeature.EipBindPrefixIp", "The feature of EipBindPrefixIp is not supported.", "You cannot associate an EIP with a prefix list in the current region."],
  [400, "OperationDenied.UnsupportedEipBindMode", "The operation is not supported for the NAT gateway due to its EIP binding mode.", "The operation is not supported by the EIP binding mode of the NAT gateway."],
  [400, "OperationDenied.Unauthorized", "The operation is not allowed because the user is not in the whitelist.", "The operation is not allowed because you are not in the whitelist."],
  [400, "OperationFailed.SystemBusy", "Operation failed because system is busy.", "The error message returned because the system is busy. Try again later."],
  [404, "InvalidAllocationId.NotFound", "Specified allocation ID is not found.", "The error message returned because the specified EIP does not exist. Check whether the value of the parameter is valid."],
  [404, "InvalidInstanId.NotFound", "Specified instance does not exist.", "The specified instance does not exist."],
  [404, "InvalidRegionId.NotFound", "Specified value of InstanceRegionId is not supported.", null],
  [404, "InvalidAllocationId.NotFound", "Specified allocation ID is not found", "The specified EIP does not exist. Check whether the specified value is valid."],
  [404, "Forbidden.RegionNotFound", "Specified instance is not found during access authentication.", "The error message returned because the region is not supported."],
  [404, "OperationDenied.VpcIpv4GatewayEnabled", "The operation is not allowed because of the VPC of the NAT gateway has opened IPv4 Gateway.", "IPv4 gateways are enabled for the VPC where the NAT gateway resides and the operation is denied."],
  [503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.", "The request failed due to a temporary server error."],
];

/** Seed 003 — ECS AssignPrivateIpAddresses, error table verbatim (54 rows). */
const ASSIGN_PRIVATE_IP_ADDRESSES: readonly Row[] = [
  [400, "Throttling", "Request was denied due to request throttling.", null],
  [400, "InvalidOperation.Unsupported", "%s", null],
  [400, "UnsupportedParameter", "%s", "The parameter is not supported."],
  [400, "InvalidParameter", "%s", "The specified parameter is invalid."],
  [400, "InvalidInstanceID.Malformed", "%s", "The specified InstanceId parameter is invalid."],
  [400, "InvalidOperation.InvalidEcsState", "%s", null],
  [400, "InvalidOperation.InvalidEniState", "%s", null],
  [400, "InvalidOperation.DetachPrimaryEniNotAllowed", "%s", null],
  [400, "MissingParameter", "%s", "A parameter is not specified."],
  [400, "Forbidden.RegionId", "%s", "The service is unavailable in the current region."],
  [400, "InvalidAction", "%s", "The operation is invalid."],
  [400, "InvalidEniId.Malformed", "The specified parameter \"EniId\" is not valid.", null],
  [400, "IncorrectVSwitchStatus", "The current status of vSwitch does not support this operation.", null],
  [400, "InvalidPrivateIpAddress.Duplicated", "Specified private IP address is duplicated.", "The specified private IP address is already in use. Try a different IP address."],
  [400, "InvalidPrivateIpAddress.Malformed", "%s", null],
  [400, "InvalidSecondaryPrivateIpAddressCount.Malformed", "%s", null],
  [400, "QuotaExceeded.PrivateIpAddress", "There is no enough private ip in the specified VSwitch.", null],
  [400, "InvalidOperation.InvalidEniState", "The operation is not allowed in the current ENI state.", null],
  [400, "InvalidParameter.Conflict", "%s", "The specified parameter is invalid. Check whether parameter conflicts exist. %s is a variable. An error message is dynamically returned based on call conditions."],
  [403, "InvalidUserType.NotSupported", "%s", "Your account does not support this operation."],
  [403, "Abs.InvalidAccount.NotFound", "%s", "Your Alibaba Cloud account does not exist or your AccessKey pair has expired."],
  [403, "Forbidden.NotSupportRAM", "%s", "RAM users are not authorized to perform this operation."],
  [403, "Forbidden.SubUser", "%s", "You are not authorized to manage this resource. Contact the owner of the Alibaba Cloud account for authorization."],
  [403, "MaxEniCountExceeded", "%s", "The maximum number of ENIs that can be managed has been reached."],
  [403, "EniPerInstanceLimitExceeded", "%s", "The maximum number of ENIs that can be attached to the specified instance has been reached."],
  [403, "InvalidOperation.AvailabilityZoneMismatch", "%s", "The operation is invalid."],
  [403, "InvalidOperation.VpcMismatch", "%s", "The operation is invalid. Check whether the VPC in the operation corresponds to other parameters."],
  [403, "SecurityGroupInstanceLimitExceed", "%s", null],
  [403, "InvalidSecurityGroupId.NotVpc", "%s", "The specified SecurityGroupId parameter is invalid and the network type of the security group is not VPC."],
  [403, "InvalidOperation.InvalidEniType", "%s", null],
  [403, "InvalidVSwitchId.IpNotEnough", "%s", "The number of available IP addresses on the specified vSwitch is insufficient."],
  [403, "InvalidVSwitchId.IpInvalid", "%s", "The specified private IP address is invalid."],
  [403, "InvalidIp.IpAssigned", "%s", "The specified IP address is already assigned."],
  [403, "MaxEniPrivateIpsCountExceeded", "%s", "The maximum number of secondary private IP addresses that can be assigned to the specified ENI has been exceeded. For more information, see the return value of the %s placeholder in the error message."],
  [403, "Operation.Conflict", "%s", "This operation conflicts with another operation in progress. Try again later."],
  [403, "InvalidOperation.Ipv4CountExceeded", "%s", "The operation is valid because the maximum number of IPv4 addresses has been reached."],
  [403, "InvalidOperation.EniServiceManaged", "%s", "The operation is invalid."],
  [403, "InvalidIp.IpRepeated", "%s", "The specified IP address already exists."],
  [403, "InvalidIp.IpPrefixIllegal", "The ip prefixes %s is/are illegal.", "The IP address prefix is invalid and is not in the CIDR format."],
  [403, "InvalidIp.IpPrefixMaskIllegal", "The ip prefix mask is illegal.", "The IP address prefix mask is invalid."],
  [403, "InvalidIp.IpPrefixMaskInvalid", "The ip prefixes mask %s is illegal which must be between %s and %s.", "The IP address prefix mask is invalid and is not within the valid range."],
  [403, "InvalidIp.IpPrefixMaskNotSame", "The ip prefixes %s are illegal which mask must be same.", "The IP address prefix masks are not the same."],
  [403, "InvalidIp.IpPrefixMustInReserveSegment", "The ip prefix must in vswitch reserve segment.", "The IP address prefix is invalid and is not in the reserved CIDR block of the vSwitch."],
  [403, "InvalidIp.IpPrefixNotAvailable", "The ip prefix is/are not available.", "The IP address prefix is not available."],
  [403, "InvalidIp.IpPrefixNotStrict", "The ip prefix must be strict cidr format.", "The IP address prefix is invalid and is not in the CIDR format."],
  [403, "InvalidVSwitchId.IpPrefixNotEnough", "The specified vSwitch has not enough ip prefix.", "The number of IP address prefixes in the specified vSwitch is insufficient."],
  [403, "MissingParameter", "These parameters %s cannot be both empty.", "A required parameter is not specified. The required parameters cannot be empty."],
  [404, "InvalidEcsId.NotFound", "%s", "The specified instance ID does not exist."],
  [404, "InvalidEniId.NotFound", "%s", "The specified ENI ID does not exist."],
  [404, "InvalidVSwitchId.NotFound", "%s", "The specified vSwitch does not exist."],
  [404, "InvalidSecurityGroupId.NotFound", "%s", "The specified security group ID does not exist."],
  [404, "InvalidInstanceId.NotFound", "%s", "The specified instance does not exist. Check whether the InstanceId parameter is valid."],
  [404, "InvalidOperation.VSwitchCidrReservationNotExist", "The specified vSwitch has no cidr reservation.", null],
  [500, "InvalidOperation.RegionNotSupportIpPrefix", "The current region does not support ip prefix.", "You cannot assign IP address prefixes in this region."],
];

/** Seed 004 — ECS CreateNetworkInterface, error table verbatim (34 rows). */
const CREATE_NETWORK_INTERFACE: readonly Row[] = [
  [403, "InvalidUserType.NotSupported", "%s", "The error message returned because your account does not support this operation."],
  [403, "Abs.InvalidAccount.NotFound", "%s", "The error message returned because your Alibaba Cloud account does not exist or your AccessKey pair has expired."],
  [400, "MissingParameter", "%s", "The error message returned because a required parameter is not specified."],
  [403, "Forbidden.NotSupportRAM", "%s", "The error message returned because RAM users are not authorized to perform this operation."],
  [400, "UnsupportedParameter", "%s", "The error message returned because a parameter is not supported."],
  [403, "Forbidden.SubUser", "%s", "The error message returned because your account has no permission on this resource. Apply for permissions from the Alibaba Cloud account."],
  [400, "InvalidParameter", "%s", "The error message returned because the specified parameter is invalid."],
  [400, "InvalidInstanceID.Malformed", "%s", "The error message returned because the specified InstanceId parameter is invalid."],
  [400, "InvalidOperation.InvalidEcsState", "%s", "The error message returned because the operation is not supported while the instance is in the current state."],
  [400, "InvalidOperation.InvalidEniState", "%s", "The error message returned because the operation is not supported while the ENI is in the current state."],
  [400, "InvalidOperation.DetachPrimaryEniNotAllowed", "%s", "The error message returned because the primary ENI cannot be unbound from the instance."],
  [404, "InvalidEcsId.NotFound", "%s", "The error message returned because the specified instance ID does not exist."],
  [404, "InvalidEniId.NotFound", "%s", "The error message returned because the specified ENI ID does not exist."],
  [404, "InvalidVSwitchId.NotFound", "%s", "The error message returned because the specified VSwitch ID does not exist."],
  [404, "InvalidSecurityGroupId.NotFound", "%s", "The error message returned because the specified security group ID does not exist."],
  [403, "MaxEniCountExceeded", "%s", "The error message returned because the maximum number of ENIs that can be managed has been reached."],
  [403, "EniPerInstanceLimitExceeded", "%s", "The error message returned because the maximum number of ENIs that can be bound to the specified instance has been reached."],
  [403, "InvalidOperation.AvailabilityZoneMismatch", "%s", "The error message returned because the operation is invalid."],
  [403, "InvalidOperation.VpcMismatch", "%s", "The error message returned because the operation is invalid. Check whether the VPC in the operation corresponds to other parameters."],
  [403, "SecurityGroupInstanceLimitExceed", "%s", "The error message returned because the maximum number of instances in the specified security group has been reached."],
  [403, "InvalidSecurityGroupId.NotVpc", "%s", "The error message returned because the specified security group ID is invalid and the network type of the security group is not VPC."],
  [403, "InvalidOperation.InvalidEniType", "%s", "The error message returned because the ENI type does not support this operation."],
  [403, "InvalidVSwitchId.IpNotEnough", "%s", "The error message returned because available IP addresses within the CIDR block of the specified VSwitch are insufficient."],
  [403, "InvalidVSwitchId.IpInvalid", "%s", "The error message returned because the specified private IP address is invalid."],
  [400, "Forbidden.RegionId", "%s", "The error message returned because the service is unavailable in the current region."],
  [404, "InvalidResourceGroup.NotFound", "The ResourceGroup provided does not exist in our records.", "The error message returned because the resource group does not exist in the records."],
  [400, "Duplicate.TagKey", "The Tag.N.Key contain duplicate key.", "The error message returned because the specified tag key already exists. Tag keys must be unique."],
  [400, "InvalidTagKey.Malformed", "The specified Tag.n.Key is not valid.", "The error message returned because the specified tag key is invalid."],
  [400, "InvalidTagValue.Malformed", "The specified Tag.n.Value is not valid.", "The error message returned because the specified tag value is invalid."],
  [403, "QuotaExceed.Tags", "%s", "The error message returned because the maximum number of tags has been reached."],
  [403, "InvalidIp.Address", "%s", "The error message returned because the specified IPv6 address is invalid."],
  [403, "InvalidIp.IpRepeated", "%s", "The error message returned because the specified IP address already exists."],
  [400, "InvalidPrivateIpAddress.Duplicated", "Specified private IP address is duplicated.", "The error message returned because the specified private IP address has been used. Change the IP address and try again."],
  [400, "InvalidParameter.Conflict", "%s", "The error message returned because the specified parameters are invalid. Check whether the parameters conflict with each other."],
];

/** reference/alibaba/errors.md §4 — codes any action can return (signature, throttling, …). */
const COMMON: readonly Row[] = [
  [400, 'MissingParameter', 'The input parameter "%s" that is mandatory for processing this request is not supplied.', null],
  [400, 'InvalidParameter', 'The specified value of parameter "%s" is not valid.', null],
  [400, 'UnsupportedOperation', 'The specified action is not supported.', null],
  [400, 'NoSuchVersion', 'The specified version does not exist.', null],
  [400, 'UnsupportedParameter', 'The parameter "%s" is not supported.', null],
  [400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.', null],
  [400, 'IllegalTimestamp', 'The input parameter "Timestamp" that is mandatory for processing this request is not supplied.', null],
  [400, 'Throttling', 'Request was denied due to request throttling.', null],
  [400, 'Throttling.User', 'Request was denied due to user flow control.', null],
  [400, 'InvalidAccessKeyId.NotFound', 'The Access Key ID provided does not exist in our records.', null],
  [400, 'InvalidAccessKeyId.Inactive', 'The Access Key is disabled.', null],
  [403, 'SignatureDoesNotMatch', 'The signature we calculated does not match the one you provided. Please check your access key and signing method.', null],
  [400, 'SignatureNonceUsed', 'Specified signature nonce was used already.', null],
  [400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.', null],
  [403, 'Forbidden', 'User not authorized to operate on the specified resource.', null],
  [403, 'Forbidden.RAM', "User not authorized to operate on the specified resource, or this API doesn't support RAM.", null],
  [400, 'InsufficientBalance', 'Your account does not have enough balance.', null],
  [400, 'IdempotentParameterMismatch', 'Request uses a client token in a previous request but is not identical to that request.', null],
  [500, 'InternalError', 'The request processing has failed due to some unknown error, exception or failure.', null],
  [503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.', null],
];

/**
 * Transient codes any ECS/VPC action answers under load or while another change to the same
 * resource is in progress (errors.md §3: the codes the ECS idempotence guidance and the Terraform
 * provider's retry lists treat as "try again later"). No page documents their status or message:
 * the status is inferred (4xx for conflicts, 5xx for a busy service) and the message is the
 * provider's free text (`%s`); the description says what a caller should do.
 */
const TRANSIENT: readonly Row[] = [
  [503, 'SystemBusy', '%s', 'The system is busy. Try again later.'],
  [400, 'OperationConflict', '%s', 'Another operation on the resource is in progress. Try again later.'],
  [400, 'IncorrectStatus', '%s', 'The resource is changing state. Try again when the change has finished.'],
  [400, 'LastTokenProcessing', '%s', 'The previous request with this client token is still being processed.'],
  [400, 'OperationFailed.LastTokenProcessing', '%s', 'The previous request with this client token is still being processed.'],
  [400, 'VPC_TASK_CONFLICT', '%s', 'A VPC task on the resource is in progress. Try again later.'],
];

/**
 * The error tables of the lifecycle actions, rows verbatim as the named page shows them (the
 * table's first rows where the stored copy of the page ends mid-table; descriptions given only in
 * Chinese are left null). Several VPC tables come from the ECS 2014-05-26 pages of the same action
 * (deprecated in favour of VPC 2016-04-28; the same codes and English messages).
 */
interface DocumentedTable {
  page: string;
  rows: readonly Row[];
}

const ECS_ENI_PAGE = (action: string) => `https://www.alibabacloud.com/help/en/elastic-compute-service/latest/${action.toLowerCase()}`;
const ECS_2014_PAGE = (action: string) => `https://help.aliyun.com/zh/ecs/developer-reference/api-ecs-2014-05-26-${action.toLowerCase()}`;

export const DOCUMENTED_TABLES: Readonly<Record<string, DocumentedTable>> = {
  DeleteNetworkInterface: {
    page: ECS_ENI_PAGE('DeleteNetworkInterface'),
    rows: [
      [403, "InvalidUserType.NotSupported", "%s", "The error message returned because your account does not support this operation."],
      [403, "Abs.InvalidAccount.NotFound", "%s", "The error message returned because your Alibaba Cloud account does not exist or your AccessKey pair has expired."],
      [400, "MissingParameter", "%s", "The error message returned because a required parameter is not specified."],
    ],
  },
  DetachNetworkInterface: {
    page: 'https://www.alibabacloud.com/help/doc-detail/58514.htm',
    rows: [
      [403, "InvalidUserType.NotSupported", "%s", "The error message returned because your account does not support this operation."],
      [403, "Abs.InvalidAccount.NotFound", "%s", "The error message returned because your Alibaba Cloud account does not exist or your AccessKey pair has expired."],
      [400, "MissingParameter", "%s", "The error message returned because a required parameter is not specified."],
    ],
  },
  AllocateEipAddress: {
    page: ECS_2014_PAGE('AllocateEipAddress'),
    rows: [
      [400, "QueryParameter.Illegal", "query parameter illegal", null],
      [400, "COMMODITY_NO_EXIST", "commodity is not exist", null],
      [400, "QuotaExceeded.Eip", "Elastic IP address quota exceeded", null],
      [400, "InvalidParameter", "Specified value of \"InternetChargeType\" is not valid", null],
      [400, "InsufficientBalance", "Your account does not have enough balance.", null],
      [400, "ReserveIpFail", "Reserve eip failed.", null],
      [400, "InvalidRegion.NotSupport", "The specified region does not support.", null],
      [400, "InvalidBandwidth.Malformed", "The specified Bandwidth is invalid.", null],
      [400, "COMMODITY.INVALID_COMPONENT", "The instance component is invalid.", null],
    ],
  },
  ReleaseEipAddress: {
    page: 'https://www.alibabacloud.com/help/en/virtual-private-cloud/latest/releaseeipaddress',
    rows: [
      [404, "InvalidAllocationId.NotFound", "Specified allocation ID is not found", "The error message returned because the specified EIP does not exist. Check whether the specified value of the parameter is valid."],
      [400, "IncorrectEipStatus", "Current elastic IP status does not support this operation.", "The error message returned because the specified state of the EIP does not support this operation."],
      [500, "InternalError", "The request processing has failed due to some unknown error.", "The error message returned because unknown errors have occurred."],
      [400, "Forbidden.ChargeTypeIsPrepaid", "It's forbidden to release a prepaid EIP", "You cannot release subscription EIPs."],
      [400, "TaskConflict.AssociateGlobalAccelerationInstance", "Operate too frequent.", "The number of requests that you send exceeds the upper limit."],
    ],
  },
  UnassociateEipAddress: {
    page: ECS_2014_PAGE('UnassociateEipAddress'),
    rows: [
      [400, "IncorrectEipStatus", "Current elastic IP status does not support this operation.", null],
      [400, "InvalidInstanceId.NotFound", "Specified instance does not exist.", null],
      [400, "IncorrectInstanceStatus", "The current status of instance does not support this operation.", null],
      [400, "InvalidInstanceType.ValueNotSupported", "The specified value of InstanceType is not supported.", null],
      [400, "IncorrectHaVipStatus", "This operation is denied because satus of the specified HaVip is neither Available nor InUse.", null],
      [400, "OperationDenied", "Eip of default vpc not allow this operation", null],
    ],
  },
  CreateHaVip: {
    page: 'https://www.alibabacloud.com/help/tc/ecs/developer-reference/api-ecs-2014-05-26-createhavip',
    rows: [
      [400, "InvalidDescription.Malformed", "The specified Description is wrongly formed.", null],
      [400, "InvalidIPAddress.OutOfRange", "The specified IPAddress is out of VSwitch CIDR.", null],
      [400, "InvalidIPAddress.NotAvailable", "The specified IPAddress is not available because it is a system reserved IPAddress.", null],
      [400, "InvalidIPAddress.AlreadyUsed", "The specified IPAddress is already used by other resource.", null],
      [400, "InvalidIPAddress.Malformed", "The specified IPAddress is not a valid or strict address.", null],
      [400, "InvalidVSwitch.NotFound", "The specified VSwitch does not exist in the specified region.", null],
    ],
  },
  DeleteHaVip: {
    page: ECS_2014_PAGE('DeleteHaVip'),
    rows: [
      [400, "IncorrectStatus", "HaVip can be deleted only when it is status is Available.", null],
      [400, "DependencyViolation.HaVipReferedByRouteEntry", "HaVip cannot be deleted when it is refered by a route table entry as next hop.", null],
      [400, "DependencyViolation.HaVipAssociatedWithEIP", "HaVip cannot be deleted when it is associated with EIP.", null],
      [400, "IncorrectHaVipStatus", "HaVip?s status is invalid.", null],
      [400, "Forbidden.HaVip", "No permissions to perform operations on HAVIPs. Please apply for privilege--vpc_privilege_allow_buy_havip_instance.", null],
      [404, "InvalidRegionId.NotFound", "The RegionId provided does not exist in our records.", null],
    ],
  },
  AssociateHaVip: {
    page: ECS_2014_PAGE('AssociateHaVip'),
    rows: [
      [400, "InvalidVip.Status", "vip invalid status", null],
      [400, "IncorrectHaVipStatus", "HaVip can be operated by this action only when it's status is Available or InUse.", null],
      [400, "IncorrectInstanceStatus", "ECS instance can be operated by this action only when it??s status is Running or Stopped.", null],
      [400, "CountLimitExceed.HaVipOnInstance", "The amount of HaVip associated with the specified Instance reach its limits.", null],
      [400, "CountLimitExceeded.HaVipOnECSInstance", "The amount of Instance associated with the specified HaVip reach its limits.", null],
    ],
  },
  UnassociateHaVip: {
    page: ECS_2014_PAGE('UnassociateHaVip'),
    rows: [
      [400, "IncorrectHaVipStatus", "HaVip can be operated by this action only when it's status is InUse.", null],
      [400, "IncorrectInstanceStatus", "ECS instance can be operated by this action only when it's status is Running or Stopped.", null],
      [400, "ResourceNotAssociated", "The HaVip and ECS instance are not associated.", null],
      [400, "Forbidden.UnassociateMaster", "Unassociating a master instance is not allowed unless the parameter Force is True.", null],
      [400, "OperationFailed.DistibuteLock", "Distibute lock fail.", null],
    ],
  },
};

/**
 * Rows no retrieved table holds, for the conditions the action's page describes in its text (and
 * the emulator produces from state): the ENI family's codes as seed 003/004 word them, 404 for
 * *.NotFound (errors.md §4), Terraform's retried DependencyViolation.BgpPeer. Inferred, not copied.
 */
const ENI_ACTIONS = ['ModifyNetworkInterfaceAttribute', 'DeleteNetworkInterface', 'AttachNetworkInterface', 'DetachNetworkInterface', 'UnassignPrivateIpAddresses'];
const OTHER_ACTIONS: ReadonlyArray<readonly [readonly string[], ...Row]> = [
  [ENI_ACTIONS, 404, 'InvalidEniId.NotFound', '%s', null],
  [ENI_ACTIONS, 400, 'InvalidOperation.InvalidEniState', '%s', null],
  [['AttachNetworkInterface', 'DetachNetworkInterface'], 404, 'InvalidEcsId.NotFound', '%s', null],
  [['AttachNetworkInterface', 'DetachNetworkInterface'], 400, 'InvalidOperation.InvalidEcsState', '%s', null],
  [['AttachNetworkInterface'], 403, 'InvalidOperation.AvailabilityZoneMismatch', '%s', null],
  [['AttachNetworkInterface', 'ModifyNetworkInterfaceAttribute'], 403, 'InvalidOperation.VpcMismatch', '%s', null],
  [['AttachNetworkInterface'], 403, 'EniPerInstanceLimitExceeded', '%s', null],
  [['DetachNetworkInterface'], 400, 'InvalidOperation.DetachPrimaryEniNotAllowed', 'Detaching primary ENI from ECS instance is not allowed.', null],
  [['ModifyNetworkInterfaceAttribute'], 404, 'InvalidSecurityGroupId.NotFound', '%s', null],
  [['ModifyNetworkInterfaceAttribute'], 403, 'InvalidSecurityGroupId.NotVpc', '%s', null],
  [['UnassociateEipAddress'], 404, 'InvalidAllocationId.NotFound', 'Specified allocation ID is not found.', null],
  [['CreateHaVip'], 403, 'InvalidVSwitchId.IpNotEnough', '%s', null],
  [['AssociateHaVip', 'DeleteHaVip', 'UnassociateHaVip'], 404, 'InvalidHaVipId.NotFound', 'The specified HaVip does not exist.', null],
  [['AssociateHaVip'], 404, 'InvalidInstanceId.NotFound', '%s', null],
  [['AssociateHaVip'], 400, 'InvalidParameter.Mismatch', '%s', null],
  [['CreateBgpPeer', 'ModifyBgpPeerAttribute'], 404, 'InvalidBgpGroupId.NotFound', 'The specified BgpGroupId does not exist.', null],
  [['DescribeBgpPeers', 'ModifyBgpPeerAttribute', 'DeleteBgpPeer'], 404, 'InvalidBgpPeerId.NotFound', 'The specified BgpPeerId does not exist.', null],
  [['DeleteBgpPeer'], 400, 'DependencyViolation.BgpPeer', '%s', null],
  [['DescribeVirtualBorderRouters', 'DescribeBgpPeers'], 404, 'InvalidVbrId.NotFound', 'The specified VbrId does not exist.', null],
];

const VPC_PAGE = (path: string) => `https://www.alibabacloud.com/help/en/vpc/developer-reference/${path}`;
const NO_TABLE_RETRIEVED = ' (no error table in the stored copy of the page; rows: the codes its text names, inferred as commented, and the common codes)';

/** Where each operation's rows come from (docs/errors.md names the page). */
export const ALIBABA_ERROR_SOURCES = {
  AssociateEipAddress: { page: 'seed 002 (Alibaba VPC AssociateEipAddress), error table', publishesTable: true },
  AssignPrivateIpAddresses: { page: 'seed 003 (Alibaba ECS AssignPrivateIpAddresses), error table', publishesTable: true },
  CreateNetworkInterface: { page: 'seed 004 (Alibaba ECS CreateNetworkInterface), error table', publishesTable: true },
  ...Object.fromEntries(Object.entries(DOCUMENTED_TABLES).map(([operation, t]) => [operation, { page: t.page, publishesTable: true }])),
  ModifyNetworkInterfaceAttribute: { page: ECS_ENI_PAGE('ModifyNetworkInterfaceAttribute') + NO_TABLE_RETRIEVED, publishesTable: false },
  AttachNetworkInterface: { page: 'https://alibabacloud.com/help/en/doc-detail/58515.htm' + NO_TABLE_RETRIEVED, publishesTable: false },
  UnassignPrivateIpAddresses: { page: ECS_ENI_PAGE('UnassignPrivateIpAddresses') + NO_TABLE_RETRIEVED, publishesTable: false },
  DescribeNetworkInterfaces: { page: 'reference/alibaba/resources.md §2 (read; common codes only)', publishesTable: false },
  DescribeEipAddresses: { page: 'reference/alibaba/resources.md §3 (read; common codes only)', publishesTable: false },
  DescribeHaVips: { page: 'reference/alibaba/resources.md §4 (read; common codes only)', publishesTable: false },
  CreateBgpPeer: { page: VPC_PAGE('api-vpc-2016-04-28-createbgppeer') + NO_TABLE_RETRIEVED, publishesTable: false },
  ModifyBgpPeerAttribute: { page: VPC_PAGE('api-vpc-2016-04-28-modifybgppeerattribute') + NO_TABLE_RETRIEVED, publishesTable: false },
  DeleteBgpPeer: {
    page: VPC_PAGE('api-vpc-2016-04-28-deletebgppeer') + NO_TABLE_RETRIEVED + "; DependencyViolation.BgpPeer is the code terraform-provider-alicloud's alicloud_vpc_bgp_peer retries on delete",
    publishesTable: false,
  },
  DescribeBgpPeers: { page: 'reference/alibaba/resources.md §5 (read; common codes only)', publishesTable: false },
  DescribeVirtualBorderRouters: { page: 'reference/alibaba/resources.md §5 (read; common codes only)', publishesTable: false },
} satisfies Record<string, OperationSource>;

// ---------- rules ----------

/** Codes whose category the general rules below would get wrong, decided one by one. */
const CATEGORY_OVERRIDES: Readonly<Record<string, ErrorCategory>> = {
  'InvalidAccessKeyId.NotFound': 'PermissionDenied',
  'Abs.InvalidAccount.NotFound': 'PermissionDenied',
  'Forbidden.RegionNotFound': 'PermissionDenied',
  'InvalidRegionId.NotFound': 'InvalidParameter',
  'InvalidOperation.VSwitchCidrReservationNotExist': 'InvalidResourceState',
  'InvalidVSwitchId.IpNotEnough': 'InsufficientCapacity',
  'InvalidVSwitchId.IpPrefixNotEnough': 'InsufficientCapacity',
  'OperationDenied.NoAvailablePrivateIp': 'InsufficientCapacity',
  'OperationFailed.SystemBusy': 'ProviderUnavailable',
  'OperationFailed.QueryCommodityInfo': 'ProviderUnavailable',
  ResourceQueryError: 'ProviderUnavailable',
  IdempotentParameterMismatch: 'IdempotencyMismatch',
  SignatureDoesNotMatch: 'PermissionDenied',
  IncompleteSignature: 'PermissionDenied',
  SignatureNonceUsed: 'PermissionDenied',
  'InvalidTimeStamp.Expired': 'PermissionDenied',
  InsufficientBalance: 'PermissionDenied',
  BIND_INSTANCE_OWENER_ERROR: 'PermissionDenied',
  'OperationDenied.Unauthorized': 'PermissionDenied',
  'InvalidUserType.NotSupported': 'PermissionDenied',
  'Forbidden.InstanceBandwidthNotZero': 'InvalidResourceState',
  'Forbidden.FinancialLocked': 'InvalidResourceState',
  'Forbidden.EipCanNotBindGatgw': 'InvalidParameter',
  NATGATEWAY_FINANCIALLOCKED: 'InvalidResourceState',
  'InvalidAction.Denied': 'InvalidResourceState',
  'InvalidEIPStatus.BizDisabled': 'InvalidResourceState',
  'InvalidOperation.DetachPrimaryEniNotAllowed': 'InvalidResourceState',
  'Eni.Attached': 'InvalidResourceState',
  'Eni.HasSubIp': 'InvalidResourceState',
  'OperationFailed.EniSubIp': 'InvalidResourceState',
  'OperationFailed.EcsMigrating': 'InvalidResourceState',
  'OperationDenied.CloudBoxResourceExist': 'InvalidResourceState',
  'OperationDenied.CloudBoxVSwitchExist': 'InvalidResourceState',
  'OperationDenied.Ipv4GatewayExist': 'InvalidResourceState',
  'OperationDenied.VpcIpv4GatewayEnabled': 'InvalidResourceState',
  'OperationFailed.Ipv4GatewayNotOpenedInVpc': 'InvalidResourceState',
  'OperationFailed.Ipv4GatewayNotActivatedInVpc': 'InvalidResourceState',
  IncorrectVSwitchStatus: 'InvalidResourceState',
  TaskConflict: 'ResourceConflict',
  OperationConflict: 'ResourceConflict',
  VPC_TASK_CONFLICT: 'ResourceConflict',
  LastTokenProcessing: 'ResourceConflict',
  'OperationFailed.LastTokenProcessing': 'ResourceConflict',
  'Operation.Conflict': 'ResourceConflict',
  'InvalidAssociation.Duplicated': 'ResourceConflict',
  'InvalidPrivateIpAddress.Duplicated': 'ResourceConflict',
  'InvalidIp.IpAssigned': 'ResourceConflict',
  'InvalidIp.IpRepeated': 'ResourceConflict',
  'ResourceAlreadyAssociated.IpAddress': 'ResourceConflict',
  BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP: 'ResourceConflict',
  EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP: 'ResourceConflict',
  'Mode.Conflict': 'ResourceConflict',
  'OperationFailed.EipBindModeConflict': 'ResourceConflict',
  'OperationFailed.IpPrefixConflict': 'ResourceConflict',
  'OperationFailed.HavipBoundPortmap': 'ResourceConflict',
  'InvalidEip.EipQuotaExceeded': 'QuotaExceeded',
  'CountLimitExceed.HaVipOnInstance': 'QuotaExceeded',
  'CountLimitExceeded.HaVipOnECSInstance': 'QuotaExceeded',
  'InvalidIPAddress.AlreadyUsed': 'ResourceConflict',
  'TaskConflict.AssociateGlobalAccelerationInstance': 'ResourceConflict',
  'OperationFailed.DistibuteLock': 'ResourceConflict',
  ReserveIpFail: 'InsufficientCapacity',
  'Forbidden.ChargeTypeIsPrepaid': 'InvalidResourceState',
  'Forbidden.UnassociateMaster': 'InvalidResourceState',
  ResourceNotAssociated: 'InvalidResourceState',
  'InvalidVip.Status': 'InvalidResourceState',
  'InvalidOperation.Ipv4CountExceeded': 'QuotaExceeded',
};

/** General rules, first match wins (applied when a code has no override). */
const CATEGORY_RULES: ReadonlyArray<readonly [RegExp, ErrorCategory]> = [
  [/Throttling/, 'Throttled'],
  [/^(ServiceUnavailable|InternalError|SystemBusy)$/, 'ProviderUnavailable'],
  [/\.NotFound$|\.NotExist$/, 'ResourceNotFound'],
  [/^(QuotaExceeded|QuotaExceed)\.|^Max\w+Exceeded$|LimitExceed(ed)?$/, 'QuotaExceeded'],
  [/^Forbidden($|\.)|^InvalidAccessKeyId\.|\.NotSupportRAM$|\.SubUser$/, 'PermissionDenied'],
  [/^DependencyViolation\./, 'ResourceConflict'],
  [/^Incorrect\w*Status|^IncorrectStatus\.|^InvalidBindingStatus$|^InvalidStatus\.|^InvalidOperation\.Invalid\w+State$/, 'InvalidResourceState'],
];

/** Transient per errors.md §3: throttling, server trouble and the documented "try again" conflicts. */
const RETRYABLE_CODES = new Set([
  'ServiceUnavailable',
  'InternalError',
  'SystemBusy',
  'OperationFailed.SystemBusy',
  'TaskConflict',
  'Operation.Conflict',
  'OperationConflict',
  'IncorrectStatus',
  'VPC_TASK_CONFLICT',
  'LastTokenProcessing',
  'OperationFailed.LastTokenProcessing',
  'IncorrectEipStatus',
  'InvalidBindingStatus',
  'IncorrectInstanceStatus',
  'IncorrectHaVipStatus',
  'InvalidOperation.InvalidEniState',
  'InvalidOperation.InvalidEcsState',
  'TaskConflict.AssociateGlobalAccelerationInstance',
  'OperationFailed.DistibuteLock',
  // Retried by terraform-provider-alicloud (errors.md §3).
  'DependencyViolation.BgpPeer',
  'InvalidVip.Status',
]);

const RESOURCE_TYPES: Readonly<Record<string, string>> = {
  InvalidAllocationId: 'ElasticIp',
  InvalidInstanId: 'Instance',
  InvalidInstanceId: 'Instance',
  InvalidEcsId: 'Instance',
  InvalidParams: 'Instance',
  InvalidNicOrVm: 'Instance',
  InvalidInstance: 'Instance',
  InvalidEniId: 'NetworkInterface',
  InvalidVSwitchId: 'VSwitch',
  InvalidSecurityGroupId: 'SecurityGroup',
  InvalidResourceGroup: 'ResourceGroup',
  InvalidBandwidthPackageId: 'BandwidthPackage',
  InvalidHaVipId: 'HaVip',
  InvalidBgpPeerId: 'BgpPeer',
  InvalidBgpGroupId: 'BgpGroup',
  InvalidVSwitch: 'VSwitch',
  InvalidVbrId: 'VirtualBorderRouter',
};

/** Request parameters named by a code (or, for the generic ones, by the validation rule). */
const PARAMETERS: Readonly<Record<string, string>> = {
  'InvalidInstanceType.ValueNotSupported': 'InstanceType',
  'InvalidParameter.InstanceTypeNotSupport': 'InstanceType',
  'InvalidParameter.BindingInstanceRegion': 'InstanceRegionId',
  'InvalidParameter.EniInstanceId': 'InstanceId',
  'InvalidInstanceID.Malformed': 'InstanceId',
  'IllegalParam.Mode': 'Mode',
  'InvalidEniId.Malformed': 'NetworkInterfaceId',
  'InvalidPrivateIpAddress.Malformed': 'PrivateIpAddress',
  'InvalidSecondaryPrivateIpAddressCount.Malformed': 'SecondaryPrivateIpAddressCount',
  'InvalidVSwitchId.IpInvalid': 'PrivateIpAddress',
  'InvalidTagKey.Malformed': 'Tag.N.Key',
  'InvalidTagValue.Malformed': 'Tag.N.Value',
  'Duplicate.TagKey': 'Tag.N.Key',
  'InvalidIp.Address': 'Ipv6Address',
  'InvalidBandwidth.Malformed': 'Bandwidth',
  'InvalidIPAddress.Malformed': 'IpAddress',
  'InvalidIPAddress.OutOfRange': 'IpAddress',
  'InvalidIPAddress.NotAvailable': 'IpAddress',
  'InvalidDescription.Malformed': 'Description',
};

export function categoryOf(code: string): ErrorCategory {
  const override = CATEGORY_OVERRIDES[code];
  if (override) return override;
  for (const [pattern, category] of CATEGORY_RULES) if (pattern.test(code)) return category;
  return 'InvalidParameter';
}

function entry(operations: readonly string[] | 'common', [httpStatus, code, message, description]: Row): CatalogEntry {
  const category = categoryOf(code);
  const resourceType = category === 'ResourceNotFound' ? RESOURCE_TYPES[code.split('.')[0]!] : undefined;
  const parameter = PARAMETERS[code];
  return {
    code,
    httpStatus,
    message,
    description,
    category,
    retryable: category === 'Throttled' || RETRYABLE_CODES.has(code),
    operations,
    ...(resourceType ? { resourceType } : {}),
    ...(parameter ? { parameter } : {}),
  };
}

/** The seed tables by operation, exported so tests can compare them with the seed pages. */
export const SEED_TABLES = {
  AssociateEipAddress: ASSOCIATE_EIP_ADDRESS,
  AssignPrivateIpAddresses: ASSIGN_PRIVATE_IP_ADDRESSES,
  CreateNetworkInterface: CREATE_NETWORK_INTERFACE,
} as const;

export const alibabaCatalog = new ErrorCatalog('ALIBABA', [
  ...Object.entries(SEED_TABLES).flatMap(([operation, rows]) => rows.map((row) => entry([operation], row))),
  ...COMMON.map((row) => entry('common', row)),
  ...TRANSIENT.map((row) => entry('common', row)),
  ...Object.entries(DOCUMENTED_TABLES).flatMap(([operation, table]) => table.rows.map((row) => entry([operation], row))),
  ...OTHER_ACTIONS.map(([operations, ...row]) => entry(operations, row)),
], ALIBABA_ERROR_SOURCES);
