import { createHash } from 'node:crypto';
import { mutationsSchema, storeSchema, type NetplaneConfig } from './schema';
import { telemetrySchema } from './telemetry';
import { DEFAULT_REQUEST_LIMITS } from './limits';
import { DEFAULT_SUBSCRIPTION_LIMITS } from './subscriptions';

/**
 * The configuration `npm start` uses when no config file is given: three accounts × three regions
 * per provider, all served by the embedded emulators. The keys below are the emulators' demo keys,
 * not secrets of any real cloud.
 */

const ALIBABA_DEMO = [
  { account: 'ali-prod', regions: ['cn-hangzhou', 'cn-shanghai', 'cn-beijing'] },
  { account: 'ali-staging', regions: ['cn-hangzhou', 'cn-shenzhen', 'ap-southeast-1'] },
  { account: 'ali-dev', regions: ['cn-hangzhou', 'cn-qingdao', 'eu-central-1'] },
];

const HUAWEI_DEMO = [
  { account: 'hw-prod', regions: ['cn-north-4', 'cn-east-3', 'ap-southeast-1'] },
  { account: 'hw-staging', regions: ['cn-north-4', 'cn-south-1', 'ap-southeast-3'] },
  { account: 'hw-dev', regions: ['cn-north-4', 'cn-east-2', 'af-south-1'] },
];

/** Deterministic 32-hex project ids, so demo global ids are stable across restarts. */
export function demoProjectId(account: string, region: string): string {
  return createHash('sha256').update(`${account}/${region}`).digest('hex').slice(0, 32);
}

function demoKey(prefix: string, account: string, length: number): string {
  const digest = createHash('sha256').update(`netplane-demo/${account}`).digest('hex').toUpperCase();
  return (prefix + digest).slice(0, length);
}

export function demoConfig(): NetplaneConfig {
  return {
    gateway: { host: '127.0.0.1', port: 4000, graphiql: true, introspection: true, compiledExecution: true, subscriptions: { ...DEFAULT_SUBSCRIPTION_LIMITS }, shutdownGraceMs: 25_000 },
    emulators: { host: '127.0.0.1', alibabaPort: 4010, huaweiPort: 4020, seed: 1, fixture: 'demo', asyncDelayMs: 3_000 },
    http: { connectTimeoutMs: 3_000, requestTimeoutMs: 15_000, connections: 16 },
    retry: { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5_000 },
    fanout: { perPartition: 2, perProvider: 8, maxQueued: 2_000 },
    cache: { ttlMs: 5_000, snapshotRetentionMs: 20_000, maxBytes: 128 * 1024 * 1024 },
    cost: { maxProviderCalls: 1_000 },
    limits: { ...DEFAULT_REQUEST_LIMITS },
    store: storeSchema.parse({}),
    mutations: mutationsSchema.parse({}),
    telemetry: telemetrySchema.parse({}),
    accounts: [
      ...ALIBABA_DEMO.map(({ account, regions }) => ({
        provider: 'ALIBABA' as const,
        account,
        regions,
        endpoint: 'emulator' as const,
        credentials: {
          accessKeyId: demoKey('LTAI5tDEMO', account, 24),
          accessKeySecret: demoKey('demoSecret', account, 30),
        },
      })),
      ...HUAWEI_DEMO.map(({ account, regions }) => ({
        provider: 'HUAWEI' as const,
        account,
        regions: regions.map((region) => ({ region, projectId: demoProjectId(account, region) })),
        endpoint: 'emulator' as const,
        credentials: { ak: demoKey('HWDEMO', account, 20), sk: demoKey('hwDemoSecret', account, 40) },
      })),
    ],
  };
}
