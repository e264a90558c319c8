import { RULES } from '../../validation';
import { EIP_CHARGE_MODES, PUBLICIP_TYPES, intToIpv4, ipv4ToInt, type WirePublicip } from '../../wire';
import { apiError } from '../errors';
import { clampLimit, huaweiTime, page, type CallContext, type Page, type RegionModel } from './model';

/**
 * Elastic IPs (EIP publicips v1): create (PENDING_CREATE, then DOWN), bind to a port (BINDING, then
 * ACTIVE), unbind (PENDING_UPDATE, then DOWN), delete (refused while bound: VPC.0510), all on the clock.
 */

const MAX_PUBLICIPS_LIMIT = 2000;
/** Where the emulator allocates new EIPs from (any public range would do). */
const POOL_START = ipv4ToInt('119.3.0.10');

export interface PublicipFilter {
  ids: string[];
  portIds: string[];
  publicIpAddresses: string[];
  marker?: string;
  limit?: number;
}

export interface NewPublicip {
  id?: string;
  publicIpAddress: string;
  status?: string;
  portId?: string;
  bandwidthSize?: number;
  bandwidthName?: string;
  type?: string;
  alias?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Statuses in which the EIP is being changed: no other change is accepted meanwhile. */
const CHANGING = new Set(['BINDING', 'PENDING_UPDATE', 'PENDING_CREATE', 'PENDING_DELETE', 'NOTIFYING', 'NOTIFY_DELETE']);

export class ElasticIps {
  constructor(private readonly m: RegionModel) {}

  requirePublicip(ctx: CallContext, publicipId: string): WirePublicip {
    const ip = this.m.at(ctx).publicips.get(publicipId);
    if (!ip) throw apiError(ctx.operation, 'VPC.0504');
    return ip;
  }

  listPublicips(ctx: CallContext, f: PublicipFilter): Page<WirePublicip> {
    const matches = [...this.m.at(ctx).publicips.values()].filter(
      (ip) =>
        (f.ids.length === 0 || f.ids.includes(ip.id)) &&
        (f.portIds.length === 0 || (ip.port_id !== undefined && f.portIds.includes(ip.port_id))) &&
        (f.publicIpAddresses.length === 0 || f.publicIpAddresses.includes(ip.public_ip_address)),
    );
    return page(matches, f.marker, clampLimit(f.limit, MAX_PUBLICIPS_LIMIT));
  }

  /** CreatePublicip: a dedicated (PER) bandwidth of a documented size and name; VPC.0301 / VPC.0501 otherwise. */
  createPublicip(ctx: CallContext, body: unknown): WirePublicip {
    const op = ctx.operation;
    if (!isRecord(body) || !isRecord(body.publicip) || !isRecord(body.bandwidth)) throw apiError(op, 'APIGW.0201');
    const { type, ip_version, alias } = body.publicip;
    const { name, size, share_type, charge_mode } = body.bandwidth;
    if (typeof type !== 'string' || !(PUBLICIP_TYPES as readonly string[]).includes(type)) throw apiError(op, 'VPC.0501');
    if (ip_version !== undefined && ip_version !== 4) throw apiError(op, 'VPC.0501');
    if (alias !== undefined && typeof alias !== 'string') throw apiError(op, 'VPC.0501');
    if (share_type !== 'PER') throw apiError(op, 'VPC.0501');
    if (typeof name !== 'string' || !RULES.bandwidthName.test(name)) throw apiError(op, 'VPC.0301');
    const { min, max } = RULES.bandwidthSize;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < min || size > max) throw apiError(op, 'VPC.0301');
    if (charge_mode !== undefined && !(EIP_CHARGE_MODES as readonly string[]).includes(charge_mode as string)) throw apiError(op, 'VPC.0301');
    return this.addPublicip(ctx.account, ctx.region, {
      publicIpAddress: this.freeAddress(ctx),
      status: 'PENDING_CREATE',
      bandwidthSize: size,
      bandwidthName: name,
      type,
      alias: alias as string | undefined,
    });
  }

