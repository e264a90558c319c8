import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pino from 'pino';
import type { ProviderAdapter } from '../../src/domain/adapter';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/gateway';
import { alibabaCatalog } from '../../src/providers/alibaba';
import { huaweiCatalog } from '../../src/providers/huawei';

export const catalogs = [alibabaCatalog, huaweiCatalog];
export const silentLogger = pino({ level: 'silent' });

/** A gateway with the given adapters (none by default) on a free port. */
export function gatewayWith(adapters: ProviderAdapter[] = [], options: Partial<GatewayOptions> = {}): Promise<RunningGateway> {
  return startGateway({ adapters, catalogs, host: '127.0.0.1', port: 0, logger: silentLogger, ...options });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export async function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T>['body'] };
}

const root = resolve(__dirname, '../..');
export const GRAPHIQL_DIR = join(root, 'public', 'graphiql');

/** The bundle `npm ci` builds; built here when a checkout skipped it. */
export function ensureGraphiqlBundle(): void {
  if (!existsSync(join(GRAPHIQL_DIR, 'index.html'))) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-graphiql.mjs')], { cwd: root, stdio: 'ignore' });
  }
}
