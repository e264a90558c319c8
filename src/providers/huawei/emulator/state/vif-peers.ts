import { RULES } from '../../validation';
import { parseCidr, type WireCreateVifPeer, type WirePageInfo, type WireVifPeer, type WireVirtualInterface } from '../../wire';
import { apiError } from '../errors';
import { page, type CallContext, type DirectConnectRecord, type RegionModel, type RegionState, type VifRecord } from './model';

/**
 * Direct Connect: connections, virtual interfaces and their peers (DCaaS v3). Peers are created
 * PENDING_CREATE (then ACTIVE), deleted PENDING_DELETE (then gone), on the clock.
 */

export interface VifFilter {
  ids: string[];
  statuses: string[];
  directConnectIds: string[];
  marker?: string;
  limit?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPending = (peer: WireVifPeer): boolean => peer.status.startsWith('PENDING_');

export class VifPeers {
  constructor(private readonly m: RegionModel) {}

  requireVif(ctx: CallContext, vifId: string): VifRecord {
    const vif = this.m.at(ctx).vifs.get(vifId);
    if (!vif) throw apiError(ctx.operation, 'DC.0002');
    return vif;
  }

  requireVifPeer(ctx: CallContext, peerId: string): WireVifPeer {
    const peer = this.m.at(ctx).vifPeers.get(peerId);
    if (!peer) throw apiError(ctx.operation, 'DC.0002');
    return peer;
  }

  listVirtualInterfaces(ctx: CallContext, f: VifFilter): { items: WireVirtualInterface[]; pageInfo: WirePageInfo } {
    if (f.limit !== undefined && (!Number.isInteger(f.limit) || f.limit < 1 || f.limit > 2000)) throw apiError(ctx.operation, 'DC.0001');
    const r = this.m.at(ctx);
    const matches = [...r.vifs.values()].filter(
      (v) =>
        (f.ids.length === 0 || f.ids.includes(v.id)) &&
        (f.statuses.length === 0 || f.statuses.includes(v.status)) &&
        (f.directConnectIds.length === 0 || f.directConnectIds.includes(v.direct_connect_id)),
    );
    const p = page(matches, f.marker, f.limit ?? 2000);
    const items = p.items.map((v) => withPeers(r, v));
    const pageInfo: WirePageInfo = { current_count: items.length };
    if (f.marker) pageInfo.previous_marker = items[0]?.id ?? f.marker;
    if (p.hasMore) pageInfo.next_marker = items[items.length - 1]!.id;
    return { items, pageInfo };
  }

  showVirtualInterface(ctx: CallContext, vifId: string): WireVirtualInterface {
    return withPeers(this.m.at(ctx), this.requireVif(ctx, vifId));
  }

  /** Seed 001: checks in the order the documented codes suggest; PENDING_CREATE → ACTIVE after asyncDelayMs. */
  createVifPeer(ctx: CallContext, input: WireCreateVifPeer): WireVifPeer {
    const op = ctx.operation;
    const family = typeof input.address_family === 'string' ? input.address_family.toLowerCase() : '';
    if (typeof input.name !== 'string' || input.name.length > RULES.peerNameMax) throw apiError(op, 'DC.0001');
    if (input.description !== undefined && (typeof input.description !== 'string' || input.description.length > RULES.peerDescriptionMax)) throw apiError(op, 'DC.0001');
    if (family !== 'ipv4' && family !== 'ipv6') throw apiError(op, 'DC.0001');
    if (typeof input.vif_id !== 'string' || input.vif_id.length !== 36) throw apiError(op, 'DC.0001');
    const routeMode = input.route_mode ?? 'static';
    if (routeMode !== 'static' && routeMode !== 'bgp') throw apiError(op, 'DC.0001');
    for (const gateway of [input.local_gateway_ip, input.remote_gateway_ip]) {
      const cidr = typeof gateway === 'string' ? parseCidr(gateway) : null;
      if (!cidr || cidr.family !== family) throw apiError(op, 'DC.0004');
    }
    checkRemoteEpGroup(op, input.remote_ep_group);
    if (input.bgp_asn !== undefined && input.bgp_asn !== null) {
      if (!Number.isInteger(input.bgp_asn) || input.bgp_asn < 1 || input.bgp_asn > RULES.maxAsn) throw apiError(op, 'DC.0008');
    } else if (routeMode === 'bgp') {
      throw apiError(op, 'DC.0001');
    }
    const r = this.m.at(ctx);
    const vif = this.requireVif(ctx, input.vif_id);
    if ([...r.vifPeers.values()].some((p) => p.vif_id === vif.id && p.address_family === family)) throw apiError(op, 'DC.0001');

    return this.addVifPeer(ctx.account, ctx.region, {
      vif_id: vif.id,
      name: input.name,
      description: input.description ?? '',
      address_family: family,
      local_gateway_ip: input.local_gateway_ip,
      remote_gateway_ip: input.remote_gateway_ip,
      route_mode: routeMode,
      bgp_asn: input.bgp_asn ?? null,
      bgp_md5: input.bgp_md5 ?? null,
      remote_ep_group: input.remote_ep_group ?? null,
      status: 'PENDING_CREATE',
    });
  }

