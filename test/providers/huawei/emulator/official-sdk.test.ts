import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { AssociateServerVirtualIpOption, AssociateServerVirtualIpRequest, AssociateServerVirtualIpRequestBody, BatchAddServerNicOption, BatchAddServerNicsRequest, BatchAddServerNicsRequestBody, BatchDeleteServerNicOption, BatchDeleteServerNicsRequest, BatchDeleteServerNicsRequestBody, DisassociateServerVirtualIpOption, DisassociateServerVirtualIpRequest, DisassociateServerVirtualIpRequestBody, EcsClient, ListServerInterfacesRequest, ShowJobRequest } from '@huaweicloud/huaweicloud-sdk-ecs';
import { AllowedAddressPair, CreatePortOption, CreatePortRequest, CreatePortRequestBody, CreatePrivateipOption, CreatePrivateipRequest, CreatePrivateipRequestBody, DeletePortRequest, DeletePrivateipRequest, FixedIp, ListPortsRequest, ListPrivateipsRequest, NeutronCreatePortOption, NeutronCreatePortRequest, NeutronCreatePortRequestBody, NeutronDeletePortRequest, NeutronListPortsRequest, NeutronShowPortRequest, NeutronUpdatePortOption, NeutronUpdatePortRequest, NeutronUpdatePortRequestBody, ShowPortRequest, UpdatePortOption, UpdatePortRequest, UpdatePortRequestBody, VpcClient } from '@huaweicloud/huaweicloud-sdk-vpc';
import { describe, expect, it } from 'vitest';
import { ACME, PROJECTS, networkFixture, u, seededEmulator } from '../support';

/**
 * The official Node SDKs, unmodified, pointed at the emulator with withEndpoint and
 * BasicCredentials(ak, sk, projectId) — no withRegion (it would override the endpoint).
 * There is no official Node SDK for DCaaS on npm (@huaweicloud/huaweicloud-sdk-dc does not exist);
 * DCaaS is covered by our own client (client.test.ts, adapter.test.ts) and the wire-shape tests
 * against the Go SDK model field names (emulator/dcaas.test.ts).
 * The VPC v2 SDK has private IPs but no publicips operations (those live in the separate EIP SDK,
 * @huaweicloud/huaweicloud-sdk-eip, not a dependency here); publicips (CreatePublicip, UpdatePublicip,
 * DeletePublicip) are covered in emulator/elastic-ips.test.ts, emulator/vpc.test.ts and mutations.test.ts.
 */

const seeded = seededEmulator(networkFixture);

const credentials = (sk = ACME.sk, projectId: string = PROJECTS.acmeNorth.projectId) =>
  new BasicCredentials().withAk(ACME.ak).withSk(sk).withProjectId(projectId);
const ecs = (sk?: string, projectId?: string) => EcsClient.newBuilder().withCredential(credentials(sk, projectId)).withEndpoint(seeded.current.url).build();
const vpc = (sk?: string) => VpcClient.newBuilder().withCredential(credentials(sk)).withEndpoint(seeded.current.url).build();

const bindRequest = (nicId: string, subnetId: string, ip: string) =>
  new AssociateServerVirtualIpRequest()
    .withNicId(nicId)
    .withBody(new AssociateServerVirtualIpRequestBody().withNic(new AssociateServerVirtualIpOption().withSubnetId(subnetId).withIpAddress(ip)));

async function rejection(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (err) {
    return err as Record<string, unknown>;
  }
  throw new Error('expected the SDK call to fail');
}

