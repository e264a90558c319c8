import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirectories } from '../support/data-directories';
import { SHORT_LIVED_NODE_FLAGS } from '../support/short-lived-node';
import { DataDirectoryInUseError, IN_MEMORY, openPgliteStore, requestFingerprint } from '../../src/store';
import { openPgliteDatabase } from '../../src/store/pglite';
import { TestClock } from './backends';

const REPO = resolve(__dirname, '../..');
// Creating a data directory runs initdb inside WASM (~10 s on a busy machine): the first one
// made here is initialised so, by the store's own code, and the others are copies of it.
const dataDirectories = new DataDirectories();
afterAll(() => dataDirectories.remove());

describe('the embedded store in a data directory', () => {
  it('keeps keys, operations and the journal across a close and reopen, migrating only the first time', async () => {
    const dataDir = await dataDirectories.initialised();
    const clock = new TestClock();
    const ref = { scope: 'anonymous', key: 'restart-key' };
    const fingerprint = requestFingerprint({ eip: 'eip-1' });

    const first = await openPgliteStore({ dataDir, clock: clock.now });
    expect(first.migrations.applied).toEqual([1]);
    const claim = await first.idempotency.claim({ ...ref, mutation: 'associateElasticIp', fingerprint });
    if (claim.kind !== 'claimed') throw new Error('expected a claim');
    await first.idempotency.complete(ref, claim.claimToken, { ok: true, payload: { operationId: 'op-r' } }, 'op-r');
    await first.operations.create({
      id: 'op-r',
      mutation: 'associateElasticIp',
      provider: 'ALIBABA',
      account: 'a',
      region: 'cn-hangzhou',
      status: 'RUNNING',
      completion: { kind: 'status', pending: ['ASSOCIATING'], settled: ['IN_USE'] },
    });
    await expect(openPgliteStore({ dataDir })).rejects.toThrow(DataDirectoryInUseError);
    await first.close();

    const second = await openPgliteStore({ dataDir, clock: clock.now });
    try {
      expect(second.migrations.applied).toEqual([]);
      const replay = await second.idempotency.claim({ ...ref, mutation: 'associateElasticIp', fingerprint });
      expect(replay.kind === 'replay' && replay.record.outcome).toEqual({ ok: true, payload: { operationId: 'op-r' } });
      expect((await second.operations.listUnfinished()).map((o) => o.id)).toEqual(['op-r']);
    } finally {
      await second.close();
    }
  }, 120_000);

  it('survives kill -9 of the process holding it: committed rows are there and the in-flight claim is reported to the retry', async () => {
    const dataDir = await dataDirectories.initialised();
    const child = spawn(process.execPath, [...SHORT_LIVED_NODE_FLAGS, '--import', 'tsx', join(REPO, 'test/store/fixtures/write-then-hang.ts'), dataDir], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((done) => child.once('exit', done));
    await new Promise<void>((ready, failed) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) ready();
      });
      child.once('exit', (code) => failed(new Error(`the writer exited (${code}) before it was ready: ${stderr}`)));
    });
    child.kill('SIGKILL');
    await exited;

    // The retry comes after the lease: the crashed claim is taken over, naming the operation to reconcile.
    const clock = new TestClock(new Date(Date.now() + 3_600_000).toISOString());
    const store = await openPgliteStore({ dataDir, clock: clock.now });
    try {
      expect(store.migrations.applied).toEqual([]);
      const retry = await store.idempotency.claim({ scope: 'anonymous', key: 'crash-key', mutation: 'createNetworkInterface', fingerprint: 'sha256:f' });
      expect(retry).toMatchObject({ kind: 'claimed', takeover: true, record: { operationId: 'op-crash' } });
      expect(await store.operations.get('op-crash')).toMatchObject({ status: 'RUNNING' });
      const journal = await store.journal.list({ operationIds: ['op-crash'] }, {});
      expect(journal.edges.map((e) => e.node.kind)).toEqual(['INTENT']);
    } finally {
      await store.close();
    }
  }, 120_000);
});