  /**
   * UpdateVifPeer: name, description, remote_ep_group, applied at once. A peer in a PENDING_* status
   * cannot be changed: DC.0001 (no dedicated code was retrievable; inferred).
   */
  updateVifPeer(ctx: CallContext, peerId: string, body: unknown): WireVifPeer {
    const op = ctx.operation;
    if (!isRecord(body) || !isRecord(body.vif_peer)) throw apiError(op, 'DC.0000');
    const { name, description, remote_ep_group } = body.vif_peer;
    if (name !== undefined && (typeof name !== 'string' || name.length > RULES.peerNameMax)) throw apiError(op, 'DC.0001');
    if (description !== undefined && (typeof description !== 'string' || description.length > RULES.peerDescriptionMax)) throw apiError(op, 'DC.0001');
    checkRemoteEpGroup(op, remote_ep_group);
    const peer = this.requireVifPeer(ctx, peerId);
    if (isPending(peer)) throw apiError(op, 'DC.0001');
    if (typeof name === 'string') peer.name = name;
    if (typeof description === 'string') peer.description = description;
    if (Array.isArray(remote_ep_group)) peer.remote_ep_group = [...(remote_ep_group as string[])];
    return peer;
  }

  /**
   * "A virtual interface must have at least one peer. The last peer cannot be deleted." A peer in a
   * PENDING_* status cannot be deleted either (DC.0001, inferred). PENDING_DELETE, then gone.
   */
  deleteVifPeer(ctx: CallContext, peerId: string): void {
    const r = this.m.at(ctx);
    const peer = this.requireVifPeer(ctx, peerId);
    if (isPending(peer)) throw apiError(ctx.operation, 'DC.0001');
    const siblings = [...r.vifPeers.values()].filter((p) => p.vif_id === peer.vif_id && p.status !== 'PENDING_DELETE');
    if (siblings.length <= 1) throw apiError(ctx.operation, 'DC.0001');
    peer.status = 'PENDING_DELETE';
    this.m.runtime.scheduler.after(this.m.asyncDelayMs, () => {
      if (r.vifPeers.get(peer.id) === peer && peer.status === 'PENDING_DELETE') r.vifPeers.delete(peer.id);
    });
  }

  // ---------- building state ----------

  addDirectConnect(account: string, region: string, d: { id?: string; name: string; bandwidth?: number; status?: string }): DirectConnectRecord {
    const r = this.m.projectOf(account, region);
    const dc = { id: d.id ?? this.m.runtime.ids.uuid(), name: d.name, bandwidth: d.bandwidth ?? 1000, status: d.status ?? 'ACTIVE', device_id: `26.151.63.${100 + r.directConnects.size}` };
    r.directConnects.set(dc.id, dc);
    return dc;
  }

