import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderCallTally } from '../../../src/cache/call-tally';
import type { ProviderAdapter } from '../../../src/domain/adapter';
import type { Result } from '../../../src/domain/errors';
import type { Partition, ResourceRef } from '../../../src/domain/resources';
import { createHuaweiAdapter } from '../../../src/providers/huawei';
import { ACME, PROJECTS, dcFixture, networkFixture, startHuaweiEmulator, u, type EmulatorHandle } from './support';

/**
 * The mutation handlers against the emulator over HTTP: the wire requests they send, the
 * MutationOutput, validation before the wire (the call log shows no call) and error classification.
 */

let emulator: EmulatorHandle;
let adapter: ProviderAdapter;
const north: Partition = { provider: 'HUAWEI', account: ACME.account, region: PROJECTS.acmeNorth.region };
const ref = (nativeId: string): ResourceRef => ({ ...north, nativeId });

beforeAll(async () => {
  emulator = await startHuaweiEmulator();
  adapter = createHuaweiAdapter({
    accounts: [{ account: ACME.account, credentials: { ak: ACME.ak, sk: ACME.sk }, regions: [PROJECTS.acmeNorth], endpoint: emulator.url }],
    transport: { connectTimeoutMs: 1000, requestTimeoutMs: 2000, connections: 4 },
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2, factor: 2, jitter: 'none' },
  });
});
afterAll(async () => {
  await adapter.close();
  await emulator.close();
});
beforeEach(async () => {
  await emulator.reset();
  await emulator.seed({
    ...networkFixture(),
    vips: [{ id: u(81), subnet_id: u(11), ip_address: '10.0.0.100' }],
    publicips: [{ id: u(91), public_ip_address: '80.1.1.1' }],
  });
  await emulator.seed(dcFixture());
});

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}
function error<T>(r: Result<T>) {
  if (r.ok) throw new Error(`expected failure, got ${JSON.stringify(r.value)}`);
  return r.error;
}
const body = async (operation: string, i = 0) => (await emulator.calls(operation))[i]?.params.body;
const nic = async (id: string) => value(await adapter.listNetworkInterfaces(north, { ids: [id] }))[0];

