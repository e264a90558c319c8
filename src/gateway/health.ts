import type { ServerResponse } from 'node:http';
import { writeWhole } from './whole-answer';

/**
 * Liveness and readiness for orchestrators (Kubernetes probes, load balancers):
 *  - GET /healthz: 200 while the process serves HTTP at all (restart it when this fails);
 *  - GET /readyz: 200 when every readiness check passes, else 503 (send it no traffic yet).
 * Both answer JSON naming each check and are served without authentication (probes carry no
 * credentials): HEALTH_PATHS lists them for the authentication layer to skip.
 */

export const HEALTHZ_PATH = '/healthz';
export const READYZ_PATH = '/readyz';
export const HEALTH_PATHS: readonly string[] = [HEALTHZ_PATH, READYZ_PATH];

/**
 * Something the gateway needs before it can serve: the configuration, the store, Redis …
 * `check` resolves when it is usable and rejects (with a message fit for an operator, never a
 * secret) when it is not.
 */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export interface CheckStatus {
  name: string;
  status: 'ok' | 'failing';
  /** Why it fails. */
  error?: string;
  ms: number;
}

export interface ReadinessReport {
  status: 'ready' | 'not ready';
  checks: CheckStatus[];
}

/** A check that has not answered by then counts as failing: a hung dependency is not a ready one. */
export const READINESS_CHECK_TIMEOUT_MS = 2_000;

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<CheckStatus> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check.check(), timeout]);
    return { name: check.name, status: 'ok', ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { name: check.name, status: 'failing', error: error instanceof Error ? error.message : String(error), ms: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every check at once. */
export async function readiness(checks: readonly ReadinessCheck[], timeoutMs = READINESS_CHECK_TIMEOUT_MS): Promise<ReadinessReport> {
  const statuses = await Promise.all(checks.map((c) => runCheck(c, timeoutMs)));
  return { status: statuses.every((s) => s.status === 'ok') ? 'ready' : 'not ready', checks: statuses };
}

/** Answers /healthz or /readyz; false when `path` is neither. */
export async function serveHealth(
  path: string,
  checks: readonly ReadinessCheck[],
  res: ServerResponse,
  headers: Record<string, string>,
): Promise<boolean> {
  if (path === HEALTHZ_PATH) {
    send(res, 200, { status: 'ok' }, headers);
    return true;
  }
  if (path === READYZ_PATH) {
    const report = await readiness(checks);
    send(res, report.status === 'ready' ? 200 : 503, report, headers);
    return true;
  }
  return false;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  // Probes poll: a cached answer would hide a change of state.
  writeWhole(res, status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }, JSON.stringify(body));
}
