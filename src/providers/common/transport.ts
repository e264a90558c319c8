import { Agent, errors as undiciErrors, request } from 'undici';

/**
 * The one place netplane does HTTP to providers. It knows nothing about signing or retries; it
 * sends one request and reports either the response or a transport fault that says whether the
 * request may have reached the provider.
 */

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** DEADLINE: the call's overall deadline (SendOptions.deadline) ended the request. */
export type TransportFaultKind = 'CONNECT_FAILED' | 'TIMEOUT' | 'CONNECTION_RESET' | 'DEADLINE' | 'OTHER';

export class TransportFault extends Error {
  constructor(
    readonly kind: TransportFaultKind,
    /** False only when we know the request never left (connection refused, connect timeout). */
    readonly mayHaveReachedProvider: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'TransportFault';
  }
}

export interface TransportOptions {
  connectTimeoutMs: number;
  /** Time to wait for the response headers and, separately, between body chunks. */
  requestTimeoutMs: number;
  /** Maximum concurrent connections per origin. */
  connections: number;
}

/** Per request: the transport is shared by every caller, so what one request's call needs travels with it. */
export interface SendOptions {
  /** Told when the request is sent (not when the deadline stopped it before): every page and retry attempt counts. */
  onSend?: () => void;
  /** The call's overall deadline (RequestScope.deadline): the request is not sent after it, and aborted when it fires in flight. */
  deadline?: AbortSignal;
}

export const DEFAULT_TRANSPORT_OPTIONS: TransportOptions = {
  connectTimeoutMs: 3_000,
  requestTimeoutMs: 15_000,
  connections: 16,
};

export class HttpTransport {
  private readonly agent: Agent;

  constructor(readonly options: TransportOptions = DEFAULT_TRANSPORT_OPTIONS) {
    this.agent = new Agent({
      connect: { timeout: options.connectTimeoutMs },
      headersTimeout: options.requestTimeoutMs,
      bodyTimeout: options.requestTimeoutMs,
      connections: options.connections,
    });
  }

  async send(req: HttpRequest, options: SendOptions = {}): Promise<HttpResponse> {
    const deadline = options.deadline;
    if (deadline?.aborted) throw new TransportFault('DEADLINE', false, 'the call\'s deadline passed before the request was sent');
    options.onSend?.();
    try {
      const res = await request(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        dispatcher: this.agent,
        ...(deadline && { signal: deadline }),
      });
      const body = await res.body.text();
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.headers)) {
        if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
      }
      return { status: res.statusCode, headers, body };
    } catch (err) {
      if (deadline?.aborted) throw new TransportFault('DEADLINE', true, 'the call\'s deadline passed while the provider had the request');
      throw toTransportFault(err);
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}

function toTransportFault(err: unknown): TransportFault {
  const code = (err as { code?: string } | null)?.code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof undiciErrors.ConnectTimeoutError || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new TransportFault('CONNECT_FAILED', false, `connect timeout: ${message}`);
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH') {
    return new TransportFault('CONNECT_FAILED', false, `${code}: ${message}`);
  }
  if (
    err instanceof undiciErrors.HeadersTimeoutError ||
    err instanceof undiciErrors.BodyTimeoutError ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return new TransportFault('TIMEOUT', true, `timeout: ${message}`);
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || err instanceof undiciErrors.SocketError) {
    return new TransportFault('CONNECTION_RESET', true, `connection reset: ${message}`);
  }
  return new TransportFault('OTHER', true, message);
}
