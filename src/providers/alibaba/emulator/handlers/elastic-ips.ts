import type { WireAllocateEipAddressResponse, WireDescribeEipAddressesResponse } from '../../wire';
import type { Handler } from './context';
import { page, str } from './params';
import { renderEip } from './render';

/** VPC EIP actions. */
export const ELASTIC_IP_HANDLERS = {
  AllocateEipAddress: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'AllocateEipAddress', p, () => {
      const eip = state.elasticIps.allocate(region, {
        bandwidth: str(p, 'Bandwidth'),
        internetChargeType: str(p, 'InternetChargeType'),
        isp: str(p, 'ISP'),
        name: str(p, 'Name'),
        description: str(p, 'Description'),
        resourceGroupId: str(p, 'ResourceGroupId'),
      });
      const body: WireAllocateEipAddressResponse = {
        RequestId: requestId,
        AllocationId: eip.id,
        EipAddress: eip.ipAddress,
        ResourceGroupId: eip.resourceGroupId,
      };
      return { ...body };
    }),

  ReleaseEipAddress: ({ state, region, params: p, requestId }) => {
    state.elasticIps.release(region, p['AllocationId']!);
    return { RequestId: requestId };
  },

  AssociateEipAddress: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'AssociateEipAddress', p, () => {
      state.elasticIps.associate(region, {
        allocationId: p['AllocationId']!,
        instanceId: p['InstanceId']!,
        instanceType: str(p, 'InstanceType') ?? 'EcsInstance',
        privateIpAddress: str(p, 'PrivateIpAddress'),
        mode: str(p, 'Mode'),
      });
      return { RequestId: requestId };
    }),

  UnassociateEipAddress: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'UnassociateEipAddress', p, () => {
      state.elasticIps.unassociate(region, p['AllocationId']!, str(p, 'InstanceId'));
      return { RequestId: requestId };
    }),

  DescribeEipAddresses: ({ region, params: p, requestId }) => {
    const ids = p['AllocationId'] ? p['AllocationId'].split(',').map((s) => s.trim()) : [];
    const matches = [...region.eips.values()].filter(
      (e) =>
        (ids.length === 0 || ids.includes(e.id)) &&
        (!p['EipAddress'] || e.ipAddress === p['EipAddress']) &&
        (!p['AssociatedInstanceId'] || e.instanceId === p['AssociatedInstanceId']) &&
        (!p['AssociatedInstanceType'] || e.instanceType === p['AssociatedInstanceType']) &&
        (!p['Status'] || e.status === p['Status']) &&
        (!p['EipName'] || e.name === p['EipName']),
    );
    const { slice, ...paging } = page('DescribeEipAddresses', p, matches);
    const body: WireDescribeEipAddressesResponse = {
      RequestId: requestId,
      ...paging,
      EipAddresses: { EipAddress: slice.map((e) => renderEip(e, region.region)) },
    };
    return { ...body };
  },
} satisfies Record<string, Handler>;
