import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  LifecycleAllocateElasticIpDocument,
  LifecycleAssignPrivateIpAddressesDocument,
  LifecycleAssociateElasticIpDocument,
  LifecycleAttachNetworkInterfaceDocument,
  LifecycleBindVirtualIpDocument,
  LifecycleCreateNetworkInterfaceDocument,
  LifecycleCreateVifPeerDocument,
  LifecycleCreateVirtualIpDocument,
  LifecycleDeleteNetworkInterfaceDocument,
  LifecycleDeleteVifPeerDocument,
  LifecycleDeleteVirtualIpDocument,
  LifecycleDetachNetworkInterfaceDocument,
  LifecycleFleetDocument,
  LifecycleReleaseElasticIpDocument,
  LifecycleStatusDocument,
  LifecycleUnassignPrivateIpAddressesDocument,
  LifecycleUnassociateElasticIpDocument,
  LifecycleUnbindVirtualIpDocument,
  LifecycleUpdateVifPeerDocument,
  type LifecycleFleetQuery,
  type LifecycleStatusQuery,
  type Provider,
} from './generated/graphql';

/**
 * The whole lifecycle of a partition's network resources, driven through netplane's typed client:
 * create an interface and attach it, give it a secondary address (Alibaba) and a virtual IP,
 * allocate and associate an elastic IP, create and update a peer — then unwind all of it in
 * reverse, waiting for each asynchronous change to settle, and check the fleet is as it was.
 * `npm run example:lifecycle` runs it against `npm start`; the e2e suite runs it against the
 * emulators with their clocks moved by the test.
 */

export interface Partition {
  provider: Provider;
  account: string;
  region: string;
}

export interface LifecycleClient {
  /** Runs a typed operation; throws on GraphQL errors (typed provider errors come back as data). */
  run<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R>;
  /** Lets asynchronous provider work progress: waits in real time, or moves an emulator clock. */
  tick(): Promise<void>;
  log(line: string): void;
}

/** Polls at most this many ticks for a change to settle. */
const MAX_TICKS = 60;

interface Member {
  __typename: string;
  code?: string;
  message?: string;
  requestId?: string | null;
}

/** The success member of a mutation result, or an Error that quotes the typed provider error. */
function success<T extends Member, S extends string>(step: string, result: T, typename: S): Extract<T, { __typename: S }> {
  if (result.__typename !== typename) {
    throw new Error(`${step}: ${result.__typename} ${result.code ?? ''} ${result.message ?? ''} (request ${result.requestId ?? '?'})`);
  }
  return result as Extract<T, { __typename: S }>;
}

type StatusNode = NonNullable<LifecycleStatusQuery['node']>;

function statusOf(node: StatusNode): string {
  switch (node.__typename) {
    case 'NetworkInterface':
      return node.interfaceStatus;
    case 'VirtualIp':
      return node.virtualIpStatus;
    case 'ElasticIp':
      return node.elasticIpStatus;
    case 'VifPeer':
      return node.vifPeerStatus;
    default:
      return 'UNKNOWN';
  }
}

export class Lifecycle {
  /** Mutations sent that the provider accepted. */
  mutations = 0;

  constructor(private readonly client: LifecycleClient) {}

  private async waitFor(id: string, what: string, settled: (status: string | null) => boolean): Promise<void> {
    for (let tick = 0; tick <= MAX_TICKS; tick++) {
      const { node } = await this.client.run(LifecycleStatusDocument, { id });
      const status = node ? statusOf(node) : null;
      if (settled(status)) {
        this.client.log(`    ${what}: ${status ?? 'gone'}`);
        return;
      }
      await this.client.tick();
    }
    throw new Error(`${what} did not settle after ${MAX_TICKS} ticks`);
  }

  private untilStatus(id: string, what: string, ...statuses: string[]): Promise<void> {
    return this.waitFor(id, what, (s) => s !== null && statuses.includes(s));
  }

  private untilGone(id: string, what: string): Promise<void> {
    return this.waitFor(id, what, (s) => s === null);
  }

  private step(line: string): void {
    this.mutations++;
    this.client.log(`  ${line}`);
  }

  async fleet(p: Partition): Promise<LifecycleFleetQuery> {
    return this.client.run(LifecycleFleetDocument, p);
  }

