import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startEmulatorServer, type RunningEmulator } from '../../../src/providers/common/emulator/server';
import { encodeQuery, formatSdkDate, sign } from '../../../src/providers/huawei/signer';
import { createHuaweiEmulator, type HuaweiEmulatorOptions, type SeedFixture, type SeedResult } from '../../../src/providers/huawei/emulator';

/** Test fixture: two accounts, two regions for the first; ids are valid 32-hex Huawei project ids. */
export const ACME = { account: 'acme', ak: 'AKACME0000000000001', sk: 'SKacmeSecret0000000000000000000000000001' };
export const GLOBEX = { account: 'globex', ak: 'AKGLOBEX00000000001', sk: 'SKglobexSecret00000000000000000000000001' };
export const PROJECTS = {
  acmeNorth: { projectId: '0a1b2c3d4e5f40718293a4b5c6d7e8f0', region: 'cn-north-4' },
  acmeEast: { projectId: '1a1b2c3d4e5f40718293a4b5c6d7e8f1', region: 'cn-east-3' },
  globexNorth: { projectId: '2a1b2c3d4e5f40718293a4b5c6d7e8f2', region: 'cn-north-4' },
} as const;

export const EMULATOR_OPTIONS: HuaweiEmulatorOptions = {
  keys: [
    { ak: ACME.ak, sk: ACME.sk, account: ACME.account, projects: [PROJECTS.acmeNorth, PROJECTS.acmeEast] },
    { ak: GLOBEX.ak, sk: GLOBEX.sk, account: GLOBEX.account, projects: [PROJECTS.globexNorth] },
  ],
  asyncDelayMs: 2000,
};

export interface EmulatorHandle {
  url: string;
  close(): Promise<void>;
  control<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T>;
  reset(fixture?: 'empty' | 'demo'): Promise<void>;
  seed(fixture: SeedFixture): Promise<SeedResult>;
  advance(ms: number): Promise<void>;
  fault(match: { operation?: string; account?: string; region?: string }, fault: Record<string, unknown>, count?: number): Promise<void>;
  calls(operation?: string): Promise<Array<{ operation: string; account: string; region: string; status: number | null; code: string | null; params: Record<string, unknown> }>>;
  snapshot(): Promise<Record<string, Record<string, { ports: Array<Record<string, unknown>>; publicips: Array<Record<string, unknown>>; virtualInterfaces: Array<Record<string, unknown>> }>>>;
}

