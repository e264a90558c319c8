import { RULES } from '../../validation';
import {
  VIP_DEVICE_OWNER,
  ipFamily,
  ipv4InCidr,
  isUuid,
  parseCidr,
  type JobStatus,
  type WireAllowedAddressPair,
  type WireBatchAddServerNic,
  type WireInterfaceAttachment,
  type WireJob,
  type WireSubJob,
  type WireSubnet,
} from '../../wire';
import { apiError, type HuaweiApiError } from '../errors';
import { clampLimit, isComputePort, page, type CallContext, type Page, type PortRecord, type RegionModel, type RegionState, type ServerRecord } from './model';

/**
 * Network interfaces: VPC ports (v1 and the Neutron-compatible /v2.0 API, each with its own error
 * codes) and the ECS NIC batch operations, which run as jobs on the emulator clock
 * (RUNNING → SUCCESS | FAIL, one sub-job per NIC; ShowJob reads them).
 */

/** Statuses in which a server's NICs can be changed (started or stopped). */
export const SERVER_STABLE_STATUSES = new Set(['ACTIVE', 'SHUTOFF']);
/** NICs per server: ListServerInterfaces reports the rest as attachableQuantity.free_nic (inferred limit). */
export const MAX_NICS_PER_SERVER = 12;
const MAX_PORTS_LIMIT = 2000;

export interface PortFilter {
  ids: string[];
  name?: string;
  deviceOwner?: string;
  deviceId?: string;
  networkId?: string;
  status?: string;
  macAddress?: string;
  /** Values like "ip_address=10.0.0.5" or "subnet_id=…". */
  fixedIps: string[];
  marker?: string;
  limit?: number;
}

/** The two port APIs answer the same conditions with different documented codes. */
export type PortApi = 'v1' | 'neutron';
interface PortErrors {
  invalid(op: string, detail: string): HuaweiApiError;
  notFound(op: string, portId: string): HuaweiApiError;
  networkNotFound(op: string, networkId: string): HuaweiApiError;
  addressInUse(op: string, networkId: string, address: string): HuaweiApiError;
  noFreeAddress(op: string, networkId: string): HuaweiApiError;
  inUse(op: string, port: PortRecord): HuaweiApiError;
}
const ERRORS: Record<PortApi, PortErrors> = {
  // VPC v1: only the port module's leading rows were retrievable, so refusals use VPC.2500 (inferred).
  v1: {
    invalid: (op) => apiError(op, 'VPC.2500'),
    notFound: (op) => apiError(op, 'VPC.0508'),
    networkNotFound: (op) => apiError(op, 'VPC.2500'),
    addressInUse: (op) => apiError(op, 'VPC.0701'),
    noFreeAddress: (op) => apiError(op, 'VPC.2500'),
    inUse: (op) => apiError(op, 'VPC.2500'),
  },
  neutron: {
    invalid: (op, detail) => apiError(op, 'InvalidInput', detail),
    notFound: (op, portId) => apiError(op, 'PortNotFound', portId),
    networkNotFound: (op, networkId) => apiError(op, 'NetworkNotFound', networkId),
    addressInUse: (op, networkId, address) => apiError(op, 'IpAddressInUse', networkId, address),
    noFreeAddress: (op, networkId) => apiError(op, 'IpAddressGenerationFailure', networkId),
    inUse: (op, port) => apiError(op, 'PortInUse', port.id, port.network_id, port.device_id || port.device_owner),
  },
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUuidList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && isUuid(s));
const isPairList = (v: unknown): v is WireAllowedAddressPair[] =>
  Array.isArray(v) &&
  v.every((p) => isRecord(p) && typeof p.ip_address === 'string' && (ipFamily(p.ip_address) !== null || parseCidr(p.ip_address) !== null) && (p.mac_address === undefined || typeof p.mac_address === 'string'));

export class NetworkInterfaces {
  constructor(private readonly m: RegionModel) {}

  // ---------- reads ----------