  /**
   * The partition's fleet once no binding is in flight in it (polled each tick), so that a
   * comparison with it later sees only what this lifecycle did — not, say, an interface still
   * Attaching when it was read (right after `npm start`) that has finished since.
   */
  async fleetAtRest(p: Partition): Promise<LifecycleFleetQuery> {
    for (let tick = 0; tick <= MAX_TICKS; tick++) {
      const fleet = await this.fleet(p);
      const moving = bindingsInFlight(fleet);
      if (moving.length === 0) return fleet;
      if (tick === 0) this.client.log(`${p.provider} ${p.account}/${p.region}: waiting for bindings in flight to finish (${moving.join(', ')})`);
      await this.client.tick();
    }
    throw new Error(`${p.provider} ${p.account}/${p.region}: bindings still in flight after ${MAX_TICKS} ticks (${bindingsInFlight(await this.fleet(p)).join(', ')})`);
  }

  /** Runs the lifecycle in one partition; resolves once everything it made is gone again. */
  async run(p: Partition): Promise<void> {
    const { client } = this;
    const fleet = await this.fleet(p);
    const enis = fleet.networkInterfaces.edges.map((e) => e.node);
    const carrier = enis.find((e) => e.attachment?.instanceId && e.subnetId);
    if (!carrier?.subnetId) throw new Error(`${p.provider}: no attached interface to learn a subnet from`);
    const subnetId = carrier.subnetId;
    // Instances of that VPC, from the interfaces attached to them (the subnet's own first).
    const sameVpc = enis.filter((e) => e.attachment && e.vpcId === carrier.vpcId);
    const instances = [...new Set([...sameVpc.filter((e) => e.subnetId === subnetId), ...sameVpc].map((e) => e.attachment!.instanceId))];
    const ali = p.provider === 'ALIBABA';
    client.log(`${p.provider} ${p.account}/${p.region}: subnet ${subnetId}`);

    const created = success(
      'createNetworkInterface',
      (
        await client.run(LifecycleCreateNetworkInterfaceDocument, {
          input: {
            target: p,
            vSwitchId: subnetId,
            networkInterfaceName: 'lifecycle-eni',
            ...(carrier.securityGroupIds.length > 0 && { securityGroupIds: carrier.securityGroupIds.slice(0, 1) }),
          },
        })
      ).createNetworkInterface,
      'CreateNetworkInterfaceSuccess',
    );
    const eni = created.networkInterface;
    if (!eni) throw new Error('createNetworkInterface: the new interface could not be read back');
    this.step(`createNetworkInterface → ${eni.nativeId} ${eni.status}`);

    await this.attach(eni.id, instances);
    await this.untilStatus(eni.id, 'interface', 'IN_USE');

    let secondary: string | undefined;
    if (ali) {
      const assigned = success(
        'assignPrivateIpAddresses',
        (await client.run(LifecycleAssignPrivateIpAddressesDocument, { input: { networkInterfaceId: eni.id, secondaryPrivateIpAddressCount: 1 } }))
          .assignPrivateIpAddresses,
        'AssignPrivateIpAddressesSuccess',
      );
      secondary = assigned.assignedPrivateIps[0];
      this.step(`assignPrivateIpAddresses → ${secondary}`);
    }

    const vip = success(
      'createVirtualIp',
      (await client.run(LifecycleCreateVirtualIpDocument, { input: { target: p, subnetId, ...(ali && { name: 'lifecycle-vip' }) } })).createVirtualIp,
      'CreateVirtualIpSuccess',
    ).virtualIp;
    if (!vip) throw new Error('createVirtualIp: the new virtual IP could not be read back');
    this.step(`createVirtualIp → ${vip.nativeId} ${vip.address}`);
    await this.untilStatus(vip.id, 'virtual IP', 'AVAILABLE', 'IN_USE');

    success('bindVirtualIp', (await client.run(LifecycleBindVirtualIpDocument, { input: { networkInterfaceId: eni.id, virtualIpId: vip.id } })).bindVirtualIp, 'BindVirtualIpSuccess');
    this.step(`bindVirtualIp → ${vip.address} on ${eni.nativeId}`);
    await this.untilStatus(vip.id, 'virtual IP', 'IN_USE');

    const eip = success(
      'allocateElasticIp',
      (await client.run(LifecycleAllocateElasticIpDocument, { input: { target: p, bandwidthMbps: 5, chargeMode: 'PAY_BY_TRAFFIC' } })).allocateElasticIp,
      'AllocateElasticIpSuccess',
    ).elasticIp;
    if (!eip) throw new Error('allocateElasticIp: the new elastic IP could not be read back');
    this.step(`allocateElasticIp → ${eip.nativeId} ${eip.address}`);
    await this.untilStatus(eip.id, 'elastic IP', 'AVAILABLE');

    success(
      'associateElasticIp',
      (await client.run(LifecycleAssociateElasticIpDocument, { input: { elasticIpId: eip.id, instanceId: eni.nativeId, ...(ali && { instanceType: 'NETWORK_INTERFACE' as const }) } }))
        .associateElasticIp,
      'AssociateElasticIpSuccess',
    );
    this.step(`associateElasticIp → ${eni.nativeId}`);
    await this.untilStatus(eip.id, 'elastic IP', 'IN_USE');

    const peerInput = await this.peerInput(p, fleet);
    const peer = success('createVifPeer', (await client.run(LifecycleCreateVifPeerDocument, { input: peerInput })).createVifPeer, 'CreateVifPeerSuccess').vifPeer;
    if (!peer) throw new Error('createVifPeer: the new peer could not be read back');
    this.step(`createVifPeer → ${peer.nativeId}`);
    await this.untilStatus(peer.id, 'peer', 'ACTIVE');

    const update = ali ? { vifPeerId: peer.id, enableBfd: true, bfdMultiHop: 3 } : { vifPeerId: peer.id, name: 'lifecycle-peer-renamed', description: 'updated by the lifecycle example' };
    success('updateVifPeer', (await client.run(LifecycleUpdateVifPeerDocument, { input: update })).updateVifPeer, 'UpdateVifPeerSuccess');
    this.step('updateVifPeer');
    await this.untilStatus(peer.id, 'peer', 'ACTIVE');

    // Unwind, in reverse.
    success('deleteVifPeer', (await client.run(LifecycleDeleteVifPeerDocument, { input: { vifPeerId: peer.id } })).deleteVifPeer, 'DeleteVifPeerSuccess');
    this.step('deleteVifPeer');
    await this.untilGone(peer.id, 'peer');

    success('unassociateElasticIp', (await client.run(LifecycleUnassociateElasticIpDocument, { input: { elasticIpId: eip.id } })).unassociateElasticIp, 'UnassociateElasticIpSuccess');
    this.step('unassociateElasticIp');
    await this.untilStatus(eip.id, 'elastic IP', 'AVAILABLE');

    success('releaseElasticIp', (await client.run(LifecycleReleaseElasticIpDocument, { input: { elasticIpId: eip.id } })).releaseElasticIp, 'ReleaseElasticIpSuccess');
    this.step('releaseElasticIp');
    await this.untilGone(eip.id, 'elastic IP');

    success('unbindVirtualIp', (await client.run(LifecycleUnbindVirtualIpDocument, { input: { networkInterfaceId: eni.id, virtualIpId: vip.id } })).unbindVirtualIp, 'UnbindVirtualIpSuccess');
    this.step('unbindVirtualIp');
    await this.untilStatus(vip.id, 'virtual IP', 'AVAILABLE');

    success('deleteVirtualIp', (await client.run(LifecycleDeleteVirtualIpDocument, { input: { virtualIpId: vip.id } })).deleteVirtualIp, 'DeleteVirtualIpSuccess');
    this.step('deleteVirtualIp');
    await this.untilGone(vip.id, 'virtual IP');

    if (secondary) {
      success(
        'unassignPrivateIpAddresses',
        (await client.run(LifecycleUnassignPrivateIpAddressesDocument, { input: { networkInterfaceId: eni.id, privateIpAddresses: [secondary] } })).unassignPrivateIpAddresses,
        'UnassignPrivateIpAddressesSuccess',
      );
      this.step(`unassignPrivateIpAddresses → ${secondary}`);
    }

    success('detachNetworkInterface', (await client.run(LifecycleDetachNetworkInterfaceDocument, { input: { networkInterfaceId: eni.id } })).detachNetworkInterface, 'DetachNetworkInterfaceSuccess');
    this.step('detachNetworkInterface');
    await this.untilStatus(eni.id, 'interface', 'AVAILABLE', 'DOWN');

    success('deleteNetworkInterface', (await client.run(LifecycleDeleteNetworkInterfaceDocument, { input: { networkInterfaceId: eni.id } })).deleteNetworkInterface, 'DeleteNetworkInterfaceSuccess');
    this.step('deleteNetworkInterface');
    await this.untilGone(eni.id, 'interface');
  }

