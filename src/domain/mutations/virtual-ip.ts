import { defineMutation } from './descriptor';
import { ALIBABA_CLIENT_TOKEN } from './shared-fields';

/** Mutations of VirtualIp: Alibaba VPC HaVips, Huawei VIP ports (device_owner neutron:VIP_PORT). */

const ALIBABA_HAVIP_DOCS = 'Alibaba VPC 2016-04-28 API reference, HaVip (reference/alibaba/resources.md §4)';
/** CreatePrivateip takes only subnet_id and ip_address (https://support.huaweicloud.com/api-vpc/vpc_privateip_0001.html): a VIP port is a port created with device_owner neutron:VIP_PORT, the only owner a caller may set, and the only owned port DeletePort deletes. */
const HUAWEI_VIP_PORT_DOCS = 'Huawei VPC API reference, Port v1 CreatePort/DeletePort with device_owner neutron:VIP_PORT (reference/huawei/resources.md §5)';

export const createVirtualIp = defineMutation({
  name: 'createVirtualIp',
  resource: 'VirtualIp',
  description:
    'Creates a virtual IP. Alibaba: VPC CreateHaVip (CREATING, then AVAILABLE). Huawei: VPC CreatePort with device_owner neutron:VIP_PORT (a VIP port).',
  target: { kind: 'partition' },
  providers: {
    ALIBABA: {
      operation: 'CreateHaVip',
      completion: { kind: 'status', pending: ['CREATING'], settled: ['AVAILABLE'] },
      source: ALIBABA_HAVIP_DOCS,
    },
    HUAWEI: { operation: 'CreatePort', http: 'POST /v1/{project_id}/ports', completion: { kind: 'sync' }, source: HUAWEI_VIP_PORT_DOCS },
  },
  input: {
    subnetId: {
      type: 'String',
      required: true,
      description: 'The subnet the address belongs to. Alibaba VSwitchId; Huawei network_id (the subnet\'s network id, a UUID).',
      wire: { ALIBABA: 'VSwitchId', HUAWEI: 'network_id' },
    },
    ipAddress: {
      type: 'String',
      description: 'The address, free and inside the subnet CIDR block; assigned by the provider when unset. Alibaba IpAddress; Huawei fixed_ips[0].ip_address.',
      wire: { ALIBABA: 'IpAddress', HUAWEI: 'fixed_ips.ip_address' },
    },
    name: {
      type: 'String',
      description: 'Alibaba Name: 1 to 128 characters, not starting with http:// or https://.',
      wire: { ALIBABA: 'Name' },
    },
    description: {
      type: 'String',
      description: 'Alibaba Description: 1 to 256 characters, not starting with http:// or https:// (VPC 2016-04-28 CreateHaVip page).',
      wire: { ALIBABA: 'Description' },
    },
    clientToken: ALIBABA_CLIENT_TOKEN,
  },
  payload: {
    virtualIp: { resource: 'VirtualIp', from: { output: 'nativeId' }, description: 'The new virtual IP, read back from the provider.' },
  },
});

export const deleteVirtualIp = defineMutation({
  name: 'deleteVirtualIp',
  resource: 'VirtualIp',
  description:
    'Deletes an unbound virtual IP. Alibaba: VPC DeleteHaVip (it must be Available with no EIP associated; DELETING, then gone). Huawei: VPC DeletePort of the VIP port.',
  target: { kind: 'resource', of: 'VirtualIp', idField: 'virtualIpId', refField: 'virtualIp' },
  providers: {
    ALIBABA: {
      operation: 'DeleteHaVip',
      completion: { kind: 'status', pending: ['DELETING'], settled: 'gone' },
      source: ALIBABA_HAVIP_DOCS,
    },
    HUAWEI: {
      operation: 'DeletePort',
      http: 'DELETE /v1/{project_id}/ports/{port_id}',
      completion: { kind: 'sync' },
      source: HUAWEI_VIP_PORT_DOCS,
    },
  },
  input: {
    clientToken: ALIBABA_CLIENT_TOKEN,
  },
  payload: {
    virtualIp: {
      resource: 'VirtualIp',
      from: 'target',
      description: 'The virtual IP as the provider shows it after the call: DELETING while it goes, null once gone.',
    },
  },
});

const BIND_METHOD = {
  type: { enum: 'VirtualIpBindingMethod' },
  description:
    'Huawei only: how the binding is made. ECS_NIC (default): the seed\'s ECS API PUT /v1/{project_id}/cloudservers/nics/{nic_id} (listed by Huawei among its out-of-date APIs). NEUTRON_ALLOWED_ADDRESS_PAIRS: the address is added to (or removed from) the port\'s allowed_address_pairs through the Neutron-compatible PUT /v2.0/ports/{port_id}, as Terraform\'s huaweicloud_networking_vip_associate does.',
  wire: { HUAWEI: 'method' },
  netplaneOption: true,
} as const;

