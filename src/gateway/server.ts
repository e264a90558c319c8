import { ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Span } from '@opentelemetry/api';
import type { Socket } from 'node:net';
import pino, { type Logger } from 'pino';
import type { ProviderAdapter } from '../domain/adapter';
import type { ErrorCatalog } from '../domain/catalog';
import { buildNetplaneSchema } from '../graphql';
import { AdapterRegistry } from './adapter-registry';
import { listenErrorFor } from './listen-error';
import { buildRequestContext, REQUEST_ID_HEADER, requestIdFrom, type GatewayContext } from './context';
import { DEFAULT_GRAPHIQL_DIR, GRAPHIQL_PREFIX, refuseGraphiqlPage, serveGraphiqlAsset, serveGraphiqlPage, wantsHtml } from './graphiql';
import { introspectionOnly, introspectionSwitchedOff } from './introspection';
import { DEFAULT_LIMITS, type Limits } from './plugins/limits';
import { limitsPlugin } from './plugins/limits';
import { inputChecksPlugin } from './plugins/input-checks';
import { loggingPlugin } from './plugins/logging';
import { maskingPlugin, showsErrorDetails } from './plugins/masking';
import { costPlugin, type CostOptions } from './plugins/cost';
import { ProviderCallTally } from '../cache/call-tally';
import { assertAuthenticationFor, Authenticator, type AuthenticationSettings } from '../auth/authenticator';
import type { Principal } from '../auth/principal';
import { GatewayAccess, writeGraphQLError } from './access';
import { openRateLimiter, type RateLimitOptions } from './rate-limit/open-rate-limiter';
import { rateLimitPlugin } from './plugins/rate-limit';
import { TrustedDocuments, trustedRequest } from './plugins/trusted-documents';
import { Observability } from '../observability/observability';
import { metricsPlugin } from './plugins/metrics';
import { serveHealth, type ReadinessCheck } from './health';
import { METRICS_PATH, routeOf, serveMetrics } from './metrics-endpoint';
import { trackRequestsInFlight } from './drain';
import { attachSubscriptions, DEFAULT_SUBSCRIPTION_LIMITS, type SubscriptionLimits } from './subscriptions';
import { OperationFeed } from './subscriptions-feed';
import type { Operations } from '../store';
import { CompiledExecution } from './compiled-execution';
import { COMPRESSION_MIN_BYTES, compress, negotiateEncoding } from './compression';
import { sharingKey, SharedExecutions, type ProducedResponse } from './plugins/shared-execution';
import type { Durability } from '../operations/durability';
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeyPlugin } from './plugins/idempotency-key';
import { writeWhole } from './whole-answer';
import { RenamedDocuments } from './renamed-documents';

export interface GatewayOptions {
  /** One adapter per provider; the gateway does not close them (their owner does). */
  adapters: ProviderAdapter[];
  /** Every provider's catalog, whichever accounts are configured (the schema is static). */
  catalogs: ErrorCatalog[];
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 4000; 0 picks a free port. */
  port?: number;
  /** Default: pino at LOG_LEVEL (info). */
  logger?: Logger;
  /** What one request may ask (src/config/limits.ts); unset ones take their defaults. */
  limits?: Partial<Limits>;
  /** Serve GraphiQL to browsers at the GraphQL path. Default true; off: the page is 406, its assets 404. */
  graphiql?: boolean;
  /** Answer `__schema`/`__type`. Default true; off: such a query is a 400 naming the setting. */
  introspection?: boolean;
  /** Hot query documents run compiled (./compiled-execution.ts). Default true; off: all on graphql-js. */
  compiledExecution?: boolean;
  /** Show unexpected errors' messages (secrets redacted). Default: NODE_ENV === 'development'. */
  showErrorDetails?: boolean;
  /** Query cost limit in provider calls and the cache TTL reported to clients. Default: 1000 calls, no cache. */
  cost?: Partial<CostOptions>;
  /** Default: public/graphiql (built by scripts/build-graphiql.mjs). */
  graphiqlDir?: string;
  /** API keys and JWTs. Absent: every caller is anonymous with every scope, allowed only on a loopback host. */
  auth?: AuthenticationSettings;
  /** Per-principal token buckets, in Redis when `redis` is given. Absent: no rate limit. */
  rateLimits?: RateLimitOptions;
  /** Run only the operations of this persisted-documents manifest. */
  trustedDocuments?: { manifest: string };
  /**
   * Metrics (GET /metrics), traces and provider-call logs (src/observability); the composition
   * root passes the one its adapters report to. Default: metrics of this gateway's own requests.
   */
  observability?: Observability;
  /** What GET /readyz checks (the configuration, the store, Redis …); none: ready once listening. */
  readinessChecks?: ReadinessCheck[];
  /** WebSocket connections and subscriptions per connection (./subscriptions.ts); unset ones take their defaults. */
  subscriptions?: Partial<SubscriptionLimits>;
  /** The store's operations (src/store), watched for `operationUpdated`; default: the durability's store; neither: that subscription answers that none are kept. */
  operations?: Pick<Operations, 'get' | 'watch'>;
  /** Identical queries share one execution per cache window (`cost.cacheTtlMs`). Default true. */
  shareExecutions?: boolean;
  /** Idempotency keys, operations, the journal and deadlines of mutations (src/operations); absent: mutations run without a memory. */
  durability?: Durability;
}

