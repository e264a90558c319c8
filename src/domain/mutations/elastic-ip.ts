import { defineMutation } from './descriptor';
import { ALIBABA_CLIENT_TOKEN } from './shared-fields';

/** Mutations of ElasticIp: Alibaba VPC EIPs, Huawei publicips v1. */

const ALIBABA_EIP_DOCS = 'Alibaba VPC 2016-04-28 API reference, EIP (reference/alibaba/resources.md §3)';
const HUAWEI_EIP_DOCS = 'Huawei EIP API reference, publicips v1 (reference/huawei/resources.md §7)';

export const allocateElasticIp = defineMutation({
  name: 'allocateElasticIp',
  resource: 'ElasticIp',
  description:
    'Allocates a pay-as-you-go elastic IP. Alibaba: VPC AllocateEipAddress (Available at once). Huawei: CreatePublicip with a dedicated (PER) bandwidth.',
  target: { kind: 'partition' },
  providers: {
    ALIBABA: { operation: 'AllocateEipAddress', completion: { kind: 'sync' }, source: ALIBABA_EIP_DOCS },
    HUAWEI: {
      operation: 'CreatePublicip',
      http: 'POST /v1/{project_id}/publicips',
      completion: { kind: 'status', pending: ['CREATING'], settled: ['AVAILABLE'] },
      source: HUAWEI_EIP_DOCS,
    },
  },
  input: {
    bandwidthMbps: {
      type: 'Int',
      description:
        'Peak bandwidth in Mbit/s. Alibaba Bandwidth: 1 to 500 (pay-by-bandwidth), 5 when unset. Huawei bandwidth.size: 1 to 2000, required there.',
      requiredBy: ['HUAWEI'],
      wire: { ALIBABA: 'Bandwidth', HUAWEI: 'bandwidth.size' },
    },
    chargeMode: {
      type: { enum: 'EipChargeMode' },
      description:
        'How traffic is billed. Alibaba InternetChargeType (PayByBandwidth when unset); Huawei bandwidth.charge_mode (bandwidth or traffic; bandwidth when unset).',
      wire: { ALIBABA: 'InternetChargeType', HUAWEI: 'bandwidth.charge_mode' },
    },
    isp: {
      type: 'String',
      description: 'Alibaba ISP: the line type, BGP (default) or BGP_PRO.',
      wire: { ALIBABA: 'ISP' },
    },
    ipType: {
      type: 'String',
      description: 'Huawei publicip.type: 5_bgp (dynamic BGP, default) or 5_sbgp (static BGP).',
      wire: { HUAWEI: 'publicip.type' },
    },
    name: {
      type: 'String',
      description: 'Alibaba Name: 0 to 128 characters, not starting with http:// or https://. Huawei bandwidth.name: 1 to 64 letters, digits, Chinese characters, _ - . (netplane-eip when unset).',
      wire: { ALIBABA: 'Name', HUAWEI: 'bandwidth.name' },
    },
    description: {
      type: 'String',
      description: 'Alibaba Description: 0 to 256 characters, not starting with http:// or https://.',
      wire: { ALIBABA: 'Description' },
    },
    resourceGroupId: {
      type: 'String',
      description: 'Alibaba ResourceGroupId: the resource group.',
      wire: { ALIBABA: 'ResourceGroupId' },
    },
    clientToken: ALIBABA_CLIENT_TOKEN,
  },
  payload: {
    elasticIp: { resource: 'ElasticIp', from: { output: 'nativeId' }, description: 'The new elastic IP, read back from the provider.' },
  },
});

export const releaseElasticIp = defineMutation({
  name: 'releaseElasticIp',
  resource: 'ElasticIp',
  description:
    'Releases an unassociated elastic IP. Alibaba: VPC ReleaseEipAddress (Available and pay-as-you-go only; RELEASING, then gone). Huawei: DeletePublicip.',
  target: { kind: 'resource', of: 'ElasticIp', idField: 'elasticIpId', refField: 'elasticIp' },
  providers: {
    ALIBABA: {
      operation: 'ReleaseEipAddress',
      completion: { kind: 'status', pending: ['RELEASING'], settled: 'gone' },
      source: ALIBABA_EIP_DOCS,
    },
    HUAWEI: {
      operation: 'DeletePublicip',
      http: 'DELETE /v1/{project_id}/publicips/{publicip_id}',
      completion: { kind: 'sync' },
      source: HUAWEI_EIP_DOCS,
    },
  },
  input: {},
  payload: {
    elasticIp: {
      resource: 'ElasticIp',
      from: 'target',
      description: 'The elastic IP as the provider shows it after the call: RELEASING while it goes, null once gone.',
    },
  },
});

