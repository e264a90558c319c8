import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUTATION_NAMES } from '../../src/domain/mutations';
import type { MutationName } from '../../src/domain/operations';
import { pascal } from '../../src/graphql/mutations/names';
import { checkParams } from '../../src/providers/alibaba/validation';
import { cidrContains } from '../../src/providers/alibaba/emulator/state';
import {
  validateAllocateElasticIp,
  validateBindVirtualIp,
  validateCreatePort,
  validateCreateVifPeer,
  validateUpdatePort,
  validateUpdateVifPeer,
} from '../../src/providers/huawei/validation';
import { ALI, ALI_BGP, ALI_TARGET, HW, HW_LIFECYCLE, HW_TARGET, seedAlibaba, seedHuawei, U } from '../support/e2e-fixtures';
import { startHarness, type Harness } from '../support/harness';
import { mutationDocument, recordedCalls, type RecordedCall } from '../support/mutation-documents';

/**
 * Property-based hostile input against the whole of netplane over HTTP: random and adversarial
 * values in every mutation input and across the query surface. Whatever arrives, the gateway
 * answers below 500 with typed members or GraphQL validation errors (never a masked internal error),
 * nothing that breaks a documented limit reaches an emulator, and the emulators' state stays
 * consistent (no address twice in a subnet, every address inside its subnet's CIDR block).
 * Run counts are bounded so the file stays well under 30 s on two cores.
 */

/** The seed mutations keep their 60 runs; the lifecycle ones (issue 8) get fewer, so the file's run time stays about as it was. */
const RUNS = { mutation: 60, lifecycle: 20, query: 80 };
const SEED_MUTATIONS = new Set<MutationName>(['createNetworkInterface', 'assignPrivateIpAddresses', 'associateElasticIp', 'bindVirtualIp', 'createVifPeer']);
/** What the hostile mutations did, printed at the end so a reader can see the properties bite. */
const tally = { requests: 0, graphqlErrors: 0, typedErrors: 0, successes: 0, upstreamCalls: 0 };
/** The provider operations the hostile inputs reached, so a reader sees which limits were checked upstream. */
const reached = new Set<string>();
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

let h: Harness;
beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  h = await startHarness();
  for (const provider of ['alibaba', 'huawei'] as const) {
    await h.control(provider, 'POST', 'reset', { fixture: 'empty' });
    await h.control(provider, 'POST', 'clock', { freeze: true });
  }
  await seedAlibaba(h, {
    networkInterfaces: [
      { id: 'eni-e2eone', vSwitchId: 'vsw-e2ea' },
      { id: 'eni-e2etiny', vSwitchId: 'vsw-e2etiny' },
      { id: 'eni-e2eattached', vSwitchId: 'vsw-e2ea', status: 'InUse', instanceId: 'i-e2ehost', secondaryIps: ['10.0.1.40'] },
    ],
    instances: [{ id: 'i-e2ehost', vSwitchId: 'vsw-e2ea' }],
    haVips: [
      { id: 'havip-e2ea', vSwitchId: 'vsw-e2ea' },
      { id: 'havip-e2ebound', vSwitchId: 'vsw-e2ea', status: 'InUse', associatedInstanceType: 'NetworkInterface', associatedInstances: ['eni-e2eattached'] },
    ],
    eips: [
      { id: 'eip-e2efree' },
      { id: 'eip-e2esecond' },
      { id: 'eip-e2ebound', status: 'InUse', instanceId: 'i-e2ehost', instanceType: 'EcsInstance' },
    ],
    ...ALI_BGP,
    bgpPeers: [
      { id: 'bgp-e2ea', groupId: 'bgpg-e2ea', peerIpAddress: '10.0.0.2' },
      { id: 'bgp-e2epending', groupId: 'bgpg-e2ea', peerIpAddress: '10.0.0.6', status: 'Pending' },
    ],
  });
  await seedHuawei(h, HW_LIFECYCLE);
}, 60_000);
afterAll(async () => {
  console.log(
    `hostile input: ${tally.requests} mutation requests — ${tally.successes} succeeded, ${tally.typedErrors} typed errors, ${tally.graphqlErrors} GraphQL validation errors; ${tally.upstreamCalls} upstream calls, all within the documented limits; operations reached: ${[...reached].sort().join(', ')}`,
  );
  await h?.close();
  process.off('unhandledRejection', onRejection);
  expect(rejections).toEqual([]);
});

// ---------- arbitraries ----------

