import { z } from 'zod';
import { DEFAULT_REQUEST_LIMITS, REQUEST_LIMIT_RANGES, type RequestLimits } from './limits';
import { strictObject } from './strict-object';
import { authSchema, rateLimitsSchema, redisSchema, trustedDocumentsSchema } from './auth';
import { telemetrySchema } from './telemetry';
import { subscriptionLimitsSchema } from './subscriptions';

/**
 * netplane's configuration. An account points either at the embedded emulator (`endpoint:
 * "emulator"`), at an explicit base URL, or — with no endpoint — at the real cloud's regional
 * endpoints. Credentials come from the file or from the providers' own environment variables.
 */

export { strictObject } from './strict-object';

const accountName = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, underscore and hyphen; starts with a letter or digit');

const regionId = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a region id such as cn-hangzhou or ap-southeast-1');

const endpoint = z.union([
  z.literal('emulator'),
  z.url({ protocol: /^https?$/, error: 'an http(s) URL or "emulator"' }),
]);

export const alibabaAccountSchema = strictObject({
  provider: z.literal('ALIBABA'),
  account: accountName,
  regions: z.array(regionId).min(1),
  endpoint: endpoint.optional(),
  credentials: strictObject({ accessKeyId: z.string().min(1), accessKeySecret: z.string().min(1) })
    .optional()
    .describe('absent: ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET'),
});

export const huaweiAccountSchema = strictObject({
  provider: z.literal('HUAWEI'),
  account: accountName,
  regions: z
    .array(
      strictObject({
        region: regionId,
        projectId: z
          .string()
          .regex(/^[0-9a-f]{32}$/, 'a 32-character hex project id')
          .optional()
          .describe('absent: HUAWEICLOUD_SDK_PROJECT_ID (only with a single region)'),
      }),
    )
    .min(1),
  endpoint: endpoint.optional(),
  credentials: strictObject({ ak: z.string().min(1), sk: z.string().min(1) })
    .optional()
    .describe('absent: HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK'),
});

/** Idempotency keys, operations and the journal (src/store). */
export const storeSchema = strictObject({
  /** embedded: PGlite in this process, files under dataDir; postgres: a server several replicas share. */
  backend: z.enum(['embedded', 'postgres']).default('embedded'),
  /** The embedded store's directory; "memory://" keeps it in memory only (forgotten at exit). */
  dataDir: z.string().min(1).default('./.netplane-data'),
  /** The postgres backend's server (NETPLANE_DATABASE_URL sets it and selects the backend). */
  databaseUrl: z.url({ protocol: /^postgres(ql)?$/, error: 'a postgres:// or postgresql:// URL' }).optional(),
  /** The PostgreSQL schema of netplane's tables (created when missing). */
  schema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case unquoted identifier').default('public'),
  /** Connections per replica to the postgres backend. */
  poolSize: z.number().int().min(1).max(100).default(10),
  /** How long an idempotency key and its stored outcome are kept. */
  idempotencyRetentionSeconds: z.number().int().min(60).max(30 * 24 * 3600).default(24 * 3600),
  /** How long an unfinished claim holds before a retry may take it over (its gateway is presumed dead). */
  inFlightLeaseSeconds: z.number().int().min(5).max(3600).default(120),
});

/** How mutations are bounded and followed (src/operations). */
export const mutationsSchema = strictObject({
  /** Overall deadline of one mutation, retries included, unless the request sets `deadlineSeconds`. */
  deadlineSeconds: z.number().min(1).max(300).default(20),
  /** The longest `wait: { timeoutSeconds }` a request may ask for. */
  maxWaitSeconds: z.number().int().min(1).max(3600).default(300),
  /** An asynchronous change not finished after this long is TIMED_OUT. */
  operationTimeoutSeconds: z.number().int().min(10).max(24 * 3600).default(900),
  /** First and longest pause between two reads of a resource a change is followed on (backoff with full jitter between them). */
  pollInitialDelayMs: z.number().int().min(10).max(60_000).default(500),
  pollMaxDelayMs: z.number().int().min(100).max(300_000).default(5_000),
  /** Reads of followed changes in flight per (provider, account, region). */
  pollConcurrencyPerPartition: z.number().int().min(1).max(32).default(2),
  /** How often idempotency keys past their retention are deleted. */
  purgeIntervalSeconds: z.number().int().min(10).max(24 * 3600).default(600),
  /** How often operations a stopped gateway left PENDING are recovered (journaled UNKNOWN, settled from provider state where it tells). */
  recoveryIntervalSeconds: z.number().int().min(1).max(3600).default(30),
});

/** One integer setting per request limit, its range and default declared once in ./limits. */
function requestLimitShape(): Record<keyof RequestLimits, z.ZodDefault<z.ZodNumber>> {
  const setting = (key: keyof RequestLimits) => {
    const [min, max] = REQUEST_LIMIT_RANGES[key];
    return z.number().int().min(min).max(max).default(DEFAULT_REQUEST_LIMITS[key]);
  };
  return {
    maxDepth: setting('maxDepth'),
    maxAliases: setting('maxAliases'),
    maxTokens: setting('maxTokens'),
    maxBodyBytes: setting('maxBodyBytes'),
    maxPageSize: setting('maxPageSize'),
  };
}