describe('official ECS SDK against the emulator', () => {
  it('associateServerVirtualIp creates a VIP port for an unassigned address and binds it to the NIC', async () => {
    const res = (await ecs().associateServerVirtualIp(bindRequest(u(31), u(11), '10.0.0.50'))) as unknown as { port_id: string; httpStatusCode: number };
    expect(res.httpStatusCode).toBe(200);
    expect(res.port_id).toMatch(/^[0-9a-f-]{36}$/);

    const vip = (await vpc().showPort(new ShowPortRequest().withPortId(res.port_id))) as unknown as { port: Record<string, unknown> };
    expect(vip.port).toMatchObject({ device_owner: 'neutron:VIP_PORT', fixed_ips: [{ ip_address: '10.0.0.50' }] });
    const nic = (await vpc().showPort(new ShowPortRequest().withPortId(u(31)))) as unknown as { port: { allowed_address_pairs: Array<{ ip_address: string }> } };
    expect(nic.port.allowed_address_pairs.map((p) => p.ip_address)).toEqual(['10.0.0.50']);
  });

  it('disassociateServerVirtualIp (empty subnet_id/ip_address) removes the address from the NIC', async () => {
    await ecs().associateServerVirtualIp(bindRequest(u(31), u(11), '10.0.0.50'));
    const res = (await ecs().disassociateServerVirtualIp(
      new DisassociateServerVirtualIpRequest()
        .withNicId(u(31))
        .withBody(new DisassociateServerVirtualIpRequestBody().withNic(new DisassociateServerVirtualIpOption().withSubnetId('').withIpAddress(''))),
    )) as unknown as { port_id: string };
    expect(res.port_id).toBe(u(31));
    const nic = (await vpc().showPort(new ShowPortRequest().withPortId(u(31)))) as unknown as { port: { allowed_address_pairs: unknown[] } };
    expect(nic.port.allowed_address_pairs).toEqual([]);
    expect((await seeded.current.calls('DisassociateServerVirtualIp')).length).toBe(1);
  });

  it('listServerInterfaces lists the server NICs', async () => {
    const res = (await ecs().listServerInterfaces(new ListServerInterfacesRequest().withServerId(u(21)))) as unknown as {
      interfaceAttachments: Array<Record<string, unknown>>;
    };
    expect(res.interfaceAttachments).toEqual([
      expect.objectContaining({ port_id: u(31), net_id: u(11), port_state: 'ACTIVE', fixed_ips: [expect.objectContaining({ ip_address: '10.0.0.11' })] }),
    ]);
  });

  it.each([
    ['a subnet that does not exist', u(31), u(99), '10.0.0.50', 'Ecs.0038'],
    ['an address outside the subnet CIDR', u(31), u(11), '10.9.0.50', 'Ecs.0039'],
    ['an address held by a non-VIP port', u(31), u(11), '10.0.0.2', 'Ecs.0010'],
    ['a subnet of another VPC', u(31), u(13), '10.1.0.50', 'Ecs.0064'],
    ['a NIC that does not exist', u(99), u(11), '10.0.0.50', 'Ecs.0307'],
    ['a NIC of a server that is still building', u(32), u(11), '10.0.0.50', 'Ecs.0100'],
  ])('binding %s fails with ClientRequestException %s', async (_what, nicId, subnetId, ip, code) => {
    const err = await rejection(ecs().associateServerVirtualIp(bindRequest(nicId, subnetId, ip)));
    expect(err).toMatchObject({ name: 'ClientRequestException', httpStatusCode: 400, errorCode: code });
    expect(err.requestId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('a wrong SK is rejected with APIGW.0301 (401)', async () => {
    const err = await rejection(ecs('wrong-secret').listServerInterfaces(new ListServerInterfacesRequest().withServerId(u(21))));
    expect(err).toMatchObject({ name: 'ClientRequestException', httpStatusCode: 401, errorCode: 'APIGW.0301' });
    expect(String(err.errorMsg)).toContain('verify aksk signature fail');
  });

  it("a project of another account is rejected with Ecs.0023", async () => {
    const err = await rejection(ecs(undefined, PROJECTS.globexNorth.projectId).listServerInterfaces(new ListServerInterfacesRequest().withServerId(u(21))));
    expect(err).toMatchObject({ httpStatusCode: 400, errorCode: 'Ecs.0023' });
  });
});

describe('official VPC SDK against the emulator', () => {
  it('listPorts filters by device_owner and pages with marker/limit', async () => {
    await ecs().associateServerVirtualIp(bindRequest(u(31), u(11), '10.0.0.50'));
    const vips = (await vpc().listPorts(new ListPortsRequest().withDeviceOwner('neutron:VIP_PORT'))) as unknown as { ports: Array<{ fixed_ips: Array<{ ip_address: string }> }> };
    expect(vips.ports.map((p) => p.fixed_ips[0]!.ip_address)).toEqual(['10.0.0.50']);

    const first = (await vpc().listPorts(new ListPortsRequest().withLimit(2))) as unknown as { ports: Array<{ id: string }> };
    const rest = (await vpc().listPorts(new ListPortsRequest().withLimit(2).withMarker(first.ports[1]!.id))) as unknown as { ports: Array<{ id: string }> };
    expect(first.ports).toHaveLength(2);
    const all = [...first.ports, ...rest.ports].map((p) => p.id);
    expect(all).toHaveLength(4); // 2 NICs, the DHCP port, the new VIP port
    expect(new Set(all).size).toBe(4);
    expect(all).toEqual([...all].sort());
  });

  it('listPorts filters by repeated id and fixed_ips', async () => {
    const byId = (await vpc().listPorts(new ListPortsRequest().withId([u(31), u(41)]))) as unknown as { ports: Array<{ id: string }> };
    expect(byId.ports.map((p) => p.id)).toEqual([u(31), u(41)]);
    const byIp = (await vpc().listPorts(new ListPortsRequest().withFixedIps(['ip_address=10.0.0.12']))) as unknown as { ports: Array<{ id: string }> };
    expect(byIp.ports.map((p) => p.id)).toEqual([u(32)]);
  });

  it('showPort of a missing port answers VPC.0508 in the VPC v1 body, which the SDK does not parse into errorCode', async () => {
    const err = await rejection(vpc().showPort(new ShowPortRequest().withPortId(u(98))));
    expect(err).toMatchObject({ name: 'ServerResponseException', httpStatusCode: 500 });
    expect(err.errorCode).toBeUndefined();
    expect(err.requestId).toMatch(/^[0-9a-f]{32}$/);
    const calls = await seeded.current.calls('ShowPort');
    expect(calls[0]).toMatchObject({ status: 500, code: 'VPC.0508' });
  });

  it('createPrivateip then listPrivateips returns the new address', async () => {
    const created = (await vpc().createPrivateip(
      new CreatePrivateipRequest().withBody(new CreatePrivateipRequestBody().withPrivateips([new CreatePrivateipOption().withSubnetId(u(12)).withIpAddress('10.0.1.20')])),
    )) as unknown as { privateips: Array<{ ip_address: string; device_owner: string }> };
    expect(created.privateips).toEqual([expect.objectContaining({ ip_address: '10.0.1.20', device_owner: '' })]);
    const listed = (await vpc().listPrivateips(new ListPrivateipsRequest().withSubnetId(u(12)))) as unknown as { privateips: Array<{ ip_address: string }> };
    expect(listed.privateips.map((p) => p.ip_address)).toEqual(['10.0.1.20']);
  });

  it('a private IP with an empty device_owner can then be bound as a virtual IP (seed 000)', async () => {
    await vpc().createPrivateip(
      new CreatePrivateipRequest().withBody(new CreatePrivateipRequestBody().withPrivateips([new CreatePrivateipOption().withSubnetId(u(11)).withIpAddress('10.0.0.60')])),
    );
    const res = (await ecs().associateServerVirtualIp(bindRequest(u(31), u(11), '10.0.0.60'))) as unknown as { port_id: string };
    const port = (await vpc().showPort(new ShowPortRequest().withPortId(res.port_id))) as unknown as { port: { device_owner: string } };
    expect(port.port.device_owner).toBe('');
  });
});

describe('official SDKs: the network-interface lifecycle', () => {
  type Job = { status: string; entities: { sub_jobs: Array<{ status: string; entities: { nic_id?: string } }> } };
  const job = async (jobId: string) => (await ecs().showJob(new ShowJobRequest().withJobId(jobId))) as unknown as Job;

  it('createPort, batchAddServerNics + showJob, batchDeleteServerNics, updatePort, deletePort', async () => {
    const created = (await vpc().createPort(
      new CreatePortRequest().withBody(
        new CreatePortRequestBody().withPort(new CreatePortOption().withNetworkId(u(11)).withName('sdk-port').withFixedIps([new FixedIp().withIpAddress('10.0.0.70')])),
      ),
    )) as unknown as { port: { id: string; status: string; device_owner: string } };
    expect(created.port).toMatchObject({ status: 'DOWN', device_owner: '' });
    const portId = created.port.id;

    const add = (await ecs().batchAddServerNics(
      new BatchAddServerNicsRequest()
        .withServerId(u(21))
        .withBody(new BatchAddServerNicsRequestBody().withNics([new BatchAddServerNicOption().withSubnetId(u(11)).withPortId(portId)])),
    )) as unknown as { job_id: string; httpStatusCode: number };
    expect(add.httpStatusCode).toBe(200);
    expect((await job(add.job_id)).status).toBe('RUNNING');
    await seeded.current.advance(2000);
    expect(await job(add.job_id)).toMatchObject({ status: 'SUCCESS', entities: { sub_jobs: [{ status: 'SUCCESS', entities: { nic_id: portId } }] } });

    const del = (await ecs().batchDeleteServerNics(
      new BatchDeleteServerNicsRequest().withServerId(u(21)).withBody(new BatchDeleteServerNicsRequestBody().withNics([new BatchDeleteServerNicOption().withId(portId)])),
    )) as unknown as { job_id: string };
    await seeded.current.advance(2000);
    expect((await job(del.job_id)).status).toBe('SUCCESS');

    const updated = (await vpc().updatePort(
      new UpdatePortRequest().withPortId(portId).withBody(new UpdatePortRequestBody().withPort(new UpdatePortOption().withName('renamed'))),
    )) as unknown as { port: { name: string; device_id: string } };
    expect(updated.port).toMatchObject({ name: 'renamed', device_id: '' });
    const deleted = (await vpc().deletePort(new DeletePortRequest().withPortId(portId))) as unknown as { httpStatusCode: number };
    expect(deleted.httpStatusCode).toBe(204);
  });

  it('showJob of an unknown job is a ClientRequestException Common.0011', async () => {
    expect(await rejection(ecs().showJob(new ShowJobRequest().withJobId('ab'.repeat(16))))).toMatchObject({ httpStatusCode: 400, errorCode: 'Common.0011' });
  });

  it('deletePrivateip deletes a private IP the SDK created (its CreatePrivateipOption model has no device_owner)', async () => {
    const created = (await vpc().createPrivateip(
      new CreatePrivateipRequest().withBody(new CreatePrivateipRequestBody().withPrivateips([new CreatePrivateipOption().withSubnetId(u(11)).withIpAddress('10.0.0.61')])),
    )) as unknown as { privateips: Array<{ id: string }> };
    const res = (await vpc().deletePrivateip(new DeletePrivateipRequest().withPrivateipId(created.privateips[0]!.id))) as unknown as { httpStatusCode: number };
    expect(res.httpStatusCode).toBe(204);
    expect(await rejection(vpc().deletePrivateip(new DeletePrivateipRequest().withPrivateipId(created.privateips[0]!.id)))).toMatchObject({ httpStatusCode: 500 });
  });

  it('the Neutron methods: neutronCreatePort, neutronListPorts, neutronShowPort, neutronUpdatePort (allowed_address_pairs), neutronDeletePort', async () => {
    const created = (await vpc().neutronCreatePort(
      new NeutronCreatePortRequest().withBody(new NeutronCreatePortRequestBody().withPort(new NeutronCreatePortOption().withNetworkId(u(11)).withName('neutron-port'))),
    )) as unknown as { port: { id: string; project_id: string }; httpStatusCode: number };
    expect(created.httpStatusCode).toBe(201);
    expect(created.port.project_id).toBe(PROJECTS.acmeNorth.projectId);
    const portId = created.port.id;
    const listed = (await vpc().neutronListPorts(new NeutronListPortsRequest().withNetworkId(u(11)).withName('neutron-port'))) as unknown as { ports: Array<{ id: string }> };
    expect(listed.ports.map((p) => p.id)).toEqual([portId]);
    const updated = (await vpc().neutronUpdatePort(
      new NeutronUpdatePortRequest()
        .withPortId(u(31))
        .withBody(new NeutronUpdatePortRequestBody().withPort(new NeutronUpdatePortOption().withAllowedAddressPairs([new AllowedAddressPair().withIpAddress('10.0.0.100')]))),
    )) as unknown as { port: { allowed_address_pairs: Array<{ ip_address: string }> } };
    expect(updated.port.allowed_address_pairs.map((p) => p.ip_address)).toEqual(['10.0.0.100']);
    const shown = (await vpc().neutronShowPort(new NeutronShowPortRequest().withPortId(u(31)))) as unknown as { port: { allowed_address_pairs: Array<{ ip_address: string }> } };
    expect(shown.port.allowed_address_pairs.map((p) => p.ip_address)).toEqual(['10.0.0.100']);
    const deleted = (await vpc().neutronDeletePort(new NeutronDeletePortRequest().withPortId(portId))) as unknown as { httpStatusCode: number };
    expect(deleted.httpStatusCode).toBe(204);
  });

  it('a Neutron error reaches the SDK with its status (the SDK does not parse NeutronError into errorCode)', async () => {
    const err = await rejection(vpc().neutronShowPort(new NeutronShowPortRequest().withPortId(u(98))));
    expect(err).toMatchObject({ httpStatusCode: 404 });
    expect((await seeded.current.calls('NeutronShowPort'))[0]).toMatchObject({ status: 404, code: 'PortNotFound' });
  });
});
