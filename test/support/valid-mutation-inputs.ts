import type { MutationName } from '../../src/domain/mutations';
import { ALI_BGP, ALI_TARGET, aliRef, HW_LIFECYCLE, HW_TARGET, hwRef, seedAlibaba, seedHuawei, U, vifPeer } from './e2e-fixtures';
import type { Harness } from './harness';

/**
 * A valid input of every (mutation, provider) pair netplane offers, with the emulator state it
 * acts on: the dry-run suite runs each as a dry run then for real, the subscription suite follows
 * each asynchronous one to its end.
 */

export type Provider = 'alibaba' | 'huawei';

/** The Alibaba state the valid inputs act on (ENIs, HaVips, EIPs and BGP peers of one partition). */
export const ALI_STATE = {
  ...ALI_BGP,
  instances: [{ id: 'i-dr', vSwitchId: 'vsw-e2ea' }],
  networkInterfaces: [
    { id: 'eni-dr', vSwitchId: 'vsw-e2ea', secondaryIps: ['10.0.1.20'] },
    { id: 'eni-drinuse', vSwitchId: 'vsw-e2ea', status: 'InUse', instanceId: 'i-dr' },
  ],
  haVips: [
    { id: 'havip-dr', vSwitchId: 'vsw-e2ea' },
    { id: 'havip-drbound', vSwitchId: 'vsw-e2ea', status: 'InUse', associatedInstanceType: 'NetworkInterface', associatedInstances: ['eni-dr'] },
  ],
  eips: [
    { id: 'eip-dr' },
    { id: 'eip-drbound', status: 'InUse', instanceId: 'eni-drinuse', instanceType: 'NetworkInterface' },
  ],
  bgpPeers: [{ id: 'bgp-dr', groupId: 'bgpg-e2ea', peerIpAddress: '10.30.0.2' }],
};

/** A valid input of every offered (mutation, provider) pair, on the state seedValidState leaves. */
export const VALID: Record<Provider, Partial<Record<MutationName, Record<string, unknown>>>> = {
  alibaba: {
    createNetworkInterface: { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea' },
    updateNetworkInterface: { networkInterface: aliRef('eni-dr'), networkInterfaceName: 'renamed' },
    deleteNetworkInterface: { networkInterface: aliRef('eni-dr') },
    attachNetworkInterface: { networkInterface: aliRef('eni-dr'), instanceId: 'i-dr' },
    detachNetworkInterface: { networkInterface: aliRef('eni-drinuse'), instanceId: 'i-dr' },
    assignPrivateIpAddresses: { networkInterface: aliRef('eni-dr'), secondaryPrivateIpAddressCount: 1 },
    unassignPrivateIpAddresses: { networkInterface: aliRef('eni-dr'), privateIpAddresses: ['10.0.1.20'] },
    createVirtualIp: { target: ALI_TARGET, subnetId: 'vsw-e2ea' },
    deleteVirtualIp: { virtualIp: aliRef('havip-dr') },
    bindVirtualIp: { networkInterface: aliRef('eni-dr'), virtualIpId: 'havip-dr' },
    unbindVirtualIp: { networkInterface: aliRef('eni-dr'), virtualIpId: 'havip-drbound' },
    allocateElasticIp: { target: ALI_TARGET },
    releaseElasticIp: { elasticIp: aliRef('eip-dr') },
    associateElasticIp: { elasticIp: aliRef('eip-dr'), instanceId: 'eni-dr', instanceType: 'NETWORK_INTERFACE' },
    unassociateElasticIp: { elasticIp: aliRef('eip-drbound'), instanceId: 'eni-drinuse', instanceType: 'NETWORK_INTERFACE' },
    createVifPeer: { target: ALI_TARGET, bgpGroupId: 'bgpg-e2ea', remoteGatewayIp: '10.30.0.6' },
    updateVifPeer: { vifPeer: aliRef('bgp-dr'), remoteGatewayIp: '10.30.0.9' },
    deleteVifPeer: { vifPeer: aliRef('bgp-dr') },
  },
  huawei: {
    createNetworkInterface: { target: HW_TARGET, vSwitchId: U.subnetA },
    updateNetworkInterface: { networkInterface: hwRef(U.portFree), networkInterfaceName: 'renamed' },
    deleteNetworkInterface: { networkInterface: hwRef(U.portFree) },
    attachNetworkInterface: { networkInterface: hwRef(U.portFree), instanceId: U.serverB },
    detachNetworkInterface: { networkInterface: hwRef(U.nicB), instanceId: U.serverB },
    createVirtualIp: { target: HW_TARGET, subnetId: U.subnetA },
    deleteVirtualIp: { virtualIp: hwRef(U.vip) },
    bindVirtualIp: { networkInterface: hwRef(U.nicA), subnetId: U.subnetA, ipAddress: '192.168.0.30' },
    unbindVirtualIp: { networkInterface: hwRef(U.nicB) },
    allocateElasticIp: { target: HW_TARGET, bandwidthMbps: 5 },
    releaseElasticIp: { elasticIp: hwRef(U.eipFree) },
    associateElasticIp: { elasticIp: hwRef(U.eipFree), instanceId: U.nicB },
    unassociateElasticIp: { elasticIp: hwRef(U.eipBound) },
    createVifPeer: vifPeer(),
    updateVifPeer: { vifPeer: hwRef(U.peerA), name: 'renamed' },
    deleteVifPeer: { vifPeer: hwRef(U.peerA) },
  },
};

/** Seeds the emulator of `provider` with the state the valid inputs act on. */
export function seedValidState(h: Harness, provider: Provider): Promise<void> {
  return provider === 'alibaba' ? seedAlibaba(h, ALI_STATE) : seedHuawei(h, HW_LIFECYCLE);
}
