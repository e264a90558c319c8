import { defineMutation } from './descriptor';
import { ALIBABA_CLIENT_TOKEN } from './shared-fields';

/** Mutations of VifPeer: Huawei DCaaS v3 VIF peers, Alibaba BGP peers in a BGP group of a VBR. */

const ALIBABA_BGP_DOCS = 'Alibaba VPC 2016-04-28 API reference, VBR BGP (reference/alibaba/resources.md §5)';
const HUAWEI_DC_DOCS = 'Huawei Direct Connect API reference v3, virtual interface peers (reference/huawei/resources.md §8)';

export const createVifPeer = defineMutation({
  name: 'createVifPeer',
  resource: 'VifPeer',
  description:
    'Creates a peer on a virtual interface. Huawei: DCaaS "create a VIF peer" (seed 001; PENDING_CREATE, then ACTIVE). Alibaba: VPC CreateBgpPeer in a BGP group of a VBR (Pending, then Available).',
  target: { kind: 'partition' },
  providers: {
    HUAWEI: {
      operation: 'CreateVifPeer',
      http: 'POST /v3/{project_id}/dcaas/vif-peers',
      completion: { kind: 'status', pending: ['CREATING'], settled: ['ACTIVE'] },
      source: 'seed 001 (Huawei DCaaS "create a virtual interface peer")',
    },
    ALIBABA: {
      operation: 'CreateBgpPeer',
      completion: { kind: 'status', pending: ['CREATING'], settled: ['ACTIVE'] },
      source: ALIBABA_BGP_DOCS,
    },
  },
  input: {
    vifId: {
      type: 'String',
      references: 'VirtualInterface',
      requiredBy: ['HUAWEI'],
      description: 'Huawei vif_id: the virtual interface (36 characters), by its global id or native id.',
      wire: { HUAWEI: 'vif_id' },
    },
    bgpGroupId: {
      type: 'String',
      requiredBy: ['ALIBABA'],
      description: 'Alibaba BgpGroupId: the BGP group (of a VBR) the peer joins; the group carries the peer ASN and the authentication key.',
      wire: { ALIBABA: 'BgpGroupId' },
    },
    name: {
      type: 'String',
      requiredBy: ['HUAWEI'],
      description: 'Huawei name: 0 to 64 characters.',
      wire: { HUAWEI: 'name' },
    },
    description: {
      type: 'String',
      description: 'Huawei description: 0 to 128 characters.',
      wire: { HUAWEI: 'description' },
    },
    addressFamily: {
      type: { enum: 'AddressFamily' },
      requiredBy: ['HUAWEI'],
      description: 'The address family. Huawei address_family (ipv4 or ipv6); Alibaba IpVersion (IPv4 when unset).',
      wire: { HUAWEI: 'address_family', ALIBABA: 'IpVersion' },
    },
    localGatewayIp: {
      type: 'String',
      requiredBy: ['HUAWEI'],
      description: 'Huawei local_gateway_ip: the cloud-side gateway address in CIDR notation (e.g. 5.5.5.1/30), of the address family.',
      wire: { HUAWEI: 'local_gateway_ip' },
    },
    remoteGatewayIp: {
      type: 'String',
      requiredBy: ['HUAWEI'],
      description:
        'The on-premises side. Huawei remote_gateway_ip: the gateway address in CIDR notation (e.g. 5.5.5.2/30). Alibaba PeerIpAddress: the BGP peer\'s IP address (no prefix length).',
      wire: { HUAWEI: 'remote_gateway_ip', ALIBABA: 'PeerIpAddress' },
    },
    routeMode: {
      type: { enum: 'RouteMode' },
      description: 'Huawei route_mode: static or bgp.',
      wire: { HUAWEI: 'route_mode' },
    },
    bgpAsn: {
      type: 'UInt32',
      description: 'Huawei bgp_asn: 1 to 4294967295; required with route mode BGP.',
      wire: { HUAWEI: 'bgp_asn' },
    },
    bgpMd5: {
      type: 'String',
      description: 'Huawei bgp_md5: the MD5 password of the BGP peer.',
      wire: { HUAWEI: 'bgp_md5' },
    },
    remoteEpGroup: {
      type: 'String',
      list: true,
      description: 'Huawei remote_ep_group: CIDR blocks of the on-premises data center.',
      wire: { HUAWEI: 'remote_ep_group' },
    },
    enableBfd: {
      type: 'Boolean',
      description: 'Alibaba EnableBfd: enable BFD for the peer (false when unset).',
      wire: { ALIBABA: 'EnableBfd' },
    },
    bfdMultiHop: {
      type: 'Int',
      description: 'Alibaba BfdMultiHop: BFD hop count, 1 to 255; required when enableBfd is true.',
      wire: { ALIBABA: 'BfdMultiHop' },
    },
    clientToken: ALIBABA_CLIENT_TOKEN,
  },
  payload: {
    vifPeer: { resource: 'VifPeer', from: { output: 'nativeId' }, description: 'The new peer, read back from the provider (PENDING while it is created).' },
  },
});

