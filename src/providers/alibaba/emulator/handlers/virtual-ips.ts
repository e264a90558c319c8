import type { WireCreateHaVipResponse, WireDescribeHaVipsResponse } from '../../wire';
import type { Handler } from './context';
import { filters, page, str } from './params';
import { renderHaVip } from './render';

/** VPC HaVip actions. */
export const VIRTUAL_IP_HANDLERS = {
  CreateHaVip: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'CreateHaVip', p, () => {
      const havip = state.virtualIps.create(region, {
        vSwitchId: p['VSwitchId']!,
        ipAddress: str(p, 'IpAddress'),
        name: str(p, 'Name'),
        description: str(p, 'Description'),
      });
      const body: WireCreateHaVipResponse = { RequestId: requestId, HaVipId: havip.id, IpAddress: havip.ipAddress };
      return { ...body };
    }),

  DeleteHaVip: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'DeleteHaVip', p, () => {
      state.virtualIps.delete(region, p['HaVipId']!);
      return { RequestId: requestId };
    }),

  AssociateHaVip: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'AssociateHaVip', p, () => {
      state.virtualIps.associate(region, p['HaVipId']!, p['InstanceId']!, str(p, 'InstanceType') ?? 'EcsInstance');
      return { RequestId: requestId };
    }),

  UnassociateHaVip: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'UnassociateHaVip', p, () => {
      state.virtualIps.unassociate(region, p['HaVipId']!, p['InstanceId']!);
      return { RequestId: requestId };
    }),

  DescribeHaVips: ({ region, params: p, requestId }) => {
    const f = filters(p);
    const accept = (key: string, value: string) => !f.has(key) || f.get(key)!.includes(value);
    const matches = [...region.haVips.values()].filter(
      (h) =>
        accept('HaVipId', h.id) &&
        accept('VpcId', h.vpcId) &&
        accept('VSwitchId', h.vSwitchId) &&
        accept('Status', h.status) &&
        accept('HaVipAddress', h.ipAddress),
    );
    const { slice, ...paging } = page('DescribeHaVips', p, matches);
    const eips = [...region.eips.values()];
    const body: WireDescribeHaVipsResponse = {
      RequestId: requestId,
      ...paging,
      HaVips: { HaVip: slice.map((h) => renderHaVip(h, region.region, eips)) },
    };
    return { ...body };
  },
} satisfies Record<string, Handler>;