export const configSchema = strictObject({
  gateway: strictObject({
    host: z.string().default('127.0.0.1'),
    port: z.number().int().min(0).max(65535).default(4000),
    /** Serve GraphiQL to browsers at the GraphQL path (off: that page answers 406, its assets 404). */
    graphiql: z.boolean().default(true),
    /** Answer `__schema` / `__type` queries (off: such a query is rejected with a 400). */
    introspection: z.boolean().default(true),
    /** Run hot query documents compiled by graphql-jit (src/gateway/compiled-execution.ts); off: every document on graphql-js. */
    compiledExecution: z.boolean().default(true),
    /** Accept only the operations of this manifest (absent: any document). */
    trustedDocuments: trustedDocumentsSchema.optional(),
    /** WebSocket connections and subscriptions per connection (./subscriptions.ts). */
    subscriptions: subscriptionLimitsSchema.prefault({}),
    /** On SIGTERM, how long requests and mutations in progress get to finish before the exit (src/app/shutdown.ts). */
    shutdownGraceMs: z.number().int().min(0).max(600_000).default(25_000),
  }).prefault({}),
  emulators: strictObject({
    host: z.string().default('127.0.0.1'),
    alibabaPort: z.number().int().min(0).max(65535).default(4010),
    huaweiPort: z.number().int().min(0).max(65535).default(4020),
    seed: z.number().int().min(0).default(1),
    fixture: z.enum(['demo', 'empty']).default('demo'),
    /** How long asynchronous changes (Associating → InUse, PENDING_CREATE → ACTIVE) take. */
    asyncDelayMs: z.number().int().min(0).max(600_000).default(3_000),
  }).prefault({}),
  http: strictObject({
    connectTimeoutMs: z.number().int().min(1).default(3_000),
    requestTimeoutMs: z.number().int().min(1).default(15_000),
    connections: z.number().int().min(1).max(1024).default(16),
  }).prefault({}),
  fanout: strictObject({
    /** Upstream list calls in flight per (provider, account, region). */
    perPartition: z.number().int().min(1).max(64).default(2),
    /** Upstream list calls in flight per provider, across its accounts and regions. */
    perProvider: z.number().int().min(1).max(256).default(8),
    /**
     * Upstream list calls waiting for a slot per provider; one more is answered at once as a
     * Throttled partition error (netplane.FanOutOverloaded, retryable) instead of queueing without end.
     */
    maxQueued: z.number().int().min(1).max(1_000_000).default(2_000),
  }).prefault({}),
  cache: strictObject({
    /** How long list answers are served from memory (0: never; identical calls in flight are still shared). */
    ttlMs: z.number().int().min(0).max(300_000).default(5_000),
    /**
     * How long after its window a cached list is still served to cursors paging from it, so a
     * long walk reads one snapshot (0: never; pages then read the current window).
     */
    snapshotRetentionMs: z.number().int().min(0).max(3_600_000).default(20_000),
    /** With `redis` configured, replicas share list answers, fills in flight and invalidations through it (false: each replica alone). */
    shared: z.boolean().optional(),
    /**
     * Bytes (estimated) the cached lists and retained snapshots of one provider's adapter may hold;
     * past it the least recently used are evicted (default 128 MiB; src/cache/cached-adapter.ts).
     */
    maxBytes: z.number().int().min(1024 * 1024).max(64 * 1024 ** 3).default(128 * 1024 * 1024),
  }).prefault({}),
  cost: strictObject({
    /** Queries estimated to need more provider calls than this are rejected before any call. */
    maxProviderCalls: z.number().int().min(1).default(1_000),
  }).prefault({}),
  /** What one GraphQL request may ask (src/config/limits.ts). */
  limits: strictObject(requestLimitShape()).prefault({}),
  retry: strictObject({
    maxAttempts: z.number().int().min(1).max(10).default(3),
    baseDelayMs: z.number().int().min(0).default(200),
    maxDelayMs: z.number().int().min(0).default(5_000),
  }).prefault({}),
  /** Idempotency keys, operations and the journal (src/store). */
  store: storeSchema.prefault({}),
  /** Deadlines and the following of asynchronous changes (src/operations). */
  mutations: mutationsSchema.prefault({}),
  /** API keys and JWTs (./auth); absent: no authentication, allowed only on a loopback address. */
  auth: authSchema.optional(),
  /** Per-principal token buckets (absent: no rate limit). */
  rateLimits: rateLimitsSchema.optional(),
  /** Shared by replicas (rate-limit buckets); absent: each replica keeps its own in memory. */
  redis: redisSchema.optional(),
  /** Metrics and traces (./telemetry); traces are off unless configured. */
  telemetry: telemetrySchema.prefault({}),
  accounts: z.array(z.discriminatedUnion('provider', [alibabaAccountSchema, huaweiAccountSchema])).min(1),
})
  .superRefine((config, ctx) => {
    if (config.store.backend === 'postgres' && config.store.databaseUrl === undefined) {
      ctx.addIssue({ code: 'custom', path: ['store', 'databaseUrl'], message: 'the postgres backend needs databaseUrl (or NETPLANE_DATABASE_URL)' });
    }
    const seen = new Set<string>();
    config.accounts.forEach((a, i) => {
      const key = `${a.provider}/${a.account}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['accounts', i, 'account'], message: `duplicate account ${key}` });
      seen.add(key);
    });
  });

export type NetplaneConfig = z.infer<typeof configSchema>;
export type AlibabaAccountConfig = z.infer<typeof alibabaAccountSchema>;
export type HuaweiAccountConfig = z.infer<typeof huaweiAccountSchema>;