export async function startHuaweiEmulator(options: HuaweiEmulatorOptions = EMULATOR_OPTIONS): Promise<EmulatorHandle> {
  const running: RunningEmulator = await startEmulatorServer(createHuaweiEmulator(options), { port: 0 });
  const control = async <T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${running.url}/_emulator/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`control ${method} ${path} failed: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  return {
    url: running.url,
    close: () => running.close(),
    control,
    reset: async (fixture = 'empty') => {
      await control('POST', 'reset', { seed: 7, fixture });
      await control('POST', 'clock', { freeze: true });
    },
    seed: async (fixture) => (await control<{ created: SeedResult }>('POST', 'seed', fixture)).created,
    advance: async (ms) => {
      await control('POST', 'clock', { advanceMs: ms });
    },
    fault: async (match, fault, count = 1) => {
      await control('POST', 'faults', { match, count, fault });
    },
    calls: async (operation) => {
      const q = operation ? `?operation=${encodeURIComponent(operation)}` : '';
      return (await control<{ calls: Awaited<ReturnType<EmulatorHandle['calls']>> }>('GET', `calls${q}`)).calls;
    },
    snapshot: () => control('GET', 'snapshot'),
  };
}

/** Deterministic UUIDs for fixtures: u(1) = "00000000-0000-4000-8000-000000000001". */
export const u = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** One VPC with two subnets, a second VPC with one, two servers with NICs (acme / cn-north-4 by default). */
export function networkFixture(account = ACME.account, region: string = PROJECTS.acmeNorth.region): SeedFixture {
  return {
    account,
    region,
    vpcs: [
      { id: u(1), name: 'vpc-a', cidr: '10.0.0.0/16' },
      { id: u(2), name: 'vpc-b', cidr: '10.1.0.0/16' },
    ],
    subnets: [
      { id: u(11), vpc_id: u(1), name: 'a-app', cidr: '10.0.0.0/24' },
      { id: u(12), vpc_id: u(1), name: 'a-db', cidr: '10.0.1.0/24' },
      { id: u(13), vpc_id: u(2), name: 'b-app', cidr: '10.1.0.0/24' },
    ],
    servers: [
      { id: u(21), name: 'web-1', status: 'ACTIVE', availability_zone: 'cn-north-4a' },
      { id: u(22), name: 'web-2', status: 'BUILD', availability_zone: 'cn-north-4a' },
    ],
    nics: [
      { id: u(31), server_id: u(21), subnet_id: u(11), ip_address: '10.0.0.11', name: 'web-1-eth0' },
      { id: u(32), server_id: u(22), subnet_id: u(11), ip_address: '10.0.0.12', name: 'web-2-eth0', status: 'BUILD' },
    ],
    ports: [{ id: u(41), subnet_id: u(11), ip_address: '10.0.0.2', device_owner: 'network:dhcp', status: 'ACTIVE' }],
  };
}

/** A Direct Connect with one VIF that has an IPv4 peer, and a second VIF without peers. */
export function dcFixture(account = ACME.account, region: string = PROJECTS.acmeNorth.region): SeedFixture {
  return {
    account,
    region,
    direct_connects: [{ id: u(51), name: 'dc-1' }],
    virtual_interfaces: [
      { id: u(61), name: 'vif-1', direct_connect_id: u(51), vlan: 10 },
      { id: u(62), name: 'vif-2', direct_connect_id: u(51), vlan: 11 },
    ],
    vif_peers: [{ id: u(71), vif_id: u(61), name: 'peer-v4', address_family: 'ipv4', local_gateway_ip: '5.5.5.1/30', remote_gateway_ip: '5.5.5.2/30' }],
  };
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  json: unknown;
}

/** A signed request straight to the emulator (signer only, no client), for emulator contract tests. */
export async function signedRequest(
  baseUrl: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: { query?: Array<[string, string]>; body?: unknown; rawBody?: string; ak?: string; sk?: string; projectId?: string; sdkDate?: string } = {},
): Promise<ApiAnswer> {
  const url = new URL(baseUrl);
  const rawQuery = options.query ? encodeQuery(options.query) : '';
  const body = options.rawBody ?? (options.body === undefined ? '' : JSON.stringify(options.body));
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-project-id': options.projectId ?? PROJECTS.acmeNorth.projectId,
    'x-sdk-date': options.sdkDate ?? formatSdkDate(Date.now()),
  };
  const signed = sign({ ak: options.ak ?? ACME.ak, sk: options.sk ?? ACME.sk, method, path, rawQuery, headers: { ...headers, host: url.host }, body });
  const res = await fetch(`${url.origin}${path}${rawQuery ? `?${rawQuery}` : ''}`, {
    method,
    headers: { ...headers, authorization: signed.authorization },
    body: body === '' ? undefined : body,
  });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: res.status, headers: res.headers, json };
}

/**
 * One emulator for the test file, reset and seeded with `fixture` before each test; read
 * `.current` inside tests (the hooks fill it).
 */
export function seededEmulator(fixture: () => SeedFixture): { current: EmulatorHandle } {
  const handle = {} as { current: EmulatorHandle };
  beforeAll(async () => {
    handle.current = await startHuaweiEmulator();
  });
  afterAll(async () => {
    await handle.current.close();
  });
  beforeEach(async () => {
    await handle.current.reset();
    await handle.current.seed(fixture());
  });
  return handle;
}
