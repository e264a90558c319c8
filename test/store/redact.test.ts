import { describe, expect, it } from 'vitest';
import { isSecretFieldName, REDACTED, redactSecrets } from '../../src/store/redact';

describe('secret field names', () => {
  it.each(['secret', 'password', 'accessKeySecret', 'access_key_secret', 'sk', 'SK', 'HUAWEICLOUD_SDK_SK', 'authKey', 'AuthKey', 'bgpMd5', 'bgp_md5', 'adminPassword', 'securityToken', 'privateKey', 'credentials', 'apiKey', 'Authorization'])(
    '%s is a secret',
    (name) => expect(isSecretFieldName(name)).toBe(true),
  );

  it.each(['clientToken', 'idempotencyKey', 'disk', 'task', 'subnetMask', 'vSwitchId', 'skip', 'description', 'name', 'ak', 'accessKeyId'])('%s is not', (name) =>
    expect(isSecretFieldName(name)).toBe(false),
  );
});

describe('redactSecrets', () => {
  it('replaces secret members at any depth (whole objects included) and keeps the rest as JSON', () => {
    const when = new Date('2026-01-01T00:00:00Z');
    expect(
      redactSecrets({ a: 1, sk: 'x', list: [{ password: 'p', keep: true }, 'plain'], credentials: { ak: 'AK', sk: 'SK' }, when, gone: undefined, nan: Number.NaN }),
    ).toEqual({ a: 1, sk: REDACTED, list: [{ password: REDACTED, keep: true }, 'plain'], credentials: REDACTED, when: '2026-01-01T00:00:00.000Z', nan: null });
  });

  it('leaves the caller\'s object untouched', () => {
    const input = { secret: 's', nested: { authKey: 'k' } };
    redactSecrets(input);
    expect(input).toEqual({ secret: 's', nested: { authKey: 'k' } });
  });
});
