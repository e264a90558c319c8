import { ok, type Result } from '../../domain/errors';
import type { ProviderAdapter } from '../../domain/adapter';
import type { MutationName } from '../../domain/mutations';
import type { RequestScope } from '../../domain/request-scope';
import type { Partition, ResourceRef } from '../../domain/resources';

/**
 * Huawei Cloud takes no idempotency token. After a call whose outcome is unknown (a timeout after
 * sending, a gateway that died mid-call), a retry first asks the provider whether the change it
 * asked for is already there — through the adapter's own reads — and answers the resource found
 * instead of calling again (which would make a duplicate, or get the provider's "already" error).
 * Only mutations that are not naturally idempotent and whose result can be told apart from what
 * existed before are reconciled; for the others the answer is null ("not found": call again).
 */

type Reads = Pick<ProviderAdapter, 'listNetworkInterfaces' | 'listVirtualIps' | 'listElasticIps' | 'listVifPeers'>;
type Found = Result<{ nativeId: string } | null>;
type Reconciler = (reads: Reads, target: Partition | ResourceRef, input: Record<string, unknown>) => Promise<Found>;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const refOf = (target: Partition | ResourceRef): ResourceRef | null => ('nativeId' in target ? target : null);

const RECONCILERS: Partial<Record<MutationName, Reconciler>> = {
  /** A port with the asked fixed IP in the asked subnet (an address is unique in a subnet; without one a new port cannot be told from an old one). */
  async createNetworkInterface(reads, target, input) {
    const address = str(input['primaryIpAddress']);
    const subnetId = str(input['vSwitchId']);
    if (!address || !subnetId) return ok(null);
    const listed = await reads.listNetworkInterfaces(target, { subnetId, ipAddress: address });
    if (!listed.ok) return listed;
    const found = listed.value.find((n) => n.subnetId === subnetId && n.primaryIp === address);
    return ok(found ? { nativeId: found.nativeId } : null, listed.requestId);
  },

  /** A virtual IP with the asked address in the asked subnet. */
  async createVirtualIp(reads, target, input) {
    const address = str(input['ipAddress']);
    const subnetId = str(input['subnetId']);
    if (!address || !subnetId) return ok(null);
    const listed = await reads.listVirtualIps(target, { subnetId, address });
    if (!listed.ok) return listed;
    const found = listed.value.find((v) => v.address === address && v.subnetId === subnetId);
    return ok(found ? { nativeId: found.nativeId } : null, listed.requestId);
  },

  /** The EIP now bound to the asked port. */
  async associateElasticIp(reads, target, input) {
    const eip = refOf(target);
    const portId = str(input['instanceId']);
    if (!eip || !portId) return ok(null);
    const listed = await reads.listElasticIps(eip, { ids: [eip.nativeId] });
    if (!listed.ok) return listed;
    const found = listed.value.find((e) => e.nativeId === eip.nativeId && e.boundTo?.targetId === portId);
    return ok(found ? { nativeId: found.nativeId } : null, listed.requestId);
  },

  /** The NIC now carrying the asked virtual IP's address. */
  async bindVirtualIp(reads, target, input) {
    const nic = refOf(target);
    if (!nic) return ok(null);
    let address = str(input['ipAddress']);
    const vipId = str(input['virtualIpId']);
    if (vipId) {
      const vips = await reads.listVirtualIps(nic, { ids: [vipId] });
      if (!vips.ok) return vips;
      address = vips.value.find((v) => v.nativeId === vipId)?.address;
    }
    if (!address) return ok(null);
    const listed = await reads.listNetworkInterfaces(nic, { ids: [nic.nativeId] });
    if (!listed.ok) return listed;
    const found = listed.value.find((n) => n.nativeId === nic.nativeId && n.virtualIpAddresses.includes(address!));
    return ok(found ? { nativeId: found.nativeId } : null, listed.requestId);
  },

  /** The NIC now attached to the asked server. */
  async attachNetworkInterface(reads, target, input) {
    const nic = refOf(target);
    const instanceId = str(input['instanceId']);
    if (!nic || !instanceId) return ok(null);
    const listed = await reads.listNetworkInterfaces(nic, { ids: [nic.nativeId] });
    if (!listed.ok) return listed;
    const found = listed.value.find((n) => n.nativeId === nic.nativeId && n.attachment?.instanceId === instanceId);
    return ok(found ? { nativeId: found.nativeId } : null, listed.requestId);
  },

  /** A peer on the asked virtual interface with the asked name and gateway addresses. */
  async createVifPeer(reads, target, input) {
    const vifId = str(input['vifId']);
    if (!vifId) return ok(null);
    const listed = await reads.listVifPeers(target, { virtualInterfaceId: vifId });
    if (!listed.ok) return listed;
    const found = listed.value.find(
      (p) =>
        p.virtualInterfaceId === vifId &&
        p.name === (str(input['name']) ?? p.name) &&
        p.localGatewayIp === (str(input['localGatewayIp']) ?? p.localGatewayIp) &&
        p.remoteGatewayIp === (str(input['remoteGatewayIp']) ?? p.remoteGatewayIp),
    );
    return ok(found ? { nativeId: found.nativeId } : null, listed.requestId);
  },
};

/** The adapter's reads, made for the request a reconcile serves. */
function readsFor(reads: Reads, scope: RequestScope | undefined): Reads {
  return {
    listNetworkInterfaces: (p, q) => reads.listNetworkInterfaces(p, q, scope),
    listVirtualIps: (p, q) => reads.listVirtualIps(p, q, scope),
    listElasticIps: (p, q) => reads.listElasticIps(p, q, scope),
    listVifPeers: (p, q) => reads.listVifPeers(p, q, scope),
  };
}

/** The adapter's `reconcile`: null for mutations without a reconciler (naturally idempotent, or not decidable). */
export function huaweiReconcile(reads: Reads): NonNullable<ProviderAdapter['reconcile']> {
  return (mutation, target, input, scope) => RECONCILERS[mutation]?.(readsFor(reads, scope), target, input) ?? Promise.resolve(ok(null));
}