  /**
   * Attaches to the first instance that takes it: one that is rebooting, or has no free slot,
   * answers a typed InvalidResourceState or QuotaExceeded, and the next one is tried.
   */
  private async attach(networkInterfaceId: string, instances: string[]): Promise<void> {
    for (const instanceId of instances) {
      const result = (await this.client.run(LifecycleAttachNetworkInterfaceDocument, { input: { networkInterfaceId, instanceId } })).attachNetworkInterface;
      if (result.__typename === 'InvalidResourceState' || result.__typename === 'QuotaExceeded') {
        this.client.log(`    ${instanceId}: ${result.__typename} ${result.code}, trying the next instance`);
        continue;
      }
      success('attachNetworkInterface', result, 'AttachNetworkInterfaceSuccess');
      this.step(`attachNetworkInterface → ${instanceId}`);
      return;
    }
    throw new Error(`attachNetworkInterface: none of ${instances.length} instances of the VPC took the interface`);
  }

  /** A peer on the partition's first virtual interface: Huawei by VIF, Alibaba by the BGP group of an existing peer. */
  private async peerInput(p: Partition, fleet: LifecycleFleetQuery) {
    if (p.provider === 'ALIBABA') {
      const group = fleet.vifPeers.edges.map((e) => e.node).find((peer) => peer.bgpGroupId)?.bgpGroupId;
      if (!group) throw new Error('ALIBABA: no BGP group to add a peer to');
      return { target: p, bgpGroupId: group, remoteGatewayIp: '10.254.254.2' };
    }
    const vif = fleet.virtualInterfaces.edges.map((e) => e.node).find((v) => v.status === 'ACTIVE');
    if (!vif) throw new Error('HUAWEI: no active virtual interface to add a peer to');
    // A virtual interface takes one peer per address family; the demo's have their IPv4 peer.
    return {
      target: p,
      vifId: vif.nativeId,
      name: 'lifecycle-peer',
      addressFamily: 'IPV6' as const,
      localGatewayIp: 'fd00:feed::1/64',
      remoteGatewayIp: 'fd00:feed::2/64',
      routeMode: 'STATIC' as const,
      remoteEpGroup: ['fd00:beef::/48'],
    };
  }
}

