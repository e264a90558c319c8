import { formatMessage, type CatalogEntry } from '../../../domain/catalog';
import type { FaultSpec } from '../../common/emulator/faults';
import { applyFault, type EmulatorOutcome, type EmulatorReply, type EmulatorRequest, type EmulatorRuntime } from '../../common/emulator/runtime';
import { huaweiCatalog } from '../error-catalog';
import { verify } from '../signer';
import { OPERATIONS as OP, parseErrorBody, type HuaweiService } from '../wire';
import { HuaweiApiError, apiError, apiErrorWithTemplate, renderError } from './errors';
import type { HandlerInput, HandlerOutput } from './handlers/common';
import * as eip from './handlers/elastic-ips';
import * as nic from './handlers/network-interfaces';
import * as peer from './handlers/vif-peers';
import * as vip from './handlers/virtual-ips';
import type { CallContext, HuaweiState } from './state';

/**
 * Matches method + path to an operation of ECS, VPC or DCaaS, verifies SDK-HMAC-SHA256, checks the
 * project belongs to the AK's account, applies armed faults and records every call.
 */

export interface ProjectBinding {
  account: string;
  region: string;
}
export interface KeyBinding {
  sk: string;
  account: string;
  /** projectId → region */
  projects: Map<string, string>;
}

interface Route {
  method: string;
  pattern: RegExp;
  params: string[];
  service: HuaweiService;
  operation: string | ((body: unknown) => string);
  handler: (input: HandlerInput) => HandlerOutput;
}

const P = '([^/]+)';
function route(method: string, template: string, service: HuaweiService, operation: Route['operation'], handler: Route['handler']): Route {
  const params: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    params.push(name);
    return P;
  });
  return { method, pattern: new RegExp(`^${source}$`), params, service, operation, handler };
}

const ROUTES: Route[] = [
  // ECS
  route('PUT', '/v1/{project_id}/cloudservers/nics/{nic_id}', 'ecs', (b) => (vip.isUnbindBody(b) ? OP.disassociateServerVirtualIp : OP.associateServerVirtualIp), (i) =>
    vip.isUnbindBody(i.body) ? vip.disassociateServerVirtualIp(i) : vip.associateServerVirtualIp(i),
  ),
  route('GET', '/v1/{project_id}/cloudservers/{server_id}/os-interface', 'ecs', OP.listServerInterfaces, nic.listServerInterfaces),
  route('POST', '/v1/{project_id}/cloudservers/{server_id}/nics', 'ecs', OP.batchAddServerNics, nic.batchAddServerNics),
  route('POST', '/v1/{project_id}/cloudservers/{server_id}/nics/delete', 'ecs', OP.batchDeleteServerNics, nic.batchDeleteServerNics),
  route('GET', '/v1/{project_id}/jobs/{job_id}', 'ecs', OP.showJob, nic.showJob),
  // VPC v1
  route('GET', '/v1/{project_id}/ports', 'vpc', OP.listPorts, nic.listPorts),
  route('POST', '/v1/{project_id}/ports', 'vpc', OP.createPort, nic.createPort),
  route('GET', '/v1/{project_id}/ports/{port_id}', 'vpc', OP.showPort, nic.showPort),
  route('PUT', '/v1/{project_id}/ports/{port_id}', 'vpc', OP.updatePort, nic.updatePort),
  route('DELETE', '/v1/{project_id}/ports/{port_id}', 'vpc', OP.deletePort, nic.deletePort),
  route('GET', '/v1/{project_id}/subnets', 'vpc', OP.listSubnets, nic.listSubnets),
  route('POST', '/v1/{project_id}/privateips', 'vpc', OP.createPrivateip, vip.createPrivateip),
  route('DELETE', '/v1/{project_id}/privateips/{privateip_id}', 'vpc', OP.deletePrivateip, vip.deletePrivateip),
  route('GET', '/v1/{project_id}/subnets/{subnet_id}/privateips', 'vpc', OP.listPrivateips, vip.listPrivateips),
  route('GET', '/v1/{project_id}/publicips', 'vpc', OP.listPublicips, eip.listPublicips),
  route('POST', '/v1/{project_id}/publicips', 'vpc', OP.createPublicip, eip.createPublicip),
  route('GET', '/v1/{project_id}/publicips/{publicip_id}', 'vpc', OP.showPublicip, eip.showPublicip),
  route('PUT', '/v1/{project_id}/publicips/{publicip_id}', 'vpc', OP.updatePublicip, eip.updatePublicip),
  route('DELETE', '/v1/{project_id}/publicips/{publicip_id}', 'vpc', OP.deletePublicip, eip.deletePublicip),
  // Neutron-compatible (the project comes from X-Project-Id)
  route('GET', '/v2.0/ports', 'neutron', OP.neutronListPorts, nic.neutronListPorts),
  route('POST', '/v2.0/ports', 'neutron', OP.neutronCreatePort, nic.neutronCreatePort),
  route('GET', '/v2.0/ports/{port_id}', 'neutron', OP.neutronShowPort, nic.neutronShowPort),
  route('PUT', '/v2.0/ports/{port_id}', 'neutron', OP.neutronUpdatePort, nic.neutronUpdatePort),
  route('DELETE', '/v2.0/ports/{port_id}', 'neutron', OP.neutronDeletePort, nic.neutronDeletePort),
  // DCaaS v3
  route('GET', '/v3/{project_id}/dcaas/virtual-interfaces', 'dcaas', OP.listVirtualInterfaces, peer.listVirtualInterfaces),
  route('GET', '/v3/{project_id}/dcaas/virtual-interfaces/{vif_id}', 'dcaas', OP.showVirtualInterface, peer.showVirtualInterface),
  route('POST', '/v3/{project_id}/dcaas/vif-peers', 'dcaas', OP.createVifPeer, peer.createVifPeer),
  route('PUT', '/v3/{project_id}/dcaas/vif-peers/{peer_id}', 'dcaas', OP.updateVifPeer, peer.updateVifPeer),
  route('DELETE', '/v3/{project_id}/dcaas/vif-peers/{peer_id}', 'dcaas', OP.deleteVifPeer, peer.deleteVifPeer),
];

