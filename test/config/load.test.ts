import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoConfig, demoProjectId } from '../../src/config/demo';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load';
import { scratchDirectories } from '../support/scratch-directories';

const emptyDir = scratchDirectories('netplane-config-');

describe('loadConfig', () => {
  it('falls back to the built-in demo with three accounts and three regions per provider on the emulators', () => {
    const config = loadConfig({}, emptyDir());
    expect(config.source).toBe('built-in demo configuration');
    expect(config.alibaba).toHaveLength(3);
    expect(config.huawei).toHaveLength(3);
    for (const a of [...config.alibaba, ...config.huawei]) {
      expect(a.regions).toHaveLength(3);
      expect(a.endpoint).toBe('emulator');
    }
    expect(config.gateway).toMatchObject({ host: '127.0.0.1', port: 4000, graphiql: true, introspection: true, shutdownGraceMs: 25_000 });
    expect(config.emulators.alibabaPort).toBe(4010);
    expect(config.emulators.huaweiPort).toBe(4020);
  });

  it('reads ./netplane.config.json when present and applies NETPLANE_PORT', () => {
    const dir = emptyDir();
    writeFileSync(
      join(dir, 'netplane.config.json'),
      JSON.stringify({ accounts: [{ provider: 'ALIBABA', account: 'prod', regions: ['cn-hangzhou'], credentials: { accessKeyId: 'id', accessKeySecret: 's' } }] }),
    );
    const config = loadConfig({ NETPLANE_PORT: '4100' }, dir);
    expect(config.gateway.port).toBe(4100);
    expect(config.alibaba[0]).toMatchObject({ account: 'prod', regions: ['cn-hangzhou'], endpoint: undefined });
    expect(config.huawei).toEqual([]);
  });

  it('takes credentials from the providers own environment variables when the file has none', () => {
    const raw = {
      accounts: [
        { provider: 'ALIBABA', account: 'prod', regions: ['cn-hangzhou'] },
        { provider: 'HUAWEI', account: 'hw', regions: [{ region: 'cn-north-4' }] },
      ],
    };
    const config = parseConfig(raw, 'test', {
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'AKID',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'SECRET',
      HUAWEICLOUD_SDK_AK: 'HWAK',
      HUAWEICLOUD_SDK_SK: 'HWSK',
      HUAWEICLOUD_SDK_PROJECT_ID: '0123456789abcdef0123456789abcdef',
    });
    expect(config.alibaba[0]!.credentials).toEqual({ accessKeyId: 'AKID', accessKeySecret: 'SECRET' });
    expect(config.huawei[0]!.credentials).toEqual({ ak: 'HWAK', sk: 'HWSK' });
    expect(config.huawei[0]!.regions).toEqual([{ region: 'cn-north-4', projectId: '0123456789abcdef0123456789abcdef' }]);
  });

  it('explains missing credentials without printing any secret', () => {
    const raw = { accounts: [{ provider: 'ALIBABA', account: 'prod', regions: ['cn-hangzhou'] }] };
    expect(() => parseConfig(raw, 'test', { ALIBABA_CLOUD_ACCESS_KEY_ID: 'AKID-ONLY' })).toThrow(ConfigError);
    try {
      parseConfig(raw, 'test', { ALIBABA_CLOUD_ACCESS_KEY_ID: 'AKID-ONLY' });
    } catch (err) {
      expect((err as Error).message).toContain('ALIBABA_CLOUD_ACCESS_KEY_SECRET');
      expect((err as Error).message).not.toContain('AKID-ONLY');
    }
  });

  it('lists every problem of a bad file by path and never echoes credential values', () => {
    const raw = {
      gateway: { port: 'eighty' },
      accounts: [
        { provider: 'ALIBABA', account: 'prod', regions: [], credentials: { accessKeyId: 'AK-VISIBLE?', accessKeySecret: 42 } },
        { provider: 'AWS', account: 'x', regions: ['us-east-1'] },
      ],
    };
    let message = '';
    try {
      parseConfig(raw, 'netplane.config.json', {});
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toContain('gateway.port');
    expect(message).toContain('accounts.0.regions');
    expect(message).toContain('accounts.0.credentials.accessKeySecret');
    expect(message).toContain('accounts.1.provider');
    expect(message).not.toContain('AK-VISIBLE?');
  });

  it('rejects the same account configured twice for a provider', () => {
    const account = { provider: 'ALIBABA', account: 'prod', regions: ['cn-hangzhou'], credentials: { accessKeyId: 'a', accessKeySecret: 'b' } };
    expect(() => parseConfig({ accounts: [account, account] }, 'test', {})).toThrow(/duplicate account ALIBABA\/prod/);
  });

  it('reports an unreadable NETPLANE_CONFIG file as a configuration error', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    expect(() => loadConfig({ NETPLANE_CONFIG: 'broken.json' }, dir)).toThrow(/not valid JSON/);
    expect(() => loadConfig({ NETPLANE_CONFIG: 'missing.json' }, dir)).toThrow(/does not exist/);
  });
});

describe('demoConfig', () => {
  it('gives every Huawei region a stable 32-hex project id', () => {
    const hw = demoConfig().accounts.filter((a) => a.provider === 'HUAWEI');
    for (const a of hw) for (const r of a.regions) expect(r.projectId).toBe(demoProjectId(a.account, r.region));
    expect(demoProjectId('hw-prod', 'cn-north-4')).toMatch(/^[0-9a-f]{32}$/);
  });
});