  listPorts(ctx: CallContext, f: PortFilter): Page<PortRecord> {
    const fixed = f.fixedIps.map((v) => {
      const i = v.indexOf('=');
      return i < 0 ? { key: 'ip_address', value: v } : { key: v.slice(0, i), value: v.slice(i + 1) };
    });
    const matches = [...this.m.at(ctx).ports.values()].filter(
      (p) =>
        (f.ids.length === 0 || f.ids.includes(p.id)) &&
        (f.name === undefined || p.name === f.name) &&
        (f.deviceOwner === undefined || p.device_owner === f.deviceOwner) &&
        (f.deviceId === undefined || p.device_id === f.deviceId) &&
        (f.networkId === undefined || p.network_id === f.networkId) &&
        (f.status === undefined || p.status === f.status) &&
        (f.macAddress === undefined || p.mac_address === f.macAddress) &&
        fixed.every(({ key, value }) =>
          p.fixed_ips.some((ip) => (key === 'subnet_id' ? ip.subnet_id === value : key === 'ip_address' ? ip.ip_address === value : false)),
        ),
    );
    return page(matches, f.marker, clampLimit(f.limit, MAX_PORTS_LIMIT));
  }

  showPort(ctx: CallContext, portId: string, api: PortApi): PortRecord {
    const port = this.m.at(ctx).ports.get(portId);
    if (!port) throw ERRORS[api].notFound(ctx.operation, portId);
    return port;
  }

  listSubnets(ctx: CallContext, f: { vpcId?: string; marker?: string; limit?: number }): Page<WireSubnet> {
    const matches = [...this.m.at(ctx).subnets.values()].filter((s) => f.vpcId === undefined || s.vpc_id === f.vpcId);
    return page(matches, f.marker, clampLimit(f.limit, MAX_PORTS_LIMIT));
  }

  listServerInterfaces(ctx: CallContext, serverId: string): { interfaceAttachments: WireInterfaceAttachment[]; attachableQuantity: { free_nic: number } } {
    this.m.requireServer(ctx, serverId);
    const nics = this.nicsOf(this.m.at(ctx), serverId);
    return {
      interfaceAttachments: nics.map((p) => ({
        port_state: p.status,
        port_id: p.id,
        net_id: p.network_id,
        mac_addr: p.mac_address,
        fixed_ips: p.fixed_ips.map((f) => ({ subnet_id: f.subnet_id, ip_address: f.ip_address })),
        delete_on_termination: true,
        driver_mode: 'virtio',
        min_rate: 0,
        multiqueue_num: 1,
        pci_address: '',
      })),
      attachableQuantity: { free_nic: Math.max(0, MAX_NICS_PER_SERVER - nics.length) },
    };
  }

  // ---------- port writes (v1 and Neutron) ----------

  /** CreatePort / NeutronCreatePort: a port of no device (status DOWN), or a VIP port with device_owner neutron:VIP_PORT. */
  createPort(ctx: CallContext, body: unknown, api: PortApi): PortRecord {
    const op = ctx.operation;
    const errors = ERRORS[api];
    if (!isRecord(body)) throw errors.invalid(op, 'port is required');
    const { name, network_id, fixed_ips, security_groups, device_owner, allowed_address_pairs } = body;
    if (typeof network_id !== 'string' || !isUuid(network_id)) throw errors.invalid(op, `'${String(network_id)}' is not a valid network_id`);
    if (name !== undefined && (typeof name !== 'string' || name.length > RULES.portNameMax)) throw errors.invalid(op, 'name is too long');
    if (security_groups !== undefined && !isUuidList(security_groups)) throw errors.invalid(op, 'security_groups must hold UUIDs');
    if (allowed_address_pairs !== undefined && !isPairList(allowed_address_pairs)) throw errors.invalid(op, 'invalid allowed_address_pairs');
    if (device_owner !== undefined && device_owner !== '' && device_owner !== VIP_DEVICE_OWNER) throw errors.invalid(op, 'device_owner can only be neutron:VIP_PORT');
    if (fixed_ips !== undefined && !(Array.isArray(fixed_ips) && fixed_ips.length <= 1 && fixed_ips.every(isRecord))) throw errors.invalid(op, 'invalid fixed_ips');
    const r = this.m.at(ctx);
    const subnet = r.subnets.get(network_id);
    if (!subnet) throw errors.networkNotFound(op, network_id);
    const wanted = (fixed_ips as Array<Record<string, unknown>> | undefined)?.[0]?.ip_address;
    if (wanted !== undefined && (typeof wanted !== 'string' || !ipv4InCidr(wanted, subnet.cidr))) throw errors.invalid(op, `${String(wanted)} is not a valid IP for the network`);
    if (wanted !== undefined && this.m.portHolding(r, subnet.id, wanted)) throw errors.addressInUse(op, subnet.id, wanted);
    const address = wanted ?? this.m.freeIp(r, subnet);
    if (address === null) throw errors.noFreeAddress(op, subnet.id);
    return this.m.addPort(ctx.account, ctx.region, {
      subnetId: subnet.id,
      ipAddress: address,
      name: name as string | undefined,
      deviceOwner: (device_owner as string | undefined) ?? '',
      status: 'DOWN',
      securityGroups: security_groups as string[] | undefined,
      allowedAddresses: (allowed_address_pairs as WireAllowedAddressPair[] | undefined)?.map((p) => p.ip_address),
    });
  }

