import type { MutationHandlers, MutationInput, MutationOutput } from '../../domain/adapter';
import { classify } from '../../domain/catalog';
import { failed, ok, type ProviderFailure, type Result } from '../../domain/errors';
import type { Partition, ResourceRef } from '../../domain/resources';
import { HuaweiClient, type CallSpec } from './client';
import { huaweiCatalog } from './error-catalog';
import { toElasticIp, toNetworkInterface, toVifPeer, toVirtualIp } from './mapping';
import {
  chargeModeOf,
  rejection,
  validateAllocateElasticIp,
  validateBindVirtualIp,
  validateCreatePort,
  validateCreateVifPeer,
  validateCreateVirtualIp,
  validateServerNic,
  validateUpdatePort,
  validateUpdateVifPeer,
  validateVirtualIpBinding,
  type NicBindOption,
} from './validation';
import {
  OPERATIONS as OP,
  PATHS,
  VIP_DEVICE_OWNER,
  type WireAllowedAddressPair,
  type WireBatchAddServerNicsRequest,
  type WireBatchDeleteServerNicsRequest,
  type WireCreatePortRequest,
  type WireCreatePublicipRequest,
  type WireCreateVifPeerRequest,
  type WireJobIdResponse,
  type WireListPortsResponse,
  type WireNeutronPortResponse,
  type WireNicBindRequest,
  type WirePort,
  type WirePortIdResponse,
  type WirePublicipResponse,
  type WireShowPortResponse,
  type WireUpdatePortRequest,
  type WireUpdatePublicipRequest,
  type WireUpdateVifPeerRequest,
  type WireVifPeerResponse,
} from './wire';

/**
 * The mutation handlers of the Huawei adapter: provider validation before the wire, the wire
 * call(s), the answer mapped to MutationOutput. Huawei documents no idempotency token, so every
 * write is sent once and never repeated after an UNKNOWN outcome (the client's retry layer decides).
 */

export interface MutationContext {
  clientFor(p: Partition): HuaweiClient | ProviderFailure;
}

const READ = { safeToRepeat: true } as const;
const WRITE = { safeToRepeat: false } as const;

/** Used for the bandwidth of an EIP allocated without a name: bandwidth.name is required with share_type PER. */
export const DEFAULT_BANDWIDTH_NAME = 'netplane-eip';

type Handlers = Pick<
  MutationHandlers,
  | 'createNetworkInterface'
  | 'updateNetworkInterface'
  | 'deleteNetworkInterface'
  | 'attachNetworkInterface'
  | 'detachNetworkInterface'
  | 'createVirtualIp'
  | 'deleteVirtualIp'
  | 'bindVirtualIp'
  | 'unbindVirtualIp'
  | 'allocateElasticIp'
  | 'releaseElasticIp'
  | 'associateElasticIp'
  | 'unassociateElasticIp'
  | 'createVifPeer'
  | 'updateVifPeer'
  | 'deleteVifPeer'
>;

