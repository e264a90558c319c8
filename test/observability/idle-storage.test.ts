import { describe, expect, it } from 'vitest';
import { IdleStorage } from '../../src/observability/idle-storage';

describe('IdleStorage', () => {
  it('gives each open scope its own store across awaits, and none outside', async () => {
    const storage = new IdleStorage<string>();
    const seen: Array<string | undefined> = [];
    const work = (label: string, ms: number) =>
      storage.run(label, async () => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        seen.push(storage.getStore());
        return label;
      });
    expect(await Promise.all([work('a', 20), work('b', 5)])).toEqual(['a', 'b']);
    expect(seen).toEqual(['b', 'a']);
    expect(storage.getStore()).toBeUndefined();
  });

  it('switches its AsyncLocalStorage off once no scope is open, and on again for the next scope', async () => {
    const storage = new IdleStorage<number>();
    // Node's AsyncLocalStorage says whether it is enabled (its promise hook installed) in `enabled`.
    const inner = (storage as unknown as { storage: { enabled: boolean } }).storage;
    let release!: () => void;
    const first = storage.run(1, () => new Promise<void>((resolve) => (release = resolve)));
    const second = storage.run(2, async () => storage.getStore());
    expect(await second).toBe(2);
    expect(inner.enabled).toBe(true);
    release();
    await first;
    expect(inner.enabled).toBe(false);
    expect(await storage.run(3, async () => storage.getStore())).toBe(3);
    expect(inner.enabled).toBe(false);
  });
});
