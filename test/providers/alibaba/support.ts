import { startEmulatorServer, type RunningEmulator } from '../../../src/providers/common/emulator/server';
import type { ProviderEmulatorCore } from '../../../src/providers/common/emulator/runtime';
import type { ArmFault } from '../../../src/providers/common/emulator/faults';
import type { RecordedCall } from '../../../src/providers/common/emulator/call-log';
import { createAlibabaEmulator, type AlibabaEmulatorOptions, type AlibabaFixture, type SeededResources } from '../../../src/providers/alibaba/emulator';
import { AlibabaClient } from '../../../src/providers/alibaba/client';
import { HttpTransport } from '../../../src/providers/common/transport';
import { RetryBudget } from '../../../src/providers/common/retry';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { ProviderAdapter } from '../../../src/domain/adapter';
import { createAlibabaAdapter, type AlibabaAdapterOptions } from '../../../src/providers/alibaba/adapter';
import { started } from '../../support/started';

/** Test credentials (signing.md's worked-example key) and the account they belong to. */
export const KEY = { accessKeyId: 'LTAI5tTESTACCESSKEYID', accessKeySecret: 'TestAccessKeySecret0123456789ab', account: '1234567890' };
export const OTHER_KEY = { accessKeyId: 'LTAI5tOTHERACCESSKEY', accessKeySecret: 'OtherSecret', account: '9876543210' };
export const REGION = 'cn-hangzhou';
export const ASYNC_DELAY_MS = 2000;

export interface TestEmulator {
  core: ProviderEmulatorCore;
  server: RunningEmulator;
  url: string;
  /** host:port, the form the official SDKs take as endpoint. */
  hostPort: string;
  control: ControlApi;
  close(): Promise<void>;
}

export interface ControlApi {
  reset(body?: { seed?: number; fixture?: 'empty' | 'demo' }): Promise<void>;
  seed(fixture: AlibabaFixture): Promise<SeededResources>;
  freeze(): Promise<void>;
  advance(ms: number): Promise<number>;
  arm(fault: ArmFault): Promise<void>;
  calls(operation?: string): Promise<RecordedCall[]>;
  snapshot(): Promise<unknown>;
}