export function huaweiMutations({ clientFor }: MutationContext): Handlers {
  /** Resolves the partition's client, then runs `body` with it; a missing partition fails without a call. */
  async function withClient<T>(p: Partition, body: (client: HuaweiClient) => Promise<Result<T>>): Promise<Result<T>> {
    const client = clientFor(p);
    if (!(client instanceof HuaweiClient)) return failed(client);
    return body(client);
  }

  const showPort = (client: HuaweiClient, portId: string) =>
    client.call<WireShowPortResponse>(OP.showPort, { method: 'GET', service: 'vpc', path: PATHS.port(client.projectId, portId) }, READ);

  const neutronShowPort = (client: HuaweiClient, portId: string) =>
    client.call<WireNeutronPortResponse>(OP.neutronShowPort, { method: 'GET', service: 'neutron', path: PATHS.neutronPort(portId) }, READ);

  /** The VIP port holding `address` (device_owner neutron:VIP_PORT), or null when none does. */
  async function vipPortByAddress(client: HuaweiClient, address: string, networkId?: string): Promise<Result<string | null>> {
    const query: Array<readonly [string, string]> = [
      ['device_owner', VIP_DEVICE_OWNER],
      ['fixed_ips', `ip_address=${address}`],
    ];
    if (networkId) query.push(['network_id', networkId]);
    const res = await client.call<WireListPortsResponse>(OP.listPorts, { method: 'GET', service: 'vpc', path: PATHS.ports(client.projectId), query }, READ);
    if (!res.ok) return res;
    const vip = (res.value?.ports ?? []).find((p) => p.device_owner === VIP_DEVICE_OWNER && p.fixed_ips?.some((f) => f.ip_address === address));
    return ok(vip?.id ?? null, res.requestId);
  }

  /**
   * The NEUTRON_ALLOWED_ADDRESS_PAIRS method: the VIP's address joins or leaves the NIC port's
   * allowed_address_pairs. Every read comes before the write: once the port changed, the answer
   * must be the change's.
   */
  async function neutronPairs(
    client: HuaweiClient,
    nic: ResourceRef,
    input: { virtualIpId?: string; ipAddress?: string },
    change: 'add' | 'remove',
  ): Promise<Result<MutationOutput>> {
    const target = input.virtualIpId !== undefined ? await vipAddress(client, input.virtualIpId) : ok({ address: input.ipAddress!, networkId: undefined });
    if (!target.ok) return target;
    const vipId = input.virtualIpId !== undefined ? ok(input.virtualIpId) : await vipPortByAddress(client, target.value.address);
    if (!vipId.ok) return vipId;
    const changed = await changeAllowedPairs(client, nic.nativeId, target.value.address, change);
    if (!changed.ok) return changed;
    return ok({ virtualIpNativeId: vipId.value }, changed.requestId);
  }

  /** The address of a VIP port (virtualIpId), for the methods that work with addresses. */
  async function vipAddress(client: HuaweiClient, vipId: string): Promise<Result<{ address: string; networkId: string }>> {
    const res = await showPort(client, vipId);
    if (!res.ok) return res;
    const port = res.value?.port;
    const address = port?.fixed_ips?.[0]?.ip_address;
    if (!port || typeof address !== 'string') return failed(missingField(OP.showPort, 'port.fixed_ips', res.requestId));
    return ok({ address, networkId: port.network_id }, res.requestId);
  }

  /** A write whose answer carries nothing netplane needs (204, or a body re-read by the GraphQL layer). */
  async function write(client: HuaweiClient, operation: string, spec: CallSpec, out: MutationOutput = {}): Promise<Result<MutationOutput>> {
    const res = await client.call<unknown>(operation, spec, WRITE);
    return res.ok ? ok(out, res.requestId) : res;
  }

  /** Adds or removes an address in a port's allowed_address_pairs through the Neutron-compatible API. */
  async function changeAllowedPairs(
    client: HuaweiClient,
    nicId: string,
    address: string,
    change: 'add' | 'remove',
  ): Promise<Result<null>> {
    const shown = await neutronShowPort(client, nicId);
    if (!shown.ok) return shown;
    const pairs: WireAllowedAddressPair[] = shown.value?.port?.allowed_address_pairs ?? [];
    const carried = pairs.some((p) => p.ip_address === address);
    if (change === 'add' && carried) return ok(null, shown.requestId);
    if (change === 'remove' && !carried) {
      // Unbinding what is not bound: Neutron would accept the unchanged list, netplane refuses it before the write.
      return failed(
        rejection(huaweiCatalog.require(OP.neutronUpdatePort, 'InvalidInput'), OP.neutronUpdatePort, 'allowed_address_pairs', `ip_address ${address} is not bound to port ${nicId}`),
      );
    }
    const next = change === 'add' ? [...pairs, { ip_address: address }] : pairs.filter((p) => p.ip_address !== address);
    const body: WireUpdatePortRequest = { port: { allowed_address_pairs: next } };
    const res = await client.call<WireNeutronPortResponse>(OP.neutronUpdatePort, { method: 'PUT', service: 'neutron', path: PATHS.neutronPort(nicId), body }, WRITE);
    return res.ok ? ok(null, res.requestId) : res;
  }

  return {
    // ---------- network interfaces (VPC ports, ECS NIC jobs) ----------

    async createNetworkInterface(p: Partition, input: MutationInput<'createNetworkInterface'>): Promise<Result<MutationOutput>> {
      const rejected = validateCreatePort(input);
      if (rejected) return failed(rejected);
      return withClient(p, async (client) => {
        const body: WireCreatePortRequest = { port: { network_id: input.vSwitchId } };
        if (input.networkInterfaceName !== undefined) body.port.name = input.networkInterfaceName;
        if (input.primaryIpAddress !== undefined) body.port.fixed_ips = [{ ip_address: input.primaryIpAddress }];
        if (input.securityGroupIds !== undefined) body.port.security_groups = input.securityGroupIds;
        const res = await client.call<WireShowPortResponse>(OP.createPort, { method: 'POST', service: 'vpc', path: PATHS.ports(client.projectId), body }, WRITE);
        if (!res.ok) return res;
        const port = res.value?.port;
        if (!port || typeof port.id !== 'string') return failed(missingField(OP.createPort, 'port', res.requestId));
        return ok({ nativeId: port.id, created: toNetworkInterface(p, port) }, res.requestId);
      });
    },

    async updateNetworkInterface(ref: ResourceRef, input: MutationInput<'updateNetworkInterface'>): Promise<Result<MutationOutput>> {
      const rejected = validateUpdatePort(ref.nativeId, input);
      if (rejected) return failed(rejected);
      return withClient(ref, (client) => {
        const body: WireUpdatePortRequest = { port: {} };
        if (input.networkInterfaceName !== undefined) body.port.name = input.networkInterfaceName;
        if (input.securityGroupIds !== undefined) body.port.security_groups = input.securityGroupIds;
        return write(client, OP.updatePort, { method: 'PUT', service: 'vpc', path: PATHS.port(client.projectId, ref.nativeId), body });
      });
    },

    async deleteNetworkInterface(ref: ResourceRef): Promise<Result<MutationOutput>> {
      return withClient(ref, (client) => write(client, OP.deletePort, { method: 'DELETE', service: 'vpc', path: PATHS.port(client.projectId, ref.nativeId) }));
    },

    /** BatchAddServerNics with the existing port: its network (read with ShowPort) is the NIC's subnet_id. */
    async attachNetworkInterface(ref: ResourceRef, input: MutationInput<'attachNetworkInterface'>): Promise<Result<MutationOutput>> {
      const rejected = validateServerNic(OP.batchAddServerNics, input.instanceId, ref.nativeId);
      if (rejected) return failed(rejected);
      return withClient(ref, async (client) => {
        const shown = await showPort(client, ref.nativeId);
        if (!shown.ok) return shown;
        const networkId = shown.value?.port?.network_id;
        if (typeof networkId !== 'string') return failed(missingField(OP.showPort, 'port.network_id', shown.requestId));
        const body: WireBatchAddServerNicsRequest = { nics: [{ subnet_id: networkId, port_id: ref.nativeId }] };
        return jobOf(client, OP.batchAddServerNics, { method: 'POST', service: 'ecs', path: PATHS.serverNics(client.projectId, input.instanceId), body });
      });
    },

    /** BatchDeleteServerNics: the port is detached and kept. The server is the port's device_id unless given. */
    async detachNetworkInterface(ref: ResourceRef, input: MutationInput<'detachNetworkInterface'>): Promise<Result<MutationOutput>> {
      return withClient(ref, async (client) => {
        let serverId = input.instanceId;
        if (serverId === undefined) {
          const shown = await showPort(client, ref.nativeId);
          if (!shown.ok) return shown;
          serverId = shown.value?.port?.device_id || undefined;
        }
        const rejected = validateServerNic(OP.batchDeleteServerNics, serverId, ref.nativeId);
        if (rejected) return failed(serverId === undefined ? { ...rejected, message: `${rejected.message.replace(/\.$/, '')} (the port is attached to no server).` } : rejected);
        const body: WireBatchDeleteServerNicsRequest = { nics: [{ id: ref.nativeId }] };
        return jobOf(client, OP.batchDeleteServerNics, { method: 'POST', service: 'ecs', path: PATHS.serverNicsDelete(client.projectId, serverId!), body });
      });
    },

    // ---------- virtual IPs (VIP ports) ----------

    /** CreatePort with device_owner neutron:VIP_PORT: CreatePrivateip takes no device_owner. */
    async createVirtualIp(p: Partition, input: MutationInput<'createVirtualIp'>): Promise<Result<MutationOutput>> {
      const rejected = validateCreateVirtualIp(input);
      if (rejected) return failed(rejected);
      return withClient(p, async (client) => {
        const body: WireCreatePortRequest = { port: { network_id: input.subnetId, device_owner: VIP_DEVICE_OWNER } };
        if (input.ipAddress !== undefined) body.port.fixed_ips = [{ ip_address: input.ipAddress }];
        const res = await client.call<WireShowPortResponse>(OP.createPort, { method: 'POST', service: 'vpc', path: PATHS.ports(client.projectId), body }, WRITE);
        if (!res.ok) return res;
        const port = res.value?.port;
        if (!port || typeof port.id !== 'string') return failed(missingField(OP.createPort, 'port', res.requestId));
        return ok({ nativeId: port.id, created: toVirtualIp(p, port, []) }, res.requestId);
      });
    },

    /** DeletePort: a VIP port is the only owned port it deletes (refused while a NIC carries the address). */
    async deleteVirtualIp(ref: ResourceRef): Promise<Result<MutationOutput>> {
      return withClient(ref, (client) => write(client, OP.deletePort, { method: 'DELETE', service: 'vpc', path: PATHS.port(client.projectId, ref.nativeId) }));
    },

    async bindVirtualIp(nic: ResourceRef, input: MutationInput<'bindVirtualIp'>): Promise<Result<MutationOutput>> {
      const neutron = input.method === 'NEUTRON_ALLOWED_ADDRESS_PAIRS';
      const operation = neutron ? OP.neutronUpdatePort : OP.associateServerVirtualIp;
      const rejected = validateVirtualIpBinding(operation, nic.nativeId, input, neutron);
      if (rejected) return failed(rejected);
      if (neutron && input.reverseBinding !== undefined) {
        return failed(rejection(huaweiCatalog.require(operation, 'InvalidInput'), operation, 'reverse_binding', 'reverse_binding applies to the ECS_NIC method only'));
      }
      return withClient(nic, async (client) => {
        if (neutron) return neutronPairs(client, nic, input, 'add');
        const option: NicBindOption = { subnetId: input.subnetId, ipAddress: input.ipAddress, reverseBinding: input.reverseBinding };
        if (input.virtualIpId !== undefined) {
          const target = await vipAddress(client, input.virtualIpId);
          if (!target.ok) return target;
          option.subnetId = target.value.networkId;
          option.ipAddress = target.value.address;
        }
        const invalid = validateBindVirtualIp(nic.nativeId, option);
        if (invalid) return failed(invalid);
        const body: WireNicBindRequest = { nic: { subnet_id: option.subnetId!, ip_address: option.ipAddress! } };
        if (option.reverseBinding !== undefined) body.nic.reverse_binding = option.reverseBinding;
        const res = await client.call<WirePortIdResponse>(OP.associateServerVirtualIp, { method: 'PUT', service: 'ecs', path: PATHS.nic(client.projectId, nic.nativeId), body }, WRITE);
        if (!res.ok) return res;
        const portId = res.value?.port_id;
        if (typeof portId !== 'string') return failed(missingField(OP.associateServerVirtualIp, 'port_id', res.requestId));
        return ok({ virtualIpNativeId: portId, virtualIpPortId: portId }, res.requestId);
      });
    },

    /**
     * ECS_NIC: the seed's PUT with empty subnet_id and ip_address takes every virtual IP off the NIC; the
     * VIP reported is the one given, else the first the NIC carried. NEUTRON: the one address leaves
     * the port's allowed_address_pairs.
     */
    async unbindVirtualIp(nic: ResourceRef, input: MutationInput<'unbindVirtualIp'>): Promise<Result<MutationOutput>> {
      const neutron = input.method === 'NEUTRON_ALLOWED_ADDRESS_PAIRS';
      const operation = neutron ? OP.neutronUpdatePort : OP.disassociateServerVirtualIp;
      const rejected = validateVirtualIpBinding(operation, nic.nativeId, input, neutron);
      if (rejected) return failed(rejected);
      return withClient(nic, async (client) => {
        if (neutron) return neutronPairs(client, nic, input, 'remove');
        let vipId: string | null = input.virtualIpId ?? null;
        if (vipId === null) {
          const shown = await showPort(client, nic.nativeId);
          if (!shown.ok) return shown;
          const carried: WirePort['allowed_address_pairs'] = shown.value?.port?.allowed_address_pairs ?? [];
          const first = carried[0]?.ip_address;
          if (first !== undefined) {
            const found = await vipPortByAddress(client, first);
            if (!found.ok) return found;
            vipId = found.value;
          }
        }
        const body: WireNicBindRequest = { nic: { subnet_id: '', ip_address: '' } };
        return write(client, OP.disassociateServerVirtualIp, { method: 'PUT', service: 'ecs', path: PATHS.nic(client.projectId, nic.nativeId), body }, { virtualIpNativeId: vipId });
      });
    },

    // ---------- elastic IPs (publicips v1) ----------

    async allocateElasticIp(p: Partition, input: MutationInput<'allocateElasticIp'>): Promise<Result<MutationOutput>> {
      const rejected = validateAllocateElasticIp(input);
      if (rejected) return failed(rejected);
      return withClient(p, async (client) => {
        const body: WireCreatePublicipRequest = {
          publicip: { type: input.ipType ?? '5_bgp', ip_version: 4 },
          bandwidth: { name: input.name ?? DEFAULT_BANDWIDTH_NAME, size: input.bandwidthMbps!, share_type: 'PER', charge_mode: chargeModeOf(input.chargeMode) },
        };
        const res = await client.call<WirePublicipResponse>(OP.createPublicip, { method: 'POST', service: 'vpc', path: PATHS.publicips(client.projectId), body }, WRITE);
        if (!res.ok) return res;
        const ip = res.value?.publicip;
        if (!ip || typeof ip.id !== 'string') return failed(missingField(OP.createPublicip, 'publicip', res.requestId));
        return ok({ nativeId: ip.id, created: toElasticIp(p, ip) }, res.requestId);
      });
    },

    async releaseElasticIp(ref: ResourceRef): Promise<Result<MutationOutput>> {
      return withClient(ref, (client) => write(client, OP.deletePublicip, { method: 'DELETE', service: 'vpc', path: PATHS.publicip(client.projectId, ref.nativeId) }));
    },

    async associateElasticIp(ref: ResourceRef, input: MutationInput<'associateElasticIp'>): Promise<Result<MutationOutput>> {
      const body: WireUpdatePublicipRequest = { publicip: { port_id: input.instanceId } };
      return withClient(ref, (client) => write(client, OP.updatePublicip, { method: 'PUT', service: 'vpc', path: PATHS.publicip(client.projectId, ref.nativeId), body }));
    },

    /** UpdatePublicip with port_id null: "when empty, the binding is removed" (inferred from the EIP update pages). */
    async unassociateElasticIp(ref: ResourceRef): Promise<Result<MutationOutput>> {
      const body: WireUpdatePublicipRequest = { publicip: { port_id: null } };
      return withClient(ref, (client) => write(client, OP.updatePublicip, { method: 'PUT', service: 'vpc', path: PATHS.publicip(client.projectId, ref.nativeId), body }));
    },

    // ---------- VIF peers (DCaaS v3) ----------

    async createVifPeer(p: Partition, input: MutationInput<'createVifPeer'>): Promise<Result<MutationOutput>> {
      const rejected = validateCreateVifPeer(input);
      if (rejected) return failed(rejected);
      return withClient(p, async (client) => {
        const body: WireCreateVifPeerRequest = {
          vif_peer: {
            name: input.name!,
            address_family: input.addressFamily!.toLowerCase(),
            local_gateway_ip: input.localGatewayIp!,
            remote_gateway_ip: input.remoteGatewayIp!,
            vif_id: input.vifId!,
          },
        };
        if (input.description !== undefined) body.vif_peer.description = input.description;
        if (input.routeMode !== undefined) body.vif_peer.route_mode = input.routeMode.toLowerCase();
        if (input.bgpAsn !== undefined) body.vif_peer.bgp_asn = input.bgpAsn;
        if (input.bgpMd5 !== undefined) body.vif_peer.bgp_md5 = input.bgpMd5;
        if (input.remoteEpGroup !== undefined) body.vif_peer.remote_ep_group = input.remoteEpGroup;
        const res = await client.call<WireVifPeerResponse>(OP.createVifPeer, { method: 'POST', service: 'dcaas', path: PATHS.vifPeers(client.projectId), body }, WRITE);
        if (!res.ok) return res;
        const peer = res.value?.vif_peer;
        if (!peer || typeof peer.id !== 'string') return failed(missingField(OP.createVifPeer, 'vif_peer', res.requestId));
        return ok({ nativeId: peer.id, created: toVifPeer(p, peer, input.vifId) }, res.requestId);
      });
    },

    async updateVifPeer(ref: ResourceRef, input: MutationInput<'updateVifPeer'>): Promise<Result<MutationOutput>> {
      const rejected = validateUpdateVifPeer(ref.nativeId, input);
      if (rejected) return failed(rejected);
      return withClient(ref, (client) => {
        const body: WireUpdateVifPeerRequest = { vif_peer: {} };
        if (input.name !== undefined) body.vif_peer.name = input.name;
        if (input.description !== undefined) body.vif_peer.description = input.description;
        if (input.remoteEpGroup !== undefined) body.vif_peer.remote_ep_group = input.remoteEpGroup;
        return write(client, OP.updateVifPeer, { method: 'PUT', service: 'dcaas', path: PATHS.vifPeer(client.projectId, ref.nativeId), body });
      });
    },

    async deleteVifPeer(ref: ResourceRef): Promise<Result<MutationOutput>> {
      return withClient(ref, (client) => write(client, OP.deleteVifPeer, { method: 'DELETE', service: 'dcaas', path: PATHS.vifPeer(client.projectId, ref.nativeId) }));
    },
  };
}

/** An ECS batch NIC call answers {"job_id"}: the change runs as a job (ShowJob). */
async function jobOf(client: HuaweiClient, operation: string, spec: CallSpec): Promise<Result<MutationOutput>> {
  const res = await client.call<WireJobIdResponse>(operation, spec, WRITE);
  if (!res.ok) return res;
  const jobId = res.value?.job_id;
  if (typeof jobId !== 'string') return failed(missingField(operation, 'job_id', res.requestId));
  return ok({ jobId }, res.requestId);
}

/** A 2xx whose body lacks what the operation documents: the change may have happened. */
export function missingField(operation: string, field: string, requestId: string | null): ProviderFailure {
  return {
    ...classify(huaweiCatalog, { operation, code: 'netplane.MalformedProviderResponse', httpStatus: 200, message: `The provider's answer has no ${field}.`, requestId }),
    outcome: 'UNKNOWN',
  };
}
