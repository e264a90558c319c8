import { isIPv4, isIPv6 } from 'node:net';

/**
 * Huawei Cloud on the wire: paths, request/response bodies (snake_case JSON, as the APIs and the
 * official SDKs send them), the three error body shapes, and the address syntax the APIs accept.
 * Shared by the client and the emulator so both sides speak exactly the same shapes.
 */

/** API families: they differ in endpoint host and error body ('neutron' = the VPC host's OpenStack-native /v2.0 API). */
export type HuaweiService = 'ecs' | 'vpc' | 'neutron' | 'dcaas';

/** The endpoint host prefix of each API family: the Neutron-compatible API is served by the VPC endpoint. */
export const SERVICE_HOST: Record<HuaweiService, string> = { ecs: 'ecs', vpc: 'vpc', neutron: 'vpc', dcaas: 'dcaas' };

/** The provider operations netplane calls or the emulator serves (names as in the official SDKs). */
export const OPERATIONS = {
  associateServerVirtualIp: 'AssociateServerVirtualIp',
  disassociateServerVirtualIp: 'DisassociateServerVirtualIp',
  listServerInterfaces: 'ListServerInterfaces',
  batchAddServerNics: 'BatchAddServerNics',
  batchDeleteServerNics: 'BatchDeleteServerNics',
  showJob: 'ShowJob',
  listPorts: 'ListPorts',
  showPort: 'ShowPort',
  createPort: 'CreatePort',
  updatePort: 'UpdatePort',
  deletePort: 'DeletePort',
  neutronListPorts: 'NeutronListPorts',
  neutronShowPort: 'NeutronShowPort',
  neutronCreatePort: 'NeutronCreatePort',
  neutronUpdatePort: 'NeutronUpdatePort',
  neutronDeletePort: 'NeutronDeletePort',
  listSubnets: 'ListSubnets',
  createPrivateip: 'CreatePrivateip',
  listPrivateips: 'ListPrivateips',
  deletePrivateip: 'DeletePrivateip',
  listPublicips: 'ListPublicips',
  showPublicip: 'ShowPublicip',
  createPublicip: 'CreatePublicip',
  updatePublicip: 'UpdatePublicip',
  deletePublicip: 'DeletePublicip',
  listVirtualInterfaces: 'ListVirtualInterfaces',
  showVirtualInterface: 'ShowVirtualInterface',
  createVifPeer: 'CreateVifPeer',
  updateVifPeer: 'UpdateVifPeer',
  deleteVifPeer: 'DeleteVifPeer',
} as const;
export type HuaweiOperation = (typeof OPERATIONS)[keyof typeof OPERATIONS];

const seg = encodeURIComponent;

/** Paths relative to the service endpoint; every segment is URI-encoded. */
export const PATHS = {
  nic: (projectId: string, nicId: string) => `/v1/${seg(projectId)}/cloudservers/nics/${seg(nicId)}`,
  serverInterfaces: (projectId: string, serverId: string) => `/v1/${seg(projectId)}/cloudservers/${seg(serverId)}/os-interface`,
  serverNics: (projectId: string, serverId: string) => `/v1/${seg(projectId)}/cloudservers/${seg(serverId)}/nics`,
  serverNicsDelete: (projectId: string, serverId: string) => `/v1/${seg(projectId)}/cloudservers/${seg(serverId)}/nics/delete`,
  job: (projectId: string, jobId: string) => `/v1/${seg(projectId)}/jobs/${seg(jobId)}`,
  neutronPorts: () => '/v2.0/ports',
  neutronPort: (portId: string) => `/v2.0/ports/${seg(portId)}`,
  ports: (projectId: string) => `/v1/${seg(projectId)}/ports`,
  port: (projectId: string, portId: string) => `/v1/${seg(projectId)}/ports/${seg(portId)}`,
  subnets: (projectId: string) => `/v1/${seg(projectId)}/subnets`,
  privateips: (projectId: string) => `/v1/${seg(projectId)}/privateips`,
  privateip: (projectId: string, privateipId: string) => `/v1/${seg(projectId)}/privateips/${seg(privateipId)}`,
  subnetPrivateips: (projectId: string, subnetId: string) => `/v1/${seg(projectId)}/subnets/${seg(subnetId)}/privateips`,
  publicips: (projectId: string) => `/v1/${seg(projectId)}/publicips`,
  publicip: (projectId: string, publicipId: string) => `/v1/${seg(projectId)}/publicips/${seg(publicipId)}`,
  virtualInterfaces: (projectId: string) => `/v3/${seg(projectId)}/dcaas/virtual-interfaces`,
  virtualInterface: (projectId: string, vifId: string) => `/v3/${seg(projectId)}/dcaas/virtual-interfaces/${seg(vifId)}`,
  vifPeers: (projectId: string) => `/v3/${seg(projectId)}/dcaas/vif-peers`,
  vifPeer: (projectId: string, peerId: string) => `/v3/${seg(projectId)}/dcaas/vif-peers/${seg(peerId)}`,
} as const;

