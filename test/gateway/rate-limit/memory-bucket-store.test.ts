import { describe, expect, it } from 'vitest';
import { MemoryBucketStore } from '../../../src/gateway/rate-limit/memory-bucket-store';

describe('MemoryBucketStore', () => {
  const shape = { capacity: 3, refillPerSecond: 2 };

  it('lets a full bucket spend its capacity, then refuses with the time until the next token', async () => {
    let now = 1_000;
    const store = new MemoryBucketStore(() => now);
    for (let i = 0; i < 3; i++) expect((await store.take('p', shape)).allowed).toBe(true);
    expect(await store.take('p', shape)).toEqual({ allowed: false, retryAfterMs: 500 });
    now += 250;
    expect(await store.take('p', shape)).toEqual({ allowed: false, retryAfterMs: 250 });
    now += 250;
    expect((await store.take('p', shape)).allowed).toBe(true);
  });

  it('refills at refillPerSecond and never beyond capacity', async () => {
    let now = 0;
    const store = new MemoryBucketStore(() => now);
    for (let i = 0; i < 3; i++) await store.take('p', shape);
    now += 60_000;
    for (let i = 0; i < 3; i++) expect((await store.take('p', shape)).allowed).toBe(true);
    expect((await store.take('p', shape)).allowed).toBe(false);
  });

  it('keeps one bucket per key', async () => {
    const store = new MemoryBucketStore(() => 0);
    for (let i = 0; i < 3; i++) await store.take('a', shape);
    expect((await store.take('a', shape)).allowed).toBe(false);
    expect((await store.take('b', shape)).allowed).toBe(true);
  });
});

describe('MemoryBucketStore with many principals', () => {
  it('keeps a spent bucket spent across the sweep of full ones', async () => {
    let now = 0;
    const store = new MemoryBucketStore(() => now);
    const shape = { capacity: 1, refillPerSecond: 1 };
    for (let i = 0; i < 5_000; i++) await store.take(`early-${i}`, shape);
    now = 2_000; // the early buckets are full again: the sweep may forget them
    await store.take('late', shape);
    for (let i = 0; i < 5_000; i++) await store.take(`filler-${i}`, shape);
    expect((await store.take('late', shape)).allowed).toBe(false);
    expect((await store.take('early-1', shape)).allowed).toBe(true);
  });
});