  addVif(
    account: string,
    region: string,
    v: { id?: string; name: string; directConnectId?: string; vlan?: number; bandwidth?: number; status?: string; description?: string },
  ): VifRecord {
    const r = this.m.projectOf(account, region);
    const runtime = this.m.runtime;
    const dc = v.directConnectId ? r.directConnects.get(v.directConnectId) : undefined;
    if (v.directConnectId && !dc) throw new Error(`virtual interface ${v.name}: direct connect ${v.directConnectId} does not exist`);
    const vif: VifRecord = {
      id: v.id ?? runtime.ids.uuid(),
      name: v.name,
      admin_state_up: true,
      bandwidth: v.bandwidth ?? 100,
      create_time: runtime.clock.nowIso(),
      description: v.description ?? '',
      direct_connect_id: dc?.id ?? '',
      service_type: 'VGW',
      status: v.status ?? 'ACTIVE',
      tenant_id: r.projectId,
      type: 'private',
      vgw_id: runtime.ids.uuid(),
      vlan: v.vlan ?? 100 + r.vifs.size,
      route_limit: 50,
      enable_nqa: false,
      enable_bfd: false,
      lag_id: null,
      device_id: dc?.device_id ?? '26.151.63.100',
      enterprise_project_id: '0',
      tags: [],
      local_gateway_v4_ip: null,
      remote_gateway_v4_ip: null,
      address_family: 'ipv4',
      local_gateway_v6_ip: null,
      remote_gateway_v6_ip: null,
      remote_ep_group: [],
      service_ep_group: [],
      bgp_route_limit: 256,
      priority: 'normal',
      ies_id: null,
      reason: null,
      rate_limit: false,
      lgw_id: null,
      gateway_id: null,
      extend_attribute: null,
    };
    r.vifs.set(vif.id, vif);
    return vif;
  }

  addVifPeer(
    account: string,
    region: string,
    p: Pick<WireVifPeer, 'vif_id' | 'name' | 'address_family' | 'local_gateway_ip' | 'remote_gateway_ip' | 'route_mode' | 'bgp_asn' | 'status'> &
      Partial<Pick<WireVifPeer, 'id' | 'description' | 'bgp_md5' | 'remote_ep_group'>>,
  ): WireVifPeer {
    const r = this.m.projectOf(account, region);
    const vif = r.vifs.get(p.vif_id);
    if (!vif) throw new Error(`vif peer ${p.name}: virtual interface ${p.vif_id} does not exist`);
    const bgp = p.route_mode === 'bgp';
    const peer: WireVifPeer = {
      id: p.id ?? this.m.runtime.ids.uuid(),
      tenant_id: r.projectId,
      name: p.name,
      description: p.description ?? '',
      address_family: p.address_family,
      local_gateway_ip: p.local_gateway_ip,
      remote_gateway_ip: p.remote_gateway_ip,
      route_mode: p.route_mode,
      bgp_asn: p.bgp_asn,
      bgp_md5: p.bgp_md5 ?? null,
      remote_ep_group: p.remote_ep_group ?? null,
      service_ep_group: null,
      device_id: vif.device_id,
      bgp_route_limit: 256,
      // bgp_status values are not documented (reference gap); static peers report null.
      bgp_status: bgp ? (p.status === 'ACTIVE' ? 'ESTABLISHED' : 'DOWN') : null,
      status: p.status,
      vif_id: vif.id,
      receive_route_num: bgp ? 0 : -1,
      enable_nqa: false,
      enable_bfd: false,
      enable_gre: null,
      gre_status: null,
      local_gre_tunnel_ip: null,
      remote_gre_tunnel_ip: null,
    };
    r.vifPeers.set(peer.id, peer);
    if (peer.status === 'PENDING_CREATE') {
      this.m.runtime.scheduler.after(this.m.asyncDelayMs, () => {
        if (peer.status !== 'PENDING_CREATE') return;
        peer.status = 'ACTIVE';
        if (bgp) peer.bgp_status = 'ESTABLISHED';
      });
    }
    return peer;
  }
}

export function withPeers(r: RegionState, vif: VifRecord): WireVirtualInterface {
  return { ...vif, vif_peers: [...r.vifPeers.values()].filter((p) => p.vif_id === vif.id) };
}

function checkRemoteEpGroup(operation: string, group: unknown): void {
  if (group === undefined || group === null) return;
  if (!Array.isArray(group)) throw apiError(operation, 'DC.0001');
  for (const cidr of group) if (typeof cidr !== 'string' || !parseCidr(cidr)) throw apiError(operation, 'DC.0004');
}
