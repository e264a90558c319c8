import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { SCOPES, type Grant, type Principal, type Scope } from './principal';

export interface JwtVerifierOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
  scopesClaim: string;
  subjectClaim: string;
  algorithms: readonly string[];
  clockToleranceSeconds: number;
}

/** Why a token was not accepted: the caller's (401) or the issuer's keys being out of reach (503). */
export type JwtRejection = { kind: 'invalid'; reason: string } | { kind: 'keysUnavailable'; reason: string };

const SCOPE_TOKEN = /^(read|mutate|admin)(?::([^/\s]+)\/([^/\s]+)\/([^/\s]+))?$/;

/**
 * Grants from the scopes claim. Each token is `<scope>` (every partition) or
 * `<scope>:<provider>/<account>/<region>` with globs (`mutate:ALIBABA/ali-*`+`/cn-*`); tokens of
 * other audiences (`openid`, `profile`) are ignored.
 */
export function grantsFromScopes(claim: unknown): Grant[] {
  const tokens = typeof claim === 'string' ? claim.split(/\s+/) : Array.isArray(claim) ? claim.filter((t): t is string => typeof t === 'string') : [];
  const grants: Grant[] = [];
  for (const token of tokens) {
    const match = SCOPE_TOKEN.exec(token);
    if (!match) continue;
    const scope = match[1] as Scope;
    if (!SCOPES.includes(scope)) continue;
    grants.push({ scope, providers: [match[2] ?? '*'], accounts: [match[3] ?? '*'], regions: [match[4] ?? '*'] });
  }
  return grants;
}

/** Verifies bearer JWTs against the issuer's JWKS (fetched when needed, cached by jose) and maps their claims. */
export class JwtVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly options: JwtVerifierOptions) {
    this.keys = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  }

  async verify(token: string): Promise<{ ok: true; principal: Principal } | { ok: false; rejection: JwtRejection }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: [...this.options.algorithms],
        clockTolerance: this.options.clockToleranceSeconds,
      }));
    } catch (error) {
      return { ok: false, rejection: rejectionOf(error) };
    }
    const subject = payload[this.options.subjectClaim];
    if (typeof subject !== 'string' || subject.length === 0) {
      return { ok: false, rejection: { kind: 'invalid', reason: `the token has no "${this.options.subjectClaim}" claim` } };
    }
    return { ok: true, principal: { id: subject, kind: 'jwt', grants: grantsFromScopes(payload[this.options.scopesClaim]) } };
  }
}

function rejectionOf(error: unknown): JwtRejection {
  if (error instanceof errors.JWTExpired) return { kind: 'invalid', reason: 'the token has expired' };
  if (error instanceof errors.JWTClaimValidationFailed) return { kind: 'invalid', reason: `the token's "${error.claim}" claim is not accepted` };
  if (error instanceof errors.JWKSTimeout) return { kind: 'keysUnavailable', reason: 'the issuer\'s keys could not be fetched in time' };
  // jose words a non-200 JWKS answer only in its message (a plain JOSEError).
  if (error instanceof errors.JWKSInvalid || (error instanceof errors.JOSEError && /JSON Web Key Set HTTP response/.test(error.message))) {
    return { kind: 'keysUnavailable', reason: 'the issuer\'s keys could not be fetched' };
  }
  if (error instanceof errors.JOSEError) return { kind: 'invalid', reason: 'the token could not be verified' };
  // Anything else is the fetch of the JWKS failing (refused connection, bad answer): not the caller's fault.
  return { kind: 'keysUnavailable', reason: 'the issuer\'s keys could not be fetched' };
}
