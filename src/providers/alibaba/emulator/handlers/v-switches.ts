import type { WireDescribeVSwitchesResponse } from '../../wire';
import type { Handler } from './context';
import { page, str } from './params';

/** VPC vSwitch reads (the vSwitches are seeded; netplane creates none). */
export const V_SWITCH_HANDLERS = {
  DescribeVSwitches: ({ region, params: p, requestId }) => {
    const vpcId = str(p, 'VpcId');
    const vSwitchId = str(p, 'VSwitchId');
    const matches = [...region.vswitches.values()].filter((v) => (vpcId === undefined || v.vpcId === vpcId) && (vSwitchId === undefined || v.id === vSwitchId));
    const { slice, ...paging } = page('DescribeVSwitches', p, matches);
    const body: WireDescribeVSwitchesResponse = {
      RequestId: requestId,
      ...paging,
      VSwitches: { VSwitch: slice.map((v) => ({ VSwitchId: v.id, VpcId: v.vpcId, CidrBlock: v.cidr, ZoneId: v.zoneId, Status: 'Available' })) },
    };
    return { ...body };
  },
} satisfies Record<string, Handler>;
