import { classify } from '../../domain/catalog';
import { failed, ok, type ProviderFailure, type Result } from '../../domain/errors';
import type { RequestScope } from '../../domain/request-scope';
import { malformedResponseFailure, transportFailure } from '../common/failures';
import { observeAttempt, retryHooks, type AttemptOutcome, type ProviderCallObserver } from '../common/observer';
import { withRetry, type RetryBudget, type RetryPolicy } from '../common/retry';
import { TransportFault, type HttpResponse, type HttpTransport } from '../common/transport';
import { huaweiCatalog } from './error-catalog';
import { encodeQuery, formatSdkDate, sign } from './signer';
import { SERVICE_HOST, parseErrorBody, type HuaweiService } from './wire';

/**
 * The one generic call for every Huawei operation (alicloud's RpcPost, for REST): build the URL for
 * the service and region, sign inside the retry loop (a fresh X-Sdk-Date per attempt), send through
 * the shared transport and turn every answer into a Result. Never throws for provider or transport faults.
 */

export interface HuaweiCredentials {
  ak: string;
  sk: string;
}

export interface HuaweiClientOptions {
  credentials: HuaweiCredentials;
  region: string;
  projectId: string;
  /** One base URL for all services (the emulator); otherwise https://{service}.{region}.myhuaweicloud.com. */
  endpoint?: string;
  transport: HttpTransport;
  retry: RetryPolicy;
  retryBudget: RetryBudget;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Told about every attempt and retry (metrics, traces, logs); never sees credentials. */
  observer?: ProviderCallObserver;
}

export type QueryParams = ReadonlyArray<readonly [string, string]>;

export interface CallSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  service: HuaweiService;
  /** Path relative to the service endpoint, segments already encoded (wire.ts PATHS). */
  path: string;
  query?: QueryParams;
  body?: unknown;
}

export interface CallSafety {
  /**
   * True for reads. Huawei documents no idempotency token for these writes, so mutations pass false
   * and are repeated only when the failure certainly did not apply (shouldRetry decides).
   */
  safeToRepeat: boolean;
}

export class HuaweiClient {
  private readonly now: () => number;

  /** `scope`: the request this client's calls serve; every HTTP request they send is recorded there, and its deadline bounds them. */
  constructor(
    private readonly options: HuaweiClientOptions,
    private readonly scope?: RequestScope,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** This client for the calls of one request (same transport, retry budget and observer); no scope: itself. */
  forScope(scope: RequestScope | undefined): HuaweiClient {
    return scope ? new HuaweiClient(this.options, scope) : this;
  }

  get projectId(): string {
    return this.options.projectId;
  }

  endpointFor(service: HuaweiService): string {
    const base = this.options.endpoint ?? `https://${SERVICE_HOST[service]}.${this.options.region}.myhuaweicloud.com`;
    return base.replace(/\/+$/, '');
  }

  async call<T>(operation: string, spec: CallSpec, safety: CallSafety): Promise<Result<T>> {
    const { result } = await withRetry<T>(
      {
        policy: this.options.retry,
        budget: this.options.retryBudget,
        safeToRepeat: safety.safeToRepeat,
        sleep: this.options.sleep,
        random: this.options.random,
        deadline: this.scope?.deadline,
        ...retryHooks(this.options.observer, 'HUAWEI', operation),
      },
      (n) => observeAttempt(this.options.observer, this.scope, { provider: 'HUAWEI', operation, attempt: n }, () => this.attempt<T>(operation, spec)),
    );
    return result;
  }

  private async attempt<T>(operation: string, spec: CallSpec): Promise<AttemptOutcome<T>> {
    const base = new URL(this.endpointFor(spec.service));
    const rawQuery = spec.query && spec.query.length > 0 ? encodeQuery(spec.query) : '';
    const path = `${base.pathname.replace(/\/+$/, '')}${spec.path}`;
    const url = `${base.origin}${path}${rawQuery ? `?${rawQuery}` : ''}`;
    const body = spec.body === undefined ? '' : JSON.stringify(spec.body);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-project-id': this.options.projectId,
      'x-sdk-date': formatSdkDate(this.now()),
    };
    const signed = sign({
      ak: this.options.credentials.ak,
      sk: this.options.credentials.sk,
      method: spec.method,
      path,
      rawQuery,
      headers: { ...headers, host: base.host },
      body,
    });
    let response: HttpResponse;
    try {
      response = await this.options.transport.send(
        {
          method: spec.method,
          url,
          headers: { ...headers, authorization: signed.authorization },
          body: body === '' ? undefined : body,
        },
        { onSend: () => this.scope?.recordSent('HUAWEI'), deadline: this.scope?.deadline },
      );
    } catch (err) {
      const fault = err instanceof TransportFault ? err : new TransportFault('OTHER', true, err instanceof Error ? err.message : String(err));
      return { result: failed(transportFailure('HUAWEI', operation, fault)), httpStatus: null };
    }
    return { result: this.redacted(interpret<T>(operation, response)), httpStatus: response.status };
  }