  /** UpdatePort / NeutronUpdatePort: name, security_groups, allowed_address_pairs (replacing the list). */
  updatePort(ctx: CallContext, portId: string, body: unknown, api: PortApi): PortRecord {
    const op = ctx.operation;
    const errors = ERRORS[api];
    if (!isRecord(body)) throw errors.invalid(op, 'port is required');
    const port = this.showPort(ctx, portId, api);
    const { name, security_groups, allowed_address_pairs } = body;
    if (name !== undefined && (typeof name !== 'string' || name.length > RULES.portNameMax)) throw errors.invalid(op, 'name is too long');
    if (security_groups !== undefined && !isUuidList(security_groups)) throw errors.invalid(op, 'security_groups must hold UUIDs');
    if (allowed_address_pairs !== undefined && !isPairList(allowed_address_pairs)) throw errors.invalid(op, 'invalid allowed_address_pairs');
    if (typeof name === 'string') port.name = name;
    if (security_groups !== undefined) port.security_groups = [...security_groups];
    if (allowed_address_pairs !== undefined) {
      port.allowed_address_pairs = allowed_address_pairs.map((p) => (p.mac_address === undefined ? { ip_address: p.ip_address } : { ip_address: p.ip_address, mac_address: p.mac_address }));
      this.refreshVipStatuses(this.m.at(ctx));
    }
    return port;
  }

  /** "When device_id is not empty, the port cannot be deleted"; a device_owner other than neutron:VIP_PORT neither. */
  deletePort(ctx: CallContext, portId: string, api: PortApi): void {
    const r = this.m.at(ctx);
    const port = this.showPort(ctx, portId, api);
    const ownedByDevice = port.device_owner !== '' && port.device_owner !== VIP_DEVICE_OWNER;
    // A VIP port a NIC still carries is bound: refused like a port in use (inferred; no code was retrievable).
    const address = port.fixed_ips[0]?.ip_address;
    const carried = port.device_owner === VIP_DEVICE_OWNER && [...r.ports.values()].some((p) => p.allowed_address_pairs.some((a) => a.ip_address === address));
    if (port.device_id !== '' || ownedByDevice || carried || r.portJobs.has(port.id)) throw ERRORS[api].inUse(ctx.operation, port);
    r.ports.delete(port.id);
    for (const ip of r.publicips.values()) {
      if (ip.port_id === port.id) {
        delete ip.port_id;
        delete ip.private_ip_address;
        ip.status = 'DOWN';
      }
    }
  }

  // ---------- ECS NIC batch jobs ----------

