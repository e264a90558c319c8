import { COMPUTE_DEVICE_OWNER_PREFIX, VIP_DEVICE_OWNER, ipFamily, ipv4InCidr, isUuid, type WireCreatePrivateip, type WirePrivateip, type WireSubnet } from '../../wire';
import { apiError } from '../errors';
import type { NetworkInterfaces } from './network-interfaces';
import { SERVER_STABLE_STATUSES } from './network-interfaces';
import { clampLimit, page, type CallContext, type PortRecord, type RegionModel, type RegionState } from './model';

/**
 * Virtual IPs: VIP ports (device_owner neutron:VIP_PORT) created as private IPs, and their binding to
 * NICs, which lives on the NIC ports' allowed_address_pairs (seed 000's ECS API, or Neutron updates
 * handled by NetworkInterfaces).
 */

const MAX_PORTS_LIMIT = 2000;

export class VirtualIps {
  constructor(
    private readonly m: RegionModel,
    private readonly ports: NetworkInterfaces,
  ) {}

  private requireBindSubnet(ctx: CallContext, subnetId: string): WireSubnet {
    const subnet = this.m.at(ctx).subnets.get(subnetId);
    if (!subnet) throw apiError(ctx.operation, 'Ecs.0038', subnetId);
    return subnet;
  }

  private requireStableServer(ctx: CallContext, nic: PortRecord): void {
    const server = this.m.at(ctx).servers.get(nic.device_id);
    if (server && !SERVER_STABLE_STATUSES.has(server.status)) throw apiError(ctx.operation, 'Ecs.0100', server.id);
  }

  // ---------- ECS: bind / unbind a virtual IP (seed 000) ----------

  bindVirtualIp(ctx: CallContext, nicId: string, option: { subnet_id: string; ip_address: string; reverse_binding?: boolean }): { port_id: string } {
    if (!isUuid(option.subnet_id) || ipFamily(option.ip_address) === null) throw apiError(ctx.operation, 'Ecs.0005');
    const r = this.m.at(ctx);
    const nic = this.m.requireNic(ctx, nicId);
    const subnet = this.requireBindSubnet(ctx, option.subnet_id);
    this.requireStableServer(ctx, nic);
    const nicSubnet = r.subnets.get(nic.network_id);
    if (nicSubnet && nicSubnet.vpc_id !== subnet.vpc_id) throw apiError(ctx.operation, 'Ecs.0064');
    if (!ipv4InCidr(option.ip_address, subnet.cidr)) throw apiError(ctx.operation, 'Ecs.0039', option.ip_address, subnet.id);

    const holder = this.m.portHolding(r, subnet.id, option.ip_address);
    let vip: PortRecord;
    if (!holder) {
      vip = this.m.addPort(ctx.account, ctx.region, { subnetId: subnet.id, ipAddress: option.ip_address, deviceOwner: VIP_DEVICE_OWNER, status: 'DOWN' });
    } else if (holder.device_owner === VIP_DEVICE_OWNER || holder.device_owner === '') {
      vip = holder;
    } else {
      throw apiError(ctx.operation, 'Ecs.0010', option.ip_address);
    }
    if (!nic.allowed_address_pairs.some((p) => p.ip_address === option.ip_address)) {
      nic.allowed_address_pairs.push({ ip_address: option.ip_address });
    }
    const nicIp = nic.fixed_ips[0]?.ip_address;
    if (option.reverse_binding && nicIp && !vip.allowed_address_pairs.some((p) => p.ip_address === nicIp)) {
      vip.allowed_address_pairs.push({ ip_address: nicIp, mac_address: nic.mac_address });
    }
    vip.status = 'ACTIVE';
    return { port_id: vip.id };
  }

