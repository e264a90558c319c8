import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OperationFeed } from '../../src/gateway/subscriptions-feed';
import { IN_MEMORY, openPgliteStore, type Operation, type Operations, type Store } from '../../src/store';

/** The gateway's one watch of the store, shared by every subscription. */

let store: Store;
beforeAll(async () => {
  store = await openPgliteStore({ dataDir: IN_MEMORY });
}, 30_000);
afterAll(async () => {
  await store?.close();
});

/** The store's operations, counting the watches opened on them. */
function counting(operations: Operations): { operations: Pick<Operations, 'get' | 'watch'>; watches: () => number } {
  let watches = 0;
  return {
    operations: {
      get: (id) => operations.get(id),
      watch: (listener) => {
        watches++;
        return operations.watch(listener);
      },
    },
    watches: () => watches,
  };
}

const until = async (condition: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(condition()).toBe(true);
};

const NEW = { mutation: 'createVifPeer', provider: 'HUAWEI', account: 'hw', region: 'r', completion: { kind: 'sync' } } as const;

describe('OperationFeed', () => {
  it('opens one watch of the store for every listener and tells each of them every change', async () => {
    const counted = counting(store.operations);
    const feed = new OperationFeed(counted.operations);
    const first: Operation[] = [];
    const second: Operation[] = [];
    const [stopFirst] = await Promise.all([feed.listen((op) => first.push(op)), feed.listen((op) => second.push(op))]);
    expect(counted.watches()).toBe(1);

    const created = await store.operations.create(NEW);
    await until(() => first.length === 1 && second.length === 1);
    expect(first[0]?.id).toBe(created.id);

    stopFirst();
    await store.operations.create(NEW);
    await until(() => second.length === 2);
    expect(first).toHaveLength(1);
    expect(feed.listening).toBe(1);
    await feed.close();
  });

  it('stops watching on close and takes no listener after', async () => {
    const feed = new OperationFeed(store.operations);
    const heard: Operation[] = [];
    await feed.listen((op) => heard.push(op));
    await feed.close();
    await store.operations.create(NEW);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toEqual([]);
    await expect(feed.listen(() => undefined)).rejects.toThrow(/shutting down/);
  });

  it('reports a watch the store cannot open to the subscriber, and tries again for the next one', async () => {
    let attempts = 0;
    const feed = new OperationFeed({
      get: (id) => store.operations.get(id),
      watch: (listener) => (++attempts === 1 ? Promise.reject(new Error('LISTEN failed: connection reset')) : store.operations.watch(listener)),
    });
    await expect(feed.listen(() => undefined)).rejects.toThrow(/LISTEN failed/);
    expect(feed.listening).toBe(0);
    const heard: Operation[] = [];
    await feed.listen((op) => heard.push(op));
    await store.operations.create(NEW);
    await until(() => heard.length === 1);
    expect(attempts).toBe(2);
    await feed.close();
  });
});
