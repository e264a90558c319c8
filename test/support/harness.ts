import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pino from 'pino';
import type { ProviderAdapter } from '../../src/domain/adapter';
import { startGateway, type RunningGateway } from '../../src/gateway';
import { alibabaCatalog, createAlibabaAdapter } from '../../src/providers/alibaba';
import { createAlibabaEmulator } from '../../src/providers/alibaba/emulator';
import { startEmulatorServer, type RunningEmulator } from '../../src/providers/common/emulator/server';
import { DEFAULT_RETRY_POLICY, RetryBudget, type RetryPolicy } from '../../src/providers/common/retry';
import { DEFAULT_TRANSPORT_OPTIONS, type TransportOptions } from '../../src/providers/common/transport';
import { createHuaweiAdapter, huaweiCatalog } from '../../src/providers/huawei';
import { createHuaweiEmulator } from '../../src/providers/huawei/emulator';

/**
 * The whole read/write path for end-to-end tests: both emulators on free ports (2 accounts ×
 * 2 regions each), both real adapters signing real HTTP requests to them, and the gateway in
 * front. Tests talk to the gateway over HTTP only, with the typed documents codegen generated.
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
  /** Demo fleet on both emulators, frozen clocks, no faults, empty call logs. */
  reset(): Promise<void>;
  /** Moves both emulator clocks forward (runs due state transitions). */
  advanceClock(ms: number): Promise<void>;
  control(provider: 'alibaba' | 'huawei', method: string, path: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const alibabaCore = createAlibabaEmulator({
    keys: ALIBABA_ACCOUNTS.map((a) => ({ accessKeyId: a.accessKeyId, accessKeySecret: a.accessKeySecret, account: a.account })),
    demo: ALIBABA_ACCOUNTS.map((a) => ({ account: a.account, regions: a.regions })),
    fixture: 'demo',
    asyncDelayMs: ASYNC_DELAY_MS,
  });
  const huaweiCore = createHuaweiEmulator({
    keys: HUAWEI_ACCOUNTS.map((a) => ({ ak: a.ak, sk: a.sk, account: a.account, projects: a.projects })),
    fixture: 'demo',
    asyncDelayMs: ASYNC_DELAY_MS,
  });
  const alibaba = await startEmulatorServer(alibabaCore, { port: 0 });
  const huawei = await startEmulatorServer(huaweiCore, { port: 0 });
  // Fail fast: a test never waits through retries of a broken emulator.
  const fastRetry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20, ...options.retry };
  const transport: TransportOptions = { ...DEFAULT_TRANSPORT_OPTIONS, ...options.transport };
  const budget = () => (options.retryBudgetCapacity === undefined ? undefined : new RetryBudget(options.retryBudgetCapacity));
  const adapters: ProviderAdapter[] = [
    createAlibabaAdapter({
      accounts: [...ALIBABA_ACCOUNTS, ...(options.misconfiguredAccounts ? [MISCONFIGURED.alibabaBadSecret] : [])].map((a) => ({
        account: a.account,
        regions: a.regions,
        credentials: { accessKeyId: a.accessKeyId, accessKeySecret: a.accessKeySecret },
        endpoint: alibaba.url,
      })),
      retry: fastRetry,
      retryBudget: budget(),
      transport,
    }),
    createHuaweiAdapter({
      accounts: [...HUAWEI_ACCOUNTS, ...(options.misconfiguredAccounts ? [MISCONFIGURED.huaweiBadSecret, MISCONFIGURED.huaweiWrongProject] : [])].map((a) => ({
        account: a.account,
        credentials: { ak: a.ak, sk: a.sk },
        regions: a.projects.map((p) => ({ region: p.region, projectId: p.projectId })),
        endpoint: huawei.url,
      })),
      retry: fastRetry,
      retryBudget: budget(),
      transport,
    }),
  ];
  const gateway = await startGateway({
    adapters,
    catalogs: [alibabaCatalog, huaweiCatalog],
    host: '127.0.0.1',
    port: 0,
    logger: pino({ level: 'silent' }),
  });

  const control = async (provider: 'alibaba' | 'huawei', method: string, path: string, body?: unknown): Promise<unknown> => {
    const base = provider === 'alibaba' ? alibaba.url : huawei.url;
    const response = await fetch(`${base}/_emulator/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${provider} emulator ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };

  return {
    gateway,
    emulators: { alibaba, huawei },
    control,
    async gql(document, variables) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
      });
      const body = (await response.json()) as { data: never; errors?: GraphQLResult<never>['errors'] };
      return { status: response.status, data: body.data, errors: body.errors, requestId: response.headers.get('x-request-id') };
    },
    async reset() {
      for (const provider of ['alibaba', 'huawei'] as const) {
        await control(provider, 'POST', 'reset', { fixture: 'demo' });
        await control(provider, 'POST', 'clock', { freeze: true });
        await control(provider, 'DELETE', 'faults');
        await control(provider, 'DELETE', 'calls');
      }
    },
    async advanceClock(ms) {
      await control('alibaba', 'POST', 'clock', { advanceMs: ms });
      await control('huawei', 'POST', 'clock', { advanceMs: ms });
    },
    async close() {
      await gateway.close();
      await Promise.all(adapters.map((a) => a.close()));
      await Promise.all([alibaba.close(), huawei.close()]);
    },
  };
}
