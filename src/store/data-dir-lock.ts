import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * One process at a time in an embedded data directory. PGlite has no postmaster to refuse a second
 * process, and two WASM PostgreSQL instances writing one directory corrupt it, so the directory
 * carries a lock file naming its holder's pid. A lock whose holder no longer runs (the gateway was
 * killed with -9) is taken over: that is the restart after a crash the store must survive.
 */
export class DataDirectoryInUseError extends Error {
  constructor(
    readonly directory: string,
    readonly holderPid: number,
  ) {
    super(
      `the data directory ${directory} is in use by process ${holderPid}; an embedded store serves one process — use PostgreSQL (store.databaseUrl or NETPLANE_DATABASE_URL) for several replicas`,
    );
    this.name = 'DataDirectoryInUseError';
  }
}

export interface DataDirectoryLock {
  release(): void;
}

/** Directories this process holds: a lock file naming our own pid is ours only if listed here (else a pid reused after a restart). */
const heldHere = new Set<string>();

export function lockDataDirectory(directory: string): DataDirectoryLock {
  mkdirSync(directory, { recursive: true });
  const path = join(resolve(directory), 'netplane.lock');
  if (heldHere.has(path)) throw new DataDirectoryInUseError(directory, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(path);
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          heldHere.delete(path);
          rmSync(path, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) throw new DataDirectoryInUseError(directory, holder);
      // The holder is gone, the file is garbage from a crash mid-write, or it names our own pid from
      // an earlier life of this process id (containers reuse small pids): take it over.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock the data directory ${directory}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