export const VIP_DEVICE_OWNER = 'neutron:VIP_PORT';
export const COMPUTE_DEVICE_OWNER_PREFIX = 'compute:';

/** Largest page sizes: VPC v1 ports/subnets default and maximum 2000; DC v3 limit 1–2000. */
export const PORTS_PAGE_LIMIT = 2000;
export const VIRTUAL_INTERFACES_PAGE_LIMIT = 2000;
/** The publicips v1 list limit is not in the sources read; 1000 is the documented maximum of the EIP v1 list (inferred). */
export const PUBLICIPS_PAGE_LIMIT = 1000;

// ---------- ECS ----------

export interface WireNicBindOption {
  subnet_id: string;
  ip_address: string;
  reverse_binding?: boolean;
}
export interface WireNicBindRequest {
  nic: WireNicBindOption;
}
export interface WirePortIdResponse {
  port_id: string;
}

export interface WireServerInterfaceFixedIp {
  subnet_id: string;
  ip_address: string;
}
export interface WireInterfaceAttachment {
  port_state: string;
  port_id: string;
  net_id: string;
  mac_addr: string;
  fixed_ips: WireServerInterfaceFixedIp[];
  delete_on_termination: boolean;
  driver_mode: string;
  min_rate: number;
  multiqueue_num: number;
  pci_address: string;
}
/** BatchAddServerNicOption: a new NIC in subnet_id, or an existing port (port_id, in the network subnet_id). */
export interface WireBatchAddServerNic {
  subnet_id: string;
  port_id?: string;
  ip_address?: string;
  security_groups?: Array<{ id: string }>;
}
export interface WireBatchAddServerNicsRequest {
  nics: WireBatchAddServerNic[];
}
export interface WireBatchDeleteServerNicsRequest {
  nics: Array<{ id: string }>;
}
export interface WireJobIdResponse {
  job_id: string;
}

