import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderAdapter } from '../../../src/domain/adapter';
import type { Result } from '../../../src/domain/errors';
import type { Partition } from '../../../src/domain/resources';
import { createHuaweiAdapter } from '../../../src/providers/huawei';
import { ACME, GLOBEX, PROJECTS, dcFixture, networkFixture, startHuaweiEmulator, u, type EmulatorHandle } from './support';

let emulator: EmulatorHandle;
let adapter: ProviderAdapter;

const north: Partition = { provider: 'HUAWEI', account: ACME.account, region: PROJECTS.acmeNorth.region };
const east: Partition = { provider: 'HUAWEI', account: ACME.account, region: PROJECTS.acmeEast.region };
const globex: Partition = { provider: 'HUAWEI', account: GLOBEX.account, region: PROJECTS.globexNorth.region };

beforeAll(async () => {
  emulator = await startHuaweiEmulator();
  adapter = createHuaweiAdapter({
    accounts: [
      { account: ACME.account, credentials: { ak: ACME.ak, sk: ACME.sk }, regions: [PROJECTS.acmeNorth, PROJECTS.acmeEast], endpoint: emulator.url },
      { account: GLOBEX.account, credentials: { ak: GLOBEX.ak, sk: GLOBEX.sk }, regions: [PROJECTS.globexNorth], endpoint: emulator.url },
    ],
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
});

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}
function error<T>(r: Result<T>) {
  if (r.ok) throw new Error(`expected failure, got ${JSON.stringify(r.value)}`);
  return r.error;
}

describe('Huawei adapter against the emulator', () => {
  it('lists its partitions', () => {
    expect(adapter.partitions()).toEqual([north, east, globex]);
  });

  describe('network interfaces', () => {
    beforeEach(async () => {
      await emulator.seed({ ...networkFixture(), vips: [{ id: u(81), subnet_id: u(11), ip_address: '10.0.0.100', bound_nic_ids: [u(31)] }] });
    });

    it('lists compute ports as NICs, mapped, without DHCP or VIP ports', async () => {
      const nics = value(await adapter.listNetworkInterfaces(north, {}));
      expect(nics.map((n) => n.nativeId)).toEqual([u(31), u(32)]);
      expect(nics[0]).toMatchObject({
        provider: 'HUAWEI',
        account: 'acme',
        region: 'cn-north-4',
        name: 'web-1-eth0',
        status: 'IN_USE',
        providerStatus: 'ACTIVE',
        primaryIp: '10.0.0.11',
        privateIps: [{ address: '10.0.0.11', primary: true }],
        vpcId: u(1),
        subnetId: u(11),
        zone: 'cn-north-4a',
        attachment: { instanceId: u(21), deviceIndex: null },
        virtualIpAddresses: ['10.0.0.100'],
      });
      expect(nics[1]).toMatchObject({ status: 'CREATING', providerStatus: 'BUILD' });
    });

    it('pushes filters down to the ports list', async () => {
      expect(value(await adapter.listNetworkInterfaces(north, { instanceId: u(22) })).map((n) => n.nativeId)).toEqual([u(32)]);
      expect(value(await adapter.listNetworkInterfaces(north, { ipAddress: '10.0.0.11' })).map((n) => n.nativeId)).toEqual([u(31)]);
      expect(value(await adapter.listNetworkInterfaces(north, { ids: [u(32), u(41)] })).map((n) => n.nativeId)).toEqual([u(32)]);
      expect(value(await adapter.listNetworkInterfaces(north, { subnetId: u(12) }))).toEqual([]);
      expect(value(await adapter.listNetworkInterfaces(north, { vpcId: u(2) }))).toEqual([]);
      expect(value(await adapter.listNetworkInterfaces(north, { vpcId: u(1) }))).toHaveLength(2);
      const calls = await emulator.calls('ListPorts');
      expect(calls[0]!.params.query).toMatchObject({ device_id: u(22), limit: '2000' });
      expect(calls[1]!.params.query).toMatchObject({ fixed_ips: 'ip_address=10.0.0.11' });
    });

    it('keeps partitions apart', async () => {
      expect(value(await adapter.listNetworkInterfaces(east, {}))).toEqual([]);
      expect(value(await adapter.listNetworkInterfaces(globex, {}))).toEqual([]);
    });
  });

  describe('virtual IPs', () => {
    beforeEach(async () => {
      await emulator.seed({
        ...networkFixture(),
        vips: [
          { id: u(81), subnet_id: u(11), ip_address: '10.0.0.100', bound_nic_ids: [u(31), u(32)] },
          { id: u(82), subnet_id: u(12), ip_address: '10.0.1.100' },
        ],
      });
    });

    it('computes bindings from the NICs allowed_address_pairs', async () => {
      const vips = value(await adapter.listVirtualIps(north, {}));
      expect(vips).toEqual([
        expect.objectContaining({ nativeId: u(81), address: '10.0.0.100', status: 'IN_USE', boundInterfaceIds: [u(31), u(32)], boundInstanceIds: [u(21), u(22)], vpcId: u(1), subnetId: u(11) }),
        expect.objectContaining({ nativeId: u(82), address: '10.0.1.100', status: 'AVAILABLE', boundInterfaceIds: [], boundInstanceIds: [] }),
      ]);
      // Unfiltered, one list of all ports serves the VIP ports and the NICs carrying them.
      expect((await emulator.calls('ListPorts')).map((c) => c.params.query)).toEqual([
        expect.not.objectContaining({ device_owner: expect.anything() }),
      ]);
    });

    it('lists the VIP ports by device_owner, then the carrying NICs, when filtered', async () => {
      const vips = value(await adapter.listVirtualIps(north, { subnetId: u(11) }));
      expect(vips).toEqual([expect.objectContaining({ nativeId: u(81), boundInterfaceIds: [u(31), u(32)] })]);
      expect((await emulator.calls('ListPorts')).map((c) => c.params.query)).toEqual([
        expect.objectContaining({ device_owner: 'neutron:VIP_PORT' }),
        expect.not.objectContaining({ device_owner: expect.anything() }),
      ]);
    });

    it('filters by address and subnet', async () => {
      expect(value(await adapter.listVirtualIps(north, { address: '10.0.1.100' })).map((v) => v.nativeId)).toEqual([u(82)]);
      expect(value(await adapter.listVirtualIps(north, { subnetId: u(11) })).map((v) => v.nativeId)).toEqual([u(81)]);
      expect(value(await adapter.listVirtualIps(north, { address: '10.0.9.9' }))).toEqual([]);
    });

    it('pages through more than one page of 2000 ports with marker/limit', async () => {
      const vips = Array.from({ length: 2100 }, (_, i) => ({ subnet_id: u(14), ip_address: `10.2.${Math.floor((i + 10) / 256)}.${(i + 10) % 256}` }));
      await emulator.seed({ account: ACME.account, region: PROJECTS.acmeNorth.region, subnets: [{ id: u(14), vpc_id: u(1), name: 'big', cidr: '10.2.0.0/20' }], vips });
      await emulator.control('DELETE', 'calls');
      const listed = value(await adapter.listVirtualIps(north, { subnetId: u(14) }));
      expect(listed).toHaveLength(2100);
      expect(new Set(listed.map((v) => v.nativeId)).size).toBe(2100);
      const vipCalls = (await emulator.calls('ListPorts')).filter((c) => (c.params.query as Record<string, string>).device_owner === 'neutron:VIP_PORT');
      expect(vipCalls).toHaveLength(2);
      expect(vipCalls[1]!.params.query).toMatchObject({ marker: listed[1999]!.nativeId });
    });
  });

  describe('elastic IPs', () => {
    beforeEach(async () => {
      await emulator.seed({
        ...networkFixture(),
        publicips: [
          { id: u(91), public_ip_address: '80.1.1.1', alias: 'spare' },
          { id: u(92), public_ip_address: '80.1.1.2', port_id: u(31), bandwidth_size: 10 },
          { id: u(93), public_ip_address: '80.1.1.3', status: 'PENDING_CREATE' },
        ],
      });
    });

    it('lists publicips with statuses and bindings mapped', async () => {
      const eips = value(await adapter.listElasticIps(north, {}));
      expect(eips).toEqual([
        expect.objectContaining({ nativeId: u(91), name: 'spare', address: '80.1.1.1', status: 'AVAILABLE', providerStatus: 'DOWN', boundTo: null, chargeType: 'postPaid' }),
        expect.objectContaining({
          nativeId: u(92),
          status: 'IN_USE',
          bandwidthMbps: 10,
          boundTo: { kind: 'NETWORK_INTERFACE', targetId: u(31), providerType: 'port', privateIpAddress: '10.0.0.11' },
        }),
        expect.objectContaining({ nativeId: u(93), status: 'CREATING', providerStatus: 'PENDING_CREATE' }),
      ]);
      expect(eips[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    });

    it('filters by bound port, address and ids', async () => {
      expect(value(await adapter.listElasticIps(north, { boundToId: u(31) })).map((e) => e.nativeId)).toEqual([u(92)]);
      expect(value(await adapter.listElasticIps(north, { address: '80.1.1.3' })).map((e) => e.nativeId)).toEqual([u(93)]);
      expect(value(await adapter.listElasticIps(north, { ids: [u(91), u(93)] })).map((e) => e.nativeId)).toEqual([u(91), u(93)]);
      expect((await emulator.calls('ListPublicips'))[0]!.params.query).toMatchObject({ port_id: u(31), limit: '1000' });
    });

    it('a PENDING_CREATE publicip becomes DOWN once the emulator clock moves past the delay', async () => {
      await emulator.advance(2000);
      expect(value(await adapter.listElasticIps(north, { ids: [u(93)] }))[0]).toMatchObject({ status: 'AVAILABLE', providerStatus: 'DOWN' });
    });
  });

  describe('VIF peers and virtual interfaces', () => {
    beforeEach(async () => {
      await emulator.seed(dcFixture());
    });

    it('lists virtual interfaces and the peers inside them', async () => {
      const vifs = value(await adapter.listVirtualInterfaces(north, {}));
      expect(vifs.map((v) => [v.nativeId, v.name, v.vlan, v.status])).toEqual([
        [u(61), 'vif-1', 10, 'ACTIVE'],
        [u(62), 'vif-2', 11, 'ACTIVE'],
      ]);
      const peers = value(await adapter.listVifPeers(north, {}));
      expect(peers).toEqual([
        expect.objectContaining({
          nativeId: u(71),
          virtualInterfaceId: u(61),
          addressFamily: 'IPV4',
          routeMode: 'STATIC',
          status: 'ACTIVE',
          localGatewayIp: '5.5.5.1/30',
          remoteGatewayIp: '5.5.5.2/30',
          bgpAsn: null,
          receivedRouteCount: null,
        }),
      ]);
    });

    it('filters peers by virtual interface and id, and interfaces by id', async () => {
      expect(value(await adapter.listVifPeers(north, { virtualInterfaceId: u(62) }))).toEqual([]);
      expect(value(await adapter.listVifPeers(north, { ids: [u(71)] })).map((p) => p.nativeId)).toEqual([u(71)]);
      expect(value(await adapter.listVirtualInterfaces(north, { ids: [u(62)] })).map((v) => v.nativeId)).toEqual([u(62)]);
      expect((await emulator.calls('ListVirtualInterfaces'))[0]!.params.query).toMatchObject({ id: u(62) });
    });
  });

  describe('subnets', () => {
    beforeEach(async () => {
      await emulator.seed(networkFixture());
    });

    it('lists the v1 subnets with their VPC and CIDR, through one paged ListSubnets call', async () => {
      expect(value(await adapter.listSubnets!(north))).toEqual([
        { nativeId: u(11), vpcId: u(1), cidr: '10.0.0.0/24' },
        { nativeId: u(12), vpcId: u(1), cidr: '10.0.1.0/24' },
        { nativeId: u(13), vpcId: u(2), cidr: '10.1.0.0/24' },
      ]);
      const calls = await emulator.calls('ListSubnets');
      expect(calls).toHaveLength(1);
      expect(calls[0]!.params.query).toMatchObject({ limit: '2000' });
    });

    it('keeps partitions apart', async () => {
      expect(value(await adapter.listSubnets!(globex))).toEqual([]);
    });
  });

  describe('bindVirtualIp (seed 000)', () => {
    beforeEach(async () => {
      await emulator.seed(networkFixture());
    });
    const nic = { ...north, nativeId: u(31) };

    it('binds a new address and the NIC then carries it', async () => {
      const out = value(await adapter.bindVirtualIp!(nic, { subnetId: u(11), ipAddress: '10.0.0.50', reverseBinding: true }));
      expect(out.virtualIpNativeId).toBe(out.virtualIpPortId);
      const vips = value(await adapter.listVirtualIps(north, {}));
      expect(vips).toEqual([expect.objectContaining({ nativeId: out.virtualIpNativeId, address: '10.0.0.50', boundInterfaceIds: [u(31)], status: 'IN_USE' })]);
      expect((await emulator.calls('AssociateServerVirtualIp'))[0]!.params.body).toEqual({ nic: { subnet_id: u(11), ip_address: '10.0.0.50', reverse_binding: true } });
    });

    it.each([
      ['subnet not found', { subnetId: u(99), ipAddress: '10.0.0.50' }, { code: 'Ecs.0038', category: 'ResourceNotFound' }],
      ['address in use', { subnetId: u(11), ipAddress: '10.0.0.2' }, { code: 'Ecs.0010', category: 'ResourceConflict' }],
      ['address outside the subnet', { subnetId: u(11), ipAddress: '10.0.5.5' }, { code: 'Ecs.0039', category: 'InvalidParameter' }],
      ['subnet of another VPC', { subnetId: u(13), ipAddress: '10.1.0.5' }, { code: 'Ecs.0064', category: 'InvalidParameter' }],
    ])('returns the typed provider failure for %s', async (_what, input, expected) => {
      const e = error(await adapter.bindVirtualIp!(nic, input));
      expect(e).toMatchObject({ ...expected, provider: 'HUAWEI', operation: 'AssociateServerVirtualIp', httpStatus: 400, documented: true });
      expect(e.requestId).toMatch(/^[0-9a-f]{32}$/);
    });

    it('rejects invalid input before any call, with the code the provider would answer', async () => {
      const e = error(await adapter.bindVirtualIp!(nic, { subnetId: 'not-a-uuid', ipAddress: '10.0.0.50' }));
      expect(e).toMatchObject({ code: 'Ecs.0005', category: 'InvalidParameter', parameter: 'subnet_id', requestId: null, httpStatus: 400 });
      const e2 = error(await adapter.bindVirtualIp!({ ...nic, nativeId: 'eni-1' }, { subnetId: u(11), ipAddress: '10.0.0.50' }));
      expect(e2).toMatchObject({ code: 'Ecs.0005', parameter: 'nic_id' });
      expect(await emulator.calls('AssociateServerVirtualIp')).toHaveLength(0);
    });

    it('an unconfigured partition fails without a call', async () => {
      const e = error(await adapter.bindVirtualIp!({ ...nic, account: 'nobody' }, { subnetId: u(11), ipAddress: '10.0.0.50' }));
      expect(e).toMatchObject({ code: 'netplane.UnknownPartition', category: 'InvalidParameter' });
    });
  });

  describe('createVifPeer (seed 001)', () => {
    beforeEach(async () => {
      await emulator.seed(dcFixture());
    });
    const v6 = { name: 'peer-v6', addressFamily: 'IPV6' as const, localGatewayIp: 'FD00::1/64', remoteGatewayIp: 'FD00::2/64', routeMode: 'STATIC' as const, vifId: u(61) };

    it('creates a PENDING_CREATE peer that turns ACTIVE when the clock passes asyncDelayMs', async () => {
      const out = value(await adapter.createVifPeer!(north, v6));
      const peer = out.created!;
      expect(out.nativeId).toBe(peer.nativeId);
      expect((await emulator.calls('CreateVifPeer'))[0]!.params.body).toEqual({
        vif_peer: { name: 'peer-v6', address_family: 'ipv6', local_gateway_ip: 'FD00::1/64', remote_gateway_ip: 'FD00::2/64', route_mode: 'static', vif_id: u(61) },
      });
      expect(peer).toMatchObject({ status: 'CREATING', providerStatus: 'PENDING_CREATE', addressFamily: 'IPV6', virtualInterfaceId: u(61), routeMode: 'STATIC' });
      await emulator.advance(1999);
      expect(value(await adapter.listVifPeers(north, { ids: [peer.nativeId] }))[0]!.status).toBe('CREATING');
      await emulator.advance(1);
      expect(value(await adapter.listVifPeers(north, { ids: [peer.nativeId] }))[0]!.status).toBe('ACTIVE');
    });

    it('creates a BGP peer with its ASN', async () => {
      const peer = value(await adapter.createVifPeer!(north, { ...v6, vifId: u(62), addressFamily: 'IPV4', localGatewayIp: '6.6.6.1/30', remoteGatewayIp: '6.6.6.2/30', routeMode: 'BGP', bgpAsn: 65001 })).created;
      expect(peer).toMatchObject({ routeMode: 'BGP', bgpAsn: 65001, receivedRouteCount: 0 });
    });

    it('a second peer of the same family on a VIF is DC.0001', async () => {
      const e = error(await adapter.createVifPeer!(north, { ...v6, addressFamily: 'IPV4', localGatewayIp: '6.6.6.1/30', remoteGatewayIp: '6.6.6.2/30' }));
      expect(e).toMatchObject({ code: 'DC.0001', category: 'InvalidParameter', httpStatus: 400 });
    });

    it('a VIF that does not exist is DC.0002 ResourceNotFound (HTTP 400)', async () => {
      const e = error(await adapter.createVifPeer!(north, { ...v6, vifId: u(99) }));
      expect(e).toMatchObject({ code: 'DC.0002', category: 'ResourceNotFound', httpStatus: 400 });
    });

    it('rejects documented limits before any call', async () => {
      expect(error(await adapter.createVifPeer!(north, { ...v6, bgpAsn: 0 }))).toMatchObject({ code: 'DC.0008', parameter: 'bgp_asn', requestId: null });
      expect(error(await adapter.createVifPeer!(north, { ...v6, localGatewayIp: '1.1.1.1/30' }))).toMatchObject({ code: 'DC.0004', parameter: 'local_gateway_ip' });
      expect(error(await adapter.createVifPeer!(north, { ...v6, name: 'x'.repeat(65) }))).toMatchObject({ code: 'DC.0001', parameter: 'name' });
      const { name: _name, ...nameless } = v6;
      expect(error(await adapter.createVifPeer!(north, nameless))).toMatchObject({ code: 'DC.0001', parameter: 'name', message: 'Request parameter error. name is required.' });
      expect(await emulator.calls('CreateVifPeer')).toHaveLength(0);
    });
  });

  it('every list answers for every partition of the demo fleet', async () => {
    await emulator.reset('demo');
    for (const p of [north, east, globex]) {
      expect(value(await adapter.listNetworkInterfaces(p, {}))).toHaveLength(3);
      const vips = value(await adapter.listVirtualIps(p, {}));
      expect(vips.map((v) => v.status).sort()).toEqual(['AVAILABLE', 'IN_USE']);
      expect(value(await adapter.listElasticIps(p, {})).map((e) => e.status).sort()).toEqual(['ASSOCIATING', 'AVAILABLE', 'IN_USE']);
      expect(value(await adapter.listVirtualInterfaces(p, {}))).toHaveLength(2);
      expect(value(await adapter.listVifPeers(p, {})).map((v) => v.status).sort()).toEqual(['ACTIVE', 'CREATING']);
    }
  });

  it('a signature rejected by the gateway reaches the caller as PermissionDenied', async () => {
    const bad = createHuaweiAdapter({
      accounts: [{ account: ACME.account, credentials: { ak: ACME.ak, sk: 'wrong' }, regions: [PROJECTS.acmeNorth], endpoint: emulator.url }],
    });
    try {
      expect(error(await bad.listElasticIps(north, {}))).toMatchObject({ code: 'APIGW.0301', category: 'PermissionDenied', httpStatus: 401 });
    } finally {
      await bad.close();
    }
  });
});
