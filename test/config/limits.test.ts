import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST_LIMITS, REQUEST_LIMIT_RANGES } from '../../src/config/limits';
import { ConfigError, parseConfig } from '../../src/config/load';
import { MAX_PAGE_SIZE } from '../../src/graphql/common/page-limits';
import { account } from '../support/config';


describe('request limits and gateway switches in the configuration', () => {
  it('defaults to depth 12, 30 aliases, 5000 tokens, 256 KiB bodies, pages of 500, GraphiQL and introspection on', () => {
    const config = parseConfig({ accounts: [account] }, 'test', {});
    expect(config.limits).toEqual({ maxDepth: 12, maxAliases: 30, maxTokens: 5_000, maxBodyBytes: 262_144, maxPageSize: 500 });
    expect(config.limits).toEqual(DEFAULT_REQUEST_LIMITS);
    expect(config.gateway).toMatchObject({ graphiql: true, introspection: true });
  });

  it('takes the values given', () => {
    const limits = { maxDepth: 5, maxAliases: 0, maxTokens: 200, maxBodyBytes: 4_096, maxPageSize: 20 };
    const config = parseConfig({ accounts: [account], limits, gateway: { graphiql: false, introspection: false } }, 'test', {});
    expect(config.limits).toEqual(limits);
    expect(config.gateway).toMatchObject({ graphiql: false, introspection: false });
  });

  it('accepts each limit at both ends of its range and rejects one past either end, naming the path', () => {
    for (const [key, [min, max]] of Object.entries(REQUEST_LIMIT_RANGES)) {
      expect(parseConfig({ accounts: [account], limits: { [key]: min } }, 'test', {}).limits).toMatchObject({ [key]: min });
      expect(parseConfig({ accounts: [account], limits: { [key]: max } }, 'test', {}).limits).toMatchObject({ [key]: max });
      for (const bad of [min - 1, max + 1, 1.5]) {
        expect(() => parseConfig({ accounts: [account], limits: { [key]: bad } }, 'test', {})).toThrow(ConfigError);
        expect(() => parseConfig({ accounts: [account], limits: { [key]: bad } }, 'test', {})).toThrow(`limits.${key}`);
      }
    }
  });

  it('never lets a page be larger than the largest provider page', () => {
    expect(REQUEST_LIMIT_RANGES.maxPageSize[1]).toBe(MAX_PAGE_SIZE);
    expect(() => parseConfig({ accounts: [account], limits: { maxPageSize: MAX_PAGE_SIZE + 1 } }, 'test', {})).toThrow('limits.maxPageSize');
  });
});
