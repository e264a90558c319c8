import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * An AsyncLocalStorage that switches itself off while no scope of it is open. On Node 20 an
 * enabled AsyncLocalStorage keeps a promise hook installed for the whole process: every promise
 * anywhere pays for it (a third of a trivial request's CPU, measured), and AsyncLocalStorage has
 * no way back short of `disable()`. Scopes that are opened only now and then (a mutation's attempt
 * collection, a request that calls providers) then cost nothing to the requests outside them.
 *
 * A continuation that outlives every open scope sees no store, as it would outside any scope:
 * nothing is recorded into a scope after it closed.
 */
export class IdleStorage<T> {
  private readonly storage = new AsyncLocalStorage<T>();
  private open = 0;

  /** Runs `work` with `store` as the current store, until the promise it returns settles. */
  async run<R>(store: T, work: () => Promise<R>): Promise<R> {
    this.open++;
    try {
      return await this.storage.run(store, work);
    } finally {
      if (--this.open === 0) this.storage.disable();
    }
  }

  getStore(): T | undefined {
    return this.storage.getStore();
  }
}
