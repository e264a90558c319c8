import { fail } from './failure';
import type { RegionState } from './region';
import type { StateServices } from './services';

/**
 * VBRs, their BGP groups and BGP peers (VPC 2016-04-28): create a peer (Pending → Available),
 * modify it (Modifying → Available), delete it (Deleting → gone) (reference/alibaba/resources.md §5;
 * the peer status words are Terraform's d/vpc_bgp_peers; the transitions are what Terraform waits
 * for after each call).
 */

export interface Vbr {
  id: string;
  name: string;
  description: string;
  status: string;
  vlanId: number;
  localGatewayIp: string;
  peerGatewayIp: string;
  peeringSubnetMask: string;
  physicalConnectionId: string;
  creationTime: string;
}
export interface BgpGroup {
  id: string;
  vbrId: string;
  peerAsn: string;
  localAsn: string;
  ipVersion: string;
  name: string;
}
export interface BgpPeer {
  id: string;
  groupId: string;
  vbrId: string;
  name: string;
  description: string;
  peerIpAddress: string;
  status: string;
  bgpStatus: string;
  enableBfd: boolean;
  bfdMultiHop: number;
  ipVersion: string;
  gmtModified: string;
}

/** CreateBgpGroup remarks: at most 8 BGP peers per VBR. */
export const BGP_PEERS_PER_VBR = 8;

export interface BgpPeerInput {
  groupId?: string;
  peerIpAddress?: string;
  enableBfd?: boolean;
  bfdMultiHop?: number;
  ipVersion?: string;
}

export class BgpPeerRules {
  constructor(private readonly services: StateServices) {}

  create(s: RegionState, input: BgpPeerInput & { groupId: string }): BgpPeer {
    const group = s.requireBgpGroup(input.groupId);
    const onVbr = [...s.bgpPeers.values()].filter((p) => p.vbrId === group.vbrId);
    // No page documents the code of the 8-peer limit; the generic InvalidParameter is inferred.
    if (onVbr.length >= BGP_PEERS_PER_VBR) fail('InvalidParameter', `BgpGroupId (the VBR ${group.vbrId} has ${BGP_PEERS_PER_VBR} BGP peers)`);
    const peer: BgpPeer = {
      id: this.services.newId('bgp'),
      groupId: group.id,
      vbrId: group.vbrId,
      name: '',
      description: '',
      peerIpAddress: input.peerIpAddress ?? '',
      status: 'Pending',
      bgpStatus: 'Idle',
      enableBfd: input.enableBfd ?? false,
      bfdMultiHop: input.enableBfd ? (input.bfdMultiHop ?? 255) : 0,
      ipVersion: input.ipVersion ?? group.ipVersion,
      gmtModified: this.services.now(),
    };
    s.bgpPeers.set(peer.id, peer);
    this.services.later(() => {
      if (s.bgpPeers.get(peer.id) !== peer || peer.status !== 'Pending') return;
      peer.status = 'Available';
      peer.bgpStatus = 'Established';
    });
    return peer;
  }

  /** Only an Available peer is changed; a new group must be on the same VBR. */
  modify(s: RegionState, peerId: string, input: BgpPeerInput): void {
    const peer = s.requireBgpPeer(peerId);
    if (peer.status !== 'Available') fail('IncorrectStatus', `The BGP peer ${peer.id} is ${peer.status}.`);
    if (input.groupId !== undefined) {
      const group = s.requireBgpGroup(input.groupId);
      if (group.vbrId !== peer.vbrId) fail('InvalidParameter', `BgpGroupId (the group ${group.id} is not on the VBR ${peer.vbrId})`);
      peer.groupId = group.id;
    }
    if (input.peerIpAddress !== undefined) peer.peerIpAddress = input.peerIpAddress;
    if (input.enableBfd !== undefined) peer.enableBfd = input.enableBfd;
    if (input.bfdMultiHop !== undefined) peer.bfdMultiHop = input.bfdMultiHop;
    peer.status = 'Modifying';
    peer.gmtModified = this.services.now();
    this.services.later(() => {
      if (s.bgpPeers.get(peer.id) === peer && peer.status === 'Modifying') peer.status = 'Available';
    });
  }

  /**
   * A peer still being created or changed is not deleted: DependencyViolation.BgpPeer, the code
   * Terraform's alicloud_vpc_bgp_peer retries on delete (inferred to mean a change in progress).
   */
  delete(s: RegionState, peerId: string): void {
    const peer = s.requireBgpPeer(peerId);
    if (peer.status === 'Pending' || peer.status === 'Modifying') {
      fail('DependencyViolation.BgpPeer', `The BGP peer ${peer.id} is ${peer.status}.`);
    }
    if (peer.status === 'Deleting') return;
    peer.status = 'Deleting';
    this.services.later(() => {
      if (s.bgpPeers.get(peer.id) === peer) s.bgpPeers.delete(peer.id);
    });
  }
}