const ADVERSARIAL = [
  "' OR '1'='1",
  "'; DROP TABLE network_interfaces; --",
  '../../../../etc/passwd',
  '${jndi:ldap://127.0.0.1/x}',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '\u0000',
  '\r\nX-Injected: yes',
  '%00%0d%0a',
  'eni-\u202egnp.exe',
  '\ud800',
  '😀'.repeat(40),
  'Ａｂｃ',
  ' ',
  '',
  'null',
  'eni-e2eone',
  'eni-e2eone\u0000',
  'vsw-e2ea',
  'vsw-e2etiny',
  'sg-e2ea',
  'eip-e2efree',
  'havip-e2ea',
  'i-e2ehost',
  'eni-e2eattached',
  'havip-e2ebound',
  'eip-e2ebound',
  'bgp-e2ea',
  'bgpg-e2ea',
  U.vip,
  U.eipBound,
  U.peerA,
  U.portFree,
  '10.0.1.50',
  '10.0.1.3',
  '10.0.9.3',
  '192.168.0.100',
  '192.168.0.10',
  '255.255.255.255',
  '::1',
  'fd00::1/64',
  '10.10.10.1/30',
  '10.10.10.2/30',
  U.vif,
  U.subnetA,
  U.nicA,
  'eni-' + 'a'.repeat(300),
];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ADVERSARIAL) },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 20_000 }).map((n) => 'x'.repeat(n)) },
);
const hostileInt = fc.oneof(
  fc.constantFrom(0, -1, 1, 2, 10, 11, 49, 50, 51, 2048, 2049, 2 ** 31 - 1, -(2 ** 31), 4294967295, 4294967296, 2 ** 53),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
/** A value of the wrong GraphQL type, for any field. */
const wrongType = fc.constantFrom<unknown>(null, 5, true, [], {}, [[]], { nested: { deeper: 'x' } });
const maybeWrong = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 40, arbitrary: arb as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: wrongType });
/** Mostly a value the provider accepts (so calls reach the emulators and change state), else anything hostile. */
const usually = <T>(valid: readonly T[], hostile: fc.Arbitrary<unknown> = hostileString) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid) as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: maybeWrong(hostile) });
const strings = (max: number) => fc.array(hostileString, { maxLength: max });
const provider = fc.constantFrom('ALIBABA', 'HUAWEI', 'AWS', 'alibaba');
const partition = (home: Record<string, string>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(home) }, { weight: 1, arbitrary: fc.record({ provider, account: hostileString, region: hostileString }) });
const ref = (home: Record<string, string>) => partition(home).chain((p) => hostileString.map((nativeId) => ({ ...p, nativeId })));
const globalId = fc.oneof(hostileString, fc.base64String({ maxLength: 80 }), fc.uint8Array({ maxLength: 60 }).map((b) => Buffer.from(b).toString('base64')));
const optional = { requiredKeys: [] as never[] };

