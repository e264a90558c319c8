import { ErrorCatalog, type CatalogEntry, type OperationSource } from '../../domain/catalog';
import type { ErrorCategory } from '../../domain/errors';
import { OPERATIONS as OP } from './wire';

/**
 * Huawei Cloud's documented error codes as data (reference/huawei/error-codes.md, seeds 000/001).
 * The emulator answers with these rows and the client classifies answers with them.
 * Columns: code, HTTP status, description, example message (verbatim), category, retryable,
 * operations ('common' = any operation), extra (resourceType / parameter).
 */

type Ops = readonly string[] | 'common';
type Extra = { resourceType?: string; parameter?: string };
type Row = readonly [code: string, status: number, description: string, message: string, category: ErrorCategory, retryable: boolean, ops: Ops, extra?: Extra];

const BIND = [OP.associateServerVirtualIp, OP.disassociateServerVirtualIp] as const;
const NIC_BATCH = [OP.batchAddServerNics, OP.batchDeleteServerNics] as const;
const ECS_READ = [OP.listServerInterfaces, OP.showJob] as const;
const ECS_WRITE = [...BIND, ...NIC_BATCH] as const;
const ECS_ALL = [...ECS_WRITE, ...ECS_READ] as const;
const PORT_WRITE = [OP.createPort, OP.updatePort, OP.deletePort] as const;
const PRIVATEIP_WRITE = [OP.createPrivateip, OP.deletePrivateip] as const;
const EIP_WRITE = [OP.createPublicip, OP.updatePublicip, OP.deletePublicip] as const;
const VPC_READ = [OP.listPorts, OP.showPort, OP.listSubnets, OP.listPrivateips, OP.listPublicips, OP.showPublicip] as const;
const VPC_ALL = [...VPC_READ, ...PORT_WRITE, ...PRIVATEIP_WRITE, ...EIP_WRITE] as const;
const EIP = [OP.listPublicips, OP.showPublicip, ...EIP_WRITE] as const;
const NEUTRON = [OP.neutronListPorts, OP.neutronShowPort, OP.neutronCreatePort, OP.neutronUpdatePort, OP.neutronDeletePort] as const;
const NEUTRON_BY_ID = [OP.neutronShowPort, OP.neutronUpdatePort, OP.neutronDeletePort] as const;
const NEUTRON_WRITE = [OP.neutronCreatePort, OP.neutronUpdatePort] as const;
const DC_READ = [OP.listVirtualInterfaces, OP.showVirtualInterface] as const;
const DC_WRITE = [OP.createVifPeer, OP.updateVifPeer, OP.deleteVifPeer] as const;
const DC_ALL = [...DC_READ, ...DC_WRITE] as const;
const PEER = [OP.createVifPeer] as const;
const PEER_CHANGE = [OP.createVifPeer, OP.updateVifPeer] as const;

const NIC = { resourceType: 'NetworkInterface' };
const SUBNET = { resourceType: 'Subnet' };
const SERVER = { resourceType: 'Server' };
const PORT = { resourceType: 'Port' };

