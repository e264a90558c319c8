import { describe, expect, it } from 'vitest';
import { Durability, type DurabilitySettings } from '../../src/operations/durability';
import { BACKENDS, useStore } from '../store/backends';

const SETTINGS: DurabilitySettings = {
  deadlineSeconds: 30,
  maxWaitSeconds: 30,
  purgeIntervalSeconds: 3600,
  keyRetentionSeconds: 86_400,
  recoveryIntervalSeconds: 3600,
  operationTimeoutSeconds: 600,
  pollInitialDelayMs: 1000,
  pollMaxDelayMs: 10_000,
  pollConcurrencyPerPartition: 1,
};

const NO_ADAPTERS = { readerFor: () => undefined, invalidate: () => undefined };

describe.each(BACKENDS)('Durability.afterAnswer (%s)', (backend) => {
  const store = useStore(backend);

  it(
    backend === 'PGlite'
      ? 'returns before the write ends (the embedded store runs it before any later statement), and close() waits for it'
      : 'waits for the write (a pooled later statement could overtake it), which is then the caller\'s, not close()\'s',
    async () => {
      const durability = await Durability.start(store(), NO_ADAPTERS, SETTINGS);
      let finish!: () => void;
      let ended = false;
      const write = new Promise<void>((resolve) => (finish = resolve)).then(() => {
        ended = true;
      });
      let answered = false;
      const answer = durability.afterAnswer(write).then(() => (answered = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(answered).toBe(backend === 'PGlite');
      let closed = false;
      const closing = durability.close().then(() => (closed = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      // On PostgreSQL the write is the caller's to await, not close()'s.
      expect(closed).toBe(backend !== 'PGlite');
      finish();
      await Promise.all([answer, closing]);
      expect(ended && answered && closed).toBe(true);
    },
  );

  it('a write that fails after the answer does not fail the answer or close()', async () => {
    const durability = await Durability.start(store(), NO_ADAPTERS, SETTINGS);
    const failing = Promise.reject(new Error('store gone'));
    const answered = durability.afterAnswer(failing);
    if (backend === 'PGlite') await expect(answered).resolves.toBeUndefined();
    else await expect(answered).rejects.toThrow('store gone');
    await expect(durability.close()).resolves.toBeUndefined();
  });
});
