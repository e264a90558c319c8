import { describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/auth/api-keys';
import { parse, problem } from '../support/config';

const key = { id: 'ci', sha256: hashApiKey('k'), grants: [{ scope: 'read' }] };

describe('auth, rateLimits, redis and gateway.trustedDocuments in the configuration', () => {
  it('leaves them all off by default (the loopback demo)', () => {
    const config = parse({});
    expect(config.auth).toBeUndefined();
    expect(config.rateLimits).toBeUndefined();
    expect(config.redis).toBeUndefined();
    expect(config.gateway.trustedDocuments).toBeUndefined();
  });

  it('defaults a grant to every provider, account and region, and the JWT claims to scope and sub', () => {
    const config = parse({ auth: { apiKeys: [key], jwt: { jwksUrl: 'https://login.example.com/jwks', issuer: 'https://login.example.com/', audience: 'netplane' } } });
    expect(config.auth?.apiKeys[0]?.grants).toEqual([{ scope: 'read', providers: ['*'], accounts: ['*'], regions: ['*'] }]);
    expect(config.auth?.jwt).toMatchObject({ scopesClaim: 'scope', subjectClaim: 'sub', algorithms: ['RS256', 'ES256'], clockToleranceSeconds: 30 });
  });

  it('defaults a rate limit to 120 requests with 20 per second back, and the Redis prefix to netplane:', () => {
    const config = parse({ rateLimits: {}, redis: { url: 'redis://127.0.0.1:6379' } });
    expect(config.rateLimits).toEqual({ capacity: 120, refillPerSecond: 20 });
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379', keyPrefix: 'netplane:' });
  });

  it('rejects misspelled keys, naming the right one', () => {
    expect(problem({ auth: { apiKey: [key] } })).toContain('unknown key "apiKey" (did you mean "apiKeys"?)');
    expect(problem({ rateLimits: { capacty: 5 } })).toContain('did you mean "capacity"?');
    expect(problem({ auth: { apiKeys: [{ ...key, grants: [{ scope: 'read', acounts: ['x'] }] }] } })).toContain('did you mean "accounts"?');
  });

  it('rejects a key stored in clear, an unknown scope, an empty auth block and duplicate key ids', () => {
    expect(problem({ auth: { apiKeys: [{ ...key, sha256: 'my-secret-key' }] } })).toContain('auth.apiKeys.0.sha256');
    expect(problem({ auth: { apiKeys: [{ ...key, grants: [{ scope: 'write' }] }] } })).toContain('auth.apiKeys.0.grants.0.scope');
    expect(problem({ auth: {} })).toContain('configure apiKeys, jwt or both');
    expect(problem({ auth: { apiKeys: [key, key] } })).toContain('duplicate API key id ci');
  });

  it('rejects a Redis URL of another scheme', () => {
    expect(problem({ redis: { url: 'http://127.0.0.1:6379' } })).toContain('a redis:// or rediss:// URL');
  });
});
