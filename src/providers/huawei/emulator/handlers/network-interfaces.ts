import {
  isUuid,
  type WireBatchAddServerNic,
  type WireJobIdResponse,
  type WireListPortsResponse,
  type WireListSubnetsResponse,
  type WireNeutronListPortsResponse,
  type WireNeutronPortResponse,
  type WireShowPortResponse,
} from '../../wire';
import { apiError, apiErrorWithTemplate } from '../errors';
import { v1Port } from '../state/model';
import type { PortRecord } from '../state';
import { intParam, isObject, strParam, type HandlerInput, type HandlerOutput } from './common';

function portFilter(query: URLSearchParams) {
  return {
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
  };
}

/** NeutronPort: the port with the Neutron project_id. */
const neutronPort = (port: PortRecord) => ({ ...port, project_id: port.tenant_id });

// ---------- VPC v1 ports ----------

export function listPorts({ ctx, state, query }: HandlerInput): HandlerOutput {
  const page = state.networkInterfaces.listPorts(ctx, portFilter(query));
  const out: WireListPortsResponse = { ports: page.items.map(v1Port) };
  return { status: 200, body: out };
}

export function showPort({ ctx, state, params }: HandlerInput): HandlerOutput {
  const out: WireShowPortResponse = { port: v1Port(state.networkInterfaces.showPort(ctx, params.port_id!, 'v1')) };
  return { status: 200, body: out };
}

export function createPort({ ctx, state, body }: HandlerInput): HandlerOutput {
  if (!isObject(body)) throw apiError(ctx.operation, 'VPC.2500');
  const out: WireShowPortResponse = { port: v1Port(state.networkInterfaces.createPort(ctx, body.port, 'v1')) };
  return { status: 200, body: out };
}

export function updatePort({ ctx, state, params, body }: HandlerInput): HandlerOutput {
  if (!isObject(body)) throw apiError(ctx.operation, 'VPC.2500');
  const out: WireShowPortResponse = { port: v1Port(state.networkInterfaces.updatePort(ctx, params.port_id!, body.port, 'v1')) };
  return { status: 200, body: out };
}

export function deletePort({ ctx, state, params }: HandlerInput): HandlerOutput {
  state.networkInterfaces.deletePort(ctx, params.port_id!, 'v1');
  return { status: 204, body: undefined };
}

export function listSubnets({ ctx, state, query }: HandlerInput): HandlerOutput {
  const page = state.networkInterfaces.listSubnets(ctx, { vpcId: strParam(query, 'vpc_id'), marker: strParam(query, 'marker'), limit: intParam(query, 'limit') });
  const out: WireListSubnetsResponse = { subnets: page.items };
  return { status: 200, body: out };
}

// ---------- Neutron-compatible /v2.0 ports ----------

export function neutronListPorts({ ctx, state, query }: HandlerInput): HandlerOutput {
  const page = state.networkInterfaces.listPorts(ctx, portFilter(query));
  const out: WireNeutronListPortsResponse = { ports: page.items.map(neutronPort) };
  return { status: 200, body: out };
}

export function neutronShowPort({ ctx, state, params }: HandlerInput): HandlerOutput {
  const out: WireNeutronPortResponse = { port: neutronPort(state.networkInterfaces.showPort(ctx, params.port_id!, 'neutron')) };
  return { status: 200, body: out };
}

export function neutronCreatePort({ ctx, state, body }: HandlerInput): HandlerOutput {
  if (!isObject(body)) throw apiError(ctx.operation, 'InvalidInput', 'port is required');
  const out: WireNeutronPortResponse = { port: neutronPort(state.networkInterfaces.createPort(ctx, body.port, 'neutron')) };
  return { status: 201, body: out };
}

export function neutronUpdatePort({ ctx, state, params, body }: HandlerInput): HandlerOutput {
  if (!isObject(body)) throw apiError(ctx.operation, 'InvalidInput', 'port is required');
  const out: WireNeutronPortResponse = { port: neutronPort(state.networkInterfaces.updatePort(ctx, params.port_id!, body.port, 'neutron')) };
  return { status: 200, body: out };
}

export function neutronDeletePort({ ctx, state, params }: HandlerInput): HandlerOutput {
  state.networkInterfaces.deletePort(ctx, params.port_id!, 'neutron');
  return { status: 204, body: undefined };
}

// ---------- ECS: a server's NICs and jobs ----------

export function listServerInterfaces({ ctx, state, params }: HandlerInput): HandlerOutput {
  return { status: 200, body: state.networkInterfaces.listServerInterfaces(ctx, params.server_id!) };
}

const invalidBody = (operation: string) => apiErrorWithTemplate(operation, 'Ecs.0005', 'Invalid request body.');

function addNics(operation: string, body: unknown): WireBatchAddServerNic[] {
  if (!isObject(body) || !Array.isArray(body.nics) || body.nics.length === 0) throw invalidBody(operation);
  return body.nics.map((nic) => {
    if (!isObject(nic) || typeof nic.subnet_id !== 'string' || !isUuid(nic.subnet_id)) throw invalidBody(operation);
    const { port_id, ip_address, security_groups } = nic;
    if (port_id !== undefined && (typeof port_id !== 'string' || !isUuid(port_id))) throw invalidBody(operation);
    if (ip_address !== undefined && typeof ip_address !== 'string') throw invalidBody(operation);
    if (security_groups !== undefined && !(Array.isArray(security_groups) && security_groups.every((g) => isObject(g) && typeof g.id === 'string'))) throw invalidBody(operation);
    return nic as unknown as WireBatchAddServerNic;
  });
}

export function batchAddServerNics({ ctx, state, params, body }: HandlerInput): HandlerOutput {
  if (body === undefined) throw apiError(ctx.operation, 'Common.0002');
  const out: WireJobIdResponse = { job_id: state.networkInterfaces.batchAddServerNics(ctx, params.server_id!, addNics(ctx.operation, body)) };
  return { status: 200, body: out };
}

export function batchDeleteServerNics({ ctx, state, params, body }: HandlerInput): HandlerOutput {
  if (body === undefined) throw apiError(ctx.operation, 'Common.0002');
  if (!isObject(body) || !Array.isArray(body.nics) || body.nics.length === 0) throw invalidBody(ctx.operation);
  const ids = body.nics.map((nic) => {
    if (!isObject(nic) || typeof nic.id !== 'string' || !isUuid(nic.id)) throw invalidBody(ctx.operation);
    return nic.id;
  });
  const out: WireJobIdResponse = { job_id: state.networkInterfaces.batchDeleteServerNics(ctx, params.server_id!, ids) };
  return { status: 200, body: out };
}

export function showJob({ ctx, state, params }: HandlerInput): HandlerOutput {
  return { status: 200, body: state.networkInterfaces.showJob(ctx, params.job_id!) };
}
