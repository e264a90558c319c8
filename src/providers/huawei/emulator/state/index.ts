import type { EmulatorRuntime } from '../../../common/emulator/runtime';
import { ElasticIps } from './elastic-ips';
import { RegionModel, v1Port } from './model';
import { NetworkInterfaces } from './network-interfaces';
import { VifPeers, withPeers } from './vif-peers';
import { VirtualIps } from './virtual-ips';

export type { CallContext, PortRecord, RegionState } from './model';
export type { PortApi, PortFilter } from './network-interfaces';
export type { PublicipFilter } from './elastic-ips';
export type { VifFilter } from './vif-peers';

/**
 * The Huawei emulator's state: one shared region model and one module per resource family (moto
 * keeps one model per resource). Handlers call the family that owns the operation.
 */
export class HuaweiState {
  readonly model: RegionModel;
  readonly networkInterfaces: NetworkInterfaces;
  readonly virtualIps: VirtualIps;
  readonly elasticIps: ElasticIps;
  readonly vifPeers: VifPeers;

  constructor(runtime: EmulatorRuntime, asyncDelayMs: number) {
    this.model = new RegionModel(runtime, asyncDelayMs);
    this.networkInterfaces = new NetworkInterfaces(this.model);
    this.virtualIps = new VirtualIps(this.model, this.networkInterfaces);
    this.elasticIps = new ElasticIps(this.model);
    this.vifPeers = new VifPeers(this.model);
  }

  reset(): void {
    this.model.reset();
  }

  snapshot(): unknown {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [account, region, r] of this.model.entries()) {
      out[account] ??= {};
      out[account][region] = {
        projectId: r.projectId,
        vpcs: [...r.vpcs.values()],
        subnets: [...r.subnets.values()],
        servers: [...r.servers.values()],
        ports: [...r.ports.values()].map(v1Port),
        publicips: [...r.publicips.values()],
        directConnects: [...r.directConnects.values()],
        virtualInterfaces: [...r.vifs.values()].map((v) => withPeers(r, v)),
      };
    }
    return out;
  }
}
