import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { dropSchema, ensurePostgres, POSTGRES_URL } from '../test/support/postgres';
import { ensureRedis, REDIS_URL } from '../test/support/redis';
import { startEmulatorProcess, startReplica, type ChildNetplane, type Emulators } from '../test/support/replicas';

/**
 * `npm run soak`: two gateway replicas (real processes) over one emulator process, the machine's
 * Redis and PostgreSQL, held under mixed reads and mutations from several principals (API keys)
 * while provider faults are injected (errors, latency, dropped connections, changes applied and
 * then never answered). Loopback only; bounded in time and in requests. It reports, and exits 1
 * unless each holds:
 *  - no response with a status ≥ 500;
 *  - no duplicate resource: every ENI the soak asked for (named after its idempotency key) exists
 *    at most once in the emulator, however often its mutation was retried, on whichever replica;
 *  - every mutation a caller was allowed to make has its intent in the journal (auditLog);
 *  - memory flat: each replica's RSS sampled over the run (first, last, max).
 * SOAK_SECONDS (default 180), SOAK_MAX_REQUESTS (default 50 000), SOAK_CONCURRENCY (default 8);
 * SOAK_DEBUG=1 prints each journal page read, SOAK_KEEP_SCHEMA=1 leaves the store's schema.
 */

const SECONDS = Number(process.env['SOAK_SECONDS'] ?? 180);
const MAX_REQUESTS = Number(process.env['SOAK_MAX_REQUESTS'] ?? 50_000);
const CONCURRENCY = Number(process.env['SOAK_CONCURRENCY'] ?? 8);
const SAMPLE_MS = 2_000;
const FAULT_EVERY_MS = 1_500;

interface Principal {
  id: string;
  key: string;
  /** Whether its grants let it create ENIs in ali-prod. */
  mutates: boolean;
}

const key = (): string => randomBytes(24).toString('base64url');
const PRINCIPALS: Principal[] = [
  { id: 'dashboard', key: key(), mutates: false },
  { id: 'operator', key: key(), mutates: true },
  { id: 'platform-admin', key: key(), mutates: true },
];
const GRANTS: Record<string, unknown[]> = {
  dashboard: [{ scope: 'read' }],
  operator: [{ scope: 'read' }, { scope: 'mutate', providers: ['ALIBABA'], accounts: ['ali-*'] }],
  'platform-admin': [{ scope: 'read' }, { scope: 'mutate' }, { scope: 'admin' }],
};

const READS = [
  `{ networkInterfaces(first: 100) { edges { node { id name status subnetId } } } }`,
  `{ virtualIps(first: 100) { edges { node { id address } } } }`,
  `{ elasticIps(first: 100, filter: { providers: [HUAWEI] }) { edges { node { id address status } } } }`,
  `{ networkInterfaces(first: 20, filter: { providers: [ALIBABA], regions: ["cn-hangzhou"] }) { edges { node { id name elasticIps { id } } } pageInfo { endCursor } } }`,
  `{ elasticIps(first: 50) { edges { node { id boundTo { __typename } } } } }`,
];

const DELETE_ENI = `mutation Delete($input: DeleteNetworkInterfaceInput!) {
  deleteNetworkInterface(input: $input) {
    __typename
    ... on ProviderError { code retryable }
    ... on ProviderUnavailable { outcome }
  }
}`;

const CREATE_ENI = `mutation Create($input: CreateNetworkInterfaceInput!) {
  createNetworkInterface(input: $input) {
    __typename
    ... on CreateNetworkInterfaceSuccess { networkInterface { nativeId } }
    ... on ProviderError { code retryable }
    ... on ProviderUnavailable { outcome }
  }
}`;

/** Faults the emulators inject, one armed every FAULT_EVERY_MS. */
const FAULTS: Array<{ provider: 'alibaba' | 'huawei'; match: Record<string, string>; count: number; fault: Record<string, unknown> }> = [
  { provider: 'alibaba', match: { operation: 'DescribeNetworkInterfaces' }, count: 2, fault: { kind: 'error', code: 'ServiceUnavailable' } },
  { provider: 'alibaba', match: { operation: 'CreateNetworkInterface' }, count: 1, fault: { kind: 'applied-then-timeout' } },
  { provider: 'alibaba', match: { operation: 'CreateNetworkInterface' }, count: 1, fault: { kind: 'drop' } },
  { provider: 'alibaba', match: {}, count: 3, fault: { kind: 'latency', ms: 600 } },
  { provider: 'huawei', match: { operation: 'ListPublicips' }, count: 2, fault: { kind: 'drop' } },
  { provider: 'huawei', match: {}, count: 3, fault: { kind: 'latency', ms: 400 } },
  { provider: 'huawei', match: { operation: 'ListPorts' }, count: 1, fault: { kind: 'empty-5xx', httpStatus: 503 } },
];

