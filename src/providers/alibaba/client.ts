import { randomBytes } from 'node:crypto';
import { classify } from '../../domain/catalog';
import { failed, ok, type Result } from '../../domain/errors';
import type { RequestScope } from '../../domain/request-scope';
import { malformedResponseFailure, transportFailure } from '../common/failures';
import { observeAttempt, retryHooks, type AttemptOutcome, type ProviderCallObserver } from '../common/observer';
import { DEFAULT_RETRY_POLICY, RetryBudget, withRetry, type RetryPolicy } from '../common/retry';
import { TransportFault, type HttpResponse, type HttpTransport } from '../common/transport';
import { alibabaCatalog } from './error-catalog';
import { EMPTY_BODY_SHA256, percentEncode, signV3 } from './signer';
import { flattenParams, PRODUCTS, productOf, regionalEndpoint, type Action, type WireParams } from './wire';

/**
 * One generic RPC call for every Alibaba action: V3-signed `POST /` with the parameters in the
 * query, inside the single retry layer. Each attempt is signed afresh (new nonce and date); the
 * parameters — ClientToken included — are the same on every attempt. Never throws for provider or
 * transport faults: it returns a failed Result classified through the catalog.
 */

export interface AlibabaCredentials {
  accessKeyId: string;
  accessKeySecret: string;
}

export interface AlibabaClientOptions {
  credentials: AlibabaCredentials;
  transport: HttpTransport;
  /** One base URL for every product (e.g. the emulator, http://127.0.0.1:4010); else the regional endpoints. */
  endpoint?: string;
  retry?: RetryPolicy;
  retryBudget?: RetryBudget;
  /** Injectable for tests; defaults to the wall clock and a random 32-byte hex nonce. */
  now?: () => Date;
  nonce?: () => string;
  sleep?: (ms: number) => Promise<void>;
  /** Told about every attempt and retry (metrics, traces, logs); never sees credentials. */
  observer?: ProviderCallObserver;
}

export interface CallOptions {
  /** True for reads and for mutations carrying a ClientToken (the provider deduplicates them). */
  safeToRepeat: boolean;
}

/** Alibaba timestamps: UTC, second precision. */
export function acsDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class AlibabaClient {
  private readonly retry: RetryPolicy;
  private readonly budget: RetryBudget;

  /** `scope`: the request this client's calls serve; every HTTP request they send is recorded there, and its deadline bounds them. */
  constructor(
    private readonly options: AlibabaClientOptions,
    private readonly scope?: RequestScope,
  ) {
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.budget = options.retryBudget ?? new RetryBudget();
  }

  /** This client for the calls of one request (same transport, retry budget and observer); no scope: itself. */
  forScope(scope: RequestScope | undefined): AlibabaClient {
    return scope ? new AlibabaClient({ ...this.options, retry: this.retry, retryBudget: this.budget }, scope) : this;
  }

  /** `params` must carry RegionId: it picks the regional endpoint. */
  async call<T>(action: Action, params: WireParams, options: CallOptions): Promise<Result<T>> {
    const query = flattenParams(params);
    const { result } = await withRetry<T>(
      {
        policy: this.retry,
        budget: this.budget,
        safeToRepeat: options.safeToRepeat,
        sleep: this.options.sleep,
        deadline: this.scope?.deadline,
        ...retryHooks(this.options.observer, 'ALIBABA', action),
      },
      (n) => observeAttempt(this.options.observer, this.scope, { provider: 'ALIBABA', operation: action, attempt: n }, () => this.attempt<T>(action, query)),
    );
    return result;
  }

  private baseUrl(action: Action, region: string): string {
    const configured = this.options.endpoint?.replace(/\/+$/, '');
    return configured ?? regionalEndpoint(productOf(action), region);
  }

  private async attempt<T>(action: Action, query: Record<string, string>): Promise<AttemptOutcome<T>> {
    const base = this.baseUrl(action, query['RegionId'] ?? '');
    const queryString = Object.keys(query)
      .sort()
      .map((k) => `${percentEncode(k)}=${percentEncode(query[k]!)}`)
      .join('&');
    const url = `${base}/${queryString ? `?${queryString}` : ''}`;
    const headers: Record<string, string> = {
      host: new URL(base).host,
      'x-acs-action': action,
      'x-acs-version': PRODUCTS[productOf(action)].version,
      'x-acs-date': acsDate(this.options.now?.() ?? new Date()),
      'x-acs-signature-nonce': this.options.nonce?.() ?? randomBytes(32).toString('hex'),
      'x-acs-content-sha256': EMPTY_BODY_SHA256,
    };
    const { accessKeyId, accessKeySecret } = this.options.credentials;
    const signature = signV3(
      { method: 'POST', path: '/', query, headers, payloadHash: EMPTY_BODY_SHA256 },
      accessKeyId,
      accessKeySecret,
    );
    // undici derives the host header from the URL itself (the value signed above).
    const { host: _host, ...sent } = headers;
    let response: HttpResponse;
    try {
      response = await this.options.transport.send(
        { method: 'POST', url, headers: { ...sent, accept: 'application/json', authorization: signature.authorization } },
        { onSend: () => this.scope?.recordSent('ALIBABA'), deadline: this.scope?.deadline },
      );
    } catch (err) {
      if (err instanceof TransportFault) return { result: failed(transportFailure('ALIBABA', action, err)), httpStatus: null };
      throw err;
    }
    return { result: this.interpret<T>(action, response), httpStatus: response.status };
  }

  private interpret<T>(action: Action, response: HttpResponse): Result<T> {
    const headerRequestId = response.headers['x-acs-request-id'] ?? null;
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return failed(malformedResponseFailure('ALIBABA', action, response.status, headerRequestId, 'not JSON'));
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return failed(malformedResponseFailure('ALIBABA', action, response.status, headerRequestId, 'not a JSON object'));
    }
    const fields = body as Record<string, unknown>;
    const requestId = typeof fields['RequestId'] === 'string' ? fields['RequestId'] : headerRequestId;
    if (response.status >= 200 && response.status < 300) return ok(body as T, requestId);
    if (typeof fields['Code'] !== 'string') {
      return failed(malformedResponseFailure('ALIBABA', action, response.status, requestId, 'error body without Code'));
    }
    const retryAfterMs = Number.parseInt(response.headers['x-acs-retry-after'] ?? '', 10);
    return failed(
      classify(alibabaCatalog, {
        operation: action,
        code: fields['Code'],
        httpStatus: response.status,
        message: typeof fields['Message'] === 'string' ? fields['Message'] : '',
        requestId,
        retryAfterSeconds: Number.isFinite(retryAfterMs) ? retryAfterMs / 1000 : null,
      }),
    );
  }
}