describe('the embedded store in memory', () => {
  it('starts every store from an empty cluster: nothing one writes is seen by the next, each migrates afresh', async () => {
    const first = await openPgliteStore({ dataDir: IN_MEMORY });
    const second = await openPgliteStore({ dataDir: IN_MEMORY });
    try {
      const ref = { scope: 'anonymous', key: 'memory-key' };
      await first.idempotency.claim({ ...ref, mutation: 'releaseElasticIp', fingerprint: requestFingerprint({}) });
      expect(second.migrations.applied).toEqual([1]);
      expect(await second.idempotency.get(ref)).toBeNull();
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
    const third = await openPgliteStore({ dataDir: IN_MEMORY });
    try {
      expect(third.migrations.applied).toEqual([1]);
      expect(await third.idempotency.get({ scope: 'anonymous', key: 'memory-key' })).toBeNull();
    } finally {
      await third.close();
    }
  }, 120_000);
});

describe('the embedded server\'s settings', () => {
  it('keeps 16 MB of shared buffers, not PostgreSQL\'s server default of 128 MB, in memory and on disk', async () => {
    for (const dataDir of [IN_MEMORY, await dataDirectories.initialised()]) {
      const db = await openPgliteDatabase(dataDir);
      try {
        expect(await db.query<{ shared_buffers: string }>('SHOW shared_buffers')).toEqual([{ shared_buffers: '16MB' }]);
      } finally {
        await db.close();
      }
    }
  }, 120_000);
});

describe('statements issued after the turn (queryAfterTurn)', () => {
  it('issues the statement once the turn has ended, where a statement issued at once ends within the turn', async () => {
    const db = await openPgliteDatabase(IN_MEMORY);
    const turnOfPromises = async () => {
      for (let i = 0; i < 200; i++) await Promise.resolve();
    };
    try {
      await db.exec('CREATE TABLE turn_log (n int)');
      let direct = false;
      void db.query('INSERT INTO turn_log VALUES (0)').then(() => (direct = true));
      await turnOfPromises();
      // PGlite runs in this thread: a statement issued now has run before the turn ends (before an answer written after it).
      expect(direct).toBe(true);
      let deferred = false;
      const later = db.queryAfterTurn('INSERT INTO turn_log VALUES (1)').then(() => (deferred = true));
      await turnOfPromises();
      expect(deferred).toBe(false);
      await later;
      expect(await db.query('SELECT n FROM turn_log ORDER BY n')).toEqual([{ n: 0 }, { n: 1 }]);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('runs ahead of every statement issued after it, the same turn\'s included, in the order they were asked for', async () => {
    const db = await openPgliteDatabase(IN_MEMORY);
    try {
      await db.exec('CREATE TABLE turn_order (n serial, what text)');
      const first = db.queryAfterTurn("INSERT INTO turn_order (what) VALUES ('deferred 1')");
      const second = db.queryAfterTurn("INSERT INTO turn_order (what) VALUES ('deferred 2')");
      // Issued this turn, after the deferred ones were asked for: it sees both.
      const read = await db.query<{ what: string }>('SELECT what FROM turn_order ORDER BY n');
      expect(read.map((r) => r.what)).toEqual(['deferred 1', 'deferred 2']);
      await Promise.all([first, second]);
      await db.transaction(async (tx) => {
        await tx.query("INSERT INTO turn_order (what) VALUES ('in a transaction')");
      });
      const late = db.queryAfterTurn("INSERT INTO turn_order (what) VALUES ('deferred 3')");
      await db.transaction(async (tx) => {
        expect((await tx.query<{ what: string }>('SELECT what FROM turn_order ORDER BY n DESC LIMIT 1'))[0]?.what).toBe('deferred 3');
      });
      await late;
    } finally {
      await db.close();
    }
  }, 120_000);

  it('answers each caller its own statement\'s error, and close() issues and waits for what is deferred', async () => {
    const db = await openPgliteDatabase(IN_MEMORY);
    await db.exec('CREATE TABLE turn_close (n int)');
    const failing = db.queryAfterTurn('INSERT INTO no_such_table VALUES (1)');
    const kept = db.queryAfterTurn('INSERT INTO turn_close VALUES (7) RETURNING n');
    await expect(failing).rejects.toThrow(/no_such_table/);
    await db.close();
    await expect(kept).resolves.toEqual([{ n: 7 }]);
  }, 120_000);
  it('makes a statement given as a builder only when it issues it, in its place in the order; a builder that throws fails alone', async () => {
    const db = await openPgliteDatabase(IN_MEMORY);
    try {
      await db.exec('CREATE TABLE turn_built (n serial, what text)');
      let built = false;
      const lazy = db.queryAfterTurn(() => ((built = true), { text: 'INSERT INTO turn_built (what) VALUES ($1)', params: ['built'] }));
      const broken = db.queryAfterTurn(() => {
        throw new Error('no statement');
      });
      const plain = db.queryAfterTurn("INSERT INTO turn_built (what) VALUES ('plain')");
      for (let i = 0; i < 200; i++) await Promise.resolve();
      expect(built).toBe(false);
      await expect(broken).rejects.toThrow('no statement');
      await Promise.all([lazy, plain]);
      expect(built).toBe(true);
      expect((await db.query<{ what: string }>('SELECT what FROM turn_built ORDER BY n')).map((r) => r.what)).toEqual(['built', 'plain']);
    } finally {
      await db.close();
    }
  }, 120_000);
});
