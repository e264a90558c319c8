import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { demoConfig } from './demo';
import { configSchema, type NetplaneConfig } from './schema';
import { unknownKeysMessage } from './suggest';

/** A configuration problem, worded for the person running netplane (never containing secrets). */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface ResolvedAlibabaAccount {
  account: string;
  regions: string[];
  endpoint: string | 'emulator' | undefined;
  credentials: { accessKeyId: string; accessKeySecret: string };
}

export interface ResolvedHuaweiAccount {
  account: string;
  regions: Array<{ region: string; projectId: string }>;
  endpoint: string | 'emulator' | undefined;
  credentials: { ak: string; sk: string };
}

export interface ResolvedConfig extends Omit<NetplaneConfig, 'accounts'> {
  source: string;
  alibaba: ResolvedAlibabaAccount[];
  huawei: ResolvedHuaweiAccount[];
}

type Env = Record<string, string | undefined>;

/**
 * Where the configuration comes from: NETPLANE_CONFIG (a JSON file), else ./netplane.config.json
 * when present, else the built-in demo (both providers on the embedded emulators).
 * NETPLANE_HOST / NETPLANE_PORT override the gateway's address.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): ResolvedConfig {
  rejectUnknownEnvironment(env);
  const explicit = env.NETPLANE_CONFIG;
  const implicit = resolve(cwd, 'netplane.config.json');
  let raw: unknown;
  let source: string;
  if (explicit) {
    source = resolve(cwd, explicit);
    raw = readJson(source);
  } else if (existsSync(implicit)) {
    source = implicit;
    raw = readJson(implicit);
  } else {
    source = 'built-in demo configuration';
    raw = demoConfig();
  }
  const config = parseConfig(raw, source, env);
  if (env.NETPLANE_HOST) config.gateway.host = env.NETPLANE_HOST;
  if (env.NETPLANE_PORT) {
    const port = Number(env.NETPLANE_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`NETPLANE_PORT must be a port number, got "${env.NETPLANE_PORT}"`);
    config.gateway.port = port;
  }
  return config;
}

/** The environment variables netplane reads under its own prefix (the providers' own are read where credentials are resolved). */
export const NETPLANE_ENVIRONMENT = ['NETPLANE_CONFIG', 'NETPLANE_HOST', 'NETPLANE_PORT', 'NETPLANE_DATABASE_URL'] as const;

/** A misspelled NETPLANE_* variable would be ignored silently, so any unknown one is an error. */
function rejectUnknownEnvironment(env: Env): void {
  const known: readonly string[] = NETPLANE_ENVIRONMENT;
  const unknown = Object.keys(env).filter((name) => name.startsWith('NETPLANE_') && env[name] !== undefined && !known.includes(name));
  if (unknown.length > 0) throw new ConfigError(unknownKeysMessage(unknown, known, 'environment variable'));
}

/** Validates a configuration object and resolves credentials from the environment where absent. */
export function parseConfig(raw: unknown, source: string, env: Env = process.env): ResolvedConfig {
  const parsed = configSchema.safeParse(withDatabaseUrl(raw, env));
  if (!parsed.success) throw new ConfigError(`invalid configuration in ${source}:\n${describeIssues(parsed.error)}`);
  return resolveAccounts(parsed.data, source, env);
}

/**
 * NETPLANE_DATABASE_URL puts the store on PostgreSQL (replicas share it), over the file's store
 * settings; applied before validation so the URL is checked like the file's (and never echoed,
 * since it may hold a password).
 */
function withDatabaseUrl(raw: unknown, env: Env): unknown {
  const url = env.NETPLANE_DATABASE_URL;
  if (!url || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const { store } = raw as { store?: unknown };
  const base = typeof store === 'object' && store !== null && !Array.isArray(store) ? store : {};
  return { ...raw, store: { ...base, backend: 'postgres', databaseUrl: url } };
}

function readJson(path: string): unknown {
  if (!existsSync(path)) throw new ConfigError(`configuration file ${path} does not exist`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`configuration file ${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
}

function resolveAccounts(config: NetplaneConfig, source: string, env: Env): ResolvedConfig {
  const { accounts, ...rest } = config;
  const alibaba: ResolvedAlibabaAccount[] = [];
  const huawei: ResolvedHuaweiAccount[] = [];
  for (const a of accounts) {
    if (a.provider === 'ALIBABA') {
      const credentials = a.credentials ?? fromEnv(env, a.account, 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET');
      alibaba.push({
        account: a.account,
        regions: a.regions,
        endpoint: a.endpoint,
        credentials: 'id' in credentials ? { accessKeyId: credentials.id, accessKeySecret: credentials.secret } : credentials,
      });
    } else {
      const credentials = a.credentials ?? fromEnv(env, a.account, 'HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK');
      const regions = a.regions.map((r) => {
        const projectId = r.projectId ?? (a.regions.length === 1 ? env.HUAWEICLOUD_SDK_PROJECT_ID : undefined);
        if (!projectId) {
          throw new ConfigError(
            `${source}: account ${a.account} region ${r.region} needs a projectId (HUAWEICLOUD_SDK_PROJECT_ID only serves a single-region account)`,
          );
        }
        return { region: r.region, projectId };
      });
      huawei.push({
        account: a.account,
        regions,
        endpoint: a.endpoint,
        credentials: 'id' in credentials ? { ak: credentials.id, sk: credentials.secret } : credentials,
      });
    }
  }
  return { ...rest, source, alibaba, huawei };
}

function fromEnv(env: Env, account: string, idVar: string, secretVar: string): { id: string; secret: string } {
  const id = env[idVar];
  const secret = env[secretVar];
  if (!id || !secret) {
    throw new ConfigError(`account ${account} has no credentials in the configuration and ${idVar} / ${secretVar} are not both set`);
  }
  return { id, secret };
}
