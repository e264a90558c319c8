import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import { CloseCode, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Authenticator } from '../auth/authenticator';
import type { Principal } from '../auth/principal';
import type { SubscriptionLimits } from '../config/subscriptions';
import type { NetplaneContext } from '../graphql/context';
import { introspectionSwitchedOff } from './introspection';
import { limitError, limitViolation, type Limits } from './plugins/limits';
import { isUnexpected, maskedError, redactSecrets } from './plugins/masking';
import type { TrustedDocuments } from './plugins/trusted-documents';
import { retryAfterSeconds, type RateLimiter } from './rate-limit/rate-limiter';
import { REQUEST_ID_HEADER, requestIdFrom } from './context';

/**
 * GraphQL subscriptions over WebSocket (graphql-ws's graphql-transport-ws protocol) on the same
 * path as queries: an HTTP upgrade of a request to /graphql. The socket carries subscriptions only;
 * queries and mutations go over HTTP, where cost, rate limits and metrics apply per request.
 */

export { DEFAULT_SUBSCRIPTION_LIMITS, type SubscriptionLimits } from '../config/subscriptions';

/** Close code of RFC 6455 §7.4 registered as "Try Again Later" (IANA WebSocket close codes). */
const TRY_AGAIN_LATER = 1013;
/** graphql-ws's own Going Away on dispose, with netplane's reason. */
const GOING_AWAY = 1001;
/** How long a shutdown waits for clients to answer the close frame before their sockets are cut. */
const CLOSE_HANDSHAKE_MS = 1_000;

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  /** The path upgrades are accepted on (the GraphQL path); others are refused. */
  path: string;
  authenticator: Authenticator;
  /** The request context, built as for an HTTP request of the same principal. */
  contextFor(principal: Principal, requestId: string): NetplaneContext;
  requestLimits: Readonly<Limits>;
  limits: Readonly<SubscriptionLimits>;
  logger: Logger;
  /** Each subscription takes a token from the caller's bucket, as an HTTP request does. */
  rateLimiter?: RateLimiter | undefined;
  /** When set, only these documents run (as over HTTP). */
  trustedDocuments?: TrustedDocuments | undefined;
  introspection: boolean;
  /** Show unexpected errors' messages (secrets redacted) instead of the mask, as over HTTP. */
  showErrorDetails: boolean;
  /** False until the gateway may serve (its address checked): upgrades before are cut. */
  serving(): boolean;
}

export interface SubscriptionServer {
  /** Open WebSocket connections. */
  connections(): number;
  /** Closes every connection with 1001 (going away), waits briefly for the handshakes, stops accepting; later calls wait for the first. */
  close(): Promise<void>;
}

/** What a connection knows once its connection_init is accepted. */
interface ConnectionExtra extends Record<PropertyKey, unknown> {
  authorization: string | undefined;
  connectionId: string;
}

/** The credential of a connection: connectionParams.authorization (browsers cannot set headers on a WebSocket), else the upgrade's header. */
export function connectionAuthorization(connectionParams: Readonly<Record<string, unknown>> | undefined, request: IncomingMessage): string | undefined {
  for (const name of ['authorization', 'Authorization']) {
    const value = connectionParams?.[name];
    if (typeof value === 'string') return value;
  }
  return request.headers.authorization;
}

