import type { Logger } from 'pino';
import type { ProviderAdapter } from '../domain/adapter';
import { startGateway } from '../gateway/server';
import type { ResolvedConfig } from '../config/load';
import { alibabaCatalog, createAlibabaAdapter } from '../providers/alibaba';
import { createAlibabaEmulator } from '../providers/alibaba/emulator';
import type { ProviderEmulatorCore } from '../providers/common/emulator/runtime';
import { startEmulatorServer, type RunningEmulator } from '../providers/common/emulator/server';
import type { RetryPolicy } from '../providers/common/retry';
import { DEFAULT_RETRY_POLICY } from '../providers/common/retry';
import { createHuaweiAdapter, huaweiCatalog } from '../providers/huawei';
import { createHuaweiEmulator } from '../providers/huawei/emulator';

/**
 * The composition root: configuration → (embedded emulators) → provider adapters → gateway.
 * `npm start`, `npm run emulators`, the end-to-end tests and the benchmark all start netplane here.
 */

export interface EmbeddedEmulator extends RunningEmulator {
  core: ProviderEmulatorCore;
}

export interface RunningEmulators {
  alibaba?: EmbeddedEmulator;
  huawei?: EmbeddedEmulator;
  close(): Promise<void>;
}

export interface RunningNetplane {
  gatewayUrl: string;
  emulators: RunningEmulators;
  adapters: ProviderAdapter[];
  close(): Promise<void>;
}

export const CATALOGS = [alibabaCatalog, huaweiCatalog];

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

function endpointOf(endpoint: string | undefined, emulator: EmbeddedEmulator | undefined): string | undefined {
  if (endpoint !== 'emulator') return endpoint;
  if (!emulator) throw new Error('an account points at the emulator but no emulator was started');
  return emulator.url;
}

export function createAdapters(config: ResolvedConfig, emulators: RunningEmulators): ProviderAdapter[] {
  const transport = config.http;
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...config.retry };
  const adapters: ProviderAdapter[] = [];
  if (config.alibaba.length > 0) {
    adapters.push(
      createAlibabaAdapter({
        accounts: config.alibaba.map((a) => ({ ...a, endpoint: endpointOf(a.endpoint, emulators.alibaba) })),
        transport,
        retry,
      }),
    );
  }
  if (config.huawei.length > 0) {
    adapters.push(
      createHuaweiAdapter({
        accounts: config.huawei.map((a) => ({ ...a, endpoint: endpointOf(a.endpoint, emulators.huawei) })),
        transport,
        retry,
      }),
    );
  }
  return adapters;
}

export async function startNetplane(config: ResolvedConfig, options: { logger?: Logger } = {}): Promise<RunningNetplane> {
  const emulators = await startEmulators(config);
  const adapters = createAdapters(config, emulators);
  try {
    const gateway = await startGateway({
      adapters,
      catalogs: CATALOGS,
      host: config.gateway.host,
      port: config.gateway.port,
      logger: options.logger,
    });
    return {
      gatewayUrl: gateway.url,
      emulators,
      adapters,
      close: async () => {
        await gateway.close();
        await Promise.all(adapters.map((a) => a.close()));
        await emulators.close();
      },
    };
  } catch (err) {
    await Promise.all(adapters.map((a) => a.close()));
    await emulators.close();
    throw err;
  }
}