export const bindVirtualIp = defineMutation({
  name: 'bindVirtualIp',
  resource: 'VirtualIp',
  description:
    'Binds a virtual IP to a network interface. Alibaba: VPC AssociateHaVip with InstanceType NetworkInterface (ASSOCIATING, then IN_USE). Huawei: ECS "bind a virtual IP address to a NIC" (seed 000), or the port\'s allowed_address_pairs (method).',
  target: { kind: 'resource', of: 'NetworkInterface', idField: 'networkInterfaceId', refField: 'networkInterface' },
  providers: {
    ALIBABA: {
      operation: 'AssociateHaVip',
      completion: { kind: 'status', pending: ['ASSOCIATING'], settled: ['IN_USE'] },
      source: ALIBABA_HAVIP_DOCS,
    },
    HUAWEI: {
      operation: 'AssociateServerVirtualIp',
      http: 'PUT /v1/{project_id}/cloudservers/nics/{nic_id}',
      completion: { kind: 'sync' },
      source: 'seed 000 (Huawei ECS "bind a virtual IP address to a NIC")',
      alsoCalls: ['NeutronUpdatePort', 'NeutronShowPort', 'ShowPort', 'ListPorts'],
    },
  },
  input: {
    virtualIpId: {
      type: 'ID',
      references: 'VirtualIp',
      requiredBy: ['ALIBABA'],
      description:
        'The virtual IP: its global id or native id (Alibaba HaVipId; Huawei the VIP port id). Required on Alibaba; on Huawei an alternative to subnetId and ipAddress.',
      wire: { ALIBABA: 'HaVipId', HUAWEI: 'port_id' },
    },
    subnetId: {
      type: 'String',
      description: 'Huawei subnet_id: the ID (UUID) of the network in the VPC of the target ECS; with ipAddress, instead of virtualIpId.',
      wire: { HUAWEI: 'subnet_id' },
    },
    ipAddress: {
      type: 'String',
      description: 'Huawei ip_address: the virtual IP address to bind; with the ECS_NIC method it is assigned first if it is not yet.',
      wire: { HUAWEI: 'ip_address' },
    },
    reverseBinding: {
      type: 'Boolean',
      description: 'Huawei reverse_binding (ECS_NIC method): whether the NIC IP/MAC pair is added to the virtual IP\'s allowed_address_pairs.',
      wire: { HUAWEI: 'reverse_binding' },
    },
    method: BIND_METHOD,
    clientToken: ALIBABA_CLIENT_TOKEN,
  },
  payload: {
    networkInterface: { resource: 'NetworkInterface', from: 'target', description: 'The network interface, read back after the change.' },
    virtualIp: { resource: 'VirtualIp', from: { output: 'virtualIpNativeId' }, description: 'The virtual IP, read back after the change.' },
  },
  outputs: {
    virtualIpPortId: {
      type: 'String',
      nullable: true,
      description: 'Huawei: the virtual IP port id the provider returned (port_id); Alibaba: the HaVipId.',
    },
  },
});

export const unbindVirtualIp = defineMutation({
  name: 'unbindVirtualIp',
  resource: 'VirtualIp',
  description:
    'Unbinds a virtual IP from a network interface. Alibaba: VPC UnassociateHaVip (UNASSOCIATING, then IN_USE or AVAILABLE). Huawei: the seed\'s PUT with empty subnet_id and ip_address, or the port\'s allowed_address_pairs (method). The interface and the virtual IP are kept.',
  target: { kind: 'resource', of: 'NetworkInterface', idField: 'networkInterfaceId', refField: 'networkInterface' },
  providers: {
    ALIBABA: {
      operation: 'UnassociateHaVip',
      completion: { kind: 'status', pending: ['UNASSOCIATING'], settled: ['IN_USE', 'AVAILABLE'] },
      source: ALIBABA_HAVIP_DOCS,
    },
    HUAWEI: {
      operation: 'DisassociateServerVirtualIp',
      http: 'PUT /v1/{project_id}/cloudservers/nics/{nic_id}',
      completion: { kind: 'sync' },
      source: 'seed 000 (Huawei ECS, unbind by the same PUT with empty subnet_id and ip_address)',
      alsoCalls: ['NeutronUpdatePort', 'NeutronShowPort', 'ShowPort', 'ListPorts'],
    },
  },
  input: {
    virtualIpId: {
      type: 'ID',
      references: 'VirtualIp',
      requiredBy: ['ALIBABA'],
      description:
        'The virtual IP: its global id or native id (Alibaba HaVipId; Huawei the VIP port id). Required on Alibaba and with the Huawei NEUTRON_ALLOWED_ADDRESS_PAIRS method (or give ipAddress).',
      wire: { ALIBABA: 'HaVipId', HUAWEI: 'port_id' },
    },
    ipAddress: {
      type: 'String',
      description: 'Huawei, NEUTRON_ALLOWED_ADDRESS_PAIRS method: the address to remove from the port, instead of virtualIpId.',
      wire: { HUAWEI: 'ip_address' },
    },
    force: {
      type: 'Boolean',
      description: 'Alibaba Force: unbind even when the HaVip is the next hop of routes (False by default).',
      wire: { ALIBABA: 'Force' },
    },
    method: BIND_METHOD,
    clientToken: ALIBABA_CLIENT_TOKEN,
  },
  payload: {
    networkInterface: { resource: 'NetworkInterface', from: 'target', description: 'The network interface, read back after the change.' },
    virtualIp: { resource: 'VirtualIp', from: { output: 'virtualIpNativeId' }, description: 'The virtual IP, read back after the change (null when it was not known).' },
  },
});