/** The code each API family answers when the project in the path is not the caller's. */
/** Neutron paths carry no project: a X-Project-Id the AK's account does not own is a project the gateway refuses (inferred). */
const PROJECT_MISMATCH: Record<HuaweiService, string> = { ecs: 'Ecs.0023', vpc: 'VPC.0007', neutron: 'APIGW.0310', dcaas: 'Common.0018' };
const UNKNOWN = 'Unknown';

export class HuaweiRouter {
  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly state: HuaweiState,
    private readonly keys: Map<string, KeyBinding>,
    /** The signature window is checked against real time: clients sign with the wall clock, tests move the emulator clock. */
    private readonly wallNow: () => number = Date.now,
  ) {}

  async handle(req: EmulatorRequest): Promise<EmulatorOutcome> {
    const requestId = this.runtime.ids.uuid().replace(/-/g, '');
    const path = req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path;
    const matched = this.match(req.method, path);
    if (!matched) {
      const entry = huaweiCatalog.require(UNKNOWN, 'APIGW.0101');
      return this.finish({ operation: UNKNOWN, account: '', region: '' }, {}, renderError('dcaas', entry, entry.message, requestId), requestId);
    }
    const { route, params } = matched;
    const verified = verify({
      method: req.method,
      path: req.path,
      rawQuery: req.rawQuery,
      headers: req.headers,
      body: req.body,
      nowMs: this.wallNow(),
      secretFor: (ak) => this.keys.get(ak)?.sk,
    });
    const body = parseBody(req.body);
    const operation = typeof route.operation === 'string' ? route.operation : route.operation(body.ok ? body.value : undefined);
    const query = new URLSearchParams(req.rawQuery);
    const recorded = { path: params, query: Object.fromEntries(query), body: body.ok ? body.value : null };

    if (!verified.ok) {
      const key = verified.ak ? this.keys.get(verified.ak) : undefined;
      const error = authError(operation, verified.reason, verified.ak, verified.canonicalRequest);
      return this.finish({ operation, account: key?.account ?? '', region: '' }, recorded, renderError(route.service, error.entry, error.message, requestId), requestId);
    }
    const key = this.keys.get(verified.ak)!;
    const projectId = params.project_id ?? req.headers['x-project-id'] ?? '';
    const region = key.projects.get(projectId);
    if (region === undefined) {
      const error = apiError(operation, PROJECT_MISMATCH[route.service]);
      return this.finish({ operation, account: key.account, region: '' }, recorded, renderError(route.service, error.entry, error.message, requestId), requestId);
    }
    const ctx: CallContext = { account: key.account, region, projectId, operation };
    const fault = this.runtime.faults.take({ operation, account: key.account, region });
    const outcome = await applyFault(
      fault,
      (f) => renderFault(route.service, operation, f, requestId),
      async () => {
        try {
          if (!body.ok) throw badBody(route.service, operation);
          const out = route.handler({ ctx, state: this.state, params, query, body: body.value, requestId });
          return {
            status: out.status,
            headers: { 'x-request-id': requestId },
            body: out.body === undefined ? '' : JSON.stringify(out.body),
          };
        } catch (err) {
          if (err instanceof HuaweiApiError) return renderError(route.service, err.entry, err.message, requestId);
          throw err;
        }
      },
    );
    return this.finish(ctx, recorded, outcome, requestId);
  }

  private match(method: string, path: string): { route: Route; params: Record<string, string> } | null {
    for (const r of ROUTES) {
      if (r.method !== method.toUpperCase()) continue;
      const m = r.pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      r.params.forEach((name, i) => (params[name] = safeDecode(m[i + 1]!)));
      return { route: r, params };
    }
    return null;
  }

  private finish(
    identity: { operation: string; account: string; region: string },
    params: Record<string, unknown>,
    outcome: EmulatorOutcome,
    requestId: string,
  ): EmulatorOutcome {
    let status: number | null = null;
    let code: string | null = null;
    if ('status' in outcome) {
      status = outcome.status;
      if (status >= 400 || status === 202) code = errorCodeOf(outcome);
    }
    this.runtime.calls.record({ operation: identity.operation, account: identity.account, region: identity.region, status, code, params, requestId: status === null ? null : requestId });
    return outcome;
  }
}

