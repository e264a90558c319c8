import { demoProjectId } from '../../src/config/demo';
import { parseConfig, type ResolvedConfig } from '../../src/config/load';

/**
 * The benchmark's fleet: 2 providers × 3 accounts × 4 regions, 2,084 resources per partition
 * (50,016 in all), seeded through each emulator's fixture loader, and the configuration that
 * points netplane (and the hand-written script) at the emulators.
 */

export const PER_PARTITION = { enis: 1000, eips: 500, vips: 300, vifs: 20, peers: 264 }; // 2,084 × 24 = 50,016
export const FANOUT = { perPartition: 2, perProvider: 8 };
export const ALIBABA = { accounts: ['bench-ali-1', 'bench-ali-2', 'bench-ali-3'], regions: ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen'] };
export const HUAWEI = { accounts: ['bench-hw-1', 'bench-hw-2', 'bench-hw-3'], regions: ['cn-north-4', 'cn-east-3', 'cn-south-1', 'ap-southeast-1'] };
export const PARTITIONS = (ALIBABA.accounts.length * ALIBABA.regions.length) + (HUAWEI.accounts.length * HUAWEI.regions.length);
export const RESOURCES = PARTITIONS * Object.values(PER_PARTITION).reduce((a, b) => a + b, 0);

const ip = (base: string, i: number) => `${base}.${Math.floor((i + 10) / 250)}.${((i + 10) % 250) + 2}`;
const uuid = (p: number, kind: number, i: number) =>
  `${p.toString(16).padStart(8, '0')}-${kind.toString(16).padStart(4, '0')}-4000-8000-${i.toString(16).padStart(12, '0')}`;
const padded = (i: number) => String(i).padStart(5, '0');

export function alibabaFixture(account: string, region: string) {
  const n = PER_PARTITION;
  return {
    account,
    region,
    vpcs: [{ id: 'vpc-bench', cidr: '10.0.0.0/16' }],
    vswitches: [{ id: 'vsw-bench', vpcId: 'vpc-bench', cidr: '10.0.0.0/18' }],
    networkInterfaces: Array.from({ length: n.enis }, (_, i) => ({
      id: `eni-bench${padded(i)}`, vSwitchId: 'vsw-bench', primaryIp: ip('10.0', i), name: `eni-${i}`,
    })),
    haVips: Array.from({ length: n.vips }, (_, i) => ({
      id: `havip-bench${padded(i)}`, vSwitchId: 'vsw-bench', ipAddress: ip('10.0', n.enis + i),
      status: 'InUse' as const, associatedInstanceType: 'NetworkInterface' as const, associatedInstances: [`eni-bench${padded(i)}`],
    })),
    eips: Array.from({ length: n.eips }, (_, i) => ({
      id: `eip-bench${padded(i)}`, ipAddress: ip('47.1', i),
      ...(i % 2 === 0 ? { status: 'InUse' as const, instanceId: `eni-bench${padded(i)}`, instanceType: 'NetworkInterface' as const } : {}),
    })),
    vbrs: Array.from({ length: n.vifs }, (_, i) => ({ id: `vbr-bench${i}`, name: `vbr-${i}` })),
    bgpGroups: Array.from({ length: n.vifs }, (_, i) => ({ id: `bgpg-bench${i}`, vbrId: `vbr-bench${i}`, peerAsn: 65000 + i })),
    bgpPeers: Array.from({ length: n.peers }, (_, i) => ({ id: `bgp-bench${padded(i)}`, groupId: `bgpg-bench${i % n.vifs}`, peerIpAddress: ip('10.200', i) })),
  };
}

export function huaweiFixture(account: string, region: string, p: number) {
  const n = PER_PARTITION;
  const servers = 100;
  return {
    account,
    region,
    vpcs: [{ id: uuid(p, 1, 0), name: 'bench', cidr: '10.0.0.0/16' }],
    subnets: [{ id: uuid(p, 2, 0), vpc_id: uuid(p, 1, 0), name: 'bench', cidr: '10.0.0.0/18' }],
    servers: Array.from({ length: servers }, (_, i) => ({ id: uuid(p, 3, i), name: `srv-${i}` })),
    nics: Array.from({ length: n.enis }, (_, i) => ({ id: uuid(p, 4, i), server_id: uuid(p, 3, i % servers), subnet_id: uuid(p, 2, 0), ip_address: ip('10.0', i) })),
    vips: Array.from({ length: n.vips }, (_, i) => ({ id: uuid(p, 5, i), subnet_id: uuid(p, 2, 0), ip_address: ip('10.0', n.enis + i), bound_nic_ids: [uuid(p, 4, i)] })),
    publicips: Array.from({ length: n.eips }, (_, i) => ({
      id: uuid(p, 6, i), public_ip_address: ip('121.1', i), ...(i % 2 === 0 ? { port_id: uuid(p, 4, i) } : {}),
    })),
    direct_connects: [{ id: uuid(p, 7, 0), name: 'dc' }],
    virtual_interfaces: Array.from({ length: n.vifs }, (_, i) => ({ id: uuid(p, 8, i), name: `vif-${i}`, direct_connect_id: uuid(p, 7, 0), vlan: 100 + i })),
    vif_peers: Array.from({ length: n.peers }, (_, i) => ({
      id: uuid(p, 9, i), vif_id: uuid(p, 8, i % n.vifs), name: `peer-${i}`, address_family: 'ipv4' as const,
      local_gateway_ip: `10.201.${i % 250}.1/30`, remote_gateway_ip: `10.201.${i % 250}.2/30`,
    })),
  };
}

/** Every fixture, with the provider whose emulator loads it. */
export function fleetFixtures(): Array<{ provider: 'alibaba' | 'huawei'; fixture: unknown }> {
  const out: Array<{ provider: 'alibaba' | 'huawei'; fixture: unknown }> = [];
  for (const account of ALIBABA.accounts) for (const region of ALIBABA.regions) out.push({ provider: 'alibaba', fixture: alibabaFixture(account, region) });
  let p = 0;
  for (const account of HUAWEI.accounts) for (const region of HUAWEI.regions) out.push({ provider: 'huawei', fixture: huaweiFixture(account, region, ++p) });
  return out;
}

export const ALIBABA_CREDENTIALS = (account: string) => ({ accessKeyId: `LTAI5tBENCH${account}`, accessKeySecret: `bench-secret-${account}` });
export const HUAWEI_CREDENTIALS = (account: string) => ({ ak: `HWBENCH${account.replace(/-/g, '')}`, sk: `hw-bench-sk-${account}` });

/**
 * The bench configuration. `endpoints`: the emulators' URLs (netplane and the script); absent:
 * `emulator`, so the emulator process starts them from the same accounts. `dataDir`: the
 * gateway's embedded store (default in memory).
 */
export function benchConfig(options: { ttlMs: number; endpoints?: { alibaba: string; huawei: string }; dataDir?: string }): ResolvedConfig {
  return parseConfig(
    {
      gateway: { host: '127.0.0.1', port: 0 },
      emulators: { host: '127.0.0.1', alibabaPort: 0, huaweiPort: 0, fixture: 'empty' },
      fanout: FANOUT,
      cache: { ttlMs: options.ttlMs },
      cost: { maxProviderCalls: 100_000 },
      // The bench's own store: never another netplane's data directory.
      store: { dataDir: options.dataDir ?? 'memory://' },
      accounts: [
        ...ALIBABA.accounts.map((account) => ({
          provider: 'ALIBABA', account, regions: ALIBABA.regions, endpoint: options.endpoints?.alibaba ?? 'emulator',
          credentials: ALIBABA_CREDENTIALS(account),
        })),
        ...HUAWEI.accounts.map((account) => ({
          provider: 'HUAWEI', account, endpoint: options.endpoints?.huawei ?? 'emulator',
          regions: HUAWEI.regions.map((region) => ({ region, projectId: demoProjectId(account, region) })),
          credentials: HUAWEI_CREDENTIALS(account),
        })),
      ],
    },
    'bench configuration',
    {},
  );
}
