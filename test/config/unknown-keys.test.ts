import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load';
import { closestKey, editDistance } from '../../src/config/suggest';
import { account } from '../support/config';

const huawei = { provider: 'HUAWEI', account: 'hw', regions: [{ region: 'cn-north-4', projectId: '0123456789abcdef0123456789abcdef' }], credentials: { ak: 'a', sk: 'b' } };

function problemOf(raw: unknown): string {
  try {
    parseConfig(raw, 'netplane.config.json', {});
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('unknown configuration keys', () => {
  it.each([
    [{ accounts: [account], cahce: { ttlMs: 0 } }, '(root): unknown key "cahce" (did you mean "cache"?)'],
    [{ accounts: [account], retry: { maxAtempts: 5 } }, 'retry: unknown key "maxAtempts" (did you mean "maxAttempts"?)'],
    [{ accounts: [account], limits: { maxDeph: 5 } }, 'limits: unknown key "maxDeph" (did you mean "maxDepth"?)'],
    [{ accounts: [account], gateway: { graphql: false } }, 'gateway: unknown key "graphql" (did you mean "graphiql"?)'],
    [{ accounts: [{ ...account, endpiont: 'emulator' }] }, 'accounts.0: unknown key "endpiont" (did you mean "endpoint"?)'],
    [{ accounts: [{ ...account, credentials: { accessKeyId: 'id', accessKeySecret: 's', acessKeyId: 'x' } }] }, 'accounts.0.credentials: unknown key "acessKeyId" (did you mean "accessKeyId"?)'],
    [{ accounts: [{ ...huawei, regions: [{ region: 'cn-north-4', projectID: 'x' }] }] }, 'accounts.0.regions.0: unknown key "projectID" (did you mean "projectId"?)'],
  ])('rejects %j, naming the closest known key', (raw, expected) => {
    expect(problemOf(raw)).toContain(expected);
  });

  it('lists the known keys when no key is close', () => {
    expect(problemOf({ accounts: [account], frobnicate: {} })).toContain(
      'unknown key "frobnicate" (known: gateway, emulators, http, fanout, cache, cost, limits, retry, store, mutations, auth, rateLimits, redis, telemetry, accounts)',
    );
  });

  it('rejects an unknown NETPLANE_* environment variable, naming the closest known one, and ignores other variables', () => {
    expect(() => loadConfig({ NETPLANE_PROT: '4001' }, '/nonexistent')).toThrow('unknown environment variable "NETPLANE_PROT" (did you mean "NETPLANE_PORT"?)');
    expect(() => loadConfig({ NETPLANE_CONFG: 'x.json' }, '/nonexistent')).toThrow('did you mean "NETPLANE_CONFIG"?');
    expect(loadConfig({ NETPLANE_PORT: '4001', HOME: '/root', LOG_LEVEL: 'info' }, '/nonexistent').gateway.port).toBe(4001);
  });
});

describe('closestKey', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('cache', 'cahce')).toBe(1);
    expect(editDistance('maxAttempts', 'maxAtempts')).toBe(1);
    expect(editDistance('port', 'post')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('offers nothing when every known key is far', () => {
    expect(closestKey('telemetry', ['cache', 'retry', 'gateway'])).toBeUndefined();
    expect(closestKey('RETRY', ['cache', 'retry'])).toBe('retry');
  });
});