  /** BatchAddServerNics: checks what the request shows at once; what only the attachment shows fails the job (Ecs.0217). */
  batchAddServerNics(ctx: CallContext, serverId: string, nics: WireBatchAddServerNic[]): string {
    const op = ctx.operation;
    const r = this.m.at(ctx);
    const server = this.m.requireServer(ctx, serverId);
    if (!SERVER_STABLE_STATUSES.has(server.status)) throw apiError(op, 'Ecs.0100', server.id);
    const pending = [...r.portJobs.values()].filter((job) => r.jobs.get(job)?.entities.server_id === server.id).length;
    if (this.nicsOf(r, server.id).length + pending + nics.length > MAX_NICS_PER_SERVER) throw apiError(op, 'Ecs.0050');
    const serverVpc = this.vpcOfServer(r, server.id);
    for (const nic of nics) {
      const subnet = r.subnets.get(nic.subnet_id);
      if (!subnet) throw apiError(op, 'Ecs.0038', nic.subnet_id);
      if (serverVpc !== null && subnet.vpc_id !== serverVpc) throw apiError(op, 'Ecs.0014');
      if (nic.port_id !== undefined) {
        const port = r.ports.get(nic.port_id);
        if (!port) throw apiError(op, 'Ecs.0307', `port [${nic.port_id}] could not be found`);
        if (port.network_id !== subnet.id) throw apiError(op, 'Ecs.0014');
      } else if (nic.ip_address !== undefined) {
        if (!ipv4InCidr(nic.ip_address, subnet.cidr)) throw apiError(op, 'Ecs.0039', nic.ip_address, subnet.id);
        if (this.m.portHolding(r, subnet.id, nic.ip_address)) throw apiError(op, 'Ecs.0010', nic.ip_address);
      }
    }
    return this.startJob(ctx, 'batchAddNics', 'attachNic', server, nics.map((nic) => this.attachStep(ctx, server, nic)));
  }

  /** BatchDeleteServerNics: the port is detached and kept; a port not attached to the server fails the job (Ecs.0611). */
  batchDeleteServerNics(ctx: CallContext, serverId: string, portIds: string[]): string {
    const op = ctx.operation;
    const r = this.m.at(ctx);
    const server = this.m.requireServer(ctx, serverId);
    if (!SERVER_STABLE_STATUSES.has(server.status)) throw apiError(op, 'Ecs.0100', server.id);
    for (const id of portIds) if (!r.ports.has(id)) throw apiError(op, 'Ecs.0307', `port [${id}] could not be found`);
    return this.startJob(
      ctx,
      'batchDeleteNics',
      'detachNic',
      server,
      portIds.map((id) => ({
        nicId: id,
        check: () => {
          const port = r.ports.get(id);
          if (!port || port.device_id !== server.id || r.portJobs.has(id)) return { code: 'Ecs.0611', reason: `port ${id} is not attached to server ${server.id}` };
          return null;
        },
        apply: () => {
          const port = r.ports.get(id);
          if (port) this.m.setAttachment(port, null);
        },
      })),
    );
  }

  showJob(ctx: CallContext, jobId: string): WireJob {
    const job = this.m.at(ctx).jobs.get(jobId);
    if (!job) throw apiError(ctx.operation, 'Common.0011');
    return job;
  }

  // ---------- internals ----------

  private attachStep(ctx: CallContext, server: ServerRecord, nic: WireBatchAddServerNic): JobStep {
    const r = this.m.at(ctx);
    return {
      nicId: nic.port_id ?? null,
      check: () => {
        if (nic.port_id === undefined) return this.m.freeIp(r, r.subnets.get(nic.subnet_id)!) === null ? { code: 'Ecs.0012', reason: 'Insufficient IP addresses.' } : null;
        const port = r.ports.get(nic.port_id);
        if (!port) return { code: 'Ecs.0217', reason: 'the port no longer exists' };
        if (port.device_id !== '' || (port.device_owner !== '' && !isComputePort(port)) || r.portJobs.get(port.id) !== undefined) {
          return { code: 'Ecs.0217', reason: `port ${port.id} is in use by ${port.device_id || port.device_owner || 'another job'}` };
        }
        return null;
      },
      apply: () => {
        const port =
          nic.port_id !== undefined
            ? r.ports.get(nic.port_id)!
            : this.m.addPort(ctx.account, ctx.region, {
                subnetId: nic.subnet_id,
                ipAddress: nic.ip_address,
                deviceOwner: '',
                securityGroups: nic.security_groups?.map((g) => g.id),
              });
        this.m.setAttachment(port, server);
        return port.id;
      },
    };
  }

