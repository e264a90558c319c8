import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DataDirectoryInUseError, lockDataDirectory } from '../../src/store/data-dir-lock';

const created: string[] = [];
function freshDir(): string {
  const parent = mkdtempSync(join(tmpdir(), 'netplane-lock-'));
  created.push(parent);
  return join(parent, 'data');
}
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded data directory lock', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });

  function liveProcess(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    children.push(child);
    return new Promise((resolve) => child.once('spawn', () => resolve(child)));
  }

  it('creates the directory and writes the holder pid; release removes it', () => {
    const dir = freshDir();
    const lock = lockDataDirectory(dir);
    expect(readFileSync(join(dir, 'netplane.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(join(dir, 'netplane.lock'))).toBe(false);
  });

  it('refuses a second holder in the same process, even by another spelling of the path', () => {
    const dir = freshDir();
    const lock = lockDataDirectory(dir);
    try {
      expect(() => lockDataDirectory(`${dir}/.`)).toThrow(DataDirectoryInUseError);
    } finally {
      lock.release();
    }
    lockDataDirectory(dir).release();
  });

  it('refuses a directory another running process holds, pointing at PostgreSQL for replicas', async () => {
    const dir = freshDir();
    lockDataDirectory(dir).release();
    const holder = await liveProcess();
    writeFileSync(join(dir, 'netplane.lock'), String(holder.pid));
    expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryInUseError);
    expect(() => lockDataDirectory(dir)).toThrow(/PostgreSQL/);
  });

  it('takes over the lock of a holder that was killed, of garbage, and of our own pid from an earlier life', async () => {
    const dir = freshDir();
    lockDataDirectory(dir).release();
    const holder = await liveProcess();
    writeFileSync(join(dir, 'netplane.lock'), String(holder.pid));
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    for (const stale of [String(holder.pid), 'garbage', String(process.pid)]) {
      writeFileSync(join(dir, 'netplane.lock'), stale);
      const lock = lockDataDirectory(dir);
      expect(readFileSync(join(dir, 'netplane.lock'), 'utf8')).toBe(String(process.pid));
      lock.release();
    }
  });
});
