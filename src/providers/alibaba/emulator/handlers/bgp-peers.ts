import type { WireCreateBgpPeerResponse, WireDescribeBgpPeersResponse, WireDescribeVirtualBorderRoutersResponse } from '../../wire';
import type { Handler } from './context';
import { bool, filters, int, page, str } from './params';
import { renderBgpPeer, renderVbr } from './render';

/** VPC VBR and BGP peer actions. */
export const BGP_PEER_HANDLERS = {
  CreateBgpPeer: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'CreateBgpPeer', p, () => {
      const peer = state.bgpPeers.create(region, {
        groupId: p['BgpGroupId']!,
        peerIpAddress: str(p, 'PeerIpAddress'),
        enableBfd: bool(p, 'EnableBfd'),
        bfdMultiHop: int(p, 'BfdMultiHop'),
        ipVersion: str(p, 'IpVersion'),
      });
      const body: WireCreateBgpPeerResponse = { RequestId: requestId, BgpPeerId: peer.id };
      return { ...body };
    }),

  ModifyBgpPeerAttribute: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'ModifyBgpPeerAttribute', p, () => {
      state.bgpPeers.modify(region, p['BgpPeerId']!, {
        groupId: str(p, 'BgpGroupId'),
        peerIpAddress: str(p, 'PeerIpAddress'),
        enableBfd: bool(p, 'EnableBfd'),
        bfdMultiHop: int(p, 'BfdMultiHop'),
      });
      return { RequestId: requestId };
    }),

  DeleteBgpPeer: ({ state, region, params: p, requestId }) =>
    state.idempotent(region, 'DeleteBgpPeer', p, () => {
      state.bgpPeers.delete(region, p['BgpPeerId']!);
      return { RequestId: requestId };
    }),

  DescribeBgpPeers: ({ region, params: p, requestId }) => {
    const matches = [...region.bgpPeers.values()].filter(
      (b) =>
        (!p['BgpPeerId'] || b.id === p['BgpPeerId']) &&
        (!p['BgpGroupId'] || b.groupId === p['BgpGroupId']) &&
        (!p['RouterId'] || b.vbrId === p['RouterId']),
    );
    const { slice, ...paging } = page('DescribeBgpPeers', p, matches);
    const body: WireDescribeBgpPeersResponse = {
      RequestId: requestId,
      ...paging,
      BgpPeers: { BgpPeer: slice.map((b) => renderBgpPeer(b, region)) },
    };
    return { ...body };
  },

  DescribeVirtualBorderRouters: ({ region, params: p, requestId }) => {
    const f = filters(p);
    const accept = (key: string, value: string) => !f.has(key) || f.get(key)!.includes(value);
    const matches = [...region.vbrs.values()].filter(
      (v) => accept('VbrId', v.id) && accept('Status', v.status) && accept('PhysicalConnectionId', v.physicalConnectionId),
    );
    const { slice, ...paging } = page('DescribeVirtualBorderRouters', p, matches);
    const body: WireDescribeVirtualBorderRoutersResponse = {
      RequestId: requestId,
      ...paging,
      VirtualBorderRouterSet: { VirtualBorderRouterType: slice.map(renderVbr) },
    };
    return { ...body };
  },
} satisfies Record<string, Handler>;