export const JOB_STATUSES = ['SUCCESS', 'RUNNING', 'FAIL', 'INIT'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export interface WireSubJob {
  status: JobStatus;
  job_id: string;
  job_type: string;
  begin_time: string;
  end_time: string;
  error_code: string | null;
  fail_reason: string | null;
  entities: { server_id?: string; nic_id?: string; errorcode_message?: string };
}
/** ShowJob: the job and its sub-jobs (one per NIC of a batch). */
export interface WireJob {
  status: JobStatus;
  job_id: string;
  job_type: string;
  begin_time: string;
  end_time: string;
  error_code: string | null;
  fail_reason: string | null;
  entities: { server_id?: string; sub_jobs_total?: number; sub_jobs?: WireSubJob[] };
}

export interface WireListServerInterfacesResponse {
  interfaceAttachments: WireInterfaceAttachment[];
  attachableQuantity: { free_nic: number };
}

// ---------- VPC ----------

export interface WireFixedIp {
  subnet_id: string;
  ip_address: string;
}
export interface WireAllowedAddressPair {
  ip_address: string;
  mac_address?: string;
}
export interface WirePort {
  id: string;
  name: string;
  network_id: string;
  admin_state_up: boolean;
  mac_address: string;
  fixed_ips: WireFixedIp[];
  device_id: string;
  device_owner: string;
  tenant_id: string;
  status: string;
  security_groups: string[];
  allowed_address_pairs: WireAllowedAddressPair[];
  extra_dhcp_opts: unknown[];
  'binding:vnic_type': string;
  dns_name?: string;
  instance_id?: string;
  instance_type?: string;
  port_security_enabled: boolean;
  zone_id?: string;
}
/** CreatePortOption / NeutronCreatePortOption (the fields netplane and the emulator handle). */
export interface WireCreatePort {
  name?: string;
  network_id: string;
  fixed_ips?: Array<{ subnet_id?: string; ip_address?: string }>;
  device_owner?: string;
  security_groups?: string[];
  admin_state_up?: boolean;
  allowed_address_pairs?: WireAllowedAddressPair[];
}
export interface WireCreatePortRequest {
  port: WireCreatePort;
}
/** UpdatePortOption / NeutronUpdatePortOption. */
export interface WireUpdatePort {
  name?: string;
  security_groups?: string[];
  allowed_address_pairs?: WireAllowedAddressPair[];
}
export interface WireUpdatePortRequest {
  port: WireUpdatePort;
}
/** NeutronPort: the v1 port plus the Neutron project_id and timestamps. */
export interface WireNeutronPort extends WirePort {
  project_id: string;
  created_at: string;
  updated_at: string;
}
export interface WireNeutronPortResponse {
  port: WireNeutronPort;
}
export interface WireNeutronListPortsResponse {
  ports: WireNeutronPort[];
}

export interface WireListPortsResponse {
  ports: WirePort[];
}
export interface WireShowPortResponse {
  port: WirePort;
}

export interface WireSubnet {
  id: string;
  name: string;
  cidr: string;
  gateway_ip: string;
  vpc_id: string;
  neutron_network_id: string;
  neutron_subnet_id: string;
  status: string;
  availability_zone: string;
}
export interface WireListSubnetsResponse {
  subnets: WireSubnet[];
}

export interface WirePrivateip {
  id: string;
  status: string;
  subnet_id: string;
  tenant_id: string;
  device_owner: string;
  ip_address: string;
}
/** CreatePrivateipOption: subnet_id and ip_address only (the answer's device_owner is empty). */
export interface WireCreatePrivateip {
  subnet_id: string;
  ip_address?: string;
}
export interface WireCreatePrivateipsRequest {
  privateips: WireCreatePrivateip[];
}
export interface WirePrivateipsResponse {
  privateips: WirePrivateip[];
}

export interface WirePublicip {
  id: string;
  status: string;
  profile: Record<string, unknown> | null;
  type: string;
  public_ip_address: string;
  public_ipv6_address?: string;
  ip_version: number;
  private_ip_address?: string;
  port_id?: string;
  tenant_id: string;
  create_time: string;
  bandwidth_id: string;
  bandwidth_name: string;
  bandwidth_share_type: string;
  bandwidth_size: number;
  enterprise_project_id: string;
  alias?: string;
}
export interface WireListPublicipsResponse {
  publicips: WirePublicip[];
}
export interface WirePublicipResponse {
  publicip: WirePublicip;
}
/** CreatePublicip (v1): a pay-per-use EIP with a dedicated (PER) bandwidth. */
export interface WireCreatePublicipRequest {
  publicip: { type: string; ip_version?: number; alias?: string };
  bandwidth: { name: string; size: number; share_type: 'PER' | 'WHOLE'; charge_mode?: 'bandwidth' | 'traffic' };
}
/** The documented EIP types of publicip.type. */
export const PUBLICIP_TYPES = ['5_bgp', '5_sbgp'] as const;
export const EIP_CHARGE_MODES = ['bandwidth', 'traffic'] as const;

export interface WireUpdatePublicipRequest {
  publicip: { port_id?: string | null; ip_version?: number };
}

// ---------- DCaaS v3 ----------

export interface WireVifPeer {
  id: string;
  tenant_id: string;
  name: string;
  description: string;
  address_family: string;
  local_gateway_ip: string;
  remote_gateway_ip: string;
  route_mode: string;
  bgp_asn: number | null;
  bgp_md5: string | null;
  remote_ep_group: string[] | null;
  service_ep_group: string[] | null;
  device_id: string;
  bgp_route_limit: number;
  bgp_status: string | null;
  status: string;
  vif_id: string;
  receive_route_num: number;
  enable_nqa: boolean;
  enable_bfd: boolean;
  enable_gre: boolean | null;
  gre_status: string | null;
  local_gre_tunnel_ip: string | null;
  remote_gre_tunnel_ip: string | null;
}

export interface WireCreateVifPeer {
  name: string;
  description?: string;
  address_family: string;
  local_gateway_ip: string;
  remote_gateway_ip: string;
  route_mode?: string;
  bgp_asn?: number;
  bgp_md5?: string;
  remote_ep_group?: string[];
  vif_id: string;
}
export interface WireCreateVifPeerRequest {
  vif_peer: WireCreateVifPeer;
}
/** UpdateVifPeer (Go SDK model_update_vif_peer.go): every field optional. */
export interface WireUpdateVifPeer {
  name?: string;
  description?: string;
  remote_ep_group?: string[];
}
export interface WireUpdateVifPeerRequest {
  vif_peer: WireUpdateVifPeer;
}

export interface WireVifPeerResponse {
  vif_peer: WireVifPeer;
  request_id: string;
}

export interface WireVirtualInterface {
  id: string;
  name: string;
  admin_state_up: boolean;
  bandwidth: number;
  create_time: string;
  description: string;
  direct_connect_id: string;
  service_type: string;
  status: string;
  tenant_id: string;
  type: string;
  vgw_id: string;
  vlan: number;
  route_limit: number;
  enable_nqa: boolean;
  enable_bfd: boolean;
  lag_id: string | null;
  device_id: string;
  enterprise_project_id: string;
  tags: Array<{ key: string; value: string }>;
  local_gateway_v4_ip: string | null;
  remote_gateway_v4_ip: string | null;
  address_family: string;
  local_gateway_v6_ip: string | null;
  remote_gateway_v6_ip: string | null;
  remote_ep_group: string[];
  service_ep_group: string[];
  bgp_route_limit: number;
  priority: string;
  ies_id: string | null;
  /** Error text when status is ERROR. */
  reason: string | null;
  rate_limit: boolean;
  lgw_id: string | null;
  gateway_id: string | null;
  extend_attribute: Record<string, unknown> | null;
  vif_peers: WireVifPeer[];
}
export interface WirePageInfo {
  previous_marker?: string;
  current_count: number;
  next_marker?: string;
}
export interface WireListVirtualInterfacesResponse {
  virtual_interfaces: WireVirtualInterface[];
  page_info: WirePageInfo;
  request_id: string;
}
export interface WireShowVirtualInterfaceResponse {
  virtual_interface: WireVirtualInterface;
  request_id: string;
}

// ---------- errors ----------

/** ECS v1: {"error":{"code","message"}}. */
export interface EcsErrorBody {
  error: { code: string; message: string };
}
/** VPC v1 / EIP v1 (Huawei-wrapped): {"code","message"}. */
export interface VpcErrorBody {
  code: string;
  message: string;
}
/** API Gateway, DC v3, VPC v3: {"error_code","error_msg","request_id"}. */
export interface ApigwErrorBody {
  error_code: string;
  error_msg: string;
  request_id: string;
}

/** OpenStack Neutron (/v2.0): {"NeutronError":{"type","message","detail"}}, the exception class name as type. */
export interface NeutronErrorBody {
  NeutronError: { type: string; message: string; detail: string };
}

export type ErrorBodyShape = 'ecs' | 'vpc' | 'neutron' | 'apigw';

/** The shape an error is rendered in: gateway codes always use the APIGW shape, others their API family's. */
export function errorShapeFor(service: HuaweiService, code: string): ErrorBodyShape {
  if (code.startsWith('APIGW.') || code.startsWith('APIG.')) return 'apigw';
  if (service === 'ecs') return 'ecs';
  if (service === 'vpc') return 'vpc';
  if (service === 'neutron') return 'neutron';
  return 'apigw';
}

export function errorBody(
  shape: ErrorBodyShape,
  code: string,
  message: string,
  requestId: string,
): EcsErrorBody | VpcErrorBody | NeutronErrorBody | ApigwErrorBody {
  switch (shape) {
    case 'ecs':
      return { error: { code, message } };
    case 'vpc':
      return { code, message };
    case 'neutron':
      return { NeutronError: { type: code, message, detail: '' } };
    case 'apigw':
      return { error_code: code, error_msg: message, request_id: requestId };
  }
}

export interface ParsedError {
  code: string;
  message: string;
  requestId: string | null;
}

/** Reads any of the error shapes (plus Neutron's {"NeutronError":{type,message}}); null when none fits. */
export function parseErrorBody(body: unknown): ParsedError | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  const o = body as Record<string, unknown>;
  const requestId = typeof o.request_id === 'string' ? o.request_id : null;
  const nested = o.error;
  if (nested && typeof nested === 'object' && typeof (nested as Record<string, unknown>).code === 'string') {
    const e = nested as Record<string, unknown>;
    return { code: e.code as string, message: typeof e.message === 'string' ? e.message : '', requestId };
  }
  if (typeof o.error_code === 'string') {
    return { code: o.error_code, message: typeof o.error_msg === 'string' ? o.error_msg : '', requestId };
  }
  const neutron = o.NeutronError;
  if (neutron && typeof neutron === 'object' && typeof (neutron as Record<string, unknown>).type === 'string') {
    const e = neutron as Record<string, unknown>;
    return { code: e.type as string, message: typeof e.message === 'string' ? e.message : '', requestId };
  }
  if (typeof o.code === 'string' && typeof o.message === 'string') return { code: o.code, message: o.message, requestId };
  return null;
}

