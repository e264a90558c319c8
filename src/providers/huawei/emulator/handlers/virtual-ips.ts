import type { WireCreatePrivateipsRequest, WirePortIdResponse, WirePrivateipsResponse } from '../../wire';
import { apiError } from '../errors';
import { intParam, isObject, strParam, type HandlerInput, type HandlerOutput } from './common';

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
  const out: WirePortIdResponse = state.virtualIps.bindVirtualIp(ctx, params.nic_id!, nic);
  return { status: 200, body: out };
}

export function disassociateServerVirtualIp({ ctx, state, params }: HandlerInput): HandlerOutput {
  const out: WirePortIdResponse = state.virtualIps.unbindVirtualIp(ctx, params.nic_id!);
  return { status: 200, body: out };
}

export function createPrivateip({ ctx, state, body }: HandlerInput): HandlerOutput {
  const items = isObject(body) && Array.isArray(body.privateips) ? (body as unknown as WireCreatePrivateipsRequest).privateips : null;
  if (!items || items.length === 0 || !items.every((i) => isObject(i) && typeof i.subnet_id === 'string')) throw apiError(ctx.operation, 'APIGW.0201');
  const out: WirePrivateipsResponse = { privateips: state.virtualIps.createPrivateips(ctx, items) };
  return { status: 200, body: out };
}

export function listPrivateips({ ctx, state, params, query }: HandlerInput): HandlerOutput {
  const out: WirePrivateipsResponse = { privateips: state.virtualIps.listPrivateips(ctx, params.subnet_id!, strParam(query, 'marker'), intParam(query, 'limit')) };
  return { status: 200, body: out };
}

export function deletePrivateip({ ctx, state, params }: HandlerInput): HandlerOutput {
  state.virtualIps.deletePrivateip(ctx, params.privateip_id!);
  return { status: 204, body: undefined };
}
