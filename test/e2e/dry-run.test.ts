import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MUTATION_NAMES, providersOf, type MutationName } from '../../src/domain/mutations';
import { pascal } from '../../src/graphql/mutations/names';
import { useHarness } from '../support/harness';
import { ALI_BGP, ALI_TARGET, aliRef, HW_LIFECYCLE, HW_TARGET, hwRef, seedAlibaba, seedHuawei, U, vifPeer } from '../support/e2e-fixtures';
import { recordedCalls, type RecordedCall } from '../support/mutation-documents';
import { ALI_STATE, seedValidState, VALID } from '../support/valid-mutation-inputs';

/**
 * dryRun on every mutation, through the gateway over HTTP against both emulators: a dry run of a
 * valid input answers the success payload with dryRun: true and changes nothing (the emulator's
 * snapshot is equal and its call log holds reads only); the same input then really succeeds. A dry
 * run of a documented failing condition answers the typed error the real call answers — both are
 * run, side by side, on the same state.
 */

const h = useHarness({}, { reset: 'empty' });

type Provider = 'alibaba' | 'huawei';

interface Answer {
  __typename: string;
  dryRun?: boolean;
  requestId?: string | null;
  code?: string;
  httpStatus?: number | null;
  parameter?: string | null;
  resourceType?: string | null;
  resourceId?: string | null;
  category?: string;
}

function document(mutation: MutationName): TypedDocumentNode<Record<string, Answer>, { input: Record<string, unknown> }> {
  return parse(`mutation M($input: ${pascal(mutation)}Input!) { ${mutation}(input: $input) {
    __typename
    ... on ${pascal(mutation)}Success { dryRun requestId }
    ... on ProviderError { code httpStatus requestId }
    ... on InvalidParameter { parameter }
    ... on ResourceNotFound { resourceType resourceId }
  } }`) as never;
}

async function run(mutation: MutationName, input: Record<string, unknown>): Promise<Answer> {
  const { data, errors } = await h.gql(document(mutation), { input });
  if (errors) throw new Error(`${mutation}: ${JSON.stringify(errors)}`);
  return data[mutation]!;
}

/** Provider operations that only read: every other call in the log would have changed state. */
const READ_OPERATION = /^(Describe|List|Show|NeutronShow|NeutronList)/;

async function snapshot(provider: Provider): Promise<unknown> {
  return h.control(provider, 'GET', 'snapshot');
}

/** Runs a dry run and asserts it changed nothing; returns its answer and the calls it made. */
async function dryRunChangingNothing(provider: Provider, mutation: MutationName, input: Record<string, unknown>): Promise<{ answer: Answer; calls: RecordedCall[] }> {
  const before = await snapshot(provider);
  await h.control(provider, 'DELETE', 'calls');
  const answer = await run(mutation, { ...input, dryRun: true });
  const calls = await recordedCalls(h, provider);
  expect(calls.filter((c) => !READ_OPERATION.test(c.operation)).map((c) => c.operation)).toEqual([]);
  expect(await snapshot(provider)).toEqual(before);
  return { answer, calls };
}

// ---------- a valid input of every (mutation, provider) ----------

const OFFERED = MUTATION_NAMES.flatMap((mutation) =>
  providersOf(mutation).map((p) => ({ mutation, provider: p.toLowerCase() as Provider })),
);

describe('a dry run of a valid input', () => {
  it('covers every offered (mutation, provider) pair', () => {
    const missing = OFFERED.filter(({ mutation, provider }) => VALID[provider][mutation] === undefined);
    expect(missing).toEqual([]);
    expect(OFFERED.length).toBe(34);
  });

  it.each(OFFERED)('$mutation on $provider answers dryRun: true with nothing changed, and the real call then succeeds', async ({ mutation, provider }) => {
    await seedValidState(h, provider);
    const input = VALID[provider][mutation]!;
    const { answer } = await dryRunChangingNothing(provider, mutation, input);
    expect(answer).toMatchObject({ __typename: `${pascal(mutation)}Success`, dryRun: true });
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);

    await h.control(provider, 'DELETE', 'calls');
    const real = await run(mutation, input);
    expect(real).toMatchObject({ __typename: `${pascal(mutation)}Success`, dryRun: false });
    expect((await recordedCalls(h, provider)).some((c) => !READ_OPERATION.test(c.operation))).toBe(true);
  });
});

// ---------- documented failing conditions: the dry run answers what the real call answers ----------

interface Condition {
  name: string;
  provider: Provider;
  mutation: MutationName;
  state: Record<string, unknown>;
  input: Record<string, unknown>;
  code: string;
}

