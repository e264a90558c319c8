import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteDatabase } from '../../src/store/pglite';

/**
 * Embedded-store data directories for one test file, under one temporary directory it removes.
 *
 * A new data directory makes PGlite run initdb in WebAssembly (~4.5 s of CPU, ~10 s on a busy
 * machine). The first cluster is made so, by the store's own code (openPgliteDatabase on a path
 * that does not exist: the directory, its lock, initdb); each data directory handed out is a copy
 * of it — the files initdb wrote, nothing of netplane's yet (no migration has run), as a fresh
 * directory holds them after its first start.
 */
export class DataDirectories {
  private readonly root = mkdtempSync(join(tmpdir(), 'netplane-data-dirs-'));
  private template: Promise<string> | undefined;
  private made = 0;

  /** A data directory holding a freshly initialised cluster (a copy of the first one made). */
  async initialised(): Promise<string> {
    this.template ??= this.initialise(join(this.root, 'template'));
    const template = await this.template;
    const directory = join(this.root, `data-${++this.made}`);
    // Only the cluster: the lock file is the holder's, and the template's holder has closed it.
    cpSync(join(template, 'pgdata'), join(directory, 'pgdata'), { recursive: true });
    return directory;
  }

  /** Removes every data directory it handed out, and the template. */
  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  private async initialise(directory: string): Promise<string> {
    const db = await openPgliteDatabase(directory);
    await db.close();
    return directory;
  }
}