interface Tally {
  requests: number;
  byStatus: Record<string, number>;
  atLeast500: Array<{ status: number; body: string }>;
  clientErrors: Record<string, number>;
  mutations: number;
  permissionDenied: number;
  retriedKeys: number;
  faultsArmed: number;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

async function main(): Promise<void> {
  await ensureRedis();
  ensurePostgres();
  const keyPrefix = `netplane-soak:${randomUUID()}:`;
  const schema = `netplane_soak_${randomBytes(6).toString('hex')}`;
  const replicas: ChildNetplane[] = [];
  let emulators: Emulators | undefined;
  const started = Date.now();
  try {
    emulators = await startEmulatorProcess();
    const settings = {
      redis: { url: REDIS_URL, keyPrefix },
      store: { databaseUrl: POSTGRES_URL, schema },
      cacheTtlMs: 2_000,
      http: { requestTimeoutMs: 2_000 },
      auth: { apiKeys: PRINCIPALS.map((p) => ({ id: p.id, sha256: createHash('sha256').update(p.key).digest('hex'), grants: GRANTS[p.id] })) },
      rateLimits: { capacity: 100_000, refillPerSecond: 100_000 },
    };
    replicas.push(await startReplica(emulators, settings));
    replicas.push(await startReplica(emulators, settings));
    console.log(`soak: 2 replicas (${replicas.map((r) => r.urls[0]).join(', ')}), ${SECONDS} s or ${MAX_REQUESTS} requests, ${CONCURRENCY} clients`);
    const report = await soak(emulators, replicas);
    const failed = report.atLeast500 > 0 || report.duplicateResources > 0 || report.mutationsMissingFromJournal > 0;
    console.log(JSON.stringify({ ...report, wallSeconds: Math.round((Date.now() - started) / 1000) }, null, 2));
    console.log(failed ? 'soak: FAILED' : 'soak: passed');
    process.exitCode = failed ? 1 : 0;
  } finally {
    const exits = await Promise.all(replicas.map((r) => r.stop()));
    if (exits.some((code) => code !== 0)) console.log(`soak: replica exit codes ${exits.join(', ')}`);
    await emulators?.child.stop();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    // SOAK_KEEP_SCHEMA=1 leaves the store's schema for inspection (it is named in the log).
    if (process.env['SOAK_KEEP_SCHEMA']) console.log(`soak: store schema kept: ${schema}`);
    else await dropSchema(schema);
  }
}

async function soak(emulators: Emulators, replicas: ChildNetplane[]) {
  const tally: Tally = { requests: 0, byStatus: {}, atLeast500: [], clientErrors: {}, mutations: 0, permissionDenied: 0, retriedKeys: 0, faultsArmed: 0 };
  const deadline = Date.now() + SECONDS * 1000;
  const admin = PRINCIPALS.find((p) => p.id === 'platform-admin')!;

  const post = async (replica: ChildNetplane, principal: Principal, query: string, variables: Record<string, unknown> = {}) => {
    tally.requests++;
    try {
      const response = await fetch(replica.urls[0]!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${principal.key}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      tally.byStatus[response.status] = (tally.byStatus[response.status] ?? 0) + 1;
      if (response.status >= 500) tally.atLeast500.push({ status: response.status, body: text.slice(0, 300) });
      return { status: response.status, body: JSON.parse(text) as { data?: Record<string, Record<string, unknown>> | null } };
    } catch (error) {
      const name = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      tally.clientErrors[name] = (tally.clientErrors[name] ?? 0) + 1;
      return null;
    }
  };

  // The subnet (vSwitch) of each Alibaba region's spare ENI: where the soak creates its ENIs.
  const subnets: Array<{ region: string; vSwitchId: string }> = [];
  for (const region of ['cn-hangzhou', 'cn-shanghai']) {
    const answer = await post(replicas[0]!, admin, `{ networkInterfaces(first: 100, filter: { providers: [ALIBABA], regions: ["${region}"] }) { edges { node { name subnetId } } } }`);
    const edges = (answer?.body.data?.['networkInterfaces']?.['edges'] ?? []) as Array<{ node: { name: string; subnetId: string } }>;
    const spare = edges.find((e) => e.node.name === 'spare-eni') ?? edges[0];
    if (spare) subnets.push({ region, vSwitchId: spare.node.subnetId });
  }
  if (subnets.length === 0) throw new Error('no Alibaba subnet to create ENIs in');

  /** The idempotency key of every mutation a caller was allowed to make. */
  const allowedKeys = new Set<string>();
  /** Idempotency key → the last answer's type, for every mutation. */
  const answers = new Map<string, string>();

  /** Sends one mutation under its idempotency key; a client without a definite answer retries it with the same key, on either replica. */
  const send = async (principal: Principal, field: string, document: string, input: { idempotencyKey: string } & Record<string, unknown>) => {
    tally.mutations++;
    if (principal.mutates) allowedKeys.add(input.idempotencyKey);
    let payload: Record<string, unknown> | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) tally.retriedKeys++;
      const answer = await post(pick(replicas), principal, document, { input });
      payload = answer?.body.data?.[field];
      const typename = payload?.['__typename'];
      answers.set(input.idempotencyKey, String(typename ?? `no answer (${answer?.status ?? 'network'})`));
      if (typename === 'PermissionDenied') tally.permissionDenied++;
      if (typeof typename === 'string' && (typename.endsWith('Success') || typename === 'PermissionDenied')) break;
      if (payload && payload['retryable'] === false && payload['outcome'] !== 'UNKNOWN') break;
    }
    return payload;
  };