/**
 * Normalized statuses of a binding the provider finishes by itself within seconds: an interface
 * being attached or detached, a virtual IP or EIP being bound or unbound. Resources being created
 * or deleted are not waited for: the demo keeps some in those states for good (a Huawei NIC in
 * BUILD, an Alibaba BGP peer Pending), and they read the same before and after.
 */
const BINDING = new Set(['ATTACHING', 'DETACHING', 'ASSOCIATING', 'UNASSOCIATING']);

/** The resources of a fleet with a binding in flight, as `nativeId STATUS`. */
export function bindingsInFlight(fleet: LifecycleFleetQuery): string[] {
  const nodes = [...fleet.networkInterfaces.edges, ...fleet.virtualIps.edges, ...fleet.elasticIps.edges].map((e) => e.node);
  return nodes.filter((n) => BINDING.has(n.status)).map((n) => `${n.nativeId} ${n.status}`);
}

/** The fleet of a partition in a form that compares equal when nothing changed (sorted, ids only where stable). */
export function fleetFingerprint(fleet: LifecycleFleetQuery): string {
  const sorted = <T extends { nativeId: string }>(items: T[]) => [...items].sort((a, b) => (a.nativeId < b.nativeId ? -1 : 1));
  return JSON.stringify({
    networkInterfaces: sorted(fleet.networkInterfaces.edges.map((e) => e.node)),
    virtualIps: sorted(fleet.virtualIps.edges.map((e) => e.node)),
    elasticIps: sorted(fleet.elasticIps.edges.map((e) => e.node)),
    vifPeers: sorted(fleet.vifPeers.edges.map((e) => e.node)),
    virtualInterfaces: sorted(fleet.virtualInterfaces.edges.map((e) => e.node)),
  });
}