  /** The gateway echoes an unknown AK in its message ("ak <AK> not exist"); keep key ids out of errors. */
  private redacted<T>(result: Result<T>): Result<T> {
    const ak = this.options.credentials.ak;
    if (result.ok || !ak || !result.error.message.includes(ak)) return result;
    return failed({ ...result.error, message: result.error.message.split(ak).join(`${ak.slice(0, 4)}****`) });
  }
}

/** Turns an HTTP answer into a Result: success JSON, a classified provider error, or a malformed-response failure. */
export function interpret<T>(operation: string, response: HttpResponse): Result<T> {
  const headerRequestId = response.headers['x-request-id'] ?? null;
  const success = response.status >= 200 && response.status < 300;
  if (success && response.body.trim() === '') return ok(undefined as T, headerRequestId);
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    const detail = response.body.trim() === '' ? 'empty body' : 'not JSON';
    return failed(malformedResponseFailure('HUAWEI', operation, response.status, headerRequestId, detail));
  }
  const error = parseErrorBody(json);
  // ECS answers Common.0024 (traffic control) with HTTP 202, so a 2xx carrying an error body is an error.
  const errorOnSuccess = success && error !== null && isErrorShaped(json);
  if (success && !errorOnSuccess) {
    const bodyRequestId = isRecord(json) && typeof json.request_id === 'string' ? json.request_id : null;
    return ok(json as T, headerRequestId ?? bodyRequestId);
  }
  if (!error) return failed(malformedResponseFailure('HUAWEI', operation, response.status, headerRequestId, 'not a documented error body'));
  return failed(classifyError(operation, response, error.code, error.message, headerRequestId ?? error.requestId));
}

function classifyError(operation: string, response: HttpResponse, code: string, message: string, requestId: string | null): ProviderFailure {
  const retryAfter = Number(response.headers['retry-after']);
  return classify(huaweiCatalog, {
    operation,
    code,
    httpStatus: response.status,
    message,
    requestId,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Keys a flat APIGW/ECS error body has, and nothing else: a resource (an ECS job carries `error_code` too) has more. */
const FLAT_ERROR_KEYS = new Set(['error_code', 'error_msg', 'request_id', 'encoded_authorization_message']);

/** ECS/APIGW error bodies, or a VPC v1 body made of nothing but code/message (no resource looks like that). */
const isErrorShaped = (v: unknown): boolean =>
  isRecord(v) &&
  (isRecord(v.error) ||
    isRecord(v.NeutronError) ||
    (typeof v.error_code === 'string' && Object.keys(v).every((k) => FLAT_ERROR_KEYS.has(k))) ||
    (typeof v.code === 'string' && Object.keys(v).every((k) => k === 'code' || k === 'message' || k === 'request_id')));