// prettier-ignore
const ROWS: readonly Row[] = [
  // ---- API Gateway (any service) ----
  ['APIGW.0101', 404, 'The API does not exist or has not been published in the environment.', 'The API does not exist or has not been published in the environment.', 'ResourceNotFound', false, 'common', { resourceType: 'API' }],
  ['APIGW.0101', 404, 'The API does not exist.', 'The API does not exist.', 'ResourceNotFound', false, 'common', { resourceType: 'API' }],
  ['APIGW.0103', 404, 'The backend does not exist.', 'The backend does not exist.', 'ProviderUnavailable', false, 'common'],
  ['APIGW.0104', 400, 'The plug-ins do not exist.', 'The plug-ins do not exist.', 'UnknownProviderError', false, 'common'],
  ['APIGW.0105', 400, 'The backend configurations do not exist.', 'The backend configurations do not exist.', 'UnknownProviderError', false, 'common'],
  ['APIGW.0106', 400, 'Orchestration error.', 'Orchestration error.', 'InvalidParameter', false, 'common'],
  ['APIGW.0201', 400, 'API request error.', 'API request error.', 'InvalidParameter', false, 'common'],
  ['APIGW.0201', 413, 'Request entity too large.', 'Request entity too large.', 'InvalidParameter', false, 'common'],
  ['APIGW.0201', 414, 'Request URI too large.', 'Request URI too large.', 'InvalidParameter', false, 'common'],
  ['APIGW.0201', 494, 'Request headers too large.', 'Request headers too large.', 'InvalidParameter', false, 'common'],
  ['APIGW.0201', 502, 'Backend unavailable.', 'Backend unavailable.', 'ProviderUnavailable', true, 'common'],
  ['APIGW.0201', 504, 'Backend timeout.', 'Backend timeout.', 'ProviderUnavailable', true, 'common'],
  ['APIGW.0301', 401, 'Incorrect IAM authentication information.', 'Incorrect IAM authentication information: verify aksk signature fail', 'PermissionDenied', false, 'common'],
  ['APIGW.0301', 401, 'Incorrect IAM authentication information.', 'Incorrect IAM authentication information: ak %s not exist', 'PermissionDenied', false, 'common'],
  ['APIGW.0301', 401, 'Incorrect IAM authentication information.', 'Incorrect IAM authentication information: calc ak sk signature fail:signature expired', 'PermissionDenied', false, 'common'],
  ['APIGW.0301', 401, 'Incorrect IAM authentication information.', 'Incorrect IAM authentication information: AK access failed to reach the limit,forbidden', 'PermissionDenied', false, 'common'],
  ['APIGW.0301', 401, 'Incorrect IAM authentication information.', 'Incorrect IAM authentication information: x-auth-token not found', 'PermissionDenied', false, 'common'],
  ['APIGW.0302', 403, 'The IAM user is not authorized to access the API.', 'The IAM user is not authorized to access the API.', 'PermissionDenied', false, 'common'],
  ['APIGW.0303', 401, 'Incorrect app authentication information.', 'Incorrect app authentication information.', 'PermissionDenied', false, 'common'],
  ['APIGW.0304', 403, 'The app is not authorized to access the API.', 'The app is not authorized to access the API.', 'PermissionDenied', false, 'common'],
  ['APIGW.0305', 401, 'Incorrect authentication information.', 'Incorrect authentication information.', 'PermissionDenied', false, 'common'],
  ['APIGW.0306', 403, 'API access denied.', 'API access denied.', 'PermissionDenied', false, 'common'],
  ['APIGW.0307', 401, 'The token must be updated.', 'The token must be updated.', 'PermissionDenied', false, 'common'],
  ['APIGW.0308', 429, 'The throttling threshold has been reached.', 'The throttling threshold has been reached: policy user over ratelimit,limit:%s,time:1 minute', 'Throttled', true, 'common'],
  ['APIGW.0310', 403, 'The project is unavailable.', 'The project is unavailable.', 'PermissionDenied', false, 'common'],
  ['APIGW.0311', 401, 'Incorrect debugging authentication information.', 'Incorrect debugging authentication information.', 'PermissionDenied', false, 'common'],
  ['APIGW.0401', 403, 'Unknown client IP address.', 'Unknown client IP address.', 'PermissionDenied', false, 'common'],
  ['APIGW.0402', 403, 'The IP address is not authorized to access the API.', 'The IP address is not authorized to access the API.', 'PermissionDenied', false, 'common'],
  ['APIGW.0404', 403, 'Access to the backend IP address has been denied.', 'Access to the backend IP address has been denied.', 'PermissionDenied', false, 'common'],
  ['APIGW.0501', 405, 'The app quota has been used up.', 'The app quota has been used up.', 'QuotaExceeded', false, 'common'],
  ['APIGW.0502', 405, 'The app has been frozen.', 'The app has been frozen.', 'PermissionDenied', false, 'common'],
  ['APIGW.0601', 500, 'Internal server error.', 'Internal server error.', 'ProviderUnavailable', true, 'common'],
  ['APIGW.0602', 400, 'Bad request.', 'Bad request.', 'InvalidParameter', false, 'common'],
  ['APIGW.0605', 500, 'Domain name resolution failed.', 'Domain name resolution failed.', 'ProviderUnavailable', true, 'common'],
  ['APIGW.0606', 500, 'Failed to load the API configurations.', 'Failed to load the API configurations.', 'ProviderUnavailable', true, 'common'],
  ['APIGW.0607', 400, 'The following protocol is supported: {xxx}', 'The following protocol is supported: %s', 'InvalidParameter', false, 'common'],
  ['APIGW.0608', 500, 'Failed to obtain the admin token.', 'Failed to obtain the admin token.', 'ProviderUnavailable', true, 'common'],
  ['APIGW.0609', 500, 'The VPC backend does not exist.', 'The VPC backend does not exist.', 'ProviderUnavailable', false, 'common'],
  ['APIGW.0610', 502, 'No backend available.', 'No backend available.', 'ProviderUnavailable', true, 'common'],
  ['APIGW.0611', 500, 'The backend port does not exist.', 'The backend port does not exist.', 'ProviderUnavailable', false, 'common'],
  ['APIGW.0612', 500, 'An API cannot call itself.', 'An API cannot call itself.', 'UnknownProviderError', false, 'common'],
  ['APIGW.0613', 503, 'The IAM service is currently unavailable.', 'The IAM service is currently unavailable.', 'ProviderUnavailable', true, 'common'],
  ['APIGW.0705', 500, 'Backend signature calculation failed.', 'Backend signature calculation failed.', 'ProviderUnavailable', true, 'common'],
  ['APIGW.0801', 403, 'The service is unavailable in the currently selected region.', 'The service is unavailable in the currently selected region.', 'PermissionDenied', false, 'common'],
  ['APIGW.0802', 403, 'The IAM user is forbidden in the currently selected region.', 'The IAM user is forbidden in the currently selected region.', 'PermissionDenied', false, 'common'],

  // ---- Common.* (ECS family, any operation) ----
  ['Common.0024', 202, 'Limited by traffic control.', 'The traffic has exceeded the upper limit.', 'Throttled', true, 'common'],
  ['Common.1503', 503, 'Limited by API traffic control.', 'An error has occurred in API traffic control because %s.', 'Throttled', true, 'common'],
  ['Common.0001', 500, 'A system exception occurred.', 'System error.', 'ProviderUnavailable', true, 'common'],
  ['Common.0013', 401, 'Invalid token.', 'Do not perform this operation.', 'PermissionDenied', false, 'common'],
  ['Common.0018', 400, 'Invalid token, or the project ID in the token is different from that in the URL.', 'Tenant ID in token is not the same as that in URL.', 'PermissionDenied', false, 'common'],
  ['Common.0002', 400, 'Empty request body.', 'Request body is null!', 'InvalidParameter', false, 'common'],
  ['Common.0011', 400, 'Invalid job ID.', 'Failed to obtain the job.', 'ResourceNotFound', false, 'common', { resourceType: 'Job' }],

  // ---- ECS: bind / unbind a virtual IP on a NIC (seed 000), list a server's NICs ----
  ['Ecs.0003', 400, 'You do not have permission or your balance is insufficient.', 'The token role contains op_suspended. The current operation is not allowed.', 'PermissionDenied', false, ECS_ALL],
  ['Ecs.0003', 403, 'You do not have permission or your balance is insufficient.', 'The token role contains op_suspended. The current operation is not allowed.', 'PermissionDenied', false, ECS_ALL],
  ['Ecs.0004', 400, 'Authentication failed.', 'Failed to assign permissions: %s', 'PermissionDenied', false, ECS_ALL],
  ['Ecs.0005', 400, 'Invalid parameters.', 'Invalid request body.', 'InvalidParameter', false, ECS_ALL],
  ['Ecs.0005', 400, 'Invalid parameters.', 'request body is illegal.', 'InvalidParameter', false, ECS_ALL],
  ['Ecs.0010', 400, 'The private IP address is already in use.', 'Private IP address %s is already in use.', 'ResourceConflict', false, ECS_WRITE, { parameter: 'ip_address' }],
  ['Ecs.0012', 400, 'The number of IP addresses in the subnet is insufficient.', 'Insufficient IP addresses.', 'InsufficientCapacity', false, ECS_WRITE],
  ['Ecs.0014', 400, 'Invalid VPC parameters.', 'VPC parameters are invalid.', 'InvalidParameter', false, ECS_WRITE, { parameter: 'subnet_id' }],
  ['Ecs.0023', 400, 'Invalid token, or the project ID in the token is different from that in the URL.', 'The project ID in token does not match that in URL.', 'PermissionDenied', false, ECS_ALL],
  ['Ecs.0038', 400, 'The subnet does not exist.', 'Subnet [%s] does not exist.', 'ResourceNotFound', false, ECS_WRITE, SUBNET],
  ['Ecs.0039', 400, 'The specified IP address does not belong to the subnet.', 'Private IP address [%s] is not in subnet [%s].', 'InvalidParameter', false, ECS_WRITE, { parameter: 'ip_address' }],
  ['Ecs.0064', 400, 'Inconsistent VPC ID in the request body from that in the primary NIC.', 'The VPC ID in the request body is different from that in the primary NIC.', 'InvalidParameter', false, BIND, { parameter: 'subnet_id' }],
  ['Ecs.0100', 400, 'The ECS status does not meet requirements.', 'Disks can be attached to ECS [%s] only in started or stopped state.', 'InvalidResourceState', false, ECS_WRITE],
  ['Ecs.0106', 400, 'Abnormal network status.', 'Failed to create VLAN network %s because the network status is error.', 'InvalidResourceState', false, BIND],
  ['Ecs.0110', 403, 'Operations are prohibited on the client due to permissions.', 'Token role %s is not allowed to perform this operation.', 'PermissionDenied', false, ECS_ALL],
  ['Ecs.0114', 404, 'The ECS cannot be detected.', 'ECS [%s] could not be found.', 'ResourceNotFound', false, ECS_ALL, SERVER],
  ['Ecs.0210', 400, 'System error.', 'Failed to call the VPC API to assign an FIP to port %s: %s.', 'ProviderUnavailable', false, BIND],
  ['Ecs.0212', 400, 'Failed to allocate the private IP address.', 'Failed to call the Neutron API to view private IP addresses because the response is null or invalid.', 'ProviderUnavailable', false, BIND],
  ['Ecs.0213', 400, 'Failed to update the port attributes.', 'Failed to update allowed_address_pairs of port %s because %s.', 'ProviderUnavailable', false, BIND],
  // Closest documented code for "the NIC (port) in the path does not exist": the ECS service fails its port lookup.
  ['Ecs.0307', 400, 'Failed to query the port.', 'Failed to view the port because %s.', 'ResourceNotFound', false, ECS_ALL, NIC],
  ['Ecs.0603', 501, 'Other commands are being executed. Try again 1 minute later.', 'The running state %s of ECS %s for tenant %s is unstable.', 'InvalidResourceState', true, ECS_WRITE],
  ['Ecs.0614', 404, 'The ECS cannot be detected.', 'itemNotFound: Instance xxx could not be found.', 'ResourceNotFound', false, ECS_ALL, SERVER],
  ['Ecs.1200', 400, 'Failed to access the VPC.', 'Failed to view the EIP because %s.', 'ProviderUnavailable', true, ECS_WRITE],
  ['Ecs.1201', 400, 'VPC access timed out.', 'Operation timed out.', 'ProviderUnavailable', true, ECS_WRITE],
  ['Pdp.0001', 403, 'API authentication failed.', 'Policy does not allow %s to be performed.', 'PermissionDenied', false, ECS_ALL],
  // ---- ECS: add / delete NICs in a batch (asynchronous, ShowJob) ----
  ['Ecs.0050', 400, 'The number of NICs attached to the ECS exceeds the maximum value allowed.', 'The requested number of NICs is greater than the number available.', 'QuotaExceeded', false, [OP.batchAddServerNics]],
  ['Ecs.0118', 400, 'The number of tasks in a batch is greater than the upper limit.', 'The number of ECSs %s is greater than the maximum number %s.', 'InvalidParameter', false, NIC_BATCH],
  ['Ecs.0201', 400, 'Failed to create the NIC.', 'Failed to create port in network %s because %s.', 'ProviderUnavailable', false, [OP.batchAddServerNics]],
  ['Ecs.0211', 400, 'Failed to create the NIC.', 'Failed to create QoS because %s.', 'ProviderUnavailable', false, [OP.batchAddServerNics]],
  ['Ecs.0217', 400, 'Failed to attach the NIC.', 'Attached to server [%s] port [%s] failed. Cause: %s', 'ResourceConflict', false, [OP.batchAddServerNics]],
  ['Ecs.0309', 400, 'Failed to query the NIC QoS.', 'Failed to view QoS because %s.', 'ProviderUnavailable', false, NIC_BATCH],
  ['Ecs.0401', 400, 'Failed to undo the operation performed on the port.', 'Failed to delete the port because %s.', 'ProviderUnavailable', false, NIC_BATCH],
  ['Ecs.0507', 400, 'Failed to delete the NIC.', 'Resource VLAN NICs cannot be deleted.', 'InvalidParameter', false, [OP.batchDeleteServerNics]],
  ['Ecs.0611', 400, 'Requesting for a batch operation failed.', 'Batch operation failed.', 'ProviderUnavailable', false, NIC_BATCH],
  // ---- ECS: jobs (ShowJob) ----
  ['Common.0021', 400, 'An error has occurred in job query.', 'Failed to obtain the job.', 'ProviderUnavailable', true, [OP.showJob]],
  ['Common.0025', 400, 'An error has occurred in job query.', 'Failed to obtain the job because %s.', 'ProviderUnavailable', true, [OP.showJob]],

  // ---- VPC / EIP v1 ----
  ['VPC.0002', 400, 'The AZ is left blank.', 'Available zone Name is null.', 'InvalidParameter', false, VPC_ALL],
  ['VPC.0003', 404, 'The VPC does not exist.', 'VPC does not exist.', 'ResourceNotFound', false, VPC_ALL, { resourceType: 'Vpc' }],
  ['VPC.0004', 400, 'The VPC status is abnormal.', 'VPC is not active, please try later.', 'InvalidResourceState', true, VPC_ALL],
  ['VPC.0005', 401, 'User restricted.', 'Lack of user authority.', 'PermissionDenied', false, VPC_ALL],
  ['VPC.0007', 400, 'Inconsistent tenant IDs.', 'urlTenantId is not equal tokenTenantId', 'PermissionDenied', false, VPC_ALL],
  ['VPC.0008', 401, 'Invalid token.', 'Invalid token in the header.', 'PermissionDenied', false, VPC_ALL],
  ['VPC.0009', 401, 'Real-name authentication fails.', 'real-name authentication fail.', 'PermissionDenied', false, VPC_ALL],
  ['VPC.2701', 403, 'You do not have permission to perform this operation, or your account balance is insufficient.', 'Token not allowed to do this action.', 'PermissionDenied', false, VPC_ALL],
  ['VPC.0010', 403, 'Insufficient permissions to make calls to the underlying system.', 'Rules on xx by ** disallowed by policy', 'PermissionDenied', false, VPC_ALL],
  ['VPC.2201', 403, 'Insufficient fine-grained permissions.', "Policy doesn't allow <x:x:x> to be performed", 'PermissionDenied', false, VPC_ALL],
  // Port rows (module "创建端口" of the zh table; descriptions translated). The table's delete/update rows
  // were not retrievable: VPC.2500 stands for a refused change of a port (inferred).
  ['VPC.2500', 400, 'Port parameter error.', 'Param is invalid.', 'InvalidParameter', false, PORT_WRITE],
  ['VPC.0701', 409, 'The IP address of the port is already in use.', 'IP is in use', 'ResourceConflict', false, [OP.createPort], { parameter: 'fixed_ips' }],
  ['VPC.0301', 400, 'Bandwidth name or share_type is invalid.', 'Bandwidth name or share_type is invalid.', 'InvalidParameter', false, [OP.createPublicip]],
  ['VPC.0503', 500, 'Creating publicIp failed.', 'Creating publicIp failed.', 'ProviderUnavailable', false, [OP.createPublicip]],
  ['VPC.0501', 400, 'EIP parameter error.', 'Bandwidth share_type is invalid.', 'InvalidParameter', false, EIP],
  ['VPC.0502', 403, 'User restricted, cannot apply for EIP.', 'Tenant status is op_restricted.', 'PermissionDenied', false, EIP],
  ['VPC.0504', 500, 'FloatIp is null.', 'Floating IP could not be found.', 'ResourceNotFound', false, EIP, { resourceType: 'ElasticIp' }],
  ['VPC.0508', 500, 'Port resource not found.', 'Port is invalid.', 'ResourceNotFound', false, [OP.showPort, OP.updatePublicip, OP.updatePort, OP.deletePort, OP.deletePrivateip], PORT],
  ['VPC.0510', 409, 'EIP already bound – unbind first.', 'Floatingip has already associated with port.', 'ResourceConflict', false, [OP.updatePublicip, OP.deletePublicip]],

  // ---- Neutron-compatible /v2.0 ports: Huawei's tables exclude "native OpenStack APIs"; these are
  // OpenStack neutron-lib's exceptions (type = class name, message template with %s for its fields). ----
  ['PortNotFound', 404, 'The port does not exist.', 'Port %s could not be found.', 'ResourceNotFound', false, NEUTRON_BY_ID, PORT],
  ['NetworkNotFound', 404, 'The network does not exist.', 'Network %s could not be found.', 'ResourceNotFound', false, [OP.neutronCreatePort], SUBNET],
  ['InvalidInput', 400, 'Invalid input.', 'Invalid input for operation: %s.', 'InvalidParameter', false, NEUTRON],
  ['IpAddressInUse', 409, 'The IP address is in use.', 'Unable to complete operation for network %s. The IP address %s is in use.', 'ResourceConflict', false, NEUTRON_WRITE],
  ['IpAddressGenerationFailure', 409, 'No free address in the network.', 'No more IP addresses available on network %s.', 'InsufficientCapacity', false, [OP.neutronCreatePort]],
  ['PortInUse', 409, 'The port is attached to a device.', 'Unable to complete operation on port %s for network %s. Port already has an attached device %s.', 'ResourceConflict', false, [OP.neutronDeletePort]],

  // ---- Direct Connect v3 (all documented with HTTP 400; DC returns 400 for missing resources) ----
  ['DC.0000', 400, 'The request body is abnormal.', 'The request body is abnormal.', 'InvalidParameter', false, DC_ALL],
  ['DC.0001', 400, 'Request parameter error.', 'Request parameter error.', 'InvalidParameter', false, DC_ALL],
  ['DC.0002', 400, 'The resource does not exist.', 'The resource does not exist.', 'ResourceNotFound', false, DC_ALL, { resourceType: 'VirtualInterface' }],
  // A system error is transient like Common.0001 / APIGW.0601 (DC answers everything with 400).
  ['DC.0003', 400, 'System error.', 'System error.', 'ProviderUnavailable', true, DC_ALL],
  ['DC.0004', 400, 'Invalid IP address.', 'Invalid IP address.', 'InvalidParameter', false, PEER_CHANGE],
  ['DC.0005', 400, 'Failed to call the VPC API.', 'Failed to call the VPC API.', 'ProviderUnavailable', false, PEER],
  ['DC.0006', 400, 'Failed to call the MO API.', 'Failed to call the MO API.', 'ProviderUnavailable', false, PEER],
  ['DC.0007', 400, 'The VPC does not exist.', 'The VPC does not exist.', 'ResourceNotFound', false, PEER, { resourceType: 'Vpc' }],
  ['DC.0008', 400, 'The BGP ASN is out of range.', 'The BGP ASN is out of range.', 'InvalidParameter', false, PEER, { parameter: 'bgp_asn' }],
  ['DC.0009', 400, 'Invalid policy.', 'Invalid policy.', 'PermissionDenied', false, DC_ALL],
  ['DC.0010', 400, 'The VPC_VNI does not exist.', 'The VPC_VNI does not exist.', 'ResourceNotFound', false, PEER],
  ['DC.0011', 400, 'The AGENT is abnormal.', 'The AGENT is abnormal.', 'ProviderUnavailable', false, PEER],
  ['DC.0012', 400, 'Failed to call the CBC API.', 'Failed to call the CBC API.', 'ProviderUnavailable', false, PEER],
  ['DC.0013', 400, 'You have no permission to operate the field.', 'You have no permission to operate the field.', 'PermissionDenied', false, DC_ALL],
  ['DC.1005', 400, 'Connection status abnormal.', 'Connection status abnormal.', 'InvalidResourceState', false, PEER],
  ['DC.1012', 400, 'Connection does not exist.', 'Connection does not exist.', 'ResourceNotFound', false, PEER, { resourceType: 'DirectConnect' }],
  ['DC.1015', 400, 'Connection or LAG does not exist.', 'Connection or LAG does not exist.', 'ResourceNotFound', false, PEER, { resourceType: 'DirectConnect' }],
];

