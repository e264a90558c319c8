import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import pino from 'pino';
import { startNetplane, type RunningNetplane } from '../../src/app/compose';
import { parseConfig, type ResolvedAlibabaAccount, type ResolvedHuaweiAccount } from '../../src/config/load';
import type { RunningGateway } from '../../src/gateway';
import type { Durability, DurabilitySettings } from '../../src/operations/durability';
import type { RunningEmulator } from '../../src/providers/common/emulator/server';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../src/providers/common/retry';
import type { TransportOptions } from '../../src/providers/common/transport';
import { IN_MEMORY } from '../../src/store';

/**
 * The whole read/write path for end-to-end tests, built by the composition root `npm start` uses
 * (src/app/compose.ts): both emulators on free ports (2 accounts × 2 regions each), both real
 * adapters signing real HTTP requests to them, behind the list cache, an in-memory store, and the
 * gateway in front. Tests talk to the gateway over HTTP only, with the typed documents codegen generated.
 */

export const ALIBABA_ACCOUNTS = [
  { account: 'ali-prod', accessKeyId: 'LTAI-e2e-prod', accessKeySecret: 'e2e-prod-secret', regions: ['cn-hangzhou', 'cn-shanghai'] },
  { account: 'ali-dev', accessKeyId: 'LTAI-e2e-dev', accessKeySecret: 'e2e-dev-secret', regions: ['cn-hangzhou', 'cn-shanghai'] },
];

