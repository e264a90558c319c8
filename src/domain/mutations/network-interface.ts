import { defineMutation } from './descriptor';
import { ALIBABA_CLIENT_TOKEN } from './shared-fields';

/** Mutations of NetworkInterface: Alibaba ECS ENIs, Huawei VPC ports attached to ECS servers. */

const ALIBABA_ENI_DOCS = 'Alibaba ECS 2014-05-26 API reference (reference/alibaba/resources.md §2)';
const HUAWEI_PORT_DOCS = 'Huawei VPC API reference, Port v1 (reference/huawei/resources.md §5)';
const HUAWEI_NIC_DOCS = 'Huawei ECS API reference, NIC management and jobs (reference/huawei/resources.md §2–§3)';

const ASSIGN_ON_HUAWEI =
  'Huawei VPC ports have no API for secondary private IPs. Create a virtual IP (createVirtualIp) in the port\'s subnet and bind it to the port (bindVirtualIp): the port then carries the address in allowed_address_pairs.';
const UNASSIGN_ON_HUAWEI =
  'Huawei VPC ports have no API for secondary private IPs. Unbind the virtual IP from the port (unbindVirtualIp) and delete it (deleteVirtualIp).';

export const createNetworkInterface = defineMutation({
  name: 'createNetworkInterface',
  resource: 'NetworkInterface',
  description:
    'Creates a network interface. Alibaba: ECS CreateNetworkInterface (seed 004), Available at once. Huawei: VPC CreatePort (a port not yet attached to a server, status DOWN).',
  target: { kind: 'partition' },
  providers: {
    ALIBABA: { operation: 'CreateNetworkInterface', completion: { kind: 'sync' }, source: 'seed 004 (Alibaba ECS CreateNetworkInterface)' },
    HUAWEI: { operation: 'CreatePort', http: 'POST /v1/{project_id}/ports', completion: { kind: 'sync' }, source: HUAWEI_PORT_DOCS },
  },
  input: {
    vSwitchId: {
      type: 'String',
      required: true,
      description: 'The subnet the addresses come from. Alibaba VSwitchId (the vSwitch); Huawei network_id (the subnet\'s network id, a UUID).',
      wire: { ALIBABA: 'VSwitchId', HUAWEI: 'network_id' },
    },
    primaryIpAddress: {
      type: 'String',
      description: 'The primary private IPv4 address, free and inside the subnet CIDR; assigned at random when unset. Alibaba PrimaryIpAddress; Huawei fixed_ips[0].ip_address.',
      wire: { ALIBABA: 'PrimaryIpAddress', HUAWEI: 'fixed_ips.ip_address' },
    },
    securityGroupId: {
      type: 'String',
      description: 'Alibaba SecurityGroupId: one security group; not together with securityGroupIds.',
      wire: { ALIBABA: 'SecurityGroupId' },
    },
    securityGroupIds: {
      type: 'String',
      list: true,
      description: 'Security groups of the interface. Alibaba SecurityGroupIds.N (not together with securityGroupId); Huawei security_groups (UUIDs).',
      wire: { ALIBABA: 'SecurityGroupIds.N', HUAWEI: 'security_groups' },
    },
    networkInterfaceName: {
      type: 'String',
      description: 'Name. Alibaba NetworkInterfaceName: 2 to 128 characters, starts with a letter, letters, digits, colons, underscores and hyphens, not http:// or https://. Huawei name: 0 to 255 characters.',
      wire: { ALIBABA: 'NetworkInterfaceName', HUAWEI: 'name' },
    },
    description: {
      type: 'String',
      description: 'Alibaba Description: 2 to 256 characters, not starting with http:// or https://. Empty by default.',
      wire: { ALIBABA: 'Description' },
    },
    privateIpAddresses: {
      type: 'String',
      list: true,
      description: 'Alibaba PrivateIpAddress.N (N: 0 to 10): secondary private IPv4 addresses; not together with secondaryPrivateIpAddressCount.',
      wire: { ALIBABA: 'PrivateIpAddress.N' },
    },
    secondaryPrivateIpAddressCount: {
      type: 'Int',
      description: 'Alibaba SecondaryPrivateIpAddressCount: 1 to 49 secondary addresses ECS assigns automatically.',
      wire: { ALIBABA: 'SecondaryPrivateIpAddressCount' },
    },
    queueNumber: {
      type: 'Int',
      description: 'Alibaba QueueNumber: 1 to 2048 queues. Empty by default.',
      wire: { ALIBABA: 'QueueNumber' },
    },
    resourceGroupId: {
      type: 'String',
      description: 'Alibaba ResourceGroupId: the resource group.',
      wire: { ALIBABA: 'ResourceGroupId' },
    },
    tags: {
      type: 'Tag',
      list: true,
      description: 'Alibaba Tag.N (N: 1 to 20; key 1 to 128 characters, not starting with aliyun or acs:; value up to 128 characters).',
      wire: { ALIBABA: 'Tag.N' },
    },
    clientToken: ALIBABA_CLIENT_TOKEN,
  },
  payload: {
    networkInterface: { resource: 'NetworkInterface', from: { output: 'nativeId' }, description: 'The new interface, read back from the provider.' },
  },
});