  /** Bind with a port_id (BINDING, then ACTIVE); unbind with port_id null or "" (PENDING_UPDATE, then DOWN). */
  updatePublicip(ctx: CallContext, publicipId: string, portId: string | null | undefined): WirePublicip {
    const ip = this.requirePublicip(ctx, publicipId);
    if (portId === undefined) return ip;
    if (CHANGING.has(ip.status)) throw apiError(ctx.operation, 'VPC.0510');
    if (portId === null || portId === '') {
      // Unbinding an EIP that is not bound changes nothing (no documented error for it).
      if (!ip.port_id) return ip;
      this.transition(ip, 'PENDING_UPDATE', () => {
        delete ip.port_id;
        delete ip.private_ip_address;
        ip.status = 'DOWN';
      });
      return ip;
    }
    const r = this.m.at(ctx);
    const port = this.m.requirePort(ctx, portId);
    if (ip.port_id || [...r.publicips.values()].some((other) => other.port_id === port.id)) throw apiError(ctx.operation, 'VPC.0510');
    ip.port_id = port.id;
    ip.private_ip_address = port.fixed_ips[0]?.ip_address;
    this.transition(ip, 'BINDING', () => {
      ip.status = 'ACTIVE';
    });
    return ip;
  }

  /** DeletePublicip: "a bound EIP cannot be deleted directly"; VPC.0510 (Floatingip has already associated with port.). */
  deletePublicip(ctx: CallContext, publicipId: string): void {
    const ip = this.requirePublicip(ctx, publicipId);
    if (ip.port_id || CHANGING.has(ip.status)) throw apiError(ctx.operation, 'VPC.0510');
    this.m.at(ctx).publicips.delete(ip.id);
  }

  addPublicip(account: string, region: string, e: NewPublicip): WirePublicip {
    const r = this.m.projectOf(account, region);
    const runtime = this.m.runtime;
    const id = e.id ?? runtime.ids.uuid();
    const ip: WirePublicip = {
      id,
      status: e.status ?? (e.portId ? 'ACTIVE' : 'DOWN'),
      profile: null,
      type: e.type ?? '5_bgp',
      public_ip_address: e.publicIpAddress,
      ip_version: 4,
      tenant_id: r.projectId,
      create_time: huaweiTime(runtime.clock.now()),
      bandwidth_id: runtime.ids.uuid(),
      bandwidth_name: e.bandwidthName ?? `bandwidth-${id.slice(0, 4)}`,
      bandwidth_share_type: 'PER',
      bandwidth_size: e.bandwidthSize ?? 5,
      enterprise_project_id: '0',
    };
    if (e.alias) ip.alias = e.alias;
    if (e.portId) {
      const port = r.ports.get(e.portId);
      if (!port) throw new Error(`publicip: port ${e.portId} does not exist`);
      ip.port_id = port.id;
      ip.private_ip_address = port.fixed_ips[0]?.ip_address;
    }
    r.publicips.set(id, ip);
    if (ip.status === 'BINDING') this.transition(ip, 'BINDING', () => (ip.status = 'ACTIVE'));
    if (ip.status === 'PENDING_CREATE') this.transition(ip, 'PENDING_CREATE', () => (ip.status = 'DOWN'));
    return ip;
  }

  /** Enters `status` now and settles after asyncDelayMs, unless something else changed it meanwhile. */
  private transition(ip: WirePublicip, status: string, settle: () => void): void {
    ip.status = status;
    this.m.runtime.scheduler.after(this.m.asyncDelayMs, () => {
      if (ip.status === status) settle();
    });
  }

  private freeAddress(ctx: CallContext): string {
    const used = new Set([...this.m.at(ctx).publicips.values()].map((ip) => ip.public_ip_address));
    for (let n = POOL_START; ; n++) if (!used.has(intToIpv4(n))) return intToIpv4(n);
  }
}