  /**
   * Unbind = the same PUT with empty subnet_id/ip_address: every virtual IP leaves the NIC. A NIC that
   * carries none cannot have its allowed_address_pairs updated: Ecs.0213 (condition inferred).
   */
  unbindVirtualIp(ctx: CallContext, nicId: string): { port_id: string } {
    const r = this.m.at(ctx);
    const nic = this.m.requireNic(ctx, nicId);
    this.requireStableServer(ctx, nic);
    if (nic.allowed_address_pairs.length === 0) throw apiError(ctx.operation, 'Ecs.0213', nic.id, 'no virtual IP address is bound to it');
    nic.allowed_address_pairs = [];
    const nicIp = nic.fixed_ips[0]?.ip_address;
    for (const port of r.ports.values()) {
      if (port.device_owner !== VIP_DEVICE_OWNER || nicIp === undefined) continue;
      port.allowed_address_pairs = port.allowed_address_pairs.filter((p) => p.ip_address !== nicIp);
    }
    this.ports.refreshVipStatuses(r);
    return { port_id: nic.id };
  }

  // ---------- VPC v1 private IPs ----------

  /**
   * Private IPs are ports with an empty device_owner (the request takes subnet_id and ip_address only;
   * virtual IPs are ports created with neutron:VIP_PORT). The VPC.06xx rows of this API were not retrievable (reference gap): malformed input, a missing subnet,
   * a taken or exhausted address answer the gateway's APIGW.0201 (inferred).
   */
  createPrivateips(ctx: CallContext, items: WireCreatePrivateip[]): WirePrivateip[] {
    const r = this.m.at(ctx);
    for (const item of items) {
      const subnet = r.subnets.get(item.subnet_id);
      if (!subnet) throw apiError(ctx.operation, 'APIGW.0201');
      if (item.ip_address !== undefined && (!ipv4InCidr(item.ip_address, subnet.cidr) || this.m.portHolding(r, subnet.id, item.ip_address))) {
        throw apiError(ctx.operation, 'APIGW.0201');
      }
      if (item.ip_address === undefined && this.m.freeIp(r, subnet) === null) throw apiError(ctx.operation, 'APIGW.0201');
    }
    return items.map((item) =>
      toPrivateip(
        this.m.addPort(ctx.account, ctx.region, { subnetId: item.subnet_id, ipAddress: item.ip_address, deviceOwner: '', status: 'DOWN' }),
      ),
    );
  }

  listPrivateips(ctx: CallContext, subnetId: string, marker: string | undefined, limit: number | undefined): WirePrivateip[] {
    const ports = [...this.m.at(ctx).ports.values()].filter((p) => p.network_id === subnetId);
    return page(ports, marker, clampLimit(limit, MAX_PORTS_LIMIT)).items.map(toPrivateip);
  }

  /**
   * DeletePrivateip: a private IP of a NIC, or one a NIC still carries (a bound virtual IP), cannot be
   * deleted; no documented code was retrievable, the gateway's APIGW.0201 answers (inferred).
   */
  deletePrivateip(ctx: CallContext, privateipId: string): void {
    const r = this.m.at(ctx);
    const port = this.m.requirePort(ctx, privateipId);
    if (port.device_owner.startsWith(COMPUTE_DEVICE_OWNER_PREFIX) || port.device_id !== '' || this.isBound(r, port)) throw apiError(ctx.operation, 'APIGW.0201');
    r.ports.delete(port.id);
  }

  private isBound(r: RegionState, port: PortRecord): boolean {
    const address = port.fixed_ips[0]?.ip_address;
    if (address === undefined) return false;
    for (const p of r.ports.values()) if (p.id !== port.id && p.allowed_address_pairs.some((a) => a.ip_address === address)) return true;
    return false;
  }

  /** Fixture helper: a NIC carries a virtual IP address (what a bind leaves behind). */
  carryAddress(account: string, region: string, nicId: string, address: string): void {
    const nic = this.m.projectOf(account, region).ports.get(nicId);
    if (!nic || !nic.device_owner.startsWith(COMPUTE_DEVICE_OWNER_PREFIX)) throw new Error(`vip: NIC ${nicId} does not exist`);
    if (!nic.allowed_address_pairs.some((p) => p.ip_address === address)) nic.allowed_address_pairs.push({ ip_address: address });
  }
}

export function toPrivateip(p: PortRecord): WirePrivateip {
  return {
    id: p.id,
    status: p.status,
    subnet_id: p.network_id,
    tenant_id: p.tenant_id,
    device_owner: p.device_owner,
    ip_address: p.fixed_ips[0]?.ip_address ?? '',
  };
}