export const updateNetworkInterface = defineMutation({
  name: 'updateNetworkInterface',
  resource: 'NetworkInterface',
  description:
    'Changes the name, description or security groups of a network interface. Alibaba: ECS ModifyNetworkInterfaceAttribute. Huawei: VPC UpdatePort.',
  target: { kind: 'resource', of: 'NetworkInterface', idField: 'networkInterfaceId', refField: 'networkInterface' },
  providers: {
    ALIBABA: { operation: 'ModifyNetworkInterfaceAttribute', completion: { kind: 'sync' }, source: ALIBABA_ENI_DOCS },
    HUAWEI: { operation: 'UpdatePort', http: 'PUT /v1/{project_id}/ports/{port_id}', completion: { kind: 'sync' }, source: HUAWEI_PORT_DOCS },
  },
  input: {
    networkInterfaceName: {
      type: 'String',
      description: 'New name. Alibaba NetworkInterfaceName: 2 to 128 characters, starts with a letter, not http:// or https://. Huawei name: 0 to 255 characters.',
      wire: { ALIBABA: 'NetworkInterfaceName', HUAWEI: 'name' },
    },
    description: {
      type: 'String',
      description: 'New description. Alibaba Description: 2 to 255 characters, not starting with http:// or https://.',
      wire: { ALIBABA: 'Description' },
    },
    securityGroupIds: {
      type: 'String',
      list: true,
      description: 'The security groups, replacing the current set. Alibaba SecurityGroupId.N (N: 1 to 10); Huawei security_groups (UUIDs).',
      wire: { ALIBABA: 'SecurityGroupId.N', HUAWEI: 'security_groups' },
    },
  },
  payload: {
    networkInterface: { resource: 'NetworkInterface', from: 'target', description: 'The interface, read back after the change.' },
  },
});

export const deleteNetworkInterface = defineMutation({
  name: 'deleteNetworkInterface',
  resource: 'NetworkInterface',
  description:
    'Deletes a detached network interface. Alibaba: ECS DeleteNetworkInterface (the ENI must be Available; Deleting, then gone). Huawei: VPC DeletePort.',
  target: { kind: 'resource', of: 'NetworkInterface', idField: 'networkInterfaceId', refField: 'networkInterface' },
  providers: {
    ALIBABA: {
      operation: 'DeleteNetworkInterface',
      completion: { kind: 'status', pending: ['DELETING'], settled: 'gone' },
      source: ALIBABA_ENI_DOCS,
    },
    HUAWEI: { operation: 'DeletePort', http: 'DELETE /v1/{project_id}/ports/{port_id}', completion: { kind: 'sync' }, source: HUAWEI_PORT_DOCS },
  },
  input: {},
  payload: {
    networkInterface: {
      resource: 'NetworkInterface',
      from: 'target',
      description: 'The interface as the provider shows it after the call: DELETING while it goes, null once gone.',
    },
  },
});

export const attachNetworkInterface = defineMutation({
  name: 'attachNetworkInterface',
  resource: 'NetworkInterface',
  description:
    'Attaches a network interface to an instance. Alibaba: ECS AttachNetworkInterface (ATTACHING, then IN_USE; back to AVAILABLE if it failed). Huawei: ECS BatchAddServerNics with the port, an asynchronous job read with ShowJob.',
  target: { kind: 'resource', of: 'NetworkInterface', idField: 'networkInterfaceId', refField: 'networkInterface' },
  providers: {
    ALIBABA: {
      operation: 'AttachNetworkInterface',
      completion: { kind: 'status', pending: ['ATTACHING'], settled: ['IN_USE'] },
      source: ALIBABA_ENI_DOCS,
    },
    HUAWEI: {
      operation: 'BatchAddServerNics',
      http: 'POST /v1/{project_id}/cloudservers/{server_id}/nics',
      completion: { kind: 'job', statusOperation: 'ShowJob' },
      source: HUAWEI_NIC_DOCS,
      alsoCalls: ['ShowPort'],
    },
  },
  input: {
    instanceId: {
      type: 'String',
      required: true,
      description: 'The instance to attach to, in the same VPC (and, on Alibaba, the same zone). Alibaba InstanceId (Running or Stopped); Huawei server_id (path).',
      wire: { ALIBABA: 'InstanceId', HUAWEI: 'server_id' },
    },
    networkCardIndex: {
      type: 'Int',
      description: 'Alibaba NetworkCardIndex: the physical network card (only for instance types with several cards).',
      wire: { ALIBABA: 'NetworkCardIndex' },
    },
  },
  payload: {
    networkInterface: { resource: 'NetworkInterface', from: 'target', description: 'The interface after the call (ATTACHING while the change runs).' },
  },
  outputs: {
    jobId: { type: 'String', nullable: true, description: 'Huawei job_id of the asynchronous job (ShowJob); null on Alibaba.' },
  },
});

