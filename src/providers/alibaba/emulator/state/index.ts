import type { EmulatorRuntime } from '../../../common/emulator/runtime';
import { BgpPeerRules } from './bgp-peers';
import { ElasticIpRules } from './elastic-ips';
import { fail } from './failure';
import { NetworkInterfaceRules } from './network-interfaces';
import { RegionState } from './region';
import type { StateServices } from './services';
import { VirtualIpRules } from './virtual-ips';

/**
 * The Alibaba emulator's state (moto's "models" role), split by resource family: the shared region
 * model (region.ts), then one module of rules per family. State is keyed by account, then region.
 * Rules raise ApiFailure with a verbatim catalog code; the router renders it.
 */

export { ApiFailure, fail } from './failure';
export { cidrContains, intToIp, ipToInt, parseCidr } from './ipv4';
export { RegionState, type Instance, type SecurityGroup, type Tag, type VSwitch, type Vpc } from './region';
export type { Eni } from './network-interfaces';
export type { Eip } from './elastic-ips';
export type { HaVip } from './virtual-ips';
export type { BgpGroup, BgpPeer, Vbr } from './bgp-peers';
export { ENI_QUOTA_PER_REGION, AVAILABLE_ENI_SECONDARY_IP_LIMIT } from './network-interfaces';
export { HAVIP_MAX_ASSOCIATIONS } from './virtual-ips';
export { BGP_PEERS_PER_VBR } from './bgp-peers';

export class AlibabaState implements StateServices {
  private readonly accounts = new Map<string, Map<string, RegionState>>();
  private eipCounter = 0;
  readonly networkInterfaces: NetworkInterfaceRules;
  readonly elasticIps: ElasticIpRules;
  readonly virtualIps: VirtualIpRules;
  readonly bgpPeers: BgpPeerRules;

  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly asyncDelayMs: number,
  ) {
    this.networkInterfaces = new NetworkInterfaceRules(this);
    this.elasticIps = new ElasticIpRules(this);
    this.virtualIps = new VirtualIpRules(this);
    this.bgpPeers = new BgpPeerRules(this);
  }

  region(account: string, region: string): RegionState {
    let regions = this.accounts.get(account);
    if (!regions) this.accounts.set(account, (regions = new Map()));
    let state = regions.get(region);
    if (!state) regions.set(region, (state = new RegionState(account, region)));
    return state;
  }

  otherRegions(account: string, region: string): RegionState[] {
    return [...(this.accounts.get(account)?.values() ?? [])].filter((r) => r.region !== region);
  }

  clear(): void {
    this.accounts.clear();
    this.eipCounter = 0;
  }

  snapshot(): Record<string, Record<string, Record<string, unknown[]>>> {
    const out: Record<string, Record<string, Record<string, unknown[]>>> = {};
    for (const [account, regions] of this.accounts) {
      out[account] = {};
      for (const [region, s] of regions) {
        out[account][region] = {
          vpcs: [...s.vpcs.values()],
          vswitches: [...s.vswitches.values()],
          securityGroups: [...s.securityGroups.values()],
          instances: [...s.instances.values()],
          networkInterfaces: [...s.enis.values()],
          eips: [...s.eips.values()],
          haVips: [...s.haVips.values()],
          vbrs: [...s.vbrs.values()],
          bgpGroups: [...s.bgpGroups.values()],
          bgpPeers: [...s.bgpPeers.values()],
        };
      }
    }
    return out;
  }

  // ---------- ids, time ----------

  newId(prefix: string, length = 20): string {
    return `${prefix}-${this.runtime.ids.string(length)}`;
  }
  now(): string {
    return this.runtime.clock.nowIso();
  }
  mac(): string {
    return this.runtime.ids.mac();
  }
  nextPublicIp(): string {
    const n = this.eipCounter++;
    return `47.96.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
  }
  later(apply: () => void): void {
    this.runtime.scheduler.after(this.asyncDelayMs, apply);
  }

  /**
   * ClientToken idempotency (errors.md §5): same token + same parameters → the first answer again,
   * no new resource; same token + other parameters → IdempotentParameterMismatch. Only successes
   * are remembered (a retry after a 4xx is evaluated afresh).
   */
  idempotent(
    s: RegionState,
    action: string,
    params: Record<string, string>,
    run: () => Record<string, unknown>,
  ): Record<string, unknown> {
    const token = params['ClientToken'];
    if (!token) return run();
    const { ClientToken: _token, ...rest } = params;
    const fingerprint = JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1)));
    const key = `${action}\n${token}`;
    const stored = s.tokens.get(key);
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        fail('IdempotentParameterMismatch', 'Request uses a client token in a previous request but is not identical to that request.');
      }
      return stored.body;
    }
    const body = run();
    s.tokens.set(key, { fingerprint, body });
    return body;
  }
}
