import type { ServerResponse } from 'node:http';
import { METRICS_CONTENT_TYPE } from '../observability/metrics';
import type { Observability } from '../observability/observability';
import { GRAPHIQL_PREFIX } from './graphiql';
import { HEALTHZ_PATH, READYZ_PATH } from './health';
import { writeWhole } from './whole-answer';

/** Prometheus scrapes this path (the text exposition format). */
export const METRICS_PATH = '/metrics';

export async function serveMetrics(observability: Observability, res: ServerResponse, headers: Record<string, string>): Promise<void> {
  const body = await observability.metrics.scrape();
  writeWhole(res, 200, { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store', ...headers }, body);
}

/** The route label of netplane_http_responses_total: a fixed set, whatever paths clients try. */
export function routeOf(pathname: string, graphqlPath: string): string {
  if (pathname === graphqlPath) return 'graphql';
  if (pathname.startsWith(GRAPHIQL_PREFIX)) return 'graphiql';
  if (pathname === METRICS_PATH) return 'metrics';
  if (pathname === HEALTHZ_PATH) return 'healthz';
  if (pathname === READYZ_PATH) return 'readyz';
  return 'other';
}