  /** Creates an ENI named after its key; most are deleted again (so the account's ENI quota is not the soak's limit). */
  const mutate = async (principal: Principal) => {
    const idempotencyKey = randomUUID();
    const { region, vSwitchId } = pick(subnets);
    const target = { provider: 'ALIBABA', account: 'ali-prod', region };
    const created = await send(principal, 'createNetworkInterface', CREATE_ENI, { target, vSwitchId, networkInterfaceName: `soak-${idempotencyKey}`, idempotencyKey });
    const nativeId = (created?.['networkInterface'] as { nativeId?: string } | undefined)?.nativeId;
    if (!nativeId || Math.random() < 0.3) return;
    // Past the emulator's Creating state.
    await new Promise((resolve) => setTimeout(resolve, 700));
    await send(principal, 'deleteNetworkInterface', DELETE_ENI, { networkInterface: { ...target, nativeId }, idempotencyKey: `${idempotencyKey}-delete` });
  };

  const client = async () => {
    while (Date.now() < deadline && tally.requests < MAX_REQUESTS) {
      const principal = pick(PRINCIPALS);
      if (Math.random() < 0.2) await mutate(principal);
      else await post(pick(replicas), principal, pick(READS));
    }
  };

  const faults = setInterval(() => {
    const { provider, ...arm } = pick(FAULTS);
    tally.faultsArmed++;
    void fetch(`${emulators[provider]}/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(arm) }).catch(() => undefined);
  }, FAULT_EVERY_MS);
  const memory = replicas.map(() => [] as number[]);
  const heap = replicas.map(() => [] as number[]);
  // RSS from the kernel; the V8 heap in use from the replica's own /metrics (prom-client's process metrics).
  const sample = async () => {
    for (const [i, r] of replicas.entries()) {
      const rss = r.rssBytes();
      if (rss !== null) memory[i]!.push(rss);
      const metrics = await fetch(new URL('/metrics', r.urls[0]), { headers: { authorization: `Bearer ${admin.key}` } }).then((m) => m.text()).catch(() => '');
      const used = /^netplane_nodejs_heap_size_used_bytes (\S+)$/m.exec(metrics)?.[1];
      if (used) heap[i]!.push(Number(used));
    }
  };
  // Every CreateNetworkInterface the emulator served (its log keeps the latest 10 000 calls: read often).
  const creates = new Map<number, { params: Record<string, unknown> }>();
  const collectCreates = async () => {
    const log = (await fetch(`${emulators.alibaba}/_emulator/calls?operation=CreateNetworkInterface`).then((r) => r.json()).catch(() => ({ calls: [] }))) as { calls: Array<{ seq: number; params: Record<string, unknown> }> };
    for (const call of log.calls) creates.set(call.seq, call);
  };
  await sample();
  const sampler = setInterval(() => void sample().then(collectCreates), SAMPLE_MS);
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, client));
  } finally {
    clearInterval(faults);
    clearInterval(sampler);
  }
  await sample();
  await collectCreates();
  await fetch(`${emulators.alibaba}/_emulator/faults`, { method: 'DELETE' });
  await fetch(`${emulators.huawei}/_emulator/faults`, { method: 'DELETE' });

  // Duplicates: the soak's ENIs in the emulator's state, counted by name (one name per idempotency key).
  const snapshot = await (await fetch(`${emulators.alibaba}/_emulator/snapshot`)).json();
  const names = new Map<string, number>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (/^(name|networkInterfaceName)$/i.test(k) && typeof v === 'string' && v.startsWith('soak-')) names.set(v, (names.get(v) ?? 0) + 1);
        else walk(v);
      }
    }
  };
  walk(snapshot);
  // Two ENIs for one key: both in the final state, or (for ENIs deleted since) two create calls of one
  // request that did not carry its idempotency key as ClientToken (the provider's own deduplication).
  const duplicates = [...names].filter(([, n]) => n > 1);
  const createsWithoutTheirKey = [...creates.values()].filter((call) => {
    const name = String(call.params['NetworkInterfaceName'] ?? '');
    return name.startsWith('soak-') && call.params['ClientToken'] !== name.slice('soak-'.length);
  });

  // The journal: the intent of every create a caller was allowed to make, whatever replica took it.
  const journaled = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const page = await post(replicas[1]!, admin, `query Journal($after: String) { auditLog(first: 500, after: $after, filter: { kinds: [INTENT], mutations: ["createNetworkInterface", "deleteNetworkInterface"] }) { edges { node { idempotencyKey } } pageInfo { hasNextPage endCursor } } }`, { after });
    const log = page?.body.data?.['auditLog'] as { edges: Array<{ node: { idempotencyKey: string | null } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | undefined;
    if (!log) throw new Error('the audit log could not be read');
    for (const edge of log.edges) if (edge.node.idempotencyKey) journaled.add(edge.node.idempotencyKey);
    if (process.env['SOAK_DEBUG']) console.log('journal page', log.edges.length, log.edges.filter((e) => !e.node.idempotencyKey).length, log.pageInfo.hasNextPage);
    if (!log.pageInfo.hasNextPage) break;
    after = log.pageInfo.endCursor;
  }
  const missing = [...allowedKeys].filter((k) => !journaled.has(k));
  const count = (keys: Iterable<string>) => {
    const byAnswer: Record<string, number> = {};
    for (const k of keys) byAnswer[answers.get(k) ?? '?'] = (byAnswer[answers.get(k) ?? '?'] ?? 0) + 1;
    return byAnswer;
  };

  const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  return {
    seconds: SECONDS,
    requests: tally.requests,
    byStatus: tally.byStatus,
    atLeast500: tally.atLeast500.length,
    atLeast500Samples: tally.atLeast500.slice(0, 5),
    clientErrors: tally.clientErrors,
    mutations: tally.mutations,
    mutationsAllowed: allowedKeys.size,
    permissionDenied: tally.permissionDenied,
    retriedWithSameKey: tally.retriedKeys,
    faultsArmed: tally.faultsArmed,
    enisAtEnd: names.size,
    createCallsChecked: creates.size,
    duplicateResources: duplicates.length + createsWithoutTheirKey.length,
    mutationAnswers: count(answers.keys()),
    mutationsMissingFromJournal: missing.length,
    missingFromJournalByAnswer: count(missing),
    memoryMiB: replicas.map((_, i) => ({
      replica: i === 0 ? 'A' : 'B',
      samples: memory[i]!.length,
      rss: { first: mib(memory[i]![0] ?? 0), last: mib(memory[i]!.at(-1) ?? 0), max: mib(Math.max(...memory[i]!)) },
      heapUsed: { first: mib(heap[i]![0] ?? 0), last: mib(heap[i]!.at(-1) ?? 0), max: mib(Math.max(...heap[i]!)) },
    })),
  };
}

main().catch((error: unknown) => {
  console.error('soak failed to run:', error);
  process.exit(2);
});