export const detachNetworkInterface = defineMutation({
  name: 'detachNetworkInterface',
  resource: 'NetworkInterface',
  description:
    'Detaches a secondary network interface from its instance. Alibaba: ECS DetachNetworkInterface (DETACHING, then AVAILABLE). Huawei: ECS BatchDeleteServerNics, an asynchronous job read with ShowJob (the port is kept).',
  target: { kind: 'resource', of: 'NetworkInterface', idField: 'networkInterfaceId', refField: 'networkInterface' },
  providers: {
    ALIBABA: {
      operation: 'DetachNetworkInterface',
      completion: { kind: 'status', pending: ['DETACHING'], settled: ['AVAILABLE'] },
      source: ALIBABA_ENI_DOCS,
      alsoCalls: ['DescribeNetworkInterfaces'],
    },
    HUAWEI: {
      operation: 'BatchDeleteServerNics',
      http: 'POST /v1/{project_id}/cloudservers/{server_id}/nics/delete',
      completion: { kind: 'job', statusOperation: 'ShowJob' },
      source: HUAWEI_NIC_DOCS,
      alsoCalls: ['ShowPort'],
    },
  },
  input: {
    instanceId: {
      type: 'String',
      description: 'The instance it is attached to. Alibaba InstanceId; Huawei server_id (path). When unset, netplane reads it from the interface\'s attachment first.',
      wire: { ALIBABA: 'InstanceId', HUAWEI: 'server_id' },
    },
  },
  payload: {
    networkInterface: { resource: 'NetworkInterface', from: 'target', description: 'The interface after the call (DETACHING while the change runs).' },
  },
  outputs: {
    jobId: { type: 'String', nullable: true, description: 'Huawei job_id of the asynchronous job (ShowJob); null on Alibaba.' },
  },
});

export const assignPrivateIpAddresses = defineMutation({
  name: 'assignPrivateIpAddresses',
  resource: 'NetworkInterface',
  description: 'Assigns secondary private IP addresses to a network interface. Alibaba: ECS AssignPrivateIpAddresses (seed 003).',
  target: { kind: 'resource', of: 'NetworkInterface', idField: 'networkInterfaceId', refField: 'networkInterface' },
  providers: {
    ALIBABA: { operation: 'AssignPrivateIpAddresses', completion: { kind: 'sync' }, source: 'seed 003 (Alibaba ECS AssignPrivateIpAddresses)' },
    HUAWEI: { unsupported: ASSIGN_ON_HUAWEI },
  },
  input: {
    privateIpAddresses: {
      type: 'String',
      list: true,
      description: 'PrivateIpAddress.N: addresses inside the vSwitch CIDR block (N: 1 to 50 while Available; the instance type\'s limit while InUse); not together with secondaryPrivateIpAddressCount.',
      wire: { ALIBABA: 'PrivateIpAddress.N' },
    },
    secondaryPrivateIpAddressCount: {
      type: 'Int',
      description: 'SecondaryPrivateIpAddressCount: addresses assigned automatically from the vSwitch CIDR block (1 to 50).',
      wire: { ALIBABA: 'SecondaryPrivateIpAddressCount' },
    },
    clientToken: ALIBABA_CLIENT_TOKEN,
  },
  payload: {
    networkInterface: { resource: 'NetworkInterface', from: 'target', description: 'The interface, read back from the provider after the change.' },
  },
  outputs: {
    assignedPrivateIps: { type: 'String', list: true, description: 'The secondary private addresses the provider assigned.' },
  },
});

export const unassignPrivateIpAddresses = defineMutation({
  name: 'unassignPrivateIpAddresses',
  resource: 'NetworkInterface',
  description: 'Removes secondary private IP addresses from a network interface. Alibaba: ECS UnassignPrivateIpAddresses.',
  target: { kind: 'resource', of: 'NetworkInterface', idField: 'networkInterfaceId', refField: 'networkInterface' },
  providers: {
    ALIBABA: { operation: 'UnassignPrivateIpAddresses', completion: { kind: 'sync' }, source: ALIBABA_ENI_DOCS },
    HUAWEI: { unsupported: UNASSIGN_ON_HUAWEI },
  },
  input: {
    privateIpAddresses: {
      type: 'String',
      list: true,
      required: true,
      description: 'PrivateIpAddress.N (N: 1 to 50): secondary addresses the interface carries.',
      wire: { ALIBABA: 'PrivateIpAddress.N' },
    },
  },
  payload: {
    networkInterface: { resource: 'NetworkInterface', from: 'target', description: 'The interface, read back from the provider after the change.' },
  },
});
