import { describe, expect, it } from 'vitest';
import { globMatches, holdsScope, LOOPBACK_DEMO_PRINCIPAL, permits, type Principal } from '../../src/auth/principal';
import { grantsFromScopes } from '../../src/auth/jwt';

const ali = (account: string, region = 'cn-hangzhou') => ({ provider: 'ALIBABA' as const, account, region });
const principal = (grants: Principal['grants']): Principal => ({ id: 't', kind: 'apiKey', grants });
const everywhere = { providers: ['*'], accounts: ['*'], regions: ['*'] };

describe('globMatches', () => {
  it('matches * to any run and ? to one character, over the whole value', () => {
    expect(globMatches('ali-*', 'ali-prod')).toBe(true);
    expect(globMatches('ali-*', 'xali-prod')).toBe(false);
    expect(globMatches('cn-?angzhou', 'cn-hangzhou')).toBe(true);
    expect(globMatches('cn-hangzhou', 'cn-hangzhou-2')).toBe(false);
  });

  it('takes a dot literally', () => {
    expect(globMatches('a.b', 'a.b')).toBe(true);
    expect(globMatches('a.b', 'axb')).toBe(false);
  });
});

describe('permits', () => {
  it('holds a scope only where provider, account and region all match', () => {
    const p = principal([{ scope: 'mutate', providers: ['ALIBABA'], accounts: ['ali-*'], regions: ['cn-*'] }]);
    expect(permits(p, 'mutate', ali('ali-prod'))).toBe(true);
    expect(permits(p, 'mutate', ali('prod'))).toBe(false);
    expect(permits(p, 'mutate', ali('ali-prod', 'ap-southeast-1'))).toBe(false);
    expect(permits(p, 'mutate', { provider: 'HUAWEI', account: 'ali-prod', region: 'cn-north-4' })).toBe(false);
  });

  it('lets a mutate grant read its partitions, but not a read grant mutate', () => {
    expect(permits(principal([{ scope: 'mutate', ...everywhere }]), 'read', ali('x'))).toBe(true);
    expect(permits(principal([{ scope: 'read', ...everywhere }]), 'mutate', ali('x'))).toBe(false);
  });

  it('keeps admin apart from reading and mutating', () => {
    const admin = principal([{ scope: 'admin', ...everywhere }]);
    expect(permits(admin, 'read', ali('x'))).toBe(false);
    expect(holdsScope(admin, 'admin')).toBe(true);
    expect(holdsScope(principal([{ scope: 'mutate', ...everywhere }]), 'admin')).toBe(false);
  });

  it('matches provider patterns case-insensitively', () => {
    expect(permits(principal([{ scope: 'read', providers: ['alibaba'], accounts: ['*'], regions: ['*'] }]), 'read', ali('x'))).toBe(true);
  });

  it('gives the loopback demo caller every scope everywhere', () => {
    expect(['read', 'mutate', 'admin'].every((s) => holdsScope(LOOPBACK_DEMO_PRINCIPAL, s as 'read'))).toBe(true);
  });
});

describe('grantsFromScopes (the JWT scopes claim)', () => {
  it('reads space-separated and array claims, with optional provider/account/region globs', () => {
    expect(grantsFromScopes('openid read mutate:ALIBABA/ali-*/cn-*')).toEqual([
      { scope: 'read', providers: ['*'], accounts: ['*'], regions: ['*'] },
      { scope: 'mutate', providers: ['ALIBABA'], accounts: ['ali-*'], regions: ['cn-*'] },
    ]);
    expect(grantsFromScopes(['admin', 42])).toEqual([{ scope: 'admin', providers: ['*'], accounts: ['*'], regions: ['*'] }]);
  });

  it('ignores other tokens and malformed restrictions (no silent widening to every partition)', () => {
    expect(grantsFromScopes('profile mutate:ALIBABA/ali-prod readonly write')).toEqual([]);
    expect(grantsFromScopes(undefined)).toEqual([]);
  });
});
