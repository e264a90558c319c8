import { execFileSync, execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { Client } from 'pg';

/** The machine's PostgreSQL, which tests, the replica tests and the soak share (each on schemas of its own). */
export const POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

function postgresIsReady(): boolean {
  try {
    execFileSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Starts the machine's cluster when it is down (never assumed up), then waits until it accepts connections. */
export function ensurePostgres(): void {
  if (postgresIsReady()) return;
  const version = readdirSync('/etc/postgresql')[0];
  if (!version) throw new Error('no PostgreSQL cluster under /etc/postgresql');
  try {
    execSync(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`, { stdio: 'ignore' });
  } catch {
    // Another test file may have started it at the same moment; readiness decides.
  }
  const deadline = Date.now() + 30_000;
  while (!postgresIsReady()) {
    if (Date.now() > deadline) throw new Error('PostgreSQL did not become ready within 30 s');
    execSync('sleep 0.2');
  }
}

/** Drops a schema and everything in it. */
export async function dropSchema(name: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  } finally {
    await client.end();
  }
}
