import { applyFault, type EmulatorOutcome, type EmulatorReply, type EmulatorRequest, type EmulatorRuntime } from '../../common/emulator/runtime';
import { parseV3Authorization, sha256Hex, verifyV1, verifyV3 } from '../signer';
import { checkParams } from '../validation';
import { isAction, productForVersion, productOf, type Action } from '../wire';
import { entryFor, renderError } from './errors';
import { HANDLERS } from './handlers';
import { ApiFailure, type AlibabaState } from './state';

/**
 * Alibaba RPC on one endpoint (moto's "urls" role): reads query and form parameters, tells V3
 * (Authorization: ACS3-…) from V1 (a Signature parameter), verifies the signature with the shared
 * signer, identifies {action, account, region}, applies an armed fault, dispatches to the handler
 * and records the call.
 */

export interface AccessKey {
  accessKeyId: string;
  accessKeySecret: string;
  account: string;
}

/** V1 common parameters (signing.md §2.1): not business parameters. */
const V1_COMMON = new Set([
  'Action', 'Version', 'Format', 'Timestamp', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'AccessKeyId', 'SecurityToken', 'Signature',
]);

interface Identified {
  action: string;
  version: string;
  account: string;
  params: Record<string, string>;
}

/** Nonces are remembered for replay protection; the oldest are forgotten past this many. */
const MAX_REMEMBERED_NONCES = 100_000;
/** x-acs-date / Timestamp must be within 15 minutes of the server's (wall) time (V3 doc). */
const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

function parseForm(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(text)) out[k] = v;
  return out;
}

