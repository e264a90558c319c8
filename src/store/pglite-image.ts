import { chmodSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * In-memory stores (tests, throwaway gateways) start from an image of a freshly initialised
 * cluster instead of running initdb in WASM every time: ~0.7 s instead of ~5 s of CPU. The image is
 * made once per PGlite version and user, kept in the OS temp directory (written under a temporary
 * name, then renamed, so a reader never sees half of it) and in this process's memory. Anything
 * wrong with it falls back to initdb; data directories never use it (they run initdb once, ever).
 */
let inProcess: Promise<Blob | null> | undefined;

export function freshClusterImage(): Promise<Blob | null> {
  inProcess ??= loadOrMake().catch(() => null);
  return inProcess;
}

/** Forgets an image that failed to load, so the next store runs initdb and remakes it. */
export function discardClusterImage(): void {
  inProcess = undefined;
  rmSync(imagePath(), { force: true });
}

function imagePath(): string {
  const { version } = JSON.parse(readFileSync(join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json'), 'utf8')) as { version: string };
  return join(tmpdir(), `netplane-pglite-${version}-${userInfo().uid}-cluster.tar`);
}

async function loadOrMake(): Promise<Blob> {
  const path = imagePath();
  if (existsSync(path) && statSync(path).uid === userInfo().uid) return new Blob([readFileSync(path)], { type: 'application/x-tar' });
  const db = await PGlite.create();
  try {
    const image = await db.dumpDataDir('none');
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await image.arrayBuffer()), { mode: 0o600 });
    chmodSync(partial, 0o600);
    renameSync(partial, path);
    return image;
  } finally {
    await db.close();
  }
}
