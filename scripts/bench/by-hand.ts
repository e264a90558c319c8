import { createProviderAdapters } from '../../src/app/compose';
import { KeyedLimiter } from '../../src/cache/keyed-limiter';
import type { ProviderAdapter } from '../../src/domain/adapter';
import type { Result } from '../../src/domain/errors';
import type { ElasticIp, NetworkInterface, Partition, VifPeer, VirtualInterface, VirtualIp } from '../../src/domain/resources';
import { carriesVirtualIp } from '../../src/graphql/common/relations';
import { benchConfig, FANOUT } from './fleet';

/**
 * The hand-written script the benchmark measures netplane against: netplane's own adapters
 * (createProviderAdapters) over the emulators, the same fan-out bounds, every list of every
 * partition once, joined in memory.
 */
export interface HandScript {
  adapters: ProviderAdapter[];
  /** The fan-out bounds, as netplane's configuration sets them (./fleet.ts FANOUT). */
  limiter: KeyedLimiter;
  /** Every partition with its adapter. */
  partitions: Array<{ adapter: ProviderAdapter; part: Partition }>;
  /** A list's items; a failure throws. */
  must<T>(result: Result<T>): T;
  /** Lists the whole fleet and joins it (throws when nothing joined); resolves to 1 (one "request"). */
  run(): Promise<number>;
  close(): Promise<void>;
}

export function handScript(options: { ttlMs: number; endpoints: { alibaba: string; huawei: string } }): HandScript {
  const adapters = createProviderAdapters(benchConfig(options), { close: async () => undefined });
  const limiter = new KeyedLimiter(FANOUT);
  const partitions = adapters.flatMap((adapter) => adapter.partitions().map((part) => ({ adapter, part })));
  const must = <T>(r: Result<T>): T => {
    if (!r.ok) throw new Error(`${r.error.provider} ${r.error.operation}: ${r.error.code}`);
    return r.value;
  };
  const run = async (): Promise<number> => {
    const key = (part: Partition) => `${part.account}/${part.region}`;
    const lists = await Promise.all(
      partitions.map(async ({ adapter, part }) => {
        const list = <T>(call: (a: ProviderAdapter) => Promise<Result<T>>) => limiter.run(adapter.provider, key(part), () => call(adapter)).then(must);
        const [enis, vips, eips, peers, vifs] = await Promise.all([
          list((a) => a.listNetworkInterfaces(part, {})),
          list((a) => a.listVirtualIps(part, {})),
          list((a) => a.listElasticIps(part, {})),
          list((a) => a.listVifPeers(part, {})),
          list((a) => a.listVirtualInterfaces(part, {})),
        ]);
        return { enis, vips, eips, peers, vifs };
      }),
    );
    let joined = 0;
    for (const l of lists) {
      const eniById = new Map<string, NetworkInterface>(l.enis.map((e) => [e.nativeId, e]));
      const vifById = new Map<string, VirtualInterface>(l.vifs.map((v) => [v.nativeId, v]));
      const eipsByTarget = new Map<string, ElasticIp[]>();
      for (const eip of l.eips) if (eip.boundTo) eipsByTarget.set(eip.boundTo.targetId, [...(eipsByTarget.get(eip.boundTo.targetId) ?? []), eip]);
      const vipsBySubnet = new Map<string, VirtualIp[]>();
      for (const vip of l.vips) vipsBySubnet.set(vip.subnetId ?? '', [...(vipsBySubnet.get(vip.subnetId ?? '') ?? []), vip]);
      for (const eni of l.enis) joined += (eipsByTarget.get(eni.nativeId)?.length ?? 0) + (vipsBySubnet.get(eni.subnetId ?? '') ?? []).filter((v) => carriesVirtualIp(eni, v)).length;
      for (const eip of l.eips) joined += eip.boundTo && eniById.has(eip.boundTo.targetId) ? 1 : 0;
      for (const peer of l.peers as VifPeer[]) joined += vifById.has(peer.virtualInterfaceId) ? 1 : 0;
    }
    if (joined === 0) throw new Error('nothing joined');
    return 1;
  };
  return { adapters, limiter, partitions, must, run, close: async () => void (await Promise.all(adapters.map((a) => a.close()))) };
}
