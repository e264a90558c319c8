import { describe, expect, it } from 'vitest';
import type { ProviderAdapter } from '../../src/domain/adapter';
import type { Partition } from '../../src/domain/resources';
import { AdapterRegistry } from '../../src/gateway/adapter-registry';

// The registry reads only an adapter's provider and partitions.
const adapter = (provider: 'ALIBABA' | 'HUAWEI', partitions: { account: string; region: string }[]): ProviderAdapter =>
  ({ provider, partitions: () => partitions.map((p) => ({ provider, ...p })) }) as unknown as ProviderAdapter;

describe('AdapterRegistry', () => {
  const alibaba = adapter('ALIBABA', [
    { account: 'acme', region: 'cn-hangzhou' },
    { account: 'acme', region: 'cn-beijing' },
    { account: 'other', region: 'cn-shanghai' },
  ]);
  const huawei = adapter('HUAWEI', [{ account: 'acme', region: 'cn-north-4' }]);
  const registry = new AdapterRegistry([alibaba, huawei]);

  it('answers the adapter of every configured partition, whatever object names it', () => {
    for (const partition of registry.partitions()) {
      const copy: Partition = { provider: partition.provider, account: partition.account, region: partition.region };
      expect(registry.adapterFor(copy)).toBe(partition.provider === 'ALIBABA' ? alibaba : huawei);
    }
  });

  it('answers none for a partition not configured, even when its provider, account and region each are', () => {
    const refused: Partition[] = [
      { provider: 'ALIBABA', account: 'acme', region: 'cn-shanghai' },
      { provider: 'ALIBABA', account: 'other', region: 'cn-hangzhou' },
      { provider: 'HUAWEI', account: 'acme', region: 'cn-hangzhou' },
      { provider: 'ALIBABA', account: 'nobody', region: 'cn-hangzhou' },
      { provider: 'ALIBABA', account: 'acme\u0000cn', region: 'hangzhou' },
    ];
    for (const partition of refused) expect(registry.adapterFor(partition), JSON.stringify(partition)).toBeUndefined();
  });
});
