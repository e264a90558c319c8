import { z } from 'zod';
import { strictObject } from './strict-object';

/**
 * Who may call the gateway and what each caller may do (`auth`), how fast (`rateLimits`), where
 * replicas share their buckets (`redis`) and which documents are accepted
 * (`gateway.trustedDocuments`). Plain data: src/auth and src/gateway act on it.
 */

/** A glob over provider names, account names or region ids: `*` any run, `?` one character. */
const pattern = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._*?-]+$/, 'letters, digits, dot, underscore, hyphen and the wildcards * and ?');

const patterns = z.array(pattern).min(1).default(['*']);

/** One scope over the partitions whose provider, account and region each match one of the patterns. */
export const grantSchema = strictObject({
  scope: z.enum(['read', 'mutate', 'admin']),
  providers: patterns.describe('e.g. ["ALIBABA"]; default every provider'),
  accounts: patterns.describe('e.g. ["ali-*"]; default every account'),
  regions: patterns.describe('e.g. ["cn-*"]; default every region'),
});

/** An API key, kept only as the hex SHA-256 of the key (the key is random, so a fast hash suffices). */
export const apiKeySchema = strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, 'a name for the key: letters, digits, dot, underscore, @ and hyphen'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the 64 lower-case hex digits of the key\'s SHA-256 (see README, "Authentication")'),
  grants: z.array(grantSchema).min(1),
});

/** JWTs of an OIDC issuer, verified against its JWKS; the scopes claim maps to grants. */
export const jwtSchema = strictObject({
  jwksUrl: z.url({ protocol: /^https?$/, error: 'the issuer\'s JWKS URL (http(s))' }),
  issuer: z.string().min(1),
  audience: z.string().min(1),
  /** Where the scopes are: a space-separated string (OAuth `scope`) or an array of strings. */
  scopesClaim: z.string().min(1).default('scope'),
  /** The claim naming the caller (the principal's id). */
  subjectClaim: z.string().min(1).default('sub'),
  algorithms: z.array(z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'])).min(1).default(['RS256', 'ES256']),
  /** Allowed clock difference with the issuer for exp/nbf/iat. */
  clockToleranceSeconds: z.number().int().min(0).max(300).default(30),
});

export const authSchema = strictObject({
  apiKeys: z.array(apiKeySchema).default([]),
  jwt: jwtSchema.optional(),
}).superRefine((auth, ctx) => {
  if (auth.apiKeys.length === 0 && auth.jwt === undefined) {
    ctx.addIssue({ code: 'custom', message: 'configure apiKeys, jwt or both (leave auth out only for a loopback gateway)' });
  }
  const seen = new Set<string>();
  auth.apiKeys.forEach((key, i) => {
    if (seen.has(key.id)) ctx.addIssue({ code: 'custom', path: ['apiKeys', i, 'id'], message: `duplicate API key id ${key.id}` });
    seen.add(key.id);
  });
});

const bucket = {
  /** Requests a caller may make at once (the bucket's size). */
  capacity: z.number().int().min(1).max(1_000_000),
  /** Tokens added back per second. */
  refillPerSecond: z.number().positive().max(1_000_000),
};

/** A token bucket per principal; `mutate` adds a second, usually smaller, bucket for mutations. */
export const rateLimitsSchema = strictObject({
  capacity: bucket.capacity.default(120),
  refillPerSecond: bucket.refillPerSecond.default(20),
  mutate: strictObject(bucket).optional(),
});

/** A Redis server replicas share (rate-limit buckets). */
export const redisSchema = strictObject({
  url: z.url({ protocol: /^rediss?$/, error: 'a redis:// or rediss:// URL' }),
  /** Prefix of every key netplane writes, so several deployments can share one server. */
  keyPrefix: z.string().min(1).max(64).default('netplane:'),
});

/** Accept only the operations of a persisted-documents manifest (`{ "<sha256>": "<document>" }`). */
export const trustedDocumentsSchema = strictObject({
  manifest: z.string().min(1).describe('path of the manifest, relative to the working directory'),
});

export type GrantSettings = z.infer<typeof grantSchema>;
export type AuthSettings = z.infer<typeof authSchema>;
export type JwtSettings = z.infer<typeof jwtSchema>;
export type RateLimitSettings = z.infer<typeof rateLimitsSchema>;
export type RedisSettings = z.infer<typeof redisSchema>;
export type TrustedDocumentsSettings = z.infer<typeof trustedDocumentsSchema>;