function toEntry([code, httpStatus, description, message, category, retryable, operations, extra]: Row): CatalogEntry {
  return { code, httpStatus, description, message, category, retryable, operations, ...extra };
}

const ECS_ERRORS = 'Huawei ECS API Reference, Error Codes (https://support.huaweicloud.com/intl/en-us/api-ecs/ecs_07_0002.html; reference/huawei/error-codes.md §2)';
const VPC_ERRORS = 'Huawei VPC API Reference, Error Codes (https://support.huaweicloud.com/api-vpc/vpc_api_0003.html, zh, leading rows and the port module; reference/huawei/error-codes.md §3)';
const EIP_ERRORS = 'Huawei EIP API Reference, Error Codes (https://support.huaweicloud.com/intl/en-us/api-eip/ErrorCode.html; reference/huawei/error-codes.md §3)';
const DC_ERRORS = 'Huawei Direct Connect API Reference, Error Codes (https://support.huaweicloud.com/intl/en-us/api-dc/ErrorCode.html; reference/huawei/error-codes.md §4)';
const NEUTRON_ERRORS =
  'Huawei publishes no error table for its native OpenStack APIs (the VPC table excludes them); rows from OpenStack neutron-lib exceptions (neutron_lib/exceptions), rendered as {"NeutronError":{type,message,detail}}';