export const HUAWEI_ACCOUNTS = [
  {
    account: 'hw-prod',
    ak: 'HWE2EPRODAK',
    sk: 'hw-e2e-prod-sk',
    projects: [
      { region: 'ap-southeast-1', projectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f1' },
      { region: 'ap-southeast-3', projectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f3' },
    ],
  },
  {
    account: 'hw-dev',
    ak: 'HWE2EDEVAK',
    sk: 'hw-e2e-dev-sk',
    projects: [
      { region: 'ap-southeast-1', projectId: '1a1b2c3d4e5f60718293a4b5c6d7e8f1' },
      { region: 'ap-southeast-3', projectId: '1a1b2c3d4e5f60718293a4b5c6d7e8f3' },
    ],
  },
];

/** Emulator clock milliseconds that async states (Associating, PENDING_CREATE …) last. */
export const ASYNC_DELAY_MS = 2000;

/**
 * Accounts only the adapters know: the emulators hold other credentials or projects for them, so
 * every call of theirs is refused the way the provider refuses a misconfigured client.
 */
export const MISCONFIGURED: {
  alibabaBadSecret: (typeof ALIBABA_ACCOUNTS)[number];
  huaweiBadSecret: (typeof HUAWEI_ACCOUNTS)[number];
  huaweiWrongProject: (typeof HUAWEI_ACCOUNTS)[number];
} = {
  /** ali-prod's AccessKey id with a wrong secret: SignatureDoesNotMatch. */
  alibabaBadSecret: { account: 'ali-badsecret', accessKeyId: 'LTAI-e2e-prod', accessKeySecret: 'not-the-secret', regions: ['cn-hangzhou'] },
  /** hw-prod's AK with a wrong SK: APIGW.0301. */
  huaweiBadSecret: { account: 'hw-badsecret', ak: 'HWE2EPRODAK', sk: 'not-the-sk', projects: [{ region: 'ap-southeast-1', projectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f1' }] },
  /** hw-prod's keys with hw-dev's project: the project in the URL is not the key's (Ecs.0023 / Common.0018). */
  huaweiWrongProject: { account: 'hw-wrongproject', ak: 'HWE2EPRODAK', sk: 'hw-e2e-prod-sk', projects: [{ region: 'ap-southeast-1', projectId: '1a1b2c3d4e5f60718293a4b5c6d7e8f1' }] },
};

export interface HarnessOptions {
  /** Retry policy of both adapters (default: 2 attempts, 5–20 ms backoff, so tests fail fast). */
  retry?: Partial<RetryPolicy>;
  /** Capacity of each provider's retry budget (default: the RetryBudget default). */
  retryBudgetCapacity?: number;
  /** HTTP client options of both adapters (e.g. a short requestTimeoutMs for timeout tests). */
  transport?: Partial<TransportOptions>;
  /** Also configure the MISCONFIGURED accounts (off by default: they would fail every fleet read). */
  misconfiguredAccounts?: boolean;
  /**
   * false: the gateway serves the provider adapters without the list cache, so every list goes
   * upstream (tests that count a query's exact provider calls, or read emulator state changed
   * behind netplane's back). Default: the cached adapters `npm start` runs.
   */
  cache?: boolean;
  /**
   * Give the gateway a memory (src/operations): an in-memory store (memory://) and its tracker,
   * with these mutation settings over the defaults. Off by default: opening a store costs ~0.7 s, and
   * without it tests see the providers' own token semantics (ClientToken, ClientRequestId) unchanged.
   */
  durability?: Partial<DurabilitySettings>;
}

export interface GraphQLResult<T> {
  status: number;
  data: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  requestId: string | null;
}

export interface Harness {
  gateway: RunningGateway;
  emulators: { alibaba: RunningEmulator; huawei: RunningEmulator };
  /** Runs a generated typed document over HTTP against the gateway. */
  gql<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<GraphQLResult<TResult>>;
  /** A fixture (the demo fleet unless told) on both emulators, frozen clocks, no faults, empty call logs. */
  reset(fixture?: 'demo' | 'empty'): Promise<void>;
  /** Moves both emulator clocks forward (runs due state transitions). */
  advanceClock(ms: number): Promise<void>;
  control(provider: 'alibaba' | 'huawei', method: string, path: string, body?: unknown): Promise<unknown>;
  /** The gateway's store and tracker (started with the `durability` option; reading it otherwise throws). */
  readonly durability: Durability;
  /** The whole of netplane as compose.ts started it (its adapters, store, observability). */
  netplane: RunningNetplane;
  close(): Promise<void>;
}

const alibabaAccount = (a: (typeof ALIBABA_ACCOUNTS)[number], endpoint: string): ResolvedAlibabaAccount => ({
  account: a.account,
  regions: a.regions,
  endpoint,
  credentials: { accessKeyId: a.accessKeyId, accessKeySecret: a.accessKeySecret },
});

const huaweiAccount = (a: (typeof HUAWEI_ACCOUNTS)[number], endpoint: string): ResolvedHuaweiAccount => ({
  account: a.account,
  regions: a.projects,
  endpoint,
  credentials: { ak: a.ak, sk: a.sk },
});

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  // Fail fast: a test never waits through retries of a broken emulator.
  const fastRetry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20, ...options.retry };
  const config = parseConfig(
    {
      gateway: { host: '127.0.0.1', port: 0 },
      emulators: { host: '127.0.0.1', alibabaPort: 0, huaweiPort: 0, fixture: 'demo', asyncDelayMs: ASYNC_DELAY_MS },
      retry: { maxAttempts: fastRetry.maxAttempts, baseDelayMs: fastRetry.baseDelayMs, maxDelayMs: fastRetry.maxDelayMs },
      store: { dataDir: IN_MEMORY },
      ...(options.durability && { mutations: options.durability }),
      accounts: [
        ...ALIBABA_ACCOUNTS.map((a) => ({ provider: 'ALIBABA', ...alibabaAccount(a, 'emulator') })),
        ...HUAWEI_ACCOUNTS.map((a) => ({ provider: 'HUAWEI', ...huaweiAccount(a, 'emulator') })),
      ],
    },
    'e2e harness configuration',
    {},
  );
  const netplane = await startNetplane(config, {
    logger: pino({ level: 'silent' }),
    durability: options.durability !== undefined,
    ...(options.cache === false && { cache: false }),
    ...(options.transport && { transport: options.transport }),
    ...(options.retryBudgetCapacity !== undefined && { retryBudgetCapacity: options.retryBudgetCapacity }),
    ...(options.misconfiguredAccounts && {
      // The emulators hold other keys or projects for these: the schema cannot express them as configured accounts.
      adapterOnlyAccounts: {
        alibaba: [alibabaAccount(MISCONFIGURED.alibabaBadSecret, 'emulator')],
        huawei: [huaweiAccount(MISCONFIGURED.huaweiBadSecret, 'emulator'), huaweiAccount(MISCONFIGURED.huaweiWrongProject, 'emulator')],
      },
    }),
  });
  const alibaba = netplane.emulators.alibaba;
  const huawei = netplane.emulators.huawei;
  if (!alibaba || !huawei) throw new Error('the harness configuration puts both providers on the emulators');
  /** The emulators' state changed behind netplane's back: what the cache holds of it is stale. */
  const forgetCachedLists = () => {
    for (const adapter of netplane.adapters) for (const partition of adapter.partitions()) adapter.invalidate(partition);
  };

  const control = async (provider: 'alibaba' | 'huawei', method: string, path: string, body?: unknown): Promise<unknown> => {
    const base = provider === 'alibaba' ? alibaba.url : huawei.url;
    const response = await fetch(`${base}/_emulator/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${provider} emulator ${method} ${path}: ${response.status} ${await response.text()}`);
    if (method !== 'GET') forgetCachedLists();
    return response.json();
  };

  return {
    gateway: netplane.gateway,
    emulators: { alibaba, huawei },
    control,
    netplane,
    get durability(): Durability {
      if (!netplane.durability) throw new Error('this harness has no store: start it with startHarness({ durability: {} })');
      return netplane.durability;
    },
    async gql(document, variables) {
      const response = await fetch(netplane.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
      });
      const body = (await response.json()) as { data: never; errors?: GraphQLResult<never>['errors'] };
      return { status: response.status, data: body.data, errors: body.errors, requestId: response.headers.get('x-request-id') };
    },
    async reset(fixture = 'demo') {
      for (const provider of ['alibaba', 'huawei'] as const) {
        await control(provider, 'POST', 'reset', { fixture });
        await control(provider, 'POST', 'clock', { freeze: true });
        await control(provider, 'DELETE', 'faults');
        await control(provider, 'DELETE', 'calls');
      }
    },
    async advanceClock(ms) {
      await control('alibaba', 'POST', 'clock', { advanceMs: ms });
      await control('huawei', 'POST', 'clock', { advanceMs: ms });
    },
    close: () => netplane.close(),
  };
}

/**
 * A harness for the calling test file: started before its tests, closed after them, and — with
 * `each.reset` — reset to that fixture before every test. The object returned stands for the
 * started harness (its members are read from it when used, so it can be declared at the top).
 */
export function useHarness(options: HarnessOptions = {}, each?: { reset: 'demo' | 'empty' }): Harness {
  let started: Harness | undefined;
  const current = (): Harness => {
    if (!started) throw new Error('the harness is used before its beforeAll ran');
    return started;
  };
  beforeAll(async () => {
    started = await startHarness(options);
  }, 60_000);
  afterAll(async () => {
    await started?.close();
  });
  if (each) beforeEach(() => current().reset(each.reset));
  return new Proxy({} as Harness, {
    get(_target, member) {
      const harness = current();
      const value: unknown = Reflect.get(harness, member);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(harness) : value;
    },
  });
}