// ---------- address syntax ----------

const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const isUuid = (s: string): boolean => UUID_RE.test(s);

export type IpFamily = 'ipv4' | 'ipv6';

export function ipFamily(address: string): IpFamily | null {
  if (isIPv4(address)) return 'ipv4';
  if (isIPv6(address)) return 'ipv6';
  return null;
}

export interface Cidr {
  family: IpFamily;
  address: string;
  prefix: number;
}

/** "10.0.0.1/30" or "FD00::1/64"; host bits may be set (gateway addresses are written that way). */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/');
  if (slash < 0) return null;
  const address = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const family = ipFamily(address);
  if (!family || !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > (family === 'ipv4' ? 32 : 128)) return null;
  return { family, address, prefix };
}

export function ipv4ToInt(address: string): number {
  return address.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

export function intToIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** The [first, last] integer range of an IPv4 CIDR. */
export function ipv4Range(cidr: string): [number, number] | null {
  const parsed = parseCidr(cidr);
  if (!parsed || parsed.family !== 'ipv4') return null;
  const size = 2 ** (32 - parsed.prefix);
  const first = Math.floor(ipv4ToInt(parsed.address) / size) * size;
  return [first, first + size - 1];
}

export function ipv4InCidr(address: string, cidr: string): boolean {
  const range = ipv4Range(cidr);
  if (!range || !isIPv4(address)) return false;
  const n = ipv4ToInt(address);
  return n >= range[0] && n <= range[1];
}