describe('network interfaces', () => {
  it('createNetworkInterface sends CreatePort and answers the new port, AVAILABLE', async () => {
    const out = value(await adapter.createNetworkInterface!(north, { vSwitchId: u(11), networkInterfaceName: 'eni-a', primaryIpAddress: '10.0.0.50', securityGroupIds: [u(5)] }));
    expect(await body('CreatePort')).toEqual({ port: { network_id: u(11), name: 'eni-a', fixed_ips: [{ ip_address: '10.0.0.50' }], security_groups: [u(5)] } });
    expect(out.created).toMatchObject({ nativeId: out.nativeId, status: 'AVAILABLE', primaryIp: '10.0.0.50', securityGroupIds: [u(5)], attachment: null });
    expect(await nic(out.nativeId!)).toMatchObject({ status: 'AVAILABLE', vpcId: u(1) });
  });

  it('createNetworkInterface: documented limits before the wire, provider conflicts typed', async () => {
    expect(error(await adapter.createNetworkInterface!(north, { vSwitchId: 'vsw-1' }))).toMatchObject({ code: 'VPC.2500', parameter: 'network_id', requestId: null, outcome: 'NOT_APPLIED' });
    expect(error(await adapter.createNetworkInterface!(north, { vSwitchId: u(11), networkInterfaceName: 'x'.repeat(256) }))).toMatchObject({ code: 'VPC.2500', parameter: 'name' });
    expect(error(await adapter.createNetworkInterface!(north, { vSwitchId: u(11), primaryIpAddress: '10.0.0' }))).toMatchObject({ code: 'VPC.2500', parameter: 'fixed_ips' });
    expect(await emulator.calls('CreatePort')).toHaveLength(0);
    expect(error(await adapter.createNetworkInterface!(north, { vSwitchId: u(11), primaryIpAddress: '10.0.0.11' }))).toMatchObject({
      code: 'VPC.0701',
      category: 'ResourceConflict',
      httpStatus: 409,
      documented: true,
    });
  });

  it('updateNetworkInterface sends UpdatePort with the name and security groups', async () => {
    const created = value(await adapter.createNetworkInterface!(north, { vSwitchId: u(11) }));
    expect(value(await adapter.updateNetworkInterface!(ref(created.nativeId!), { networkInterfaceName: 'renamed', securityGroupIds: [u(6)] }))).toEqual({});
    expect(await body('UpdatePort')).toEqual({ port: { name: 'renamed', security_groups: [u(6)] } });
    expect(await nic(created.nativeId!)).toMatchObject({ name: 'renamed', securityGroupIds: [u(6)] });
    expect(error(await adapter.updateNetworkInterface!(ref(created.nativeId!), { securityGroupIds: ['sg-1'] }))).toMatchObject({ code: 'VPC.2500', parameter: 'security_groups' });
    expect(await emulator.calls('UpdatePort')).toHaveLength(1);
  });

  it('attach (ShowPort, then BatchAddServerNics with the port network) returns the job; detach reads the server from the port', async () => {
    const created = value(await adapter.createNetworkInterface!(north, { vSwitchId: u(11) }));
    const attached = value(await adapter.attachNetworkInterface!(ref(created.nativeId!), { instanceId: u(21) }));
    expect(attached.jobId).toMatch(/^[0-9a-f]{32}$/);
    expect(await body('BatchAddServerNics')).toEqual({ nics: [{ subnet_id: u(11), port_id: created.nativeId }] });
    expect((await emulator.calls('BatchAddServerNics'))[0]!.params.path).toMatchObject({ server_id: u(21) });
    expect(await nic(created.nativeId!)).toMatchObject({ status: 'AVAILABLE' });
    await emulator.advance(2000);
    expect(await nic(created.nativeId!)).toMatchObject({ status: 'IN_USE', attachment: { instanceId: u(21) } });

    const detached = value(await adapter.detachNetworkInterface!(ref(created.nativeId!), {}));
    expect(detached.jobId).toMatch(/^[0-9a-f]{32}$/);
    expect(await body('BatchDeleteServerNics')).toEqual({ nics: [{ id: created.nativeId }] });
    expect((await emulator.calls('BatchDeleteServerNics'))[0]!.params.path).toMatchObject({ server_id: u(21) });
    await emulator.advance(2000);
    expect(await nic(created.nativeId!)).toMatchObject({ status: 'AVAILABLE', attachment: null });

    expect(value(await adapter.deleteNetworkInterface!(ref(created.nativeId!), {}))).toEqual({});
    expect(await nic(created.nativeId!)).toBeUndefined();
  });

  it('attach/detach validate before the wire; a NIC of no server cannot be detached; an attached port cannot be deleted', async () => {
    expect(error(await adapter.attachNetworkInterface!(ref(u(31)), { instanceId: 'i-1' }))).toMatchObject({ code: 'Ecs.0005', parameter: 'server_id', requestId: null });
    expect(await emulator.calls('ShowPort')).toHaveLength(0);
    const created = value(await adapter.createNetworkInterface!(north, { vSwitchId: u(11) }));
    expect(error(await adapter.detachNetworkInterface!(ref(created.nativeId!), {}))).toMatchObject({ code: 'Ecs.0005', parameter: 'server_id', operation: 'BatchDeleteServerNics' });
    expect(await emulator.calls('BatchDeleteServerNics')).toHaveLength(0);
    expect(error(await adapter.attachNetworkInterface!(ref(created.nativeId!), { instanceId: u(99) }))).toMatchObject({ code: 'Ecs.0114', category: 'ResourceNotFound', httpStatus: 404 });
    expect(error(await adapter.deleteNetworkInterface!(ref(u(31)), {}))).toMatchObject({ code: 'VPC.2500', operation: 'DeletePort', httpStatus: 400 });
  });
});

