import { randomUUID } from 'node:crypto';
import { classify, formatMessage } from '../../domain/catalog';
import { failed, ok, type Result } from '../../domain/errors';
import type { MutationHandlers, MutationOutput } from '../../domain/mutations';
import type { Partition, ResourceRef } from '../../domain/resources';
import type { AlibabaClient } from './client';
import { alibabaCatalog } from './error-catalog';
import { toNetworkInterface } from './mapping';
import { wireParams } from './mutation-params';
import { validateParams } from './validation';
import {
  CLIENT_TOKEN_ACTIONS,
  flattenParams,
  type Action,
  type WireAllocateEipAddressResponse,
  type WireAssignPrivateIpAddressesResponse,
  type WireCreateBgpPeerResponse,
  type WireCreateHaVipResponse,
  type WireCreateNetworkInterfaceResponse,
  type WireDescribeNetworkInterfacesResponse,
  type WireParams,
} from './wire';

/**
 * The Alibaba side of every mutation: the wire call (parameters from the descriptor, the target's
 * id parameter added here), validation before the wire, and the answer mapped to MutationOutput.
 */

export interface MutationDeps {
  clientFor(partition: Partition): AlibabaClient | null;
  notConfigured<T>(partition: Partition, action: Action): Result<T>;
}

export function alibabaMutationHandlers({ clientFor, notConfigured }: MutationDeps): MutationHandlers {
  /**
   * Validates, then calls once through the retry layer. Actions that document a ClientToken carry
   * one per logical mutation (the caller's or a fresh one) reused by every retry, and only they are
   * repeated after an unknown outcome; the others are never repeated once they may have applied.
   */
  async function mutate<R>(partition: Partition, action: Action, params: WireParams): Promise<Result<R>> {
    const client = clientFor(partition);
    if (!client) return notConfigured(partition, action);
    const tokened = CLIENT_TOKEN_ACTIONS.has(action);
    const sent: WireParams = { ...params, RegionId: partition.region };
    if (tokened) sent['ClientToken'] = params['ClientToken'] ?? randomUUID();
    const rejected = validateParams(action, flattenParams(sent));
    if (rejected) return failed(rejected);
    return client.call<R>(action, sent, { safeToRepeat: tokened });
  }

  /** A call whose answer carries nothing beyond the request id. */
  async function change(partition: Partition, action: Action, params: WireParams, output: MutationOutput = {}): Promise<Result<MutationOutput>> {
    const result = await mutate<{ RequestId: string }>(partition, action, params);
    return result.ok ? ok(output, result.requestId) : result;
  }

  /**
   * The instance an ENI is attached to, read with DescribeNetworkInterfaces. An ENI the read does
   * not find, or finds unattached, is answered as DetachNetworkInterface would answer it
   * (InvalidEniId.NotFound / InvalidOperation.InvalidEniState) without the detach call; the
   * request id is the read's.
   */
  async function attachedInstance(eni: ResourceRef): Promise<Result<string>> {
    const client = clientFor(eni);
    if (!client) return notConfigured(eni, 'DescribeNetworkInterfaces');
    const read = await client.call<WireDescribeNetworkInterfacesResponse>(
      'DescribeNetworkInterfaces',
      { RegionId: eni.region, NetworkInterfaceId: [eni.nativeId], MaxResults: 10 },
      { safeToRepeat: true },
    );
    if (!read.ok) return read;
    const found = (read.value.NetworkInterfaceSets?.NetworkInterfaceSet ?? []).find((e) => e.NetworkInterfaceId === eni.nativeId);
    const instanceId = found?.Attachment?.InstanceId || found?.InstanceId;
    if (instanceId) return ok(instanceId, read.requestId);
    const [code, detail] = found
      ? ['InvalidOperation.InvalidEniState', `The network interface ${eni.nativeId} is ${found.Status} and attached to no instance.`]
      : ['InvalidEniId.NotFound', `The specified NetworkInterfaceId "${eni.nativeId}" does not exist.`];
    const entry = alibabaCatalog.require('DetachNetworkInterface', code);
    return failed(
      classify(alibabaCatalog, {
        operation: 'DetachNetworkInterface',
        code,
        httpStatus: entry.httpStatus,
        message: /%s/.test(entry.message) ? formatMessage(entry.message, detail) : entry.message,
        requestId: read.requestId,
      }),
    );
  }

  return {
    // ---------- NetworkInterface (ECS) ----------
    async createNetworkInterface(partition, input) {
      const result = await mutate<WireCreateNetworkInterfaceResponse>(
        partition,
        'CreateNetworkInterface',
        wireParams('createNetworkInterface', 'CreateNetworkInterface', input),
      );
      if (!result.ok) return result;
      return ok({ nativeId: result.value.NetworkInterfaceId, created: toNetworkInterface(partition, result.value) }, result.requestId);
    },
    updateNetworkInterface: (eni, input) =>
      change(eni, 'ModifyNetworkInterfaceAttribute', {
        NetworkInterfaceId: eni.nativeId,
        ...wireParams('updateNetworkInterface', 'ModifyNetworkInterfaceAttribute', input),
      }),
    deleteNetworkInterface: (eni) => change(eni, 'DeleteNetworkInterface', { NetworkInterfaceId: eni.nativeId }),
    attachNetworkInterface: (eni, input) =>
      change(eni, 'AttachNetworkInterface', {
        NetworkInterfaceId: eni.nativeId,
        ...wireParams('attachNetworkInterface', 'AttachNetworkInterface', input),
      }),
    async detachNetworkInterface(eni, input) {
      let instanceId = input.instanceId;
      if (instanceId === undefined) {
        const read = await attachedInstance(eni);
        if (!read.ok) return read;
        instanceId = read.value;
      }
      return change(eni, 'DetachNetworkInterface', { NetworkInterfaceId: eni.nativeId, InstanceId: instanceId });
    },
    async assignPrivateIpAddresses(eni, input) {
      const result = await mutate<WireAssignPrivateIpAddressesResponse>(eni, 'AssignPrivateIpAddresses', {
        NetworkInterfaceId: eni.nativeId,
        ...wireParams('assignPrivateIpAddresses', 'AssignPrivateIpAddresses', input),
      });
      if (!result.ok) return result;
      return ok({ assignedPrivateIps: result.value.AssignedPrivateIpAddressesSet?.PrivateIpSet?.PrivateIpAddress ?? [] }, result.requestId);
    },
    unassignPrivateIpAddresses: (eni, input) =>
      change(eni, 'UnassignPrivateIpAddresses', {
        NetworkInterfaceId: eni.nativeId,
        ...wireParams('unassignPrivateIpAddresses', 'UnassignPrivateIpAddresses', input),
      }),

    // ---------- VirtualIp (VPC HaVip) ----------
    async createVirtualIp(partition, input) {
      const result = await mutate<WireCreateHaVipResponse>(partition, 'CreateHaVip', wireParams('createVirtualIp', 'CreateHaVip', input));
      return result.ok ? ok({ nativeId: result.value.HaVipId }, result.requestId) : result;
    },
    deleteVirtualIp: (havip, input) =>
      change(havip, 'DeleteHaVip', { HaVipId: havip.nativeId, ...wireParams('deleteVirtualIp', 'DeleteHaVip', input) }),
    // The target is the ENI: the HaVip is bound to it as InstanceType NetworkInterface.
    bindVirtualIp: (eni, input) =>
      change(
        eni,
        'AssociateHaVip',
        { ...wireParams('bindVirtualIp', 'AssociateHaVip', input), InstanceId: eni.nativeId, InstanceType: 'NetworkInterface' },
        { virtualIpNativeId: input.virtualIpId ?? null, virtualIpPortId: input.virtualIpId ?? null },
      ),
    unbindVirtualIp: (eni, input) =>
      change(
        eni,
        'UnassociateHaVip',
        { ...wireParams('unbindVirtualIp', 'UnassociateHaVip', input), InstanceId: eni.nativeId, InstanceType: 'NetworkInterface' },
        { virtualIpNativeId: input.virtualIpId ?? null, virtualIpPortId: input.virtualIpId ?? null },
      ),

    // ---------- ElasticIp (VPC EIP) ----------
    async allocateElasticIp(partition, input) {
      const result = await mutate<WireAllocateEipAddressResponse>(
        partition,
        'AllocateEipAddress',
        wireParams('allocateElasticIp', 'AllocateEipAddress', input),
      );
      return result.ok ? ok({ nativeId: result.value.AllocationId }, result.requestId) : result;
    },
    releaseElasticIp: (eip) => change(eip, 'ReleaseEipAddress', { AllocationId: eip.nativeId }),
    associateElasticIp: (eip, input) =>
      change(eip, 'AssociateEipAddress', { AllocationId: eip.nativeId, ...wireParams('associateElasticIp', 'AssociateEipAddress', input) }),
    unassociateElasticIp: (eip, input) =>
      change(eip, 'UnassociateEipAddress', { AllocationId: eip.nativeId, ...wireParams('unassociateElasticIp', 'UnassociateEipAddress', input) }),

    // ---------- VifPeer (VPC BGP peer of a VBR) ----------
    async createVifPeer(partition, input) {
      const result = await mutate<WireCreateBgpPeerResponse>(partition, 'CreateBgpPeer', wireParams('createVifPeer', 'CreateBgpPeer', input));
      return result.ok ? ok({ nativeId: result.value.BgpPeerId }, result.requestId) : result;
    },
    updateVifPeer: (peer, input) =>
      change(peer, 'ModifyBgpPeerAttribute', { BgpPeerId: peer.nativeId, ...wireParams('updateVifPeer', 'ModifyBgpPeerAttribute', input) }),
    deleteVifPeer: (peer, input) => change(peer, 'DeleteBgpPeer', { BgpPeerId: peer.nativeId, ...wireParams('deleteVifPeer', 'DeleteBgpPeer', input) }),
  };
}
