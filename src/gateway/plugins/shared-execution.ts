import type { Principal } from '../../auth/principal';
import { compress } from '../compression';

/**
 * One execution per cache window for identical requests. Requests with the same document,
 * operation name and variables from the same caller scope (principal and grants) share one
 * execution while it runs, and its serialized (and, once asked, compressed) response for the rest
 * of the cache window it started in — the lists it read are cached until then anyway, so the
 * answer would be the same. 50 viewers of a dashboard then cost the CPU of one.
 *
 * Never shared past its execution: a mutation or subscription document, a non-200 answer, or an
 * answer that read a list which was not cached (a failed partition is asked again next time, as
 * the list cache does). A mutation through netplane of a partition the response read drops it
 * (the adapters' invalidation reaches `invalidate`), and an execution overtaken by one is not kept.
 *
 * A request answered by another's execution gets the same data, with its own `extensions`: it
 * sent no provider call (`actual: 0`), the lists the execution read count as its cache hits, the
 * answer's age has grown since, and `providerCalls.sharedExecution` is true. Only that tail is
 * written per request; the body before it (and its gzip member) is shared.
 */

export interface ProducedResponse {
  status: number;
  headers: ReadonlyArray<readonly [string, string]>;
  body: Buffer;
  /** False when the answer must not outlive its execution (see above). */
  keep: boolean;
  /** The partitions (`provider\u0000account\u0000region\u0000`) whose lists it read. */
  partitionsRead: ReadonlySet<string>;
  /** The list calls it made: every one of them is a cache hit for a request that shares it. */
  listReads: number;
}

const EXTENSIONS = Buffer.from(',"extensions":');

export class SharedResponse {
  /** The body up to its top-level `extensions` (Apollo writes them last), and those extensions. */
  private readonly split: { head: Buffer; extensions: Record<string, unknown>; end: Buffer } | null;
  private gzipHead: Promise<Buffer> | null = null;

  constructor(
    readonly status: number,
    readonly headers: ReadonlyArray<readonly [string, string]>,
    /** The body as executed, for the request that executed it. */
    readonly body: Buffer,
    private readonly producedAt: number,
    private readonly listReads: number,
  ) {
    this.split = splitExtensions(body);
  }

  /** The body for a request that shares this execution (see above). */
  sharedBody(now: number): Buffer {
    if (!this.split) return this.body;
    return Buffer.concat([this.split.head, this.sharedTail(now)]);
  }

  /**
   * The shared body gzipped: the head's gzip member is compressed once, the tail's is tiny (RFC 1952
   * §2.2: a gzip file is a series of members, decoded as their concatenation).
   */
  async sharedGzip(now: number): Promise<Buffer> {
    if (!this.split) return compress(this.body, 'gzip');
    this.gzipHead ??= compress(this.split.head, 'gzip');
    const [head, tail] = await Promise.all([this.gzipHead, compress(this.sharedTail(now), 'gzip')]);
    return Buffer.concat([head, tail]);
  }

  private sharedTail(now: number): Buffer {
    const extensions = { ...this.split!.extensions };
    const calls = extensions['providerCalls'];
    if (calls && typeof calls === 'object') {
      extensions['providerCalls'] = { ...calls, actual: 0, byProvider: {}, cacheHits: this.listReads, coalesced: 0, sharedExecution: true };
    }
    const control = extensions['cacheControl'] as { oldestAgeMs?: number } | undefined;
    if (control && typeof control === 'object') {
      extensions['cacheControl'] = { ...control, oldestAgeMs: (control.oldestAgeMs ?? 0) + Math.max(0, now - this.producedAt) };
    }
    return Buffer.concat([Buffer.from(`,"extensions":${JSON.stringify(extensions)}`), this.split!.end]);
  }
}

/** Apollo serializes `{errors?, data?, extensions?}` in that order (and a newline): top-level extensions are the last key. */
function splitExtensions(body: Buffer): { head: Buffer; extensions: Record<string, unknown>; end: Buffer } | null {
  const at = body.lastIndexOf(EXTENSIONS);
  const close = body.lastIndexOf(0x7d /* } */);
  if (at < 0 || close < at || body.subarray(close + 1).toString('utf8').trim() !== '') return null;
  try {
    const extensions = JSON.parse(body.subarray(at + EXTENSIONS.length, close).toString('utf8')) as unknown;
    if (typeof extensions !== 'object' || extensions === null || !('providerCalls' in extensions)) return null;
    return { head: body.subarray(0, at), extensions: extensions as Record<string, unknown>, end: body.subarray(close) };
  } catch {
    // An `extensions` key nested in the data, not the top-level one: shared as it is.
    return null;
  }
}