describe('virtual IPs', () => {
  it('createVirtualIp sends CreatePort with device_owner neutron:VIP_PORT; deleteVirtualIp DeletePort', async () => {
    const out = value(await adapter.createVirtualIp!(north, { subnetId: u(11), ipAddress: '10.0.0.60' }));
    expect(await body('CreatePort')).toEqual({ port: { network_id: u(11), device_owner: 'neutron:VIP_PORT', fixed_ips: [{ ip_address: '10.0.0.60' }] } });
    expect(out.created).toMatchObject({ nativeId: out.nativeId, address: '10.0.0.60', status: 'AVAILABLE', boundInterfaceIds: [] });
    expect(value(await adapter.listVirtualIps(north, { ids: [out.nativeId!] }))).toEqual([expect.objectContaining({ address: '10.0.0.60', status: 'AVAILABLE' })]);
    expect(value(await adapter.deleteVirtualIp!(ref(out.nativeId!), {}))).toEqual({});
    expect(value(await adapter.listVirtualIps(north, { ids: [out.nativeId!] }))).toEqual([]);
    expect(error(await adapter.createVirtualIp!(north, { subnetId: 'subnet-1' }))).toMatchObject({ code: 'VPC.2500', parameter: 'network_id', requestId: null });
    expect(await emulator.calls('CreatePort')).toHaveLength(1);
  });

  it('ECS_NIC bind by virtualIpId reads the VIP port, then PUTs its subnet and address; unbind reports it', async () => {
    const out = value(await adapter.bindVirtualIp!(ref(u(31)), { virtualIpId: u(81) }));
    expect(out).toEqual({ virtualIpNativeId: u(81), virtualIpPortId: u(81) });
    expect(await body('AssociateServerVirtualIp')).toEqual({ nic: { subnet_id: u(11), ip_address: '10.0.0.100' } });
    expect(value(await adapter.listVirtualIps(north, { ids: [u(81)] }))[0]).toMatchObject({ status: 'IN_USE', boundInterfaceIds: [u(31)] });
    expect(error(await adapter.deleteVirtualIp!(ref(u(81)), {}))).toMatchObject({ code: 'VPC.2500', operation: 'DeletePort', httpStatus: 400 });

    const unbound = value(await adapter.unbindVirtualIp!(ref(u(31)), {}));
    expect(unbound).toEqual({ virtualIpNativeId: u(81) });
    expect(await body('DisassociateServerVirtualIp')).toEqual({ nic: { subnet_id: '', ip_address: '' } });
    expect(value(await adapter.listVirtualIps(north, { ids: [u(81)] }))[0]).toMatchObject({ status: 'AVAILABLE', boundInterfaceIds: [] });
    expect(error(await adapter.unbindVirtualIp!(ref(u(31)), {}))).toMatchObject({ code: 'Ecs.0213', operation: 'DisassociateServerVirtualIp' });
  });

  it('ECS_NIC bind without virtualIpId needs subnetId and ipAddress (Ecs.0005, no call)', async () => {
    expect(error(await adapter.bindVirtualIp!(ref(u(31)), { ipAddress: '10.0.0.50' }))).toMatchObject({ code: 'Ecs.0005', parameter: 'subnet_id', requestId: null });
    expect(await emulator.calls('AssociateServerVirtualIp')).toHaveLength(0);
  });

  it('NEUTRON_ALLOWED_ADDRESS_PAIRS adds and removes the address on the port and finds the VIP by address', async () => {
    const method = 'NEUTRON_ALLOWED_ADDRESS_PAIRS' as const;
    const out = value(await adapter.bindVirtualIp!(ref(u(31)), { ipAddress: '10.0.0.100', method }));
    expect(out).toEqual({ virtualIpNativeId: u(81) });
    expect(await body('NeutronUpdatePort')).toEqual({ port: { allowed_address_pairs: [{ ip_address: '10.0.0.100' }] } });
    expect((await emulator.calls('ListPorts'))[0]!.params.query).toMatchObject({ device_owner: 'neutron:VIP_PORT', fixed_ips: 'ip_address=10.0.0.100' });
    expect(value(await adapter.listVirtualIps(north, { ids: [u(81)] }))[0]).toMatchObject({ status: 'IN_USE', boundInterfaceIds: [u(31)] });

    expect(value(await adapter.unbindVirtualIp!(ref(u(31)), { virtualIpId: u(81), method }))).toEqual({ virtualIpNativeId: u(81) });
    expect(await body('NeutronUpdatePort', 1)).toEqual({ port: { allowed_address_pairs: [] } });
    const notBound = error(await adapter.unbindVirtualIp!(ref(u(31)), { virtualIpId: u(81), method }));
    expect(notBound).toMatchObject({ code: 'InvalidInput', parameter: 'allowed_address_pairs', requestId: null, outcome: 'NOT_APPLIED' });
    expect(await emulator.calls('NeutronUpdatePort')).toHaveLength(2);
    expect(error(await adapter.bindVirtualIp!(ref(u(31)), { method }))).toMatchObject({ code: 'InvalidInput', parameter: 'ip_address' });
    expect(error(await adapter.bindVirtualIp!(ref(u(31)), { ipAddress: '10.0.0.100', reverseBinding: true, method }))).toMatchObject({ code: 'InvalidInput', parameter: 'reverse_binding' });
    expect(error(await adapter.bindVirtualIp!(ref(u(97)), { ipAddress: '10.0.0.100', method }))).toMatchObject({ code: 'PortNotFound', category: 'ResourceNotFound', httpStatus: 404 });
  });
});