const table = (page: string) => ({ page, publishesTable: true });

/**
 * Per operation, the page its rows come from. ECS, VPC/EIP and DC publish one table per service that
 * every operation page refers to ("See Error Codes"); the private IP rows of the VPC table were not
 * retrievable, so those operations carry the service's common rows only.
 */
const SOURCES: Record<string, OperationSource> = {
  [OP.associateServerVirtualIp]: table(`${ECS_ERRORS}; seed 000`),
  [OP.disassociateServerVirtualIp]: table(ECS_ERRORS),
  [OP.listServerInterfaces]: table(ECS_ERRORS),
  [OP.batchAddServerNics]: table(ECS_ERRORS),
  [OP.batchDeleteServerNics]: table(ECS_ERRORS),
  [OP.showJob]: table(ECS_ERRORS),
  [OP.listPorts]: table(VPC_ERRORS),
  [OP.showPort]: table(VPC_ERRORS),
  [OP.createPort]: table(VPC_ERRORS),
  [OP.updatePort]: table(VPC_ERRORS),
  [OP.deletePort]: table(VPC_ERRORS),
  [OP.listSubnets]: table(VPC_ERRORS),
  [OP.createPrivateip]: { page: `${VPC_ERRORS} (private IP rows not retrievable)`, publishesTable: false },
  [OP.listPrivateips]: { page: `${VPC_ERRORS} (private IP rows not retrievable)`, publishesTable: false },
  [OP.deletePrivateip]: { page: `${VPC_ERRORS} (private IP rows not retrievable)`, publishesTable: false },
  [OP.listPublicips]: table(EIP_ERRORS),
  [OP.showPublicip]: table(EIP_ERRORS),
  [OP.createPublicip]: table(EIP_ERRORS),
  [OP.updatePublicip]: table(EIP_ERRORS),
  [OP.deletePublicip]: table(EIP_ERRORS),
  [OP.neutronListPorts]: { page: NEUTRON_ERRORS, publishesTable: false },
  [OP.neutronShowPort]: { page: NEUTRON_ERRORS, publishesTable: false },
  [OP.neutronCreatePort]: { page: NEUTRON_ERRORS, publishesTable: false },
  [OP.neutronUpdatePort]: { page: NEUTRON_ERRORS, publishesTable: false },
  [OP.neutronDeletePort]: { page: NEUTRON_ERRORS, publishesTable: false },
  [OP.listVirtualInterfaces]: table(DC_ERRORS),
  [OP.showVirtualInterface]: table(DC_ERRORS),
  [OP.createVifPeer]: table(`${DC_ERRORS}; seed 001`),
  [OP.updateVifPeer]: table(DC_ERRORS),
  [OP.deleteVifPeer]: table(DC_ERRORS),
};

export const huaweiCatalog = new ErrorCatalog('HUAWEI', ROWS.map(toEntry), SOURCES);

/** Operations whose rows the catalog documents, grouped by the service that serves them. */
export const CATALOG_OPERATION_GROUPS = { ECS_ALL, VPC_ALL, NEUTRON, DC_ALL } as const;