export interface RunningGateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql (GraphiQL in a browser at the same URL). */
  url: string;
  /** http://host:port */
  origin: string;
  port: number;
  /**
   * Stops accepting and waits for the requests in progress, up to `graceMs` (src/gateway/drain.ts);
   * true when all were answered. close() then ends what is left.
   */
  drain(graceMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';
/** Set on an answer that another identical request's execution produced (./plugins/shared-execution.ts). */
export const SHARED_HEADER = 'x-netplane-shared';

/**
 * Every GraphQL answer is `cache-control: no-store`, as Apollo's cache-control plugin would say
 * for documents without cache hints (netplane declares none). That plugin is off: it hooks every
 * resolved field (willResolveField) to compute a policy that is always this one.
 */
const NOT_STORED = { 'cache-control': 'no-store' } as const;

/** The path and query of a request target; the WHATWG parser only for targets that are not plain paths. */
function targetOf(raw: string): { pathname: string; search: string } {
  const query = raw.indexOf('?');
  const path = query < 0 ? raw : raw.slice(0, query);
  // Dot segments, percent-escapes, backslashes, a fragment or a missing leading slash: normalized as a browser would.
  if (path.startsWith('/') && !/[.%\\#]|\/\//.test(path) && !raw.includes('#')) return { pathname: path, search: query < 0 || query === raw.length - 1 ? '' : raw.slice(query) };
  const url = new URL(raw, 'http://gateway.invalid');
  return { pathname: url.pathname, search: url.search };
}

/** The GraphQL document of a request as Apollo will read it (POST body or GET query string). */
function documentOf(method: string, body: unknown, search: string): unknown {
  if (method === 'GET') return new URLSearchParams(search).get('query');
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)['query'] : undefined;
}

/** The request's headers as Apollo reads them (Node's names are lower case already; repeated ones joined). */
function headerMapOf(incoming: IncomingHttpHeaders): HeaderMap {
  const headers = new HeaderMap();
  for (const name in incoming) {
    const value = incoming[name];
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    // A small body arrives in one chunk: decoded without the copy a concatenation makes.
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, requestId: string): void {
  writeWhole(res, status, { 'content-type': 'application/json; charset=utf-8', [REQUEST_ID_HEADER]: requestId }, JSON.stringify(body));
}

function graphqlErrorBody(message: string, code: string): unknown {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * An answer's bytes, or their length and how to make them: a shared answer sent compressed has its
 * own bytes (SharedResponse.sharedGzip), and making its uncompressed body anyway cost every viewer
 * sharing the bench dashboard a 0.55 MB buffer (27 MB per window for 50 viewers, held until a GC).
 */
type AnswerBody = Buffer | { length: number; bytes: () => Buffer };

/** Writes a complete answer, compressed as the client accepts when it is large. */
async function writeComplete(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  responseHeaders: Iterable<readonly [string, string]>,
  /** Apollo's text as it is (a small answer is then written with its head in one string, no Buffer made), bytes, or how to make them. */
  body: string | AnswerBody,
  requestId: string,
  /** A cheaper gzip of `body` (a shared answer's precompressed head); gzip is then preferred when accepted. */
  sharedGzip?: () => Promise<Buffer>,
): Promise<void> {
  const headers: Record<string, string> = { [REQUEST_ID_HEADER]: requestId, ...NOT_STORED };
  for (const [name, value] of responseHeaders) headers[name] = value;
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  const accepted = size >= COMPRESSION_MIN_BYTES ? req.headers['accept-encoding'] : undefined;
  const encoding = negotiateEncoding(accepted, sharedGzip && 'gzip');
  const bytes = () => (typeof body === 'string' ? Buffer.from(body) : Buffer.isBuffer(body) ? body : body.bytes());
  if (!encoding) {
    writeWhole(res, status, headers, typeof body === 'string' ? body : bytes());
    return;
  }
  const encoded = encoding === 'gzip' && sharedGzip ? await sharedGzip() : await compress(bytes(), encoding);
  headers['content-encoding'] = encoding;
  headers['vary'] = 'accept-encoding';
  writeWhole(res, status, headers, encoded);
}

async function writeResponse(req: IncomingMessage, res: ServerResponse, response: HTTPGraphQLResponse, requestId: string): Promise<void> {
  if (response.body.kind === 'complete') {
    await writeComplete(req, res, response.status ?? 200, response.headers, response.body.string, requestId);
    return;
  }
  const headers: Record<string, string> = { [REQUEST_ID_HEADER]: requestId, ...NOT_STORED };
  for (const [name, value] of response.headers) headers[name] = value;
  res.writeHead(response.status ?? 200, headers);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * netplane's HTTP server: POST/GET /graphql (Apollo Server through executeHTTPGraphQLRequest),
 * GraphiQL for browsers at /graphql with its same-origin bundle under /graphiql/, /healthz and
 * /readyz (./health.ts) and /metrics (./metrics-endpoint.ts).
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 4000;
  const logger = options.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const graphiqlDir = options.graphiqlDir ?? DEFAULT_GRAPHIQL_DIR;
  const graphiql = options.graphiql ?? true;
  const registry = new AdapterRegistry(options.adapters);
  const observability = options.observability ?? new Observability({ logger });
  const trusted = options.trustedDocuments && TrustedDocuments.load(options.trustedDocuments.manifest);
  const limiter =
    options.rateLimits &&
    (await openRateLimiter(options.rateLimits, (error) =>
      logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'rate limit store unavailable; request let through'),
    ));

  const schema = buildNetplaneSchema({ catalogs: options.catalogs });
  const authenticator = new Authenticator(options.auth);
  const access = new GatewayAccess(authenticator, limiter);

  // Identical requests share one execution and its serialized answer per cache window (./plugins/shared-execution.ts).
  const clockOf = options.adapters.map((adapter) => adapter.clock?.bind(adapter)).find((clock) => clock !== undefined);
  const sharing = options.shareExecutions === false ? null : new SharedExecutions({ windowMs: options.cost?.cacheTtlMs ?? 0, ...(clockOf && { now: clockOf }) });
  const stopListening = sharing
    ? options.adapters.map((adapter) => adapter.onInvalidate?.((partition) => sharing.invalidate(partition)))
    : [];

  // Apollo validates and runs the plugins; hot query documents execute compiled (./compiled-execution.ts).
  const compiled = options.compiledExecution === false ? null : new CompiledExecution(schema).asApolloServerOptions();
  const parseOptions = { maxTokens: limits.maxTokens };
  // A document renamed (a new operation name per request) is validated once (./renamed-documents.ts).
  const renamedDocuments = new RenamedDocuments({ parseOptions });
  const apollo = new ApolloServer<GatewayContext>({
    ...(compiled ? { gateway: compiled.gateway } : { schema }),
    // Apollo's own switch would answer with advice about Apollo's constructor; ours names netplane's setting.
    introspection: true,
    ...(options.introspection === false && { validationRules: [introspectionSwitchedOff] }),
    // The token limit stops the parser itself, so an oversized document costs no more than the limit.
    parseOptions,
    documentStore: renamedDocuments.store,
    // Clients send whole documents; automatic persisted queries would only add a hash-mismatch path.
    persistedQueries: false,
    // Outside tests Apollo would stop itself on SIGTERM and re-send the signal, cutting the drain short: the process owner drains (src/app/shutdown.ts).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    logger: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.info(m),
      warn: (m: string) => logger.warn(m),
      error: (m: string) => logger.error(m),
    },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      // Apollo installs its inline-trace plugin unless told not to; it traces only a federation subgraph's schema, which netplane's never is.
      ApolloServerPluginInlineTraceDisabled(),
      renamedDocuments.plugin(),
      limitsPlugin(limits),
      inputChecksPlugin(),
      maskingPlugin(options.showErrorDetails === undefined ? {} : { showDetails: options.showErrorDetails }),
      loggingPlugin(logger),
      metricsPlugin(observability),
      costPlugin({ maxProviderCalls: 1_000, cacheTtlMs: 0, ...options.cost }),
      ...(limiter ? [rateLimitPlugin(limiter)] : []),
      idempotencyKeyPlugin(),
      // Last: it executes every operation from responseForOperation, after every other plugin's hook there.
      ...(compiled ? [compiled.plugin] : []),
    ],
  });
  await apollo.start();

  // Stateless: one for every request.
  const fanOutObserver = observability.fanOutObserver();

  /** One request's context, built in place (it is made for every request, so no intermediate copies). */
  const gatewayContext = (requestId: string, principal: Principal, providerCalls: ProviderCallTally, headers: HeaderMap, requestSpan: Span | null): GatewayContext => {
    const context: GatewayContext = buildRequestContext(registry, requestId, principal, providerCalls);
    context.fanOutObserver = fanOutObserver;
    if (requestSpan) context.requestSpan = requestSpan;
    if (options.durability) context.durability = options.durability;
    const idempotencyKey = headers.get(IDEMPOTENCY_KEY_HEADER);
    if (idempotencyKey !== undefined) context.idempotencyKeyHeader = idempotencyKey;
    return context;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, url: { pathname: string; search: string }): Promise<void> => {
    const requestId = requestIdFrom(req.headers);
    const method = req.method ?? 'GET';

    if (method === 'GET' || method === 'HEAD') {
      if (await serveHealth(url.pathname, options.readinessChecks ?? [], res, { [REQUEST_ID_HEADER]: requestId })) return;
      if (url.pathname === METRICS_PATH) {
        await serveMetrics(observability, res, { [REQUEST_ID_HEADER]: requestId });
        return;
      }
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, { [REQUEST_ID_HEADER]: requestId });
      res.end();
      return;
    }
    if (url.pathname.startsWith(GRAPHIQL_PREFIX) && method === 'GET' && graphiql) {
      await serveGraphiqlAsset(graphiqlDir, url.pathname, res);
      return;
    }
    if (url.pathname !== GRAPHQL_PATH) {
      sendJson(res, 404, { error: `Nothing at ${url.pathname}; the GraphQL endpoint is ${GRAPHQL_PATH}.` }, requestId);
      return;
    }
    if (method === 'GET' && wantsHtml(req.headers.accept) && !new URLSearchParams(url.search).has('query')) {
      if (graphiql) await serveGraphiqlPage(graphiqlDir, res);
      else refuseGraphiqlPage(res, requestId);
      return;
    }

    const principal = await access.admit(req, res, requestId);
    if (!principal) return;

    let raw: string;
    try {
      raw = await readBody(req, limits.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendJson(res, 413, graphqlErrorBody(`Request body exceeds ${limits.maxBodyBytes} bytes.`, 'BODY_TOO_LARGE'), requestId);
        return;
      }
      throw error;
    }
    const headers = headerMapOf(req.headers);
    let body: unknown = raw;
    if (raw.length > 0 && (headers.get('content-type') ?? '').includes('json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        sendJson(res, 400, graphqlErrorBody('The request body is not valid JSON.', 'BAD_REQUEST'), requestId);
        return;
      }
    }
    let search = url.search;
    if (trusted) {
      const checked = trustedRequest(trusted, { method: method.toUpperCase(), body, search });
      if (!checked.ok) {
        writeGraphQLError(req, res, requestId, 400, checked.message, checked.code);
        return;
      }
      ({ body, search } = checked.request);
    }
    // Every provider call this request causes is recorded in its own scope (extensions.providerCalls,
    // its log line): the context carries it, and the resolvers pass it to every adapter call.
    const execute = async () => {
      const providerCalls = new ProviderCallTally(requestId);
      const response = await observability.runRequest(requestId, (requestSpan) =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: method.toUpperCase(), headers, search, body },
          context: () => Promise.resolve(gatewayContext(requestId, principal, providerCalls, headers, requestSpan)),
        }),
      );
      return { response, providerCalls };
    };
    // A document that reads no list (introspection fields alone read nothing) has nothing to keep
    // past its execution, and joining one in flight costs more than running it.
    const key = sharing && !introspectionOnly(documentOf(method, body, search)) && sharingKey({ method: method.toUpperCase(), search, body }, principal);
    if (!sharing || !key) {
      await writeResponse(req, res, (await execute()).response, requestId);
      return;
    }
    const { response, shared } = await sharing.run(key, async (): Promise<ProducedResponse> => {
      const { response: answer, providerCalls } = await execute();
      let text = '';
      if (answer.body.kind === 'complete') text = answer.body.string;
      else for await (const chunk of answer.body.asyncIterator) text += chunk;
      return {
        status: answer.status ?? 200,
        headers: [...answer.headers],
        body: Buffer.from(text),
        // Only answers made of cached lists outlive their execution: what else a query reads (the
        // store's operations) has no window and no invalidation here.
        keep: providerCalls.uncachedReads === 0 && providerCalls.partitionsRead.size > 0 && answer.body.kind === 'complete',
        partitionsRead: providerCalls.partitionsRead,
        listReads: providerCalls.listReads,
      };
    });
    if (!shared) {
      await writeComplete(req, res, response.status, response.headers, response.body, requestId);
      return;
    }
    res.setHeader(SHARED_HEADER, 'true');
    const now = sharing.clock();
    // The executed body's length stands for the shared one's (they differ in a few bytes of extensions) to choose the encoding.
    const sharedBody = { length: response.body.length, bytes: () => response.sharedBody(now) };
    await writeComplete(req, res, response.status, response.headers, sharedBody, requestId, () => response.sharedGzip(now));
  };

  const sockets = new Set<Socket>();
  // Nothing is served until the address is known to be allowed (see below the listen).
  let serving = false;
  const server = createServer((req, res) => {
    if (!serving) {
      res.destroy();
      return;
    }
    const target = targetOf(req.url ?? '/');
    // Every answer counts, the ones refused before GraphQL (401, 413, 429 …) included.
    const route = routeOf(target.pathname, GRAPHQL_PATH);
    res.once('finish', () => observability.metrics.recordHttpResponse(route, res.statusCode));
    handle(req, res, target).catch((error: unknown) => {
      logger.error({ error: error instanceof Error ? error.message : String(error) }, 'gateway request failed');
      if (!res.headersSent) {
        writeWhole(res, 500, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(graphqlErrorBody('Unexpected error.', 'INTERNAL_SERVER_ERROR')));
      } else {
        res.destroy();
      }
    });
  });
  // Dashboards poll every few seconds over kept-alive connections: Node's 5 s default would close
  // sockets just as a 5 s poll reuses them (ECONNRESET on the client).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // Subscriptions: graphql-ws over an upgrade of a request to the same path.
  const watched = options.operations ?? options.durability?.store.operations;
  const operationFeed = watched && new OperationFeed(watched);
  const subscriptions = attachSubscriptions(server, {
    schema,
    path: GRAPHQL_PATH,
    authenticator,
    contextFor: (principal, requestId) => ({
      ...buildRequestContext(registry, requestId, principal),
      ...(operationFeed && { operationUpdates: operationFeed }),
      ...(options.durability && { durability: options.durability }),
    }),
    requestLimits: limits,
    limits: { ...DEFAULT_SUBSCRIPTION_LIMITS, ...options.subscriptions },
    logger,
    rateLimiter: limiter,
    trustedDocuments: trusted,
    introspection: options.introspection !== false,
    showErrorDetails: showsErrorDetails(options.showErrorDetails === undefined ? {} : { showDetails: options.showErrorDetails }),
    serving: () => serving,
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const inFlight = trackRequestsInFlight(server);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await apollo.stop();
    await limiter?.close();
    throw listenErrorFor(error, host, port) ?? error;
  }
  // After the listen, so an address that cannot be listened on is reported as such; before serving anything.
  try {
    assertAuthenticationFor(host, options.auth);
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await apollo.stop();
    await limiter?.close();
    throw error;
  }
  serving = true;
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  logger.info({ url: `${origin}${GRAPHQL_PATH}` }, 'netplane gateway listening');
  return {
    url: `${origin}${GRAPHQL_PATH}`,
    origin,
    port: actualPort,
    drain: (graceMs) => inFlight.drain(graceMs),
    close: async () => {
      // First, while their sockets are whole: subscribers are told the gateway is going away.
      await subscriptions.close();
      await operationFeed?.close();
      await new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      });
      await apollo.stop();
      await limiter?.close();
      for (const stop of stopListening) stop?.();
    },
  };
}