  /**
   * A job RUNNING for asyncDelayMs, then SUCCESS (every step applied) or FAIL (the first step whose
   * check fails; nothing applied). Job and sub-job fields as ShowJob documents them; the job_type
   * values are inferred.
   */
  private startJob(ctx: CallContext, jobType: string, subJobType: string, server: ServerRecord, steps: JobStep[]): string {
    const r = this.m.at(ctx);
    const runtime = this.m.runtime;
    const begin = isoMs(runtime.clock.now());
    const jobId = runtime.ids.hex(32);
    const subJobs: WireSubJob[] = steps.map((step) => ({
      status: 'RUNNING',
      job_id: runtime.ids.hex(32),
      job_type: subJobType,
      begin_time: begin,
      end_time: '',
      error_code: null,
      fail_reason: null,
      entities: step.nicId ? { server_id: server.id, nic_id: step.nicId } : { server_id: server.id },
    }));
    const job: WireJob = {
      status: 'RUNNING',
      job_id: jobId,
      job_type: jobType,
      begin_time: begin,
      end_time: '',
      error_code: null,
      fail_reason: null,
      entities: { server_id: server.id, sub_jobs_total: subJobs.length, sub_jobs: subJobs },
    };
    r.jobs.set(jobId, job);
    for (const step of steps) if (step.nicId) r.portJobs.set(step.nicId, jobId);
    runtime.scheduler.after(this.m.asyncDelayMs, () => {
      for (const step of steps) if (step.nicId && r.portJobs.get(step.nicId) === jobId) r.portJobs.delete(step.nicId);
      const end = isoMs(runtime.clock.now());
      const failures = steps.map((step) => step.check());
      const failed = failures.find((f) => f !== null);
      const finish = (status: JobStatus) => {
        job.status = status;
        job.end_time = end;
        subJobs.forEach((sub, i) => {
          sub.end_time = end;
          const failure = failures[i];
          sub.status = failure ? 'FAIL' : status === 'FAIL' ? 'FAIL' : 'SUCCESS';
          if (failure) {
            sub.error_code = failure.code;
            sub.fail_reason = failure.reason;
            sub.entities.errorcode_message = failure.reason;
          }
        });
      };
      if (failed) {
        job.error_code = failed.code;
        job.fail_reason = failed.reason;
        finish('FAIL');
        return;
      }
      steps.forEach((step, i) => {
        const nicId = step.apply();
        if (nicId) subJobs[i]!.entities.nic_id = nicId;
      });
      finish('SUCCESS');
    });
    return jobId;
  }

  private nicsOf(r: RegionState, serverId: string): PortRecord[] {
    return [...r.ports.values()].filter((p) => p.device_id === serverId && isComputePort(p));
  }

  /** The VPC of a server: that of its NICs' subnets (servers carry no VPC of their own here). */
  private vpcOfServer(r: RegionState, serverId: string): string | null {
    const nic = this.nicsOf(r, serverId)[0];
    return nic ? (r.subnets.get(nic.network_id)?.vpc_id ?? null) : null;
  }

  /** A VIP port is ACTIVE while a port carries its address, DOWN otherwise (what the ECS bind API does too). */
  refreshVipStatuses(r: RegionState): void {
    const carried = new Set<string>();
    for (const p of r.ports.values()) for (const pair of p.allowed_address_pairs) carried.add(pair.ip_address);
    for (const p of r.ports.values()) {
      if (p.device_owner !== VIP_DEVICE_OWNER) continue;
      const address = p.fixed_ips[0]?.ip_address;
      p.status = address !== undefined && carried.has(address) ? 'ACTIVE' : 'DOWN';
    }
  }
}

interface JobStep {
  /** The NIC (port) the step concerns, when known before it runs. */
  nicId: string | null;
  /** Why the step fails when the job runs, or null. */
  check(): { code: string; reason: string } | null;
  /** Applies the change; returns the NIC id when the step created it. */
  apply(): string | void;
}

/** ECS job times: ISO 8601 with milliseconds in UTC (format inferred). */
const isoMs = (ms: number): string => new Date(ms).toISOString();