describe('elastic IPs', () => {
  it('allocateElasticIp sends CreatePublicip with a PER bandwidth; CREATING, then AVAILABLE', async () => {
    const out = value(await adapter.allocateElasticIp!(north, { bandwidthMbps: 10, chargeMode: 'PayByTraffic' }));
    expect(await body('CreatePublicip')).toEqual({
      publicip: { type: '5_bgp', ip_version: 4 },
      bandwidth: { name: 'netplane-eip', size: 10, share_type: 'PER', charge_mode: 'traffic' },
    });
    expect(out.created).toMatchObject({ nativeId: out.nativeId, status: 'CREATING', bandwidthMbps: 10 });
    await emulator.advance(2000);
    expect(value(await adapter.listElasticIps(north, { ids: [out.nativeId!] }))[0]).toMatchObject({ status: 'AVAILABLE' });
  });

  it('allocateElasticIp: bandwidth.size is required and in range, bandwidth.name documented (VPC.0301 before the wire)', async () => {
    expect(error(await adapter.allocateElasticIp!(north, {}))).toMatchObject({ code: 'VPC.0301', parameter: 'bandwidth.size', message: expect.stringContaining('is required') });
    expect(error(await adapter.allocateElasticIp!(north, { bandwidthMbps: 2001 }))).toMatchObject({ code: 'VPC.0301', parameter: 'bandwidth.size' });
    expect(error(await adapter.allocateElasticIp!(north, { bandwidthMbps: 5, name: 'bad name!' }))).toMatchObject({ code: 'VPC.0301', parameter: 'bandwidth.name' });
    expect(error(await adapter.allocateElasticIp!(north, { bandwidthMbps: 5, ipType: '5_telcom' }))).toMatchObject({ code: 'VPC.0501', parameter: 'publicip.type' });
    expect(await emulator.calls('CreatePublicip')).toHaveLength(0);
  });

  it('associate (port_id), unassociate (port_id null) and release, each on the clock; a bound EIP is not released', async () => {
    value(await adapter.associateElasticIp!(ref(u(91)), { instanceId: u(31) }));
    expect(await body('UpdatePublicip')).toEqual({ publicip: { port_id: u(31) } });
    expect(value(await adapter.listElasticIps(north, { ids: [u(91)] }))[0]).toMatchObject({ status: 'ASSOCIATING' });
    await emulator.advance(2000);
    expect(value(await adapter.listElasticIps(north, { ids: [u(91)] }))[0]).toMatchObject({ status: 'IN_USE', boundTo: { targetId: u(31) } });
    expect(error(await adapter.releaseElasticIp!(ref(u(91)), {}))).toMatchObject({ code: 'VPC.0510', category: 'ResourceConflict', httpStatus: 409, operation: 'DeletePublicip' });

    value(await adapter.unassociateElasticIp!(ref(u(91)), {}));
    expect(await body('UpdatePublicip', 1)).toEqual({ publicip: { port_id: null } });
    expect(value(await adapter.listElasticIps(north, { ids: [u(91)] }))[0]).toMatchObject({ status: 'UNASSOCIATING' });
    await emulator.advance(2000);
    expect(value(await adapter.listElasticIps(north, { ids: [u(91)] }))[0]).toMatchObject({ status: 'AVAILABLE', boundTo: null });
    expect(value(await adapter.releaseElasticIp!(ref(u(91)), {}))).toEqual({});
    expect(value(await adapter.listElasticIps(north, { ids: [u(91)] }))).toEqual([]);
    expect(error(await adapter.releaseElasticIp!(ref(u(91)), {}))).toMatchObject({ code: 'VPC.0504', category: 'ResourceNotFound' });
  });
});