export class AlibabaRouter {
  private readonly keys: Map<string, AccessKey>;
  private readonly usedNonces = new Set<string>();

  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly state: AlibabaState,
    keys: AccessKey[],
  ) {
    this.keys = new Map(keys.map((k) => [k.accessKeyId, k]));
  }

  reset(): void {
    this.usedNonces.clear();
  }

  /** True the first time a nonce is seen. */
  private freshNonce(nonce: string): boolean {
    if (!nonce) return true;
    if (this.usedNonces.has(nonce)) return false;
    this.usedNonces.add(nonce);
    if (this.usedNonces.size > MAX_REMEMBERED_NONCES) {
      const oldest = this.usedNonces.values().next().value;
      if (oldest !== undefined) this.usedNonces.delete(oldest);
    }
    return true;
  }

  /**
   * Signed dates are compared with the wall clock, not the emulator clock: SDKs sign with real
   * time, and tests move the emulator clock far ahead to finish async transitions.
   */
  private static expired(date: string | undefined): boolean {
    if (!date) return false;
    const at = Date.parse(date);
    return Number.isNaN(at) || Math.abs(at - Date.now()) > MAX_CLOCK_SKEW_MS;
  }

  async handle(req: EmulatorRequest): Promise<EmulatorOutcome> {
    const requestId = this.runtime.ids.requestId();
    const query = parseForm(req.rawQuery);
    const form = (req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded') ? parseForm(req.body.toString('utf8')) : {};
    const all = { ...query, ...form };
    const hostId = req.headers['host'] ?? 'ecs.aliyuncs.com';
    const declaredAction = req.headers['x-acs-action'] ?? all['Action'] ?? '';
    const product = isAction(declaredAction) && productOf(declaredAction) === 'vpc' ? 'Vpc' : 'Ecs';
    const reject = (code: string, detail: string, httpStatus?: number): EmulatorReply =>
      renderError(entryFor(declaredAction, code, httpStatus, detail), { requestId, hostId, product, detail });

    const identified = this.authenticate(req, all);
    let outcome: EmulatorOutcome;
    let account = '';
    let params: Record<string, string> = all;
    if ('reply' in identified) {
      outcome = identified.reply(reject);
    } else {
      account = identified.account;
      params = identified.params;
      outcome = await this.dispatch(identified, requestId, (code, detail, status) => reject(code, detail, status), hostId, product);
    }
    this.record(declaredAction, account, params, outcome, requestId);
    return outcome;
  }

  private authenticate(
    req: EmulatorRequest,
    all: Record<string, string>,
  ): Identified | { reply: (reject: (code: string, detail: string, status?: number) => EmulatorReply) => EmulatorReply } {
    const authorization = req.headers['authorization'] ?? '';
    if (authorization.startsWith('ACS3-')) {
      const auth = parseV3Authorization(authorization);
      if (!auth) return { reply: (r) => r('IncompleteSignature', 'The Authorization header is malformed.') };
      const key = this.keys.get(auth.accessKeyId);
      if (!key) return { reply: (r) => r('InvalidAccessKeyId.NotFound', auth.accessKeyId) };
      const payloadHash = req.headers['x-acs-content-sha256'] ?? '';
      const valid =
        payloadHash === sha256Hex(req.body) &&
        verifyV3({ method: req.method, path: req.path, query: parseForm(req.rawQuery), headers: req.headers, payloadHash }, auth, key.accessKeySecret);
      if (!valid) return { reply: (r) => r('SignatureDoesNotMatch', 'signature') };
      const date = req.headers['x-acs-date'];
      if (AlibabaRouter.expired(date)) return { reply: (r) => r('InvalidTimeStamp.Expired', date ?? '') };
      const nonce = req.headers['x-acs-signature-nonce'] ?? '';
      if (!this.freshNonce(nonce)) return { reply: (r) => r('SignatureNonceUsed', nonce) };
      return { action: req.headers['x-acs-action'] ?? '', version: req.headers['x-acs-version'] ?? '', account: key.account, params: all };
    }
    if (all['Signature'] !== undefined) {
      const key = this.keys.get(all['AccessKeyId'] ?? '');
      if (!key) return { reply: (r) => r('InvalidAccessKeyId.NotFound', all['AccessKeyId'] ?? '') };
      if (!verifyV1(all, req.method, key.accessKeySecret)) return { reply: (r) => r('SignatureDoesNotMatch', 'signature') };
      const timestamp = all['Timestamp'] ?? all['TimeStamp'];
      if (AlibabaRouter.expired(timestamp)) return { reply: (r) => r('InvalidTimeStamp.Expired', timestamp ?? '') };
      const nonce = all['SignatureNonce'] ?? '';
      if (!this.freshNonce(nonce)) return { reply: (r) => r('SignatureNonceUsed', nonce) };
      const params = Object.fromEntries(Object.entries(all).filter(([k]) => !V1_COMMON.has(k)));
      return { action: all['Action'] ?? '', version: all['Version'] ?? '', account: key.account, params };
    }
    return { reply: (r) => r('IncompleteSignature', 'The request carries neither an ACS3 Authorization header nor a Signature.') };
  }

  private async dispatch(
    call: Identified,
    requestId: string,
    reject: (code: string, detail: string, status?: number) => EmulatorReply,
    hostId: string,
    product: string,
  ): Promise<EmulatorOutcome> {
    const { action, params, account } = call;
    if (!isAction(action)) return reject('UnsupportedOperation', action);
    if (productForVersion(call.version) !== productOf(action)) return reject('NoSuchVersion', call.version);
    const region = params['RegionId'];
    if (!region) return reject('MissingParameter', 'RegionId', 400);
    const fault = this.runtime.faults.take({ operation: action, account, region });
    return applyFault(
      fault,
      (f) =>
        renderError(entryFor(action, f.code, f.httpStatus), {
          requestId,
          hostId,
          product,
          message: f.message,
          retryAfterMs: f.retryAfterSeconds !== undefined ? f.retryAfterSeconds * 1000 : undefined,
        }),
      async () => this.run(action, account, region, params, requestId, reject),
    );
  }

  private run(
    action: Action,
    account: string,
    region: string,
    params: Record<string, string>,
    requestId: string,
    reject: (code: string, detail: string, status?: number) => EmulatorReply,
  ): EmulatorReply {
    const violation = checkParams(action, params);
    if (violation) return reject(violation.code, violation.detail, violation.httpStatus);
    try {
      const body = HANDLERS[action]({ state: this.state, region: this.state.region(account, region), params, requestId });
      return { status: 200, headers: { 'x-acs-request-id': requestId }, body: JSON.stringify({ ...body, RequestId: requestId }) };
    } catch (err) {
      if (err instanceof ApiFailure) return reject(err.code, err.detail, err.httpStatus);
      // An emulator bug still answers in Alibaba's shape, so SDKs report it instead of a parse error.
      return reject('InternalError', err instanceof Error ? err.message : String(err));
    }
  }

  private record(operation: string, account: string, params: Record<string, string>, outcome: EmulatorOutcome, requestId: string): void {
    let status: number | null = null;
    let code: string | null = null;
    if ('status' in outcome) {
      status = outcome.status;
      if (status >= 400) {
        try {
          code = (JSON.parse(outcome.body) as { Code?: string }).Code ?? null;
        } catch {
          code = null;
        }
      }
    }
    this.runtime.calls.record({ operation, account, region: params['RegionId'] ?? '', status, code, params, requestId: status === null ? null : requestId });
  }
}
