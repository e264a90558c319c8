import type { OperationUpdates } from '../graphql/operations/operation-updated.resolver';
import type { Operation, Operations } from '../store';

/**
 * One watch of the store's operations per gateway, shared by every subscription: the store's
 * watch hears each change once (from any replica through LISTEN/NOTIFY), and the feed hands it to
 * every listener in this process, so a thousand subscribers cost one LISTEN, not a thousand.
 */
export class OperationFeed implements OperationUpdates {
  private readonly listeners = new Set<(operation: Operation) => void>();
  private watching: Promise<() => Promise<void>> | undefined;
  private closed = false;

  constructor(private readonly operations: Pick<Operations, 'get' | 'watch'>) {}

  get(id: string): Promise<Operation | null> {
    return this.operations.get(id);
  }

  async listen(listener: (operation: Operation) => void): Promise<() => void> {
    if (this.closed) throw new Error('The gateway is shutting down; operations are no longer watched.');
    this.listeners.add(listener);
    // Started by the first subscriber and kept: the next one finds it listening already.
    this.watching ??= this.operations.watch((operation) => {
      for (const each of [...this.listeners]) each(operation);
    });
    try {
      await this.watching;
    } catch (error) {
      this.listeners.delete(listener);
      this.watching = undefined;
      throw error;
    }
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Listeners the feed tells of changes (subscriptions running). */
  get listening(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    const watching = this.watching;
    this.watching = undefined;
    if (watching) await (await watching)();
  }
}