interface Kept {
  response: SharedResponse;
  expiresAt: number;
  partitions: ReadonlySet<string>;
  bytes: number;
}

export interface SharedExecutionOptions {
  /** The cache window (cache.ttlMs); 0 shares executions in flight only. */
  windowMs: number;
  /** Bytes of kept responses (their bodies); least recently used evicted first. Default 32 MiB. */
  maxBytes?: number;
  now?: () => number;
}

/** A request as the gateway has read it. */
export interface ShareableRequest {
  method: string;
  search: string;
  body: unknown;
}

const NOT_A_QUERY = /\b(mutation|subscription)\b/;

/** The sharing key of a request, or null when it must run on its own. */
export function sharingKey(request: ShareableRequest, principal: Principal): string | null {
  let document: unknown;
  let rest: unknown[];
  if (request.method === 'POST') {
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) return null;
    const body = request.body as Record<string, unknown>;
    document = body['query'];
    rest = [body['operationName'] ?? null, body['variables'] ?? null, body['extensions'] ?? null];
  } else if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    document = params.get('query');
    rest = [params.get('operationName'), params.get('variables'), params.get('extensions')];
  } else {
    return null;
  }
  // Conservative: a document that so much as names a mutation or subscription runs on its own.
  if (typeof document !== 'string' || NOT_A_QUERY.test(document)) return null;
  return JSON.stringify([principal.kind, principal.id, principal.grants, request.method, document, ...rest]);
}

export class SharedExecutions {
  private readonly kept = new Map<string, Kept>();
  private readonly inFlight = new Map<string, Promise<SharedResponse>>();
  private keptBytes = 0;
  /** Invalidations counted, and the count at each partition's last one: an execution that saw one is not kept. */
  private invalidations = 0;
  private readonly invalidatedAt = new Map<string, number>();
  private readonly now: () => number;
  private readonly maxBytes: number;

  constructor(private readonly options: SharedExecutionOptions) {
    this.now = options.now ?? Date.now;
    this.maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  }

  /** The response for `key`: kept from this window, joined in flight, or executed now. `shared`: not executed for this request. */
  async run(key: string, execute: () => Promise<ProducedResponse>): Promise<{ response: SharedResponse; shared: boolean }> {
    const now = this.now();
    const kept = this.kept.get(key);
    if (kept && now < kept.expiresAt) {
      // Least recently used first: a hit moves to the back.
      this.kept.delete(key);
      this.kept.set(key, kept);
      return { response: kept.response, shared: true };
    }
    if (kept) this.drop(key, kept);
    const pending = this.inFlight.get(key);
    if (pending) return { response: await pending, shared: true };

    const startedAt = now;
    const seenInvalidations = this.invalidations;
    const started = execute().then((produced) => {
      const response = new SharedResponse(produced.status, produced.headers, produced.body, this.now(), produced.listReads);
      const expiresAt = this.options.windowMs > 0 ? Math.floor(startedAt / this.options.windowMs) * this.options.windowMs + this.options.windowMs : 0;
      const overtaken = [...produced.partitionsRead].some((p) => (this.invalidatedAt.get(p) ?? -1) >= seenInvalidations);
      if (produced.keep && produced.status === 200 && !overtaken && this.now() < expiresAt) this.keep(key, response, expiresAt, produced.partitionsRead);
      return response;
    });
    this.inFlight.set(key, started);
    try {
      return { response: await started, shared: false };
    } finally {
      if (this.inFlight.get(key) === started) this.inFlight.delete(key);
    }
  }

  /** A partition changed: responses that read it are dropped, executions in flight are no longer joined. */
  invalidate(partition: string): void {
    this.invalidatedAt.set(partition, this.invalidations++);
    for (const [key, kept] of [...this.kept]) if (kept.partitions.has(partition)) this.drop(key, kept);
    this.inFlight.clear();
  }

  get size(): number {
    return this.kept.size;
  }

  /** The clock the windows are reckoned by. */
  clock(): number {
    return this.now();
  }

  private keep(key: string, response: SharedResponse, expiresAt: number, partitions: ReadonlySet<string>): void {
    const bytes = response.body.length;
    if (bytes > this.maxBytes) return;
    const previous = this.kept.get(key);
    if (previous) this.drop(key, previous);
    this.kept.set(key, { response, expiresAt, partitions: new Set(partitions), bytes });
    this.keptBytes += bytes;
    const now = this.now();
    for (const [k, entry] of [...this.kept]) {
      if (this.keptBytes <= this.maxBytes && now < entry.expiresAt) continue;
      this.drop(k, entry);
    }
  }

  private drop(key: string, kept: Kept): void {
    if (this.kept.get(key) !== kept) return;
    this.kept.delete(key);
    this.keptBytes -= kept.bytes;
  }
}
