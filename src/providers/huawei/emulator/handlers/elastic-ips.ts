import type { WireListPublicipsResponse, WirePublicipResponse } from '../../wire';
import { apiError } from '../errors';
import { intParam, isObject, strParam, type HandlerInput, type HandlerOutput } from './common';

export function listPublicips({ ctx, state, query }: HandlerInput): HandlerOutput {
  const page = state.elasticIps.listPublicips(ctx, {
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
  const out: WirePublicipResponse = { publicip: state.elasticIps.requirePublicip(ctx, params.publicip_id!) };
  return { status: 200, body: out };
}

export function createPublicip({ ctx, state, body }: HandlerInput): HandlerOutput {
  const out: WirePublicipResponse = { publicip: state.elasticIps.createPublicip(ctx, body) };
  return { status: 200, body: out };
}

export function updatePublicip({ ctx, state, params, body }: HandlerInput): HandlerOutput {
  if (!isObject(body) || !isObject(body.publicip)) throw apiError(ctx.operation, 'APIGW.0201');
  const portId = body.publicip.port_id;
  if (portId !== undefined && portId !== null && typeof portId !== 'string') throw apiError(ctx.operation, 'APIGW.0201');
  const out: WirePublicipResponse = { publicip: state.elasticIps.updatePublicip(ctx, params.publicip_id!, portId) };
  return { status: 200, body: out };
}

export function deletePublicip({ ctx, state, params }: HandlerInput): HandlerOutput {
  state.elasticIps.deletePublicip(ctx, params.publicip_id!);
  return { status: 204, body: undefined };
}