const NINE_PEERS_GROUP = {
  ...ALI_BGP,
  bgpPeers: Array.from({ length: 8 }, (_, i) => ({ id: `bgp-full${i}`, groupId: 'bgpg-e2ea', peerIpAddress: `10.40.0.${i + 2}` })),
};

const CONDITIONS: Condition[] = [
  { name: 'deleting an attached ENI', provider: 'alibaba', mutation: 'deleteNetworkInterface', state: ALI_STATE, input: { networkInterface: aliRef('eni-drinuse') }, code: 'InvalidOperation.InvalidEniState' },
  { name: 'deleting an ENI that does not exist', provider: 'alibaba', mutation: 'deleteNetworkInterface', state: ALI_STATE, input: { networkInterface: aliRef('eni-drmissing') }, code: 'InvalidEniId.NotFound' },
  { name: 'attaching an ENI that is InUse', provider: 'alibaba', mutation: 'attachNetworkInterface', state: ALI_STATE, input: { networkInterface: aliRef('eni-drinuse'), instanceId: 'i-dr' }, code: 'InvalidOperation.InvalidEniState' },
  { name: 'detaching an ENI that is Available', provider: 'alibaba', mutation: 'detachNetworkInterface', state: ALI_STATE, input: { networkInterface: aliRef('eni-dr'), instanceId: 'i-dr' }, code: 'InvalidOperation.InvalidEniState' },
  { name: 'detaching an ENI that does not exist', provider: 'alibaba', mutation: 'detachNetworkInterface', state: ALI_STATE, input: { networkInterface: aliRef('eni-drmissing'), instanceId: 'i-dr' }, code: 'InvalidEniId.NotFound' },
  {
    name: 'detaching from an instance it is not attached to',
    provider: 'alibaba',
    mutation: 'detachNetworkInterface',
    state: { ...ALI_STATE, instances: [...ALI_STATE.instances, { id: 'i-drother', vSwitchId: 'vsw-e2ea' }] },
    input: { networkInterface: aliRef('eni-drinuse'), instanceId: 'i-drother' },
    code: 'InvalidParameter',
  },
  { name: 'unassigning an address the ENI does not carry', provider: 'alibaba', mutation: 'unassignPrivateIpAddresses', state: ALI_STATE, input: { networkInterface: aliRef('eni-dr'), privateIpAddresses: ['10.0.1.99'] }, code: 'InvalidIp.IpUnassigned' },
  {
    name: 'assigning to an ENI that is Attaching',
    provider: 'alibaba',
    mutation: 'assignPrivateIpAddresses',
    state: { networkInterfaces: [{ id: 'eni-drattaching', vSwitchId: 'vsw-e2ea', status: 'Attaching' }] },
    input: { networkInterface: aliRef('eni-drattaching'), secondaryPrivateIpAddressCount: 1 },
    code: 'InvalidOperation.InvalidEniState',
  },
  { name: 'creating an ENI on a primary address another ENI holds', provider: 'alibaba', mutation: 'createNetworkInterface', state: ALI_STATE, input: { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea', primaryIpAddress: '10.0.1.20' }, code: 'InvalidPrivateIpAddress.Duplicated' },
  { name: 'assigning an address another ENI holds', provider: 'alibaba', mutation: 'assignPrivateIpAddresses', state: ALI_STATE, input: { networkInterface: aliRef('eni-drinuse'), privateIpAddresses: ['10.0.1.20'] }, code: 'InvalidPrivateIpAddress.Duplicated' },
  { name: 'assigning an address the ENI carries', provider: 'alibaba', mutation: 'assignPrivateIpAddresses', state: ALI_STATE, input: { networkInterface: aliRef('eni-dr'), privateIpAddresses: ['10.0.1.20'] }, code: 'InvalidIp.IpAssigned' },
  {
    name: 'going past the 50 secondary addresses of an Available ENI',
    provider: 'alibaba',
    mutation: 'assignPrivateIpAddresses',
    state: { networkInterfaces: [{ id: 'eni-drfull', vSwitchId: 'vsw-e2ea', secondaryCount: 50 }] },
    input: { networkInterface: aliRef('eni-drfull'), secondaryPrivateIpAddressCount: 1 },
    code: 'MaxEniPrivateIpsCountExceeded',
  },
  {
    name: 'renaming an ENI that is Detaching',
    provider: 'alibaba',
    mutation: 'updateNetworkInterface',
    state: { instances: [{ id: 'i-dr', vSwitchId: 'vsw-e2ea' }], networkInterfaces: [{ id: 'eni-drdetaching', vSwitchId: 'vsw-e2ea', status: 'Detaching', instanceId: 'i-dr' }] },
    input: { networkInterface: aliRef('eni-drdetaching'), networkInterfaceName: 'renamed' },
    code: 'InvalidOperation.InvalidEniState',
  },
  { name: 'creating an ENI on a primary address outside its vSwitch', provider: 'alibaba', mutation: 'createNetworkInterface', state: ALI_STATE, input: { target: ALI_TARGET, vSwitchId: 'vsw-e2ea', securityGroupId: 'sg-e2ea', primaryIpAddress: '10.0.2.20' }, code: 'InvalidVSwitchId.IpInvalid' },
  { name: 'creating an ENI in a vSwitch that does not exist', provider: 'alibaba', mutation: 'createNetworkInterface', state: ALI_STATE, input: { target: ALI_TARGET, vSwitchId: 'vsw-drmissing', securityGroupId: 'sg-e2ea', primaryIpAddress: '10.0.1.40' }, code: 'InvalidVSwitchId.NotFound' },
  { name: 'creating a HaVip on an address outside its vSwitch', provider: 'alibaba', mutation: 'createVirtualIp', state: ALI_STATE, input: { target: ALI_TARGET, subnetId: 'vsw-e2ea', ipAddress: '10.0.9.5' }, code: 'InvalidIPAddress.OutOfRange' },
  { name: 'creating a HaVip in a vSwitch that does not exist', provider: 'alibaba', mutation: 'createVirtualIp', state: ALI_STATE, input: { target: ALI_TARGET, subnetId: 'vsw-drmissing', ipAddress: '10.0.1.40' }, code: 'InvalidVSwitch.NotFound' },
  { name: 'creating a HaVip on an address an ENI holds', provider: 'alibaba', mutation: 'createVirtualIp', state: ALI_STATE, input: { target: ALI_TARGET, subnetId: 'vsw-e2ea', ipAddress: '10.0.1.20' }, code: 'InvalidIPAddress.AlreadyUsed' },
  { name: 'releasing a bound EIP', provider: 'alibaba', mutation: 'releaseElasticIp', state: ALI_STATE, input: { elasticIp: aliRef('eip-drbound') }, code: 'IncorrectEipStatus' },
  { name: 'releasing an EIP that does not exist', provider: 'alibaba', mutation: 'releaseElasticIp', state: ALI_STATE, input: { elasticIp: aliRef('eip-drmissing') }, code: 'InvalidAllocationId.NotFound' },
  { name: 'associating an EIP that is InUse', provider: 'alibaba', mutation: 'associateElasticIp', state: ALI_STATE, input: { elasticIp: aliRef('eip-drbound'), instanceId: 'eni-dr', instanceType: 'NETWORK_INTERFACE' }, code: 'IncorrectEipStatus' },
  { name: 'unassociating an EIP that is Available', provider: 'alibaba', mutation: 'unassociateElasticIp', state: ALI_STATE, input: { elasticIp: aliRef('eip-dr') }, code: 'IncorrectEipStatus' },
  { name: 'deleting a HaVip that is InUse', provider: 'alibaba', mutation: 'deleteVirtualIp', state: ALI_STATE, input: { virtualIp: aliRef('havip-drbound') }, code: 'IncorrectStatus' },
  {
    name: 'binding a HaVip to an ENI outside its vSwitch',
    provider: 'alibaba',
    mutation: 'bindVirtualIp',
    state: { ...ALI_STATE, networkInterfaces: [...ALI_STATE.networkInterfaces, { id: 'eni-drother', vSwitchId: 'vsw-e2etiny' }] },
    input: { networkInterface: aliRef('eni-drother'), virtualIpId: 'havip-dr' },
    code: 'InvalidParameter.Mismatch',
  },
  { name: 'binding a HaVip that does not exist', provider: 'alibaba', mutation: 'bindVirtualIp', state: ALI_STATE, input: { networkInterface: aliRef('eni-dr'), virtualIpId: 'havip-drmissing' }, code: 'InvalidHaVipId.NotFound' },
  {
    name: 'binding a HaVip to an 11th ENI',
    provider: 'alibaba',
    mutation: 'bindVirtualIp',
    state: {
      networkInterfaces: Array.from({ length: 11 }, (_, i) => ({ id: `eni-drten${i}`, vSwitchId: 'vsw-e2ea' })),
      haVips: [{ id: 'havip-drfull', vSwitchId: 'vsw-e2ea', status: 'InUse', associatedInstanceType: 'NetworkInterface', associatedInstances: Array.from({ length: 10 }, (_, i) => `eni-drten${i}`) }],
    },
    input: { networkInterface: aliRef('eni-drten10'), virtualIpId: 'havip-drfull' },
    code: 'CountLimitExceeded.HaVipOnECSInstance',
  },
  { name: 'a 9th BGP peer on a VBR', provider: 'alibaba', mutation: 'createVifPeer', state: NINE_PEERS_GROUP, input: { target: ALI_TARGET, bgpGroupId: 'bgpg-e2ea', remoteGatewayIp: '10.40.0.200' }, code: 'InvalidParameter' },
  {
    name: 'deleting a BGP peer still being created',
    provider: 'alibaba',
    mutation: 'deleteVifPeer',
    state: { ...ALI_BGP, bgpPeers: [{ id: 'bgp-drpending', groupId: 'bgpg-e2ea', peerIpAddress: '10.30.0.2', status: 'Pending' }] },
    input: { vifPeer: aliRef('bgp-drpending') },
    code: 'DependencyViolation.BgpPeer',
  },
  { name: 'deleting a BGP peer that does not exist', provider: 'alibaba', mutation: 'deleteVifPeer', state: ALI_STATE, input: { vifPeer: aliRef('bgp-drmissing') }, code: 'InvalidBgpPeerId.NotFound' },

  { name: 'creating a port on an address a NIC holds', provider: 'huawei', mutation: 'createNetworkInterface', state: HW_LIFECYCLE, input: { target: HW_TARGET, vSwitchId: U.subnetA, primaryIpAddress: '192.168.0.10' }, code: 'VPC.0701' },
  { name: 'creating a VIP port on an address a VIP holds', provider: 'huawei', mutation: 'createVirtualIp', state: HW_LIFECYCLE, input: { target: HW_TARGET, subnetId: U.subnetA, ipAddress: '192.168.0.30' }, code: 'VPC.0701' },
  { name: 'creating a port on an address outside its subnet', provider: 'huawei', mutation: 'createNetworkInterface', state: HW_LIFECYCLE, input: { target: HW_TARGET, vSwitchId: U.subnetA, primaryIpAddress: '192.168.5.10' }, code: 'VPC.2500' },
  { name: 'creating a port on a subnet that does not exist', provider: 'huawei', mutation: 'createNetworkInterface', state: HW_LIFECYCLE, input: { target: HW_TARGET, vSwitchId: U.missing, primaryIpAddress: '192.168.0.40' }, code: 'VPC.2500' },
  { name: 'creating a VIP port on an address outside its subnet', provider: 'huawei', mutation: 'createVirtualIp', state: HW_LIFECYCLE, input: { target: HW_TARGET, subnetId: U.subnetA, ipAddress: '10.9.9.9' }, code: 'VPC.2500' },
  { name: 'binding an address outside the named subnet', provider: 'huawei', mutation: 'bindVirtualIp', state: HW_LIFECYCLE, input: { networkInterface: hwRef(U.nicA), subnetId: U.subnetA, ipAddress: '192.168.7.7' }, code: 'Ecs.0039' },
  { name: 'binding an address of a subnet that does not exist', provider: 'huawei', mutation: 'bindVirtualIp', state: HW_LIFECYCLE, input: { networkInterface: hwRef(U.nicA), subnetId: U.missing, ipAddress: '192.168.0.40' }, code: 'Ecs.0038' },
  { name: 'binding an address of a subnet in another VPC', provider: 'huawei', mutation: 'bindVirtualIp', state: HW_LIFECYCLE, input: { networkInterface: hwRef(U.nicA), subnetId: U.subnetB, ipAddress: '192.168.0.40' }, code: 'Ecs.0064' },
  { name: 'deleting a port attached to a server', provider: 'huawei', mutation: 'deleteNetworkInterface', state: HW_LIFECYCLE, input: { networkInterface: hwRef(U.nicA) }, code: 'VPC.2500' },
  { name: 'deleting a port that does not exist', provider: 'huawei', mutation: 'deleteNetworkInterface', state: HW_LIFECYCLE, input: { networkInterface: hwRef(U.missing) }, code: 'VPC.0508' },
  { name: 'releasing a bound EIP', provider: 'huawei', mutation: 'releaseElasticIp', state: HW_LIFECYCLE, input: { elasticIp: hwRef(U.eipBound) }, code: 'VPC.0510' },
  { name: 'releasing an EIP that does not exist', provider: 'huawei', mutation: 'releaseElasticIp', state: HW_LIFECYCLE, input: { elasticIp: hwRef(U.missing) }, code: 'VPC.0504' },
  { name: 'binding an EIP that is already bound', provider: 'huawei', mutation: 'associateElasticIp', state: HW_LIFECYCLE, input: { elasticIp: hwRef(U.eipBound), instanceId: U.nicB }, code: 'VPC.0510' },
  {
    name: 'deleting the last peer of a virtual interface',
    provider: 'huawei',
    mutation: 'deleteVifPeer',
    state: { ...HW_LIFECYCLE, vif_peers: [HW_LIFECYCLE.vif_peers[0]] },
    input: { vifPeer: hwRef(U.peerA) },
    code: 'DC.0001',
  },
  { name: 'a second peer of one address family', provider: 'huawei', mutation: 'createVifPeer', state: HW_LIFECYCLE, input: vifPeer({ vifId: U.vifTwo }), code: 'DC.0001' },
  { name: 'deleting a peer that does not exist', provider: 'huawei', mutation: 'deleteVifPeer', state: HW_LIFECYCLE, input: { vifPeer: hwRef(U.missing) }, code: 'DC.0002' },
];

describe('a dry run of a documented failing condition', () => {
  it.each(CONDITIONS)('$provider $mutation, $name: the dry run answers $code like the real call, and changes nothing', async (c) => {
    if (c.provider === 'alibaba') await seedAlibaba(h, c.state);
    else await seedHuawei(h, c.state);

    const { answer: dry, calls } = await dryRunChangingNothing(c.provider, c.mutation, c.input);
    expect(dry.code).toBe(c.code);
    // netplane answered: no call of the operation itself, and the request id is the gateway's.
    expect(calls.every((call) => READ_OPERATION.test(call.operation))).toBe(true);
    expect(dry.requestId).toMatch(/^[0-9a-f-]{36}$/);

    await h.control(c.provider, 'DELETE', 'calls');
    const real = await run(c.mutation, c.input);
    const same = (a: Answer) => ({ __typename: a.__typename, code: a.code, httpStatus: a.httpStatus, parameter: a.parameter, resourceType: a.resourceType, resourceId: a.resourceId });
    expect(same(dry)).toEqual(same(real));
    expect((await recordedCalls(h, c.provider)).map((call) => call.code)).toContain(c.code);
  });
});

describe('the payload of a dry run', () => {
  it('carries the resources as they are now: a delete shows the interface still AVAILABLE, a bind the HaVip unbound', async () => {
    await seedAlibaba(h, ALI_STATE);
    const doc = parse(`mutation {
      del: deleteNetworkInterface(input: { networkInterface: { provider: ALIBABA, account: "ali-prod", region: "cn-hangzhou", nativeId: "eni-dr" }, dryRun: true }) {
        ... on DeleteNetworkInterfaceSuccess { dryRun asynchronous networkInterface { nativeId status } }
      }
      bind: bindVirtualIp(input: { networkInterface: { provider: ALIBABA, account: "ali-prod", region: "cn-hangzhou", nativeId: "eni-dr" }, virtualIpId: "havip-dr", dryRun: true }) {
        ... on BindVirtualIpSuccess { dryRun networkInterface { nativeId } virtualIp { nativeId status boundInterfaceIds } }
      }
      create: createNetworkInterface(input: { target: { provider: ALIBABA, account: "ali-prod", region: "cn-hangzhou" }, vSwitchId: "vsw-e2ea", dryRun: true }) {
        ... on CreateNetworkInterfaceSuccess { dryRun networkInterface { nativeId } }
      }
    }`) as TypedDocumentNode<Record<string, unknown>, Record<string, never>>;
    const { data, errors } = await h.gql(doc, {});
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      del: { dryRun: true, asynchronous: true, networkInterface: { nativeId: 'eni-dr', status: 'AVAILABLE' } },
      bind: { dryRun: true, networkInterface: { nativeId: 'eni-dr' }, virtualIp: { nativeId: 'havip-dr', status: 'AVAILABLE', boundInterfaceIds: [] } },
      create: { dryRun: true, networkInterface: null },
    });
  });
});

describe('a mutation without dryRun', () => {
  it('answers dryRun: false, as with dryRun: false', async () => {
    await seedAlibaba(h, ALI_STATE);
    expect(await run('updateNetworkInterface', { networkInterface: aliRef('eni-dr'), networkInterfaceName: 'a1' })).toMatchObject({ dryRun: false });
    expect(await run('updateNetworkInterface', { networkInterface: aliRef('eni-dr'), networkInterfaceName: 'a2', dryRun: false })).toMatchObject({ dryRun: false });
  });
});
