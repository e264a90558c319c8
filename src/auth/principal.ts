import type { Partition } from '../domain/resources';

/**
 * Who is calling and what they may do. Every request carries one principal (API key, JWT, or the
 * anonymous caller of a loopback demo gateway); the GraphQL layer consults its grants.
 */

export const SCOPES = ['read', 'mutate', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** One scope over the partitions whose provider, account and region each match one of the globs. */
export interface Grant {
  scope: Scope;
  providers: readonly string[];
  accounts: readonly string[];
  regions: readonly string[];
}

export interface Principal {
  /** The API key's id, the JWT's subject, or "anonymous". */
  id: string;
  kind: 'apiKey' | 'jwt' | 'anonymous';
  grants: readonly Grant[];
}

const EVERYWHERE = ['*'] as const;

/** The caller of a gateway on a loopback address with no authentication configured: the `npm start` demo. */
export const LOOPBACK_DEMO_PRINCIPAL: Principal = Object.freeze({
  id: 'anonymous',
  kind: 'anonymous',
  grants: SCOPES.map((scope) => ({ scope, providers: EVERYWHERE, accounts: EVERYWHERE, regions: EVERYWHERE })),
});

const compiled = new Map<string, RegExp>();

/** `*` matches any run of characters, `?` one; everything else literally, the whole value. */
export function globMatches(glob: string, value: string): boolean {
  let regex = compiled.get(glob);
  if (!regex) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    regex = new RegExp(`^${body}$`);
    compiled.set(glob, regex);
  }
  return regex.test(value);
}

/**
 * A mutate grant also reads its partitions: a mutation answers with the resources it changed, read
 * back, and a caller may always see what it may change. Admin is separate (the audit log, the
 * emulators' control API): it reads no partition by itself.
 */
function covers(granted: Scope, wanted: Scope): boolean {
  return granted === wanted || (wanted === 'read' && granted === 'mutate');
}

const anyMatches = (globs: readonly string[], value: string): boolean => globs.some((g) => globMatches(g, value));

/** Whether the principal holds `scope` on the partition. Provider names match case-insensitively (ALIBABA, alibaba). */
export function permits(principal: Principal, scope: Scope, partition: Partition): boolean {
  return principal.grants.some(
    (grant) =>
      covers(grant.scope, scope) &&
      anyMatches(grant.providers.map((p) => p.toUpperCase()), partition.provider.toUpperCase()) &&
      anyMatches(grant.accounts, partition.account) &&
      anyMatches(grant.regions, partition.region),
  );
}

/** Whether the principal holds `scope` anywhere (for the admin scope: at all). */
export function holdsScope(principal: Principal, scope: Scope): boolean {
  return principal.grants.some((grant) => covers(grant.scope, scope));
}
