import type { ResolvedConfig } from '../config/load';
import { createAlibabaEmulator } from '../providers/alibaba/emulator';
import type { ProviderEmulatorCore } from '../providers/common/emulator/runtime';
import { startEmulatorServer, type RunningEmulator } from '../providers/common/emulator/server';
import { createHuaweiEmulator } from '../providers/huawei/emulator';

/** The embedded emulators of every provider that has an account on `endpoint: "emulator"`. */

export interface EmbeddedEmulator extends RunningEmulator {
  core: ProviderEmulatorCore;
}

export interface RunningEmulators {
  alibaba?: EmbeddedEmulator;
  huawei?: EmbeddedEmulator;
  close(): Promise<void>;
}

/** Starts an emulator for each provider that has at least one account on `endpoint: "emulator"`. */
export async function startEmulators(config: ResolvedConfig): Promise<RunningEmulators> {
  const { host, alibabaPort, huaweiPort, seed, fixture, asyncDelayMs } = config.emulators;
  const started: EmbeddedEmulator[] = [];
  const result: RunningEmulators = {
    close: async () => {
      await Promise.all(started.map((e) => e.close()));
    },
  };
  try {
    const alibabaAccounts = config.alibaba.filter((a) => a.endpoint === 'emulator');
    if (alibabaAccounts.length > 0) {
      const core = createAlibabaEmulator({
        keys: alibabaAccounts.map((a) => ({ ...a.credentials, account: a.account })),
        demo: alibabaAccounts.map((a) => ({ account: a.account, regions: a.regions })),
        seed,
        fixture,
        asyncDelayMs,
      });
      result.alibaba = { ...(await startEmulatorServer(core, { host, port: alibabaPort })), core };
      started.push(result.alibaba);
    }
    const huaweiAccounts = config.huawei.filter((a) => a.endpoint === 'emulator');
    if (huaweiAccounts.length > 0) {
      const core = createHuaweiEmulator({
        keys: huaweiAccounts.map((a) => ({ ...a.credentials, account: a.account, projects: a.regions })),
        seed,
        fixture,
        asyncDelayMs,
      });
      result.huawei = { ...(await startEmulatorServer(core, { host, port: huaweiPort })), core };
      started.push(result.huawei);
    }
  } catch (err) {
    await result.close();
    throw err;
  }
  return result;
}
