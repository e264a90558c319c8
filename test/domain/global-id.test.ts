import { describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId } from '../../src/domain/global-id';

describe('global ids', () => {
  it('round-trips type, provider, account, region and native id, including separators in values', () => {
    const ref = { provider: 'HUAWEI' as const, account: 'hw:prod', region: 'cn-north-4', nativeId: 'a/b:c%d' };
    const id = encodeGlobalId('VirtualIp', ref);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeGlobalId(id)).toEqual({ type: 'VirtualIp', ...ref });
  });

  it('returns null for anything that is not a netplane id', () => {
    const forged = (s: string) => Buffer.from(s).toString('base64url');
    for (const bad of [
      '',
      'not base64!',
      forged('np1:NetworkInterface:ALIBABA:acct:region'),
      forged('np2:NetworkInterface:ALIBABA:a:r:n'),
      forged('np1:Bucket:ALIBABA:a:r:n'),
      forged('np1:NetworkInterface:AWS:a:r:n'),
      forged('np1:NetworkInterface:ALIBABA::r:n'),
      forged('np1:NetworkInterface:ALIBABA:a:r:%E0%A4%A'),
      'A'.repeat(2000),
    ]) {
      expect(decodeGlobalId(bad)).toBeNull();
    }
  });
});
