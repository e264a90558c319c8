import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

/**
 * An OIDC issuer's keys on 127.0.0.1: a JWKS endpoint the gateway fetches, and a signer for the
 * tokens tests present. No network beyond loopback.
 */
export interface LocalIssuer {
  jwksUrl: string;
  issuer: string;
  /** Signs `claims` with the served key; `expiresIn` as jose takes it ("5m", or a past epoch second). */
  sign(claims: JWTPayload, options?: { expiresAt?: number | string; issuer?: string; audience?: string }): Promise<string>;
  /** Signs with a key the JWKS does not hold. */
  signWithForeignKey(claims: JWTPayload): Promise<string>;
  close(): Promise<void>;
}

export async function startLocalIssuer(audience: string): Promise<LocalIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const foreign = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'ES256', use: 'sig' };
  const server: Server = createServer((req, res) => {
    if (req.url === '/jwks.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const issuer = `${origin}/`;
  const build = (claims: JWTPayload, options: { expiresAt?: number | string; issuer?: string; audience?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'test-key' })
      .setIssuer(options.issuer ?? issuer)
      .setAudience(options.audience ?? audience)
      .setIssuedAt()
      .setExpirationTime(options.expiresAt ?? '5m');
  return {
    jwksUrl: `${origin}/jwks.json`,
    issuer,
    sign: (claims, options) => build(claims, options).sign(privateKey),
    signWithForeignKey: (claims) => build(claims).sign(foreign.privateKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
