import { ConfigError } from '../config/load';
import { ApiKeyVerifier, type StoredApiKey } from './api-keys';
import { JwtVerifier, type JwtVerifierOptions } from './jwt';
import { LOOPBACK_DEMO_PRINCIPAL, type Principal } from './principal';

/** The `auth` block of the configuration (src/config/auth.ts), as the authenticator takes it. */
export interface AuthenticationSettings {
  apiKeys: readonly StoredApiKey[];
  jwt?: JwtVerifierOptions | undefined;
}

/** Who the caller is, or why not: 401 (no or bad credentials), 403 (nothing granted), 503 (the issuer's keys are out of reach). */
export type Authentication =
  | { ok: true; principal: Principal }
  | { ok: false; status: 401 | 403 | 503; code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'AUTHENTICATION_UNAVAILABLE'; message: string; challenge?: string };

const REALM = 'realm="netplane"';

/** Loopback addresses: only there may a gateway run without authentication (the `npm start` demo). */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Refuses, in one line, a gateway that would hand the configured cloud credentials to anyone who
 * reaches a non-loopback address.
 */
export function assertAuthenticationFor(host: string, settings: AuthenticationSettings | undefined): void {
  if (settings || isLoopbackHost(host)) return;
  throw new ConfigError(
    `gateway: refusing to listen on ${host} without authentication: configure auth.apiKeys or auth.jwt (README, "Running in production"), or listen on 127.0.0.1`,
  );
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Turns a request's `Authorization` header into a principal. */
export class Authenticator {
  private readonly apiKeys: ApiKeyVerifier;
  private readonly jwt: JwtVerifier | undefined;

  constructor(private readonly settings: AuthenticationSettings | undefined) {
    this.apiKeys = new ApiKeyVerifier(settings?.apiKeys ?? []);
    this.jwt = settings?.jwt ? new JwtVerifier(settings.jwt) : undefined;
  }

  /** False on a loopback demo gateway: every caller is the anonymous principal with every scope. */
  get required(): boolean {
    return this.settings !== undefined;
  }

  async authenticate(authorization: string | undefined): Promise<Authentication> {
    if (!this.settings) return { ok: true, principal: LOOPBACK_DEMO_PRINCIPAL };
    const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(authorization ?? '');
    if (!match) {
      const message = authorization ? 'The Authorization header must be "Bearer <API key or JWT>".' : 'This gateway requires an API key or a JWT: send "Authorization: Bearer <token>".';
      return { ok: false, status: 401, code: 'UNAUTHENTICATED', message, challenge: authorization ? `Bearer ${REALM}, error="invalid_request"` : `Bearer ${REALM}` };
    }
    const token = match[1] as string;
    let principal: Principal | undefined;
    if (this.jwt && JWT_SHAPE.test(token)) {
      const verified = await this.jwt.verify(token);
      if (!verified.ok) {
        if (verified.rejection.kind === 'keysUnavailable') {
          return { ok: false, status: 503, code: 'AUTHENTICATION_UNAVAILABLE', message: `The token cannot be verified now: ${verified.rejection.reason}.` };
        }
        return invalidToken(`The token is not accepted: ${verified.rejection.reason}.`);
      }
      principal = verified.principal;
    } else {
      principal = this.apiKeys.verify(token);
      if (!principal) return invalidToken('The API key is not accepted.');
    }
    if (principal.grants.length === 0) {
      return {
        ok: false,
        status: 403,
        code: 'FORBIDDEN',
        message: `${principal.kind === 'jwt' ? 'The token' : 'The API key'} of "${principal.id}" grants no netplane scope (read, mutate or admin).`,
        challenge: `Bearer ${REALM}, error="insufficient_scope"`,
      };
    }
    return { ok: true, principal };
  }
}

function invalidToken(message: string): Authentication {
  // The description is ours (never the token): quoted-string safe as long as it holds no '"' or '\'.
  return { ok: false, status: 401, code: 'UNAUTHENTICATED', message, challenge: `Bearer ${REALM}, error="invalid_token", error_description="${message.replace(/["\\]/g, "'")}"` };
}