export const updateVifPeer = defineMutation({
  name: 'updateVifPeer',
  resource: 'VifPeer',
  description:
    'Changes a peer. Huawei: DCaaS UpdateVifPeer (name, description, remote_ep_group). Alibaba: VPC ModifyBgpPeerAttribute (peer address, BFD, BGP group; Modifying, then Available).',
  target: { kind: 'resource', of: 'VifPeer', idField: 'vifPeerId', refField: 'vifPeer' },
  providers: {
    HUAWEI: {
      operation: 'UpdateVifPeer',
      http: 'PUT /v3/{project_id}/dcaas/vif-peers/{vif_peer_id}',
      completion: { kind: 'sync' },
      source: HUAWEI_DC_DOCS,
    },
    ALIBABA: {
      operation: 'ModifyBgpPeerAttribute',
      completion: { kind: 'status', pending: ['UPDATING'], settled: ['ACTIVE'] },
      source: ALIBABA_BGP_DOCS,
    },
  },
  input: {
    name: {
      type: 'String',
      description: 'Huawei name: 0 to 64 characters.',
      wire: { HUAWEI: 'name' },
    },
    description: {
      type: 'String',
      description: 'Huawei description: 0 to 128 characters.',
      wire: { HUAWEI: 'description' },
    },
    remoteEpGroup: {
      type: 'String',
      list: true,
      description: 'Huawei remote_ep_group: CIDR blocks of the on-premises data center, replacing the current list.',
      wire: { HUAWEI: 'remote_ep_group' },
    },
    remoteGatewayIp: {
      type: 'String',
      description: 'Alibaba PeerIpAddress: the BGP peer\'s new IP address.',
      wire: { ALIBABA: 'PeerIpAddress' },
    },
    bgpGroupId: {
      type: 'String',
      description: 'Alibaba BgpGroupId: move the peer to this BGP group.',
      wire: { ALIBABA: 'BgpGroupId' },
    },
    enableBfd: {
      type: 'Boolean',
      description: 'Alibaba EnableBfd: enable or disable BFD.',
      wire: { ALIBABA: 'EnableBfd' },
    },
    bfdMultiHop: {
      type: 'Int',
      description: 'Alibaba BfdMultiHop: BFD hop count, 1 to 255.',
      wire: { ALIBABA: 'BfdMultiHop' },
    },
    clientToken: ALIBABA_CLIENT_TOKEN,
  },
  payload: {
    vifPeer: { resource: 'VifPeer', from: 'target', description: 'The peer, read back after the change.' },
  },
});

export const deleteVifPeer = defineMutation({
  name: 'deleteVifPeer',
  resource: 'VifPeer',
  description:
    'Deletes a peer. Huawei: DCaaS DeleteVifPeer (PENDING_DELETE, then gone; the last peer of a virtual interface cannot be deleted). Alibaba: VPC DeleteBgpPeer (Deleting, then gone).',
  target: { kind: 'resource', of: 'VifPeer', idField: 'vifPeerId', refField: 'vifPeer' },
  providers: {
    HUAWEI: {
      operation: 'DeleteVifPeer',
      http: 'DELETE /v3/{project_id}/dcaas/vif-peers/{vif_peer_id}',
      completion: { kind: 'status', pending: ['DELETING'], settled: 'gone' },
      source: HUAWEI_DC_DOCS,
    },
    ALIBABA: {
      operation: 'DeleteBgpPeer',
      completion: { kind: 'status', pending: ['DELETING'], settled: 'gone' },
      source: ALIBABA_BGP_DOCS,
    },
  },
  input: {
    clientToken: ALIBABA_CLIENT_TOKEN,
  },
  payload: {
    vifPeer: { resource: 'VifPeer', from: 'target', description: 'The peer as the provider shows it after the call: DELETING while it goes, null once gone.' },
  },
});
