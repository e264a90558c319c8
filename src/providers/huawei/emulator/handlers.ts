import {
  type WireCreatePrivateipsRequest,
  type WireCreateVifPeer,
  type WireListPortsResponse,
  type WireListPublicipsResponse,
  type WireListSubnetsResponse,
  type WireListVirtualInterfacesResponse,
  type WirePortIdResponse,
  type WirePrivateipsResponse,
  type WirePublicipResponse,
  type WireShowPortResponse,
  type WireShowVirtualInterfaceResponse,
  type WireVifPeerResponse,
} from '../wire';
import { apiError } from './errors';
import type { CallContext, HuaweiState } from './state';

/**
 * Handlers only read the request and render the answer (moto's responses role); every rule is in
 * state.ts. They throw HuaweiApiError for documented failures.
 */

export interface HandlerInput {
  ctx: CallContext;
  state: HuaweiState;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (undefined when the request had none). */
  body: unknown;
  requestId: string;
}

export interface HandlerOutput {
  status: number;
  body: unknown;
}

const intParam = (q: URLSearchParams, name: string): number | undefined => {
  const v = q.get(name);
  if (v === null || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};
const strParam = (q: URLSearchParams, name: string): string | undefined => q.get(name) ?? undefined;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The nic object of the bind/unbind PUT; both operations share the path. */
export function nicOption(body: unknown): { subnet_id: string; ip_address: string; reverse_binding?: boolean } | null {
  if (!isObject(body) || !isObject(body.nic)) return null;
  const { subnet_id, ip_address, reverse_binding } = body.nic;
  if (typeof subnet_id !== 'string' || typeof ip_address !== 'string') return null;
  if (reverse_binding !== undefined && typeof reverse_binding !== 'boolean') return null;
  return { subnet_id, ip_address, reverse_binding };
}

export const isUnbindBody = (body: unknown): boolean => {
  const nic = nicOption(body);
  return nic !== null && nic.subnet_id === '' && nic.ip_address === '';
};

export function associateServerVirtualIp({ ctx, state, params, body }: HandlerInput): HandlerOutput {
  if (body === undefined) throw apiError(ctx.operation, 'Common.0002');
  const nic = nicOption(body);
  if (!nic) throw apiError(ctx.operation, 'Ecs.0005');
  const out: WirePortIdResponse = state.bindVirtualIp(ctx, params.nic_id!, nic);
  return { status: 200, body: out };
}

export function disassociateServerVirtualIp({ ctx, state, params }: HandlerInput): HandlerOutput {
  const out: WirePortIdResponse = state.unbindVirtualIp(ctx, params.nic_id!);
  return { status: 200, body: out };
}

export function listServerInterfaces({ ctx, state, params }: HandlerInput): HandlerOutput {
  return { status: 200, body: state.listServerInterfaces(ctx, params.server_id!) };
}

export function listPorts({ ctx, state, query }: HandlerInput): HandlerOutput {
  const page = state.listPorts(ctx, {
    ids: query.getAll('id'),
    name: strParam(query, 'name'),
    deviceOwner: strParam(query, 'device_owner'),
    deviceId: strParam(query, 'device_id'),
    networkId: strParam(query, 'network_id'),
    status: strParam(query, 'status'),
    macAddress: strParam(query, 'mac_address'),
    fixedIps: query.getAll('fixed_ips'),
    marker: strParam(query, 'marker'),
    limit: intParam(query, 'limit'),
  });
  const out: WireListPortsResponse = { ports: page.items };
  return { status: 200, body: out };
}

export function showPort({ ctx, state, params }: HandlerInput): HandlerOutput {
  const out: WireShowPortResponse = { port: state.showPort(ctx, params.port_id!) };
  return { status: 200, body: out };
}

export function listSubnets({ ctx, state, query }: HandlerInput): HandlerOutput {
  const page = state.listSubnets(ctx, { vpcId: strParam(query, 'vpc_id'), marker: strParam(query, 'marker'), limit: intParam(query, 'limit') });
  const out: WireListSubnetsResponse = { subnets: page.items };
  return { status: 200, body: out };
}

export function createPrivateip({ ctx, state, body }: HandlerInput): HandlerOutput {
  const items = isObject(body) && Array.isArray(body.privateips) ? (body as unknown as WireCreatePrivateipsRequest).privateips : null;
  if (!items || items.length === 0 || !items.every((i) => isObject(i) && typeof i.subnet_id === 'string')) throw apiError(ctx.operation, 'APIGW.0201');
  const out: WirePrivateipsResponse = { privateips: state.createPrivateips(ctx, items) };
  return { status: 200, body: out };
}

export function listPrivateips({ ctx, state, params, query }: HandlerInput): HandlerOutput {
  const out: WirePrivateipsResponse = { privateips: state.listPrivateips(ctx, params.subnet_id!, strParam(query, 'marker'), intParam(query, 'limit')) };
  return { status: 200, body: out };
}

export function listPublicips({ ctx, state, query }: HandlerInput): HandlerOutput {
  const page = state.listPublicips(ctx, {
    ids: query.getAll('id'),
    portIds: query.getAll('port_id'),
    publicIpAddresses: query.getAll('public_ip_address'),
    marker: strParam(query, 'marker'),
    limit: intParam(query, 'limit'),
  });
  const out: WireListPublicipsResponse = { publicips: page.items };
  return { status: 200, body: out };
}

export function showPublicip({ ctx, state, params }: HandlerInput): HandlerOutput {
  const out: WirePublicipResponse = { publicip: state.showPublicip(ctx, params.publicip_id!) };
  return { status: 200, body: out };
}

export function updatePublicip({ ctx, state, params, body }: HandlerInput): HandlerOutput {
  if (!isObject(body) || !isObject(body.publicip)) throw apiError(ctx.operation, 'APIGW.0201');
  const portId = body.publicip.port_id;
  if (portId !== undefined && portId !== null && typeof portId !== 'string') throw apiError(ctx.operation, 'APIGW.0201');
  const out: WirePublicipResponse = { publicip: state.updatePublicip(ctx, params.publicip_id!, portId) };
  return { status: 200, body: out };
}

export function listVirtualInterfaces({ ctx, state, query, requestId }: HandlerInput): HandlerOutput {
  const { items, pageInfo } = state.listVirtualInterfaces(ctx, {
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
  const out: WireShowVirtualInterfaceResponse = { virtual_interface: state.showVirtualInterface(ctx, params.vif_id!), request_id: requestId };
  return { status: 200, body: out };
}

export function createVifPeer({ ctx, state, body, requestId }: HandlerInput): HandlerOutput {
  if (!isObject(body) || !isObject(body.vif_peer)) throw apiError(ctx.operation, 'DC.0000');
  const out: WireVifPeerResponse = { vif_peer: state.createVifPeer(ctx, body.vif_peer as unknown as WireCreateVifPeer), request_id: requestId };
  return { status: 201, body: out };
}

export function deleteVifPeer({ ctx, state, params }: HandlerInput): HandlerOutput {
  state.deleteVifPeer(ctx, params.peer_id!);
  return { status: 204, body: undefined };
}
