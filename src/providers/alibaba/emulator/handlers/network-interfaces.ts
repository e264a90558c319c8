import {
  hasList,
  PAGE_LIMITS,
  readList,
  readObjectList,
  type WireAssignPrivateIpAddressesResponse,
  type WireCreateNetworkInterfaceResponse,
  type WireDescribeNetworkInterfacesResponse,
} from '../../wire';
import type { Handler } from './context';
import { decodeToken, encodeToken, int, str } from './params';
import { renderEni } from './render';

/** ECS ENI actions. */
export const NETWORK_INTERFACE_HANDLERS = {
  CreateNetworkInterface: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'CreateNetworkInterface', p, () => {
      const eni = state.networkInterfaces.create(region, {
        vSwitchId: p['VSwitchId']!,
        securityGroupIds: p['SecurityGroupId'] ? [p['SecurityGroupId']] : readList(p, 'SecurityGroupIds'),
        primaryIp: str(p, 'PrimaryIpAddress'),
        privateIps: readList(p, 'PrivateIpAddress'),
        secondaryCount: int(p, 'SecondaryPrivateIpAddressCount'),
        name: str(p, 'NetworkInterfaceName'),
        description: str(p, 'Description'),
        queueNumber: int(p, 'QueueNumber'),
        resourceGroupId: str(p, 'ResourceGroupId'),
        tags: readObjectList(p, 'Tag').map((t) => ({ key: t.fields['Key'] ?? '', value: t.fields['Value'] ?? '' })),
      });
      const {
        InstanceId: _i,
        CreationTime: _c,
        Attachment: _a,
        AssociatedPublicIp: _p,
        DeleteOnRelease: _d,
        QueueNumber: _q,
        ...fields
      } = renderEni(eni, region.account);
      const body: WireCreateNetworkInterfaceResponse = { ...fields, RequestId: requestId };
      return { ...body };
    }),

  ModifyNetworkInterfaceAttribute: ({ state, region, params: p, requestId }) => {
    state.networkInterfaces.modify(region, p['NetworkInterfaceId']!, {
      name: str(p, 'NetworkInterfaceName'),
      description: str(p, 'Description'),
      securityGroupIds: hasList(p, 'SecurityGroupId') ? readList(p, 'SecurityGroupId') : undefined,
    });
    return { RequestId: requestId };
  },

  DeleteNetworkInterface: ({ state, region, params: p, requestId }) => {
    state.networkInterfaces.delete(region, p['NetworkInterfaceId']!);
    return { RequestId: requestId };
  },

  AttachNetworkInterface: ({ state, region, params: p, requestId }) => {
    state.networkInterfaces.attach(region, p['NetworkInterfaceId']!, p['InstanceId']!);
    return { RequestId: requestId };
  },

  DetachNetworkInterface: ({ state, region, params: p, requestId }) => {
    state.networkInterfaces.detach(region, p['NetworkInterfaceId']!, p['InstanceId']!);
    return { RequestId: requestId };
  },

  AssignPrivateIpAddresses: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'AssignPrivateIpAddresses', p, () => {
      const eniId = p['NetworkInterfaceId']!;
      const assigned = state.networkInterfaces.assignPrivateIps(region, eniId, readList(p, 'PrivateIpAddress'), int(p, 'SecondaryPrivateIpAddressCount'));
      const body: WireAssignPrivateIpAddressesResponse = {
        RequestId: requestId,
        AssignedPrivateIpAddressesSet: { NetworkInterfaceId: eniId, PrivateIpSet: { PrivateIpAddress: assigned }, Ipv4PrefixSet: { Ipv4Prefixes: [] } },
      };
      return { ...body };
    }),

  UnassignPrivateIpAddresses: ({ state, region, params: p, requestId }) => {
    state.networkInterfaces.unassignPrivateIps(region, p['NetworkInterfaceId']!, readList(p, 'PrivateIpAddress'));
    return { RequestId: requestId };
  },

  DescribeNetworkInterfaces: ({ region, params: p, requestId }) => {
    const ids = readList(p, 'NetworkInterfaceId');
    const ips = readList(p, 'PrivateIpAddress');
    const tags = readObjectList(p, 'Tag').map((t) => ({ key: t.fields['Key'] ?? '', value: t.fields['Value'] }));
    const matches = [...region.enis.values()].filter(
      (e) =>
        (ids.length === 0 || ids.includes(e.id)) &&
        (ips.length === 0 || ips.includes(e.primaryIp) || e.secondaryIps.some((ip) => ips.includes(ip))) &&
        (!p['VpcId'] || e.vpcId === p['VpcId']) &&
        (!p['VSwitchId'] || e.vSwitchId === p['VSwitchId']) &&
        (!p['InstanceId'] || e.instanceId === p['InstanceId']) &&
        (!p['Status'] || e.status === p['Status']) &&
        (!p['Type'] || e.type === p['Type']) &&
        (!p['NetworkInterfaceName'] || e.name === p['NetworkInterfaceName']) &&
        (!p['PrimaryIpAddress'] || e.primaryIp === p['PrimaryIpAddress']) &&
        (!p['SecurityGroupId'] || e.securityGroupIds.includes(p['SecurityGroupId'])) &&
        tags.every((t) => e.tags.some((et) => et.key === t.key && (t.value === undefined || et.value === t.value))),
    );
    const limits = PAGE_LIMITS.DescribeNetworkInterfaces;
    let offset: number;
    let size: number;
    if (p['MaxResults'] !== undefined || p['NextToken'] !== undefined || p['PageSize'] === undefined) {
      const requested = int(p, 'MaxResults') ?? limits.default;
      size = !Number.isFinite(requested) || requested < limits.min ? limits.min : Math.min(requested, limits.max);
      offset = p['NextToken'] ? decodeToken(p['NextToken']) : 0;
    } else {
      // Deprecated PageNumber/PageSize paging (PageSize ≤ 100), still honoured.
      size = Math.min(Math.max(int(p, 'PageSize') ?? 10, 1), 100);
      offset = ((int(p, 'PageNumber') ?? 1) - 1) * size;
    }
    const slice = matches.slice(offset, offset + size);
    const body: WireDescribeNetworkInterfacesResponse = {
      RequestId: requestId,
      NextToken: offset + size < matches.length ? encodeToken(offset + size) : '',
      TotalCount: matches.length,
      PageNumber: Math.floor(offset / size) + 1,
      PageSize: size,
      NetworkInterfaceSets: { NetworkInterfaceSet: slice.map((e) => renderEni(e, region.account)) },
    };
    return { ...body };
  },
} satisfies Record<string, Handler>;