/** An upgrade of another path: a plain 404 on the socket, which has no ServerResponse. */
function refuseUpgrade(socket: Duplex, reason: string, requestId: string): void {
  const body = JSON.stringify({ error: reason });
  socket.end(
    `HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\n${REQUEST_ID_HEADER}: ${requestId}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

export function attachSubscriptions(server: Server, options: SubscriptionServerOptions): SubscriptionServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.requestLimits.maxBodyBytes });
  const rules: ValidationRule[] = options.introspection ? [...specifiedRules] : [...specifiedRules, introspectionSwitchedOff];

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (!options.serving()) {
      socket.destroy();
      return;
    }
    const requestId = requestIdFrom(request.headers);
    const path = new URL(request.url ?? '/', 'http://gateway.invalid').pathname;
    if (path !== options.path) {
      refuseUpgrade(socket, `Nothing at ${path}; subscriptions are served over WebSocket at ${options.path}.`, requestId);
      return;
    }
    wss.handleUpgrade(request, socket, head, (client) => {
      // Counted after the handshake, so the refusal can say why in a close frame the client reads.
      if (wss.clients.size > options.limits.maxConnections) {
        client.close(TRY_AGAIN_LATER, `This gateway serves at most ${options.limits.maxConnections} WebSocket connections; try again later.`);
        return;
      }
      wss.emit('connection', client, request);
    });
  };
  server.on('upgrade', onUpgrade);

  /** The credential's principal, or undefined once the socket is closed: 4401/4403 as graphql-ws names them, 1013 when the issuer's keys are out of reach (worth retrying). */
  const admitted = async (socket: WebSocket, authorization: string | undefined): Promise<Principal | undefined> => {
    const authentication = await options.authenticator.authenticate(authorization);
    if (authentication.ok) return authentication.principal;
    const code = authentication.status === 401 ? CloseCode.Unauthorized : authentication.status === 403 ? CloseCode.Forbidden : TRY_AGAIN_LATER;
    socket.close(code, authentication.message);
    return undefined;
  };

  const disposable = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema: options.schema,
      async onConnect(ctx) {
        const authorization = connectionAuthorization(ctx.connectionParams, ctx.extra.request);
        const principal = await admitted(ctx.extra.socket, authorization);
        if (!principal) return false;
        ctx.extra.authorization = authorization;
        ctx.extra.connectionId = requestIdFrom(ctx.extra.request.headers);
        return true;
      },
      async onSubscribe(ctx, id, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> {
        // Checked again for each subscription, so a JWT that expired since connection_init starts nothing more.
        const principal = await admitted(ctx.extra.socket, ctx.extra.authorization);
        if (!principal) return [new GraphQLError('The connection\'s credential is no longer valid.', { extensions: { code: 'UNAUTHENTICATED' } })];
        // graphql-ws has registered this one already.
        const running = Object.keys(ctx.subscriptions).length;
        if (running > options.limits.maxSubscriptionsPerConnection) {
          return [
            limitError(
              `This connection runs ${running - 1} subscriptions, the most one connection may; complete one or open another connection.`,
              'TOO_MANY_SUBSCRIPTIONS',
            ),
          ];
        }
        if (options.rateLimiter) {
          const take = await options.rateLimiter.admitRequest(principal);
          if (!take.allowed) {
            const seconds = retryAfterSeconds(take);
            return [new GraphQLError(`Rate limit exceeded for "${principal.id}"; retry after ${seconds} s.`, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } })];
          }
        }
        let query = payload.query;
        if (options.trustedDocuments) {
          const trusted = options.trustedDocuments.resolve(payload.query, payload.extensions);
          if (!trusted.ok) return [new GraphQLError(trusted.message, { extensions: { code: trusted.code } })];
          query = trusted.query;
        }
        let document;
        try {
          document = parse(query, { maxTokens: options.requestLimits.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const invalid = validate(options.schema, document, rules);
        if (invalid.length > 0) return invalid;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Unable to identify the operation: name it with operationName.', { extensions: { code: 'BAD_REQUEST' } })];
        if (operation.operation !== 'subscription') {
          return [
            limitError(
              `The WebSocket at ${options.path} carries subscriptions only; send ${operation.operation === 'query' ? 'queries' : 'mutations'} over HTTP POST to ${options.path}.`,
              'OPERATION_NOT_SUPPORTED',
            ),
          ];
        }
        const variables = payload.variables ?? {};
        const violation = limitViolation(document, operation, variables, options.requestLimits);
        if (violation) return [violation];
        const requestId = `${ctx.extra.connectionId as string}/${id}`;
        options.logger.info({ requestId, principal: principal.id, operationName: operation.name?.value ?? null }, 'subscription started');
        return {
          schema: options.schema,
          document,
          variableValues: variables,
          operationName: payload.operationName ?? null,
          contextValue: options.contextFor(principal, requestId),
        };
      },
      // As over HTTP: an unexpected error (a bug, a store outage) reaches the subscriber masked, and is logged.
      onNext(ctx, id, _payload, _args, result) {
        if (!result.errors) return undefined;
        for (const error of result.errors) {
          if (isUnexpected(error)) options.logger.error({ requestId: `${ctx.extra.connectionId as string}/${id}`, error: redactSecrets(error.message) }, 'subscription failed');
        }
        return { ...result, errors: result.errors.map((error) => maskedError(error, error.toJSON(), options.showErrorDetails)) };
      },
      onComplete(ctx, id) {
        options.logger.info({ requestId: `${ctx.extra.connectionId as string}/${id}` }, 'subscription completed');
      },
    },
    wss,
  );

  let closing: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    server.off('upgrade', onUpgrade);
    const clients = [...wss.clients];
    const closed = Promise.all(clients.map((client) => closedOrCut(client)));
    // Before graphql-ws's dispose, whose close frames would say only "Going away".
    for (const client of clients) client.close(GOING_AWAY, 'The gateway is shutting down; reconnect to another replica or later.');
    await closed;
    await disposable.dispose();
  };
  return {
    connections: () => wss.clients.size,
    // Once: a second dispose would find the WebSocket server closed already and fail.
    close: () => (closing ??= close()),
  };
}

/** Resolves once the client answered the close frame, or after CLOSE_HANDSHAKE_MS with its socket cut. */
function closedOrCut(client: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    if (client.readyState === client.CLOSED) {
      resolve();
      return;
    }
    const timer = setTimeout(() => {
      client.terminate();
      resolve();
    }, CLOSE_HANDSHAKE_MS);
    client.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
