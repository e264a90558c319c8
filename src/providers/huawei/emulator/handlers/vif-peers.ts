import type { WireCreateVifPeer, WireListVirtualInterfacesResponse, WireShowVirtualInterfaceResponse, WireVifPeerResponse } from '../../wire';
import { apiError } from '../errors';
import { isObject, strParam, type HandlerInput, type HandlerOutput } from './common';

export function listVirtualInterfaces({ ctx, state, query, requestId }: HandlerInput): HandlerOutput {
  const { items, pageInfo } = state.vifPeers.listVirtualInterfaces(ctx, {
    ids: query.getAll('id'),
    statuses: query.getAll('status'),
    directConnectIds: query.getAll('direct_connect_id'),
    marker: strParam(query, 'marker'),
    limit: query.has('limit') ? Number(query.get('limit')) : undefined,
  });
  const out: WireListVirtualInterfacesResponse = { virtual_interfaces: items, page_info: pageInfo, request_id: requestId };
  return { status: 200, body: out };
}

export function showVirtualInterface({ ctx, state, params, requestId }: HandlerInput): HandlerOutput {
  const out: WireShowVirtualInterfaceResponse = { virtual_interface: state.vifPeers.showVirtualInterface(ctx, params.vif_id!), request_id: requestId };
  return { status: 200, body: out };
}

export function createVifPeer({ ctx, state, body, requestId }: HandlerInput): HandlerOutput {
  if (!isObject(body) || !isObject(body.vif_peer)) throw apiError(ctx.operation, 'DC.0000');
  const out: WireVifPeerResponse = { vif_peer: state.vifPeers.createVifPeer(ctx, body.vif_peer as unknown as WireCreateVifPeer), request_id: requestId };
  return { status: 201, body: out };
}

export function updateVifPeer({ ctx, state, params, body, requestId }: HandlerInput): HandlerOutput {
  const out: WireVifPeerResponse = { vif_peer: state.vifPeers.updateVifPeer(ctx, params.peer_id!, body), request_id: requestId };
  return { status: 200, body: out };
}

export function deleteVifPeer({ ctx, state, params }: HandlerInput): HandlerOutput {
  state.vifPeers.deleteVifPeer(ctx, params.peer_id!);
  return { status: 204, body: undefined };
}