const aliEni = (nativeId: string) => ({ ...ALI, provider: 'ALIBABA', nativeId });
const nicRef = { ...HW, provider: 'HUAWEI', nativeId: U.nicA };
const freeIps = (prefix: string, from: number, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${from + i}`);

const hwRef = (nativeId: string) => ({ ...HW, provider: 'HUAWEI', nativeId });
/** A resource target on either cloud: mostly one of the seeded ids, else anything hostile. */
const eitherRef = (ali: string[], hw: string[]) => usually([...ali.map(aliEni), ...hw.map(hwRef)], ref(ALI));
/**
 * A lifecycle input names its target by a reference most of the time: giving the global id too is a
 * target error before any call, so it is kept in one input out of five.
 */
const mostlyByRef = (arb: fc.Arbitrary<Record<string, unknown>>, idField: string) =>
  fc.tuple(arb, fc.integer({ min: 0, max: 4 })).map(([input, dice]) => {
    if (dice === 0) return input;
    const { [idField]: _dropped, ...rest } = input;
    return rest;
  });

const INPUTS: Partial<Record<MutationName, fc.Arbitrary<Record<string, unknown>>>> = {
  createNetworkInterface: fc.record(
    {
      target: maybeWrong(partition(ALI_TARGET)),
      vSwitchId: usually(['vsw-e2ea', 'vsw-e2etiny', 'vsw-e2eb']),
      primaryIpAddress: usually(freeIps('10.0.1.', 100, 20)),
      privateIpAddresses: usually([[], ['10.0.1.200'], ['10.0.1.201', '10.0.1.202']], strings(14)),
      secondaryPrivateIpAddressCount: usually([1, 2, 5], hostileInt),
      securityGroupId: usually(['sg-e2ea', 'sg-e2eb']),
      securityGroupIds: usually([['sg-e2ea']], strings(8)),
      networkInterfaceName: usually(['web-eni', 'db_eni:1']),
      description: usually(['an interface', 'ok']),
      queueNumber: usually([1, 8, 2048], hostileInt),
      resourceGroupId: usually(['rg-e2e']),
      clientToken: usually(['token-1', 'token-2', 'token-3']),
      tags: usually([[{ key: 'env', value: 'prod' }]], fc.array(fc.record({ key: hostileString, value: hostileString }), { maxLength: 24 })),
    },
    { requiredKeys: ['target', 'vSwitchId'] },
  ),
  assignPrivateIpAddresses: fc.record(
    {
      networkInterfaceId: maybeWrong(globalId),
      networkInterface: usually([aliEni('eni-e2eone'), aliEni('eni-e2etiny'), aliEni('eni-e2emissing')], ref(ALI)),
      privateIpAddresses: usually([['10.0.1.150'], ['10.0.1.151', '10.0.1.152'], ['10.0.9.3']], strings(55)),
      secondaryPrivateIpAddressCount: usually([1, 2, 3], hostileInt),
      clientToken: usually(['token-1', 'token-2']),
    },
    optional,
  ),
  associateElasticIp: fc.record(
    {
      elasticIpId: maybeWrong(globalId),
      elasticIp: usually([aliEni('eip-e2efree'), aliEni('eip-e2esecond')], ref(ALI)),
      instanceId: usually(['eni-e2eone', 'eni-e2etiny', 'i-e2ehost', 'havip-e2ea']),
      instanceType: maybeWrong(fc.constantFrom('ECS_INSTANCE', 'NETWORK_INTERFACE', 'HA_VIP', 'NAT', 'SLB_INSTANCE', 'IP_ADDRESS', 'BOGUS')),
      mode: maybeWrong(fc.constantFrom('NAT', 'MULTI_BINDED', 'BINDED', 'bogus')),
      privateIpAddress: usually(['10.0.1.3', '10.0.1.4']),
      instanceRegionId: maybeWrong(hostileString),
      vpcId: usually(['vpc-e2ea']),
      clientToken: usually(['token-1', 'token-2']),
    },
    { requiredKeys: ['instanceId'] },
  ),
  bindVirtualIp: fc.record(
    {
      networkInterfaceId: maybeWrong(globalId),
      networkInterface: usually([nicRef], ref(HW)),
      subnetId: usually([U.subnetA, U.subnetB]),
      ipAddress: usually([...freeIps('192.168.0.', 100, 10), '192.168.0.2', '192.168.0.10', '192.168.1.5']),
      reverseBinding: maybeWrong(fc.boolean()),
    },
    { requiredKeys: ['subnetId', 'ipAddress'] },
  ),
  createVifPeer: fc.record(
    {
      target: maybeWrong(partition(HW_TARGET)),
      vifId: usually([U.vif, U.missing]),
      name: usually(['peer-a', 'peer-b']),
      description: usually(['a peer']),
      addressFamily: maybeWrong(fc.constantFrom('IPV4', 'IPV6', 'IPV5')),
      localGatewayIp: usually(['10.10.10.1/30', 'fd00::1/64']),
      remoteGatewayIp: usually(['10.10.10.2/30', 'fd00::2/64']),
      routeMode: maybeWrong(fc.constantFrom('STATIC', 'BGP', 'OSPF')),
      bgpAsn: usually([64512, 4294967295], hostileInt),
      bgpMd5: usually(['secret']),
      remoteEpGroup: usually([['10.1.0.0/16']], strings(6)),
    },
    { requiredKeys: ['target', 'vifId', 'name', 'addressFamily', 'localGatewayIp', 'remoteGatewayIp'] },
  ),
  // Issue 8: changes and deletes on both clouds. Each cloud's own fields, so most inputs reach its
  // emulator; a field the other cloud does not take now and then (FieldNotTaken, no call).
  updateNetworkInterface: mostlyByRef(
    fc.oneof(
      fc.record(
        {
          networkInterfaceId: maybeWrong(globalId),
          networkInterface: usually([aliEni('eni-e2eone'), aliEni('eni-e2eattached'), aliEni('eni-e2emissing')], ref(ALI)),
          networkInterfaceName: usually(['web-eni', 'db_eni:1', '']),
          description: usually(['an interface', 'ok']),
          securityGroupIds: usually([['sg-e2ea'], ['sg-e2eb']], strings(12)),
        },
        { requiredKeys: ['networkInterface'] },
      ),
      fc.record(
        {
          networkInterface: usually([hwRef(U.nicA), hwRef(U.portFree), hwRef(U.missing)], ref(HW)),
          networkInterfaceName: usually(['port-a', '']),
          securityGroupIds: usually([[U.subnetA], []], strings(4)),
          description: fc.constantFrom(undefined, undefined, undefined, 'not taken by Huawei'),
        },
        { requiredKeys: ['networkInterface'] },
      ),
    ),
    'networkInterfaceId',
  ),
  deleteNetworkInterface: mostlyByRef(
    fc.record(
      { networkInterfaceId: maybeWrong(globalId), networkInterface: eitherRef(['eni-e2eattached', 'eni-e2emissing'], [U.nicA, U.missing, U.vipBound]) },
      { requiredKeys: ['networkInterface'] },
    ),
    'networkInterfaceId',
  ),
  unassignPrivateIpAddresses: mostlyByRef(
    fc.record(
      {
        networkInterfaceId: maybeWrong(globalId),
        networkInterface: eitherRef(['eni-e2eattached', 'eni-e2eone'], [U.nicA]),
        privateIpAddresses: usually([['10.0.1.99'], ['10.0.1.40', '10.0.1.41'], []], strings(55)),
      },
      { requiredKeys: ['networkInterface', 'privateIpAddresses'] },
    ),
    'networkInterfaceId',
  ),
  deleteVirtualIp: mostlyByRef(
    fc.oneof(
      fc.record(
        { virtualIpId: maybeWrong(globalId), virtualIp: usually([aliEni('havip-e2ebound'), aliEni('havip-e2emissing')], ref(ALI)), clientToken: usually(['token-1']) },
        { requiredKeys: ['virtualIp'] },
      ),
      fc.record({ virtualIp: usually([hwRef(U.vipBound), hwRef(U.missing), hwRef(U.nicA)], ref(HW)) }),
    ),
    'virtualIpId',
  ),
  unbindVirtualIp: mostlyByRef(
    fc.oneof(
      fc.record(
        {
          networkInterfaceId: maybeWrong(globalId),
          networkInterface: usually([aliEni('eni-e2eone'), aliEni('eni-e2eattached')], ref(ALI)),
          virtualIpId: usually(['havip-e2ea', 'havip-e2ebound']),
          force: maybeWrong(fc.boolean()),
          clientToken: usually(['token-1']),
        },
        { requiredKeys: ['networkInterface'] },
      ),
      fc.record(
        {
          networkInterface: usually([hwRef(U.nicA), hwRef(U.nicB), hwRef(U.portFree)], ref(HW)),
          virtualIpId: usually([U.vip, U.vipBound]),
          ipAddress: usually(['192.168.0.30', '192.168.0.31', '10.0.1.3']),
          method: maybeWrong(fc.constantFrom('ECS_NIC', 'NEUTRON_ALLOWED_ADDRESS_PAIRS', 'bogus')),
        },
        { requiredKeys: ['networkInterface'] },
      ),
    ),
    'networkInterfaceId',
  ),
  releaseElasticIp: mostlyByRef(
    fc.record(
      { elasticIpId: maybeWrong(globalId), elasticIp: eitherRef(['eip-e2ebound', 'eip-e2emissing'], [U.eipBound, U.missing]) },
      { requiredKeys: ['elasticIp'] },
    ),
    'elasticIpId',
  ),
  unassociateElasticIp: mostlyByRef(
    fc.oneof(
      fc.record(
        {
          elasticIpId: maybeWrong(globalId),
          elasticIp: usually([aliEni('eip-e2efree'), aliEni('eip-e2ebound')], ref(ALI)),
          instanceId: usually(['i-e2ehost', 'eni-e2eone']),
          instanceType: maybeWrong(fc.constantFrom('ECS_INSTANCE', 'NETWORK_INTERFACE', 'BOGUS')),
          privateIpAddress: usually(['10.0.1.3']),
          force: maybeWrong(fc.boolean()),
          clientToken: usually(['token-1']),
        },
        { requiredKeys: ['elasticIp'] },
      ),
      fc.record({ elasticIp: usually([hwRef(U.eipFree), hwRef(U.eipBound), hwRef(U.missing)], ref(HW)) }),
    ),
    'elasticIpId',
  ),
  updateVifPeer: mostlyByRef(
    fc.oneof(
      fc.record(
        {
          vifPeerId: maybeWrong(globalId),
          vifPeer: usually([aliEni('bgp-e2ea'), aliEni('bgp-e2epending'), aliEni('bgp-e2emissing')], ref(ALI)),
          remoteGatewayIp: usually(['10.0.0.10', 'fd00::10']),
          bgpGroupId: usually(['bgpg-e2ea', 'bgpg-e2emissing']),
          enableBfd: maybeWrong(fc.boolean()),
          bfdMultiHop: usually([1, 3, 255], hostileInt),
          clientToken: usually(['token-1']),
        },
        { requiredKeys: ['vifPeer'] },
      ),
      fc.record(
        {
          vifPeer: usually([hwRef(U.peerA), hwRef(U.peerB), hwRef(U.missing)], ref(HW)),
          name: usually(['peer-renamed', '']),
          description: usually(['a peer']),
          remoteEpGroup: usually([['10.1.0.0/16'], []], strings(6)),
        },
        { requiredKeys: ['vifPeer'] },
      ),
    ),
    'vifPeerId',
  ),
  deleteVifPeer: mostlyByRef(
    fc.record(
      { vifPeerId: maybeWrong(globalId), vifPeer: eitherRef(['bgp-e2epending', 'bgp-e2emissing'], [U.missing, U.peerA, 'peer-1']), clientToken: usually(['token-1']) },
      { requiredKeys: ['vifPeer'] },
    ),
    'vifPeerId',
  ),
};

/** Well-formed inputs that race for the same few addresses, so state changes and collides. */
const octet = fc.integer({ min: 0, max: 12 });
const WELL_FORMED: Partial<Record<MutationName, fc.Arbitrary<Record<string, unknown>>>> = {
  createNetworkInterface: fc.record(
    {
      target: fc.constant(ALI_TARGET),
      vSwitchId: fc.constantFrom('vsw-e2ea', 'vsw-e2etiny'),
      primaryIpAddress: octet.map((n) => `10.0.1.${n}`),
      secondaryPrivateIpAddressCount: fc.integer({ min: 1, max: 3 }),
      clientToken: fc.constantFrom('t-1', 't-2', 't-3'),
    },
    { requiredKeys: ['target', 'vSwitchId'] },
  ),
  assignPrivateIpAddresses: fc.oneof(
    fc.record({ networkInterface: fc.constantFrom(aliEni('eni-e2eone'), aliEni('eni-e2etiny')), secondaryPrivateIpAddressCount: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ networkInterface: fc.constant(aliEni('eni-e2eone')), privateIpAddresses: fc.uniqueArray(octet.map((n) => `10.0.1.${n}`), { minLength: 1, maxLength: 3 }) }),
  ),
  bindVirtualIp: fc.record({ networkInterface: fc.constant(nicRef), subnetId: fc.constant(U.subnetA), ipAddress: octet.map((n) => `192.168.0.${n}`) }),
};
for (const [mutation, wellFormed] of Object.entries(WELL_FORMED) as Array<[MutationName, fc.Arbitrary<Record<string, unknown>>]>) {
  INPUTS[mutation] = fc.oneof(INPUTS[mutation]!, wellFormed);
}

// ---------- what every answer and every upstream call must satisfy ----------

/** The one error code that means the gateway itself failed (a masked throw). */
const INTERNAL = 'INTERNAL_SERVER_ERROR';
interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> } | null;
}

async function post(body: string): Promise<Answer> {
  const response = await fetch(h.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  let parsed: Answer['body'] = null;
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = null;
  }
  return { status: response.status, body: parsed };
}

function expectWellBehaved(answer: Answer, context: string): void {
  expect(answer.status, context).toBeLessThan(500);
  if (answer.status === 413) return;
  expect(answer.body, context).not.toBeNull();
  for (const error of answer.body!.errors ?? []) {
    expect(error.message, context).not.toMatch(/^(Unexpected error\.|Internal server error)$/i);
    const code = error.extensions?.code;
    const acceptable = typeof code === 'string' && code !== INTERNAL;
    expect(acceptable, `${context}: ${JSON.stringify(error).slice(0, 300)}`).toBe(true);
  }
}

/** Every call an emulator served must be one the provider's documented limits accept. */
function expectValidUpstream(provider: 'alibaba' | 'huawei', calls: RecordedCall[]): void {
  for (const call of calls) {
    if (call.operation === 'Unknown' || call.account === '') continue;
    if (provider === 'alibaba') {
      const params = Object.fromEntries(Object.entries(call.params).map(([k, v]) => [k, String(v)]));
      expect(checkParams(call.operation, params), JSON.stringify(call)).toBeNull();
      continue;
    }
    const recorded = call.params as { path?: Record<string, string>; body?: Record<string, Record<string, unknown>> | null };
    if (call.operation === 'AssociateServerVirtualIp') {
      const nic = recorded.body?.['nic'] ?? {};
      const failure = validateBindVirtualIp(recorded.path?.['nic_id'] ?? '', {
        subnetId: nic['subnet_id'] as string,
        ipAddress: nic['ip_address'] as string,
        reverseBinding: nic['reverse_binding'] as boolean | undefined,
      });
      expect(failure, JSON.stringify(call)).toBeNull();
    }
    if (call.operation === 'CreateVifPeer') {
      const peer = recorded.body?.['vif_peer'] ?? {};
      // The validator takes the neutral input: the wire's lower-case enums back to the neutral ones.
      const failure = validateCreateVifPeer({
        vifId: peer['vif_id'] as string,
        name: peer['name'] as string,
        description: peer['description'] as string | undefined,
        addressFamily: (peer['address_family'] as string | undefined)?.toUpperCase() as 'IPV4' | undefined,
        localGatewayIp: peer['local_gateway_ip'] as string,
        remoteGatewayIp: peer['remote_gateway_ip'] as string,
        routeMode: (peer['route_mode'] as string | undefined)?.toUpperCase() as 'BGP' | undefined,
        bgpAsn: peer['bgp_asn'] as number | undefined,
        bgpMd5: peer['bgp_md5'] as string | undefined,
        remoteEpGroup: peer['remote_ep_group'] as string[] | undefined,
      });
      expect(failure, JSON.stringify(call)).toBeNull();
    }
    if (call.operation === 'UpdateVifPeer') {
      const peer = recorded.body?.['vif_peer'] ?? {};
      const failure = validateUpdateVifPeer(recorded.path?.['peer_id'] ?? '', {
        name: peer['name'] as string | undefined,
        description: peer['description'] as string | undefined,
        remoteEpGroup: peer['remote_ep_group'] as string[] | undefined,
      });
      expect(failure, JSON.stringify(call)).toBeNull();
    }
    if (call.operation === 'UpdatePort') {
      const port = recorded.body?.['port'] ?? {};
      const failure = validateUpdatePort(recorded.path?.['port_id'] ?? '', {
        networkInterfaceName: port['name'] as string | undefined,
        securityGroupIds: port['security_groups'] as string[] | undefined,
      });
      expect(failure, JSON.stringify(call)).toBeNull();
    }
    if (call.operation === 'CreatePort') {
      const port = recorded.body?.['port'] ?? {};
      const fixed = port['fixed_ips'] as Array<{ ip_address?: string }> | undefined;
      const failure = validateCreatePort({
        vSwitchId: port['network_id'] as string,
        networkInterfaceName: port['name'] as string | undefined,
        primaryIpAddress: fixed?.[0]?.ip_address,
        securityGroupIds: port['security_groups'] as string[] | undefined,
      });
      expect(failure, JSON.stringify(call)).toBeNull();
    }
    if (call.operation === 'CreatePublicip') {
      const bandwidth = recorded.body?.['bandwidth'] ?? {};
      const publicip = recorded.body?.['publicip'] ?? {};
      const failure = validateAllocateElasticIp({
        bandwidthMbps: bandwidth['size'] as number | undefined,
        name: bandwidth['name'] as string | undefined,
        ipType: publicip['type'] as string | undefined,
      });
      expect(failure, JSON.stringify(call)).toBeNull();
    }
  }
}

type Snapshot = Record<string, Record<string, Record<string, Array<Record<string, unknown>>>>>;

/** No address twice in a subnet; every address inside its subnet's CIDR block. */
async function expectConsistentState(): Promise<void> {
  const ali = ((await h.control('alibaba', 'GET', 'snapshot')) as { accounts: Snapshot }).accounts;
  for (const regions of Object.values(ali)) {
    for (const region of Object.values(regions)) {
      const cidrs = new Map(region['vswitches']!.map((v) => [v['id'] as string, v['cidr'] as string]));
      const seen = new Set<string>();
      const holders = [
        ...region['networkInterfaces']!.map((e) => [e['vSwitchId'] as string, [e['primaryIp'] as string, ...(e['secondaryIps'] as string[])]] as const),
        ...region['haVips']!.map((v) => [v['vSwitchId'] as string, [v['ipAddress'] as string]] as const),
      ];
      for (const [vSwitchId, addresses] of holders) {
        for (const ip of addresses) {
          expect(cidrContains(cidrs.get(vSwitchId)!, ip), `${ip} outside ${vSwitchId}`).toBe(true);
          expect(seen.has(`${vSwitchId}/${ip}`), `${ip} twice in ${vSwitchId}`).toBe(false);
          seen.add(`${vSwitchId}/${ip}`);
        }
      }
      // Lifecycle (issue 8): a peer's group exists and its VBR holds at most 8 peers; an InUse EIP names what it is bound to.
      const groups = new Set(region['bgpGroups']!.map((g) => g['id'] as string));
      const perVbr = new Map<string, number>();
      for (const peer of region['bgpPeers']!) {
        expect(groups.has(peer['groupId'] as string), `BGP peer ${String(peer['id'])} in a missing group`).toBe(true);
        perVbr.set(peer['vbrId'] as string, (perVbr.get(peer['vbrId'] as string) ?? 0) + 1);
      }
      for (const [vbr, count] of perVbr) expect(count, `peers on ${vbr}`).toBeLessThanOrEqual(8);
      for (const eip of region['eips']!) if (eip['status'] === 'InUse') expect(eip['instanceId'], `EIP ${String(eip['id'])} InUse with no instance`).not.toBe('');
    }
  }
  const hw = (await h.control('huawei', 'GET', 'snapshot')) as Snapshot;
  for (const regions of Object.values(hw)) {
    for (const region of Object.values(regions)) {
      const cidrs = new Map(region['subnets']!.map((s) => [s['id'] as string, s['cidr'] as string]));
      const seen = new Set<string>();
      for (const port of region['ports']!) {
        // fixed_ips name the Neutron subnet; the port's network_id is the VPC subnet it lives in.
        const subnetId = port['network_id'] as string;
        for (const fixed of port['fixed_ips'] as Array<{ ip_address: string }>) {
          expect(cidrContains(cidrs.get(subnetId)!, fixed.ip_address), `${fixed.ip_address} outside ${subnetId}`).toBe(true);
          expect(seen.has(`${subnetId}/${fixed.ip_address}`), `${fixed.ip_address} twice in ${subnetId}`).toBe(false);
          seen.add(`${subnetId}/${fixed.ip_address}`);
        }
      }
      // An EIP is bound to a port that exists (deleting the port unbinds it).
      const ports = new Set(region['ports']!.map((p) => p['id'] as string));
      for (const ip of region['publicips']!) {
        if (ip['port_id']) expect(ports.has(ip['port_id'] as string), `publicip ${String(ip['id'])} bound to a missing port`).toBe(true);
      }
    }
  }
}

async function drainCalls(): Promise<void> {
  for (const provider of ['alibaba', 'huawei'] as const) {
    const calls = await recordedCalls(h, provider);
    tally.upstreamCalls += calls.length;
    for (const call of calls) if (call.account !== '') reached.add(`${provider}:${call.operation}`);
    expectValidUpstream(provider, calls);
    await h.control(provider, 'DELETE', 'calls');
  }
}

const KNOWN_MEMBERS = new RegExp(
  `^(${MUTATION_NAMES.map(pascal).join('|')})Success$|^(ResourceNotFound|InvalidParameter|InvalidResourceState|ResourceConflict|QuotaExceeded|InsufficientCapacity|PermissionDenied|Throttled|ProviderUnavailable|IdempotencyMismatch|UnsupportedOperation|UnknownProviderError)$`,
);

// ---------- properties ----------

describe('hostile mutation input', () => {
  it.each(Object.keys(INPUTS) as MutationName[])('%s: typed answers below 500, only valid calls upstream, consistent state', async (mutation) => {
    const arbitrary = INPUTS[mutation]!;
    const document = mutationDocument(mutation);
    const query = (await import('graphql')).print(document);
    await fc.assert(
      fc.asyncProperty(arbitrary, async (input) => {
        const answer = await post(JSON.stringify({ query, variables: { input } }));
        const context = `${mutation} ${JSON.stringify(input).slice(0, 400)}`;
        expectWellBehaved(answer, context);
        const member = answer.body?.data?.[mutation] as { __typename?: string } | undefined;
        tally.requests++;
        if (member) {
          expect(member.__typename, context).toMatch(KNOWN_MEMBERS);
          if (member.__typename!.endsWith('Success')) tally.successes++;
          else tally.typedErrors++;
        } else {
          expect(answer.body?.errors?.length ?? (answer.status === 413 ? 1 : 0), context).toBeGreaterThan(0);
          tally.graphqlErrors++;
        }
        await drainCalls();
        await expectConsistentState();
      }),
      { numRuns: SEED_MUTATIONS.has(mutation) ? RUNS.mutation : RUNS.lifecycle, seed: 4242, endOnFailure: true, verbose: 0 },
    );
  }, 60_000);
});

describe('hostile queries', () => {
  const filter = fc.record(
    {
      providers: maybeWrong(fc.array(provider, { maxLength: 3 })),
      accounts: maybeWrong(strings(5)),
      regions: maybeWrong(strings(5)),
      nativeIds: maybeWrong(strings(120)),
      vpcId: maybeWrong(hostileString),
      subnetId: maybeWrong(hostileString),
      ipAddress: maybeWrong(hostileString),
      instanceId: maybeWrong(hostileString),
    },
    optional,
  );
  const paging = fc.record({ first: maybeWrong(hostileInt), last: maybeWrong(hostileInt), after: maybeWrong(globalId), before: maybeWrong(globalId) }, optional);

  it('lists with hostile filters, page sizes and cursors', async () => {
    const query = 'query($f: NetworkInterfaceFilter, $first: Int, $last: Int, $after: String, $before: String) { networkInterfaces(filter: $f, first: $first, last: $last, after: $after, before: $before) { totalCount edges { cursor node { id nativeId primaryIp } } partitions { ok error { __typename code } } pageInfo { hasNextPage endCursor } } }';
    await fc.assert(
      fc.asyncProperty(filter, paging, async (f, p) => {
        const answer = await post(JSON.stringify({ query, variables: { f, ...p } }));
        expectWellBehaved(answer, JSON.stringify({ f, p }).slice(0, 400));
        await drainCalls();
      }),
      { numRuns: RUNS.query, seed: 4243, endOnFailure: true, verbose: 0 },
    );
  }, 60_000);

  it('a list filter variable of the wrong shape is BAD_USER_INPUT, not a 500 (the cost estimate once read raw variables)', async () => {
    const query = 'query($f: NetworkInterfaceFilter) { networkInterfaces(filter: $f, first: 5) { totalCount } }';
    for (const f of [{ regions: true }, { accounts: 5 }, { providers: {} }, { regions: [null] }]) {
      const answer = await post(JSON.stringify({ query, variables: { f } }));
      expect(answer.status, JSON.stringify(f)).toBe(400);
      expect(answer.body?.errors?.[0]?.extensions?.code, JSON.stringify(f)).toBe('BAD_USER_INPUT');
    }
  });

  it('node and nodes with bogus global ids', async () => {
    const query = 'query($id: ID!, $ids: [ID!]!) { node(id: $id) { __typename id } nodes(ids: $ids) { __typename id } }';
    await fc.assert(
      fc.asyncProperty(globalId, fc.array(globalId, { maxLength: 120 }), async (id, ids) => {
        const answer = await post(JSON.stringify({ query, variables: { id, ids } }));
        expectWellBehaved(answer, JSON.stringify({ id, ids }).slice(0, 400));
        await drainCalls();
      }),
      { numRuns: RUNS.query, seed: 4244, endOnFailure: true, verbose: 0 },
    );
  }, 60_000);

  it('deeply nested and heavily aliased documents, and documents that are not GraphQL at all', async () => {
    const nested = fc.integer({ min: 1, max: 25 }).map((depth) => {
      let selection = 'id';
      for (let i = 0; i < depth; i++) selection = i % 2 === 0 ? `virtualIps { networkInterfaces { ${selection} } }` : `elasticIps { id } virtualIps { id networkInterfaces { ${selection} } }`;
      return `{ networkInterfaces(first: 2) { edges { node { ${selection} } } } }`;
    });
    const aliased = fc.integer({ min: 1, max: 80 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: networkInterfaces(first: 1) { totalCount }`).join(' ')} }`);
    const garbage = fc.oneof(hostileString, fc.constantFrom('{', '{ node(id: ) }', 'query { __typename', '{ a: node(id: "x") { ...F } } fragment F on Node { ...F }', 'mutation { createVifPeer }', 'subscription { x }'));
    await fc.assert(
      fc.asyncProperty(fc.oneof(nested, aliased, garbage), async (query) => {
        const answer = await post(JSON.stringify({ query }));
        expectWellBehaved(answer, query.slice(0, 300));
        await drainCalls();
      }),
      { numRuns: RUNS.query, seed: 4245, endOnFailure: true, verbose: 0 },
    );
  }, 60_000);

  it('bodies that are not JSON requests at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.json(), fc.constantFrom('', 'null', '[]', '{"query": 5}', '{"query": "{ __typename }", "variables": "x"}', '{"query":"{__typename}","extensions":{"persistedQuery":{"version":1,"sha256Hash":"0"}}}')), async (body) => {
        expectWellBehaved(await post(body), body.slice(0, 300));
      }),
      { numRuns: RUNS.query, seed: 4246, endOnFailure: true, verbose: 0 },
    );
  }, 60_000);
});