function errorCodeOf(reply: EmulatorReply): string | null {
  try {
    return parseErrorBody(JSON.parse(reply.body))?.code ?? null;
  } catch {
    return null;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

type ParsedBody = { ok: true; value: unknown } | { ok: false };
function parseBody(raw: Buffer): ParsedBody {
  if (raw.length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw.toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A body that is not JSON at all, in each API family's words. */
function badBody(service: HuaweiService, operation: string): HuaweiApiError {
  if (service === 'ecs') return apiErrorWithTemplate(operation, 'Ecs.0005', 'request body is illegal.');
  if (service === 'dcaas') return apiError(operation, 'DC.0000');
  if (service === 'neutron') return apiError(operation, 'InvalidInput', 'the request body is not JSON');
  return apiError(operation, 'APIGW.0201');
}

const AUTH_TEMPLATES = {
  missing: 'Incorrect IAM authentication information: verify aksk signature fail',
  mismatch: 'Incorrect IAM authentication information: verify aksk signature fail',
  'unknown-ak': 'Incorrect IAM authentication information: ak %s not exist',
  expired: 'Incorrect IAM authentication information: calc ak sk signature fail:signature expired',
} as const;

function authError(operation: string, reason: keyof typeof AUTH_TEMPLATES, ak: string | null, canonical?: string): HuaweiApiError {
  const error = apiErrorWithTemplate(operation, 'APIGW.0301', AUTH_TEMPLATES[reason], ak ?? '');
  // Like the real gateway, show the canonical request it computed ('\n' → '|') to ease debugging.
  if (reason === 'mismatch' && canonical) return new HuaweiApiError(error.entry, `${error.message},canonicalRequest:${canonical.replace(/\n/g, '|')}`);
  return error;
}

function renderFault(service: HuaweiService, operation: string, fault: Extract<FaultSpec, { kind: 'error' }>, requestId: string): EmulatorReply {
  const documented = huaweiCatalog.find(operation, fault.code, fault.httpStatus);
  const entry: CatalogEntry = documented ?? {
    code: fault.code,
    httpStatus: fault.httpStatus ?? 400,
    message: fault.message ?? `Undocumented error ${fault.code}.`,
    description: null,
    category: 'UnknownProviderError',
    retryable: false,
    operations: [operation],
  };
  const message = fault.message ?? formatMessage(entry.message, fault.code === 'APIGW.0308' ? 200 : '');
  const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
  return renderError(service, { ...entry, httpStatus: fault.httpStatus ?? entry.httpStatus }, message, requestId, headers);
}