async function control(url: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${url}/_emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = await res.json();
  if (!res.ok) throw new Error(`control ${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

export async function startAlibaba(options: Partial<AlibabaEmulatorOptions> = {}): Promise<TestEmulator> {
  const core = createAlibabaEmulator({ keys: [KEY, OTHER_KEY], asyncDelayMs: ASYNC_DELAY_MS, ...options });
  const server = await startEmulatorServer(core, { port: 0 });
  const url = server.url;
  const api: ControlApi = {
    reset: async (body = {}) => void (await control(url, 'POST', 'reset', body)),
    seed: async (fixture) => ((await control(url, 'POST', 'seed', fixture)) as { created: SeededResources }).created,
    freeze: async () => void (await control(url, 'POST', 'clock', { freeze: true })),
    advance: async (ms) => ((await control(url, 'POST', 'clock', { advanceMs: ms })) as { transitions: number }).transitions,
    arm: async (fault) => void (await control(url, 'POST', 'faults', fault)),
    calls: async (operation) =>
      ((await control(url, 'GET', `calls${operation ? `?operation=${operation}` : ''}`)) as { calls: RecordedCall[] }).calls,
    snapshot: () => control(url, 'GET', 'snapshot'),
  };
  return { core, server, url, hostPort: url.replace(/^http:\/\//, ''), control: api, close: () => server.close() };
}

/** A small, explicit network: one VPC with two vSwitches, security groups, instances and an ENI. */
export function networkFixture(overrides: Partial<AlibabaFixture> = {}): AlibabaFixture {
  return {
    account: KEY.account,
    region: REGION,
    vpcs: [
      { id: 'vpc-main', cidr: '192.168.0.0/16' },
      { id: 'vpc-other', cidr: '10.0.0.0/16' },
    ],
    vswitches: [
      { id: 'vsw-a', vpcId: 'vpc-main', cidr: '192.168.1.0/24', zoneId: 'cn-hangzhou-a' },
      { id: 'vsw-b', vpcId: 'vpc-main', cidr: '192.168.2.0/24', zoneId: 'cn-hangzhou-b' },
      { id: 'vsw-tiny', vpcId: 'vpc-main', cidr: '192.168.3.0/29', zoneId: 'cn-hangzhou-a' },
    ],
    securityGroups: [
      { id: 'sg-web', vpcId: 'vpc-main' },
      { id: 'sg-db', vpcId: 'vpc-main' },
      { id: 'sg-elsewhere', vpcId: 'vpc-other' },
      { id: 'sg-classic', vpcId: 'vpc-main', networkType: 'classic' },
    ],
    instances: [
      { id: 'i-web', vSwitchId: 'vsw-a', status: 'Running', eniLimit: 2, privateIpsPerEni: 3 },
      { id: 'i-zoneb', vSwitchId: 'vsw-b', status: 'Running' },
      { id: 'i-starting', vSwitchId: 'vsw-a', status: 'Starting' },
    ],
    networkInterfaces: [{ id: 'eni-free', vSwitchId: 'vsw-a', securityGroupIds: ['sg-web'], primaryIp: '192.168.1.100' }],
    haVips: [{ id: 'havip-a', vSwitchId: 'vsw-a', ipAddress: '192.168.1.200' }],
    eips: [
      { id: 'eip-free', ipAddress: '47.1.1.1' },
      { id: 'eip-second', ipAddress: '47.1.1.2' },
    ],
    vbrs: [{ id: 'vbr-main', status: 'active', vlanId: 42 }],
    bgpGroups: [{ id: 'bgpg-main', vbrId: 'vbr-main', peerAsn: 65010 }],
    bgpPeers: [
      { id: 'bgp-up', groupId: 'bgpg-main', peerIpAddress: '10.0.0.2', status: 'Available' },
      { id: 'bgp-pending', groupId: 'bgpg-main', peerIpAddress: '10.0.0.6', status: 'Pending' },
    ],
    ...overrides,
  };
}

/** A client of our own with fast retries, for calling the emulator directly. */
export function testClient(url: string, options: { secret?: string; maxAttempts?: number; requestTimeoutMs?: number; key?: { accessKeyId: string; accessKeySecret: string } } = {}) {
  const transport = new HttpTransport({ connectTimeoutMs: 1000, requestTimeoutMs: options.requestTimeoutMs ?? 5000, connections: 4 });
  const client = new AlibabaClient({
    credentials: { accessKeyId: (options.key ?? KEY).accessKeyId, accessKeySecret: options.secret ?? (options.key ?? KEY).accessKeySecret },
    transport,
    endpoint: url,
    retry: { maxAttempts: options.maxAttempts ?? 3, baseDelayMs: 1, maxDelayMs: 20, factor: 2, jitter: 'none' },
    retryBudget: new RetryBudget(),
  });
  return { client, close: () => transport.close() };
}

/** Calls one action once (no retries) with our client and returns the Result. */
export function caller(url: string, key: { accessKeyId: string; accessKeySecret: string } = KEY) {
  const { client, close } = testClient(url, { maxAttempts: 1, key });
  const call = <T = Record<string, unknown>>(action: Parameters<AlibabaClient['call']>[0], params: Record<string, unknown> = {}) =>
    client.call<T>(action, { RegionId: REGION, ...(params as Record<string, string>) }, { safeToRepeat: false });
  return { call, close };
}

export interface EmulatorAndAdapter {
  readonly emu: TestEmulator;
  readonly adapter: ProviderAdapter;
}

/**
 * The emulator and the real adapter over it (KEY's account in `regions`), started for the calling
 * test file; every test starts from networkFixture() with the emulator's clock frozen.
 */
export function useEmulatorAndAdapter(options: Omit<AlibabaAdapterOptions, 'accounts'> & { regions?: string[] } = {}): EmulatorAndAdapter {
  const { regions = [REGION], ...adapterOptions } = options;
  let emu: TestEmulator | undefined;
  let adapter: ProviderAdapter | undefined;
  const fixture = 'the emulator and adapter';
  beforeAll(async () => {
    emu = await startAlibaba();
    adapter = createAlibabaAdapter({ ...adapterOptions, accounts: [{ account: KEY.account, regions, credentials: KEY, endpoint: emu.url }] });
  });
  afterAll(async () => {
    await adapter?.close();
    await emu?.close();
  });
  beforeEach(async () => {
    const control = started(emu, fixture).control;
    await control.reset();
    await control.freeze();
    await control.seed(networkFixture());
  });
  return {
    get emu() {
      return started(emu, fixture);
    },
    get adapter() {
      return started(adapter, fixture);
    },
  };
}
