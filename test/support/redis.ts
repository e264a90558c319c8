import { execFileSync } from 'node:child_process';

/** The machine's Redis, which tests share (each under its own key prefix). */
export const REDIS_URL = 'redis://127.0.0.1:6379';

function pong(): boolean {
  try {
    return execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'PONG';
  } catch {
    return false;
  }
}

/** Starts the machine's Redis when it is down (loopback only, nothing persisted). */
export async function ensureRedis(): Promise<void> {
  if (pong()) return;
  execFileSync('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', '6379', '--save', '', '--appendonly', 'no', '--dir', '/var/lib/redis', '--logfile', '/var/log/redis/ci.log']);
  for (let i = 0; i < 50 && !pong(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!pong()) throw new Error('redis-server did not answer on 127.0.0.1:6379');
}