export const associateElasticIp = defineMutation({
  name: 'associateElasticIp',
  resource: 'ElasticIp',
  description:
    'Associates an elastic IP with an instance or network interface. Alibaba: VPC AssociateEipAddress (seed 002; ASSOCIATING, then IN_USE). Huawei: UpdatePublicip with port_id (the NIC\'s port).',
  target: { kind: 'resource', of: 'ElasticIp', idField: 'elasticIpId', refField: 'elasticIp' },
  providers: {
    ALIBABA: {
      operation: 'AssociateEipAddress',
      completion: { kind: 'status', pending: ['ASSOCIATING'], settled: ['IN_USE'] },
      source: 'seed 002 (Alibaba VPC AssociateEipAddress)',
    },
    HUAWEI: {
      operation: 'UpdatePublicip',
      http: 'PUT /v1/{project_id}/publicips/{publicip_id}',
      completion: { kind: 'status', pending: ['ASSOCIATING'], settled: ['IN_USE'] },
      source: HUAWEI_EIP_DOCS,
    },
  },
  input: {
    instanceId: {
      type: 'String',
      required: true,
      description:
        'What to associate with. Alibaba InstanceId: the NAT gateway, CLB instance, ECS instance, secondary ENI, HAVIP or IP address. Huawei port_id: the NIC\'s port (a UUID).',
      wire: { ALIBABA: 'InstanceId', HUAWEI: 'port_id' },
    },
    instanceType: {
      type: { enum: 'EipInstanceType' },
      description: 'Alibaba InstanceType; the provider assumes ECS_INSTANCE when unset. Required when the instance is not an ECS instance.',
      wire: { ALIBABA: 'InstanceType' },
    },
    instanceRegionId: {
      type: 'String',
      description: 'Alibaba InstanceRegionId; only for an EIP added to a shared Global Accelerator instance.',
      wire: { ALIBABA: 'InstanceRegionId' },
    },
    privateIpAddress: {
      type: 'String',
      description: 'Alibaba PrivateIpAddress in the vSwitch CIDR block; allocated by the system when unset.',
      wire: { ALIBABA: 'PrivateIpAddress' },
    },
    mode: {
      type: { enum: 'EipAssociationMode' },
      description: 'Alibaba Mode; only when instanceType is NETWORK_INTERFACE (provider default NAT).',
      wire: { ALIBABA: 'Mode' },
    },
    vpcId: {
      type: 'String',
      description: 'Alibaba VpcId; required when instanceType is IP_ADDRESS.',
      wire: { ALIBABA: 'VpcId' },
    },
    clientToken: ALIBABA_CLIENT_TOKEN,
  },
  payload: {
    elasticIp: { resource: 'ElasticIp', from: 'target', description: 'The elastic IP, read back from the provider after the call (ASSOCIATING while the change runs).' },
  },
});

export const unassociateElasticIp = defineMutation({
  name: 'unassociateElasticIp',
  resource: 'ElasticIp',
  description:
    'Disassociates an elastic IP from what it is bound to. Alibaba: VPC UnassociateEipAddress (UNASSOCIATING, then AVAILABLE). Huawei: UpdatePublicip clearing port_id.',
  target: { kind: 'resource', of: 'ElasticIp', idField: 'elasticIpId', refField: 'elasticIp' },
  providers: {
    ALIBABA: {
      operation: 'UnassociateEipAddress',
      completion: { kind: 'status', pending: ['UNASSOCIATING'], settled: ['AVAILABLE'] },
      source: ALIBABA_EIP_DOCS,
    },
    HUAWEI: {
      operation: 'UpdatePublicip',
      http: 'PUT /v1/{project_id}/publicips/{publicip_id}',
      completion: { kind: 'status', pending: ['UNASSOCIATING'], settled: ['AVAILABLE'] },
      source: HUAWEI_EIP_DOCS,
    },
  },
  input: {
    instanceId: {
      type: 'String',
      description: 'Alibaba InstanceId: the instance the EIP is associated with (checked by the provider when given).',
      wire: { ALIBABA: 'InstanceId' },
    },
    instanceType: {
      type: { enum: 'EipInstanceType' },
      description: 'Alibaba InstanceType of that instance (ECS_INSTANCE when unset).',
      wire: { ALIBABA: 'InstanceType' },
    },
    privateIpAddress: {
      type: 'String',
      description: 'Alibaba PrivateIpAddress: the private address the EIP maps to, for an ENI with several.',
      wire: { ALIBABA: 'PrivateIpAddress' },
    },
    force: {
      type: 'Boolean',
      description: 'Alibaba Force: disassociate from a NAT gateway even when DNAT or SNAT entries use the EIP (false by default).',
      wire: { ALIBABA: 'Force' },
    },
    clientToken: ALIBABA_CLIENT_TOKEN,
  },
  payload: {
    elasticIp: { resource: 'ElasticIp', from: 'target', description: 'The elastic IP, read back from the provider after the call (UNASSOCIATING while the change runs).' },
  },
});