describe('VIF peers', () => {
  it('updateVifPeer sends name, description and remote_ep_group; validates before the wire', async () => {
    expect(value(await adapter.updateVifPeer!(ref(u(71)), { name: 'renamed', description: 'd', remoteEpGroup: ['172.16.0.0/16'] }))).toEqual({});
    expect(await body('UpdateVifPeer')).toEqual({ vif_peer: { name: 'renamed', description: 'd', remote_ep_group: ['172.16.0.0/16'] } });
    expect(value(await adapter.listVifPeers(north, { ids: [u(71)] }))[0]).toMatchObject({ name: 'renamed', description: 'd', remoteSubnets: ['172.16.0.0/16'] });
    expect(error(await adapter.updateVifPeer!(ref(u(71)), { remoteEpGroup: ['172.16.0.0'] }))).toMatchObject({ code: 'DC.0004', parameter: 'remote_ep_group', requestId: null });
    expect(error(await adapter.updateVifPeer!(ref(u(71)), { name: 'x'.repeat(65) }))).toMatchObject({ code: 'DC.0001', parameter: 'name' });
    expect(await emulator.calls('UpdateVifPeer')).toHaveLength(1);
  });

  it('deleteVifPeer: DELETING, then gone; the last peer of a VIF is refused with DC.0001', async () => {
    const created = value(
      await adapter.createVifPeer!(north, { vifId: u(61), name: 'v6', addressFamily: 'IPV6', localGatewayIp: 'FD00::1/64', remoteGatewayIp: 'FD00::2/64' }),
    );
    expect(error(await adapter.deleteVifPeer!(ref(created.nativeId!), {}))).toMatchObject({ code: 'DC.0001', httpStatus: 400 });
    await emulator.advance(2000);
    expect(value(await adapter.deleteVifPeer!(ref(created.nativeId!), {}))).toEqual({});
    expect(value(await adapter.listVifPeers(north, { ids: [created.nativeId!] }))[0]).toMatchObject({ status: 'DELETING' });
    await emulator.advance(2000);
    expect(value(await adapter.listVifPeers(north, { ids: [created.nativeId!] }))).toEqual([]);
    expect(error(await adapter.deleteVifPeer!(ref(u(71)), {}))).toMatchObject({ code: 'DC.0001', category: 'InvalidParameter' });
    expect(error(await adapter.deleteVifPeer!(ref(u(79)), {}))).toMatchObject({ code: 'DC.0002', category: 'ResourceNotFound' });
  });
});

it('offers every mutation the descriptors give Huawei, and none of the unsupported ones', () => {
  expect(adapter.assignPrivateIpAddresses).toBeUndefined();
  expect(adapter.unassignPrivateIpAddresses).toBeUndefined();
  for (const name of ['createNetworkInterface', 'attachNetworkInterface', 'bindVirtualIp', 'allocateElasticIp', 'updateVifPeer'] as const) expect(typeof adapter[name]).toBe('function');
});

describe('request scope', () => {
  it('a mutation and a reconcile record every request they send in the scope passed, and nothing without one', async () => {
    const scope = new ProviderCallTally();
    value(await adapter.createNetworkInterface!(north, { vSwitchId: u(11), primaryIpAddress: '10.0.0.51' }, scope));
    expect(scope).toMatchObject({ actual: 1, byProvider: { HUAWEI: 1 } });
    const found = value(await adapter.reconcile!('createNetworkInterface', north, { vSwitchId: u(11), primaryIpAddress: '10.0.0.51' }, scope));
    expect(found).not.toBeNull();
    const sent = (await emulator.calls()).length;
    expect(scope.actual).toBe(sent);
    await adapter.createNetworkInterface!(north, { vSwitchId: u(11), primaryIpAddress: '10.0.0.52' });
    await adapter.reconcile!('createNetworkInterface', north, { vSwitchId: u(11), primaryIpAddress: '10.0.0.52' });
    expect((await emulator.calls()).length).toBeGreaterThan(sent + 1);
    expect(scope.actual).toBe(sent);
  });
});
