import { describe, expect, it } from 'vitest';
import { ProviderCallTally } from '../../src/cache/call-tally';
import { ListSnapshotScope } from '../../src/cache/list-snapshot';

describe('ListSnapshotScope', () => {
  it('a scope without a cursor takes the window of its first read; its cursors name it', () => {
    const scope = new ListSnapshotScope(null);
    expect(scope.asOf).toBeNull();
    scope.pin(10_000);
    scope.pin(15_000);
    scope.recordServed(15_000);
    expect(scope.asOf).toBe(10_000);
    expect(scope.cursorSnapshot).toBe(10_000);
  });

  it('a cursor\'s snapshot is kept, whatever the window of the reads', () => {
    const scope = new ListSnapshotScope(5_000);
    scope.pin(10_000);
    expect(scope.cursorSnapshot).toBe(5_000);
  });

  it('the request\'s snapshot (read by its relationship fields) is its first scope with a cursor, else its first scope', () => {
    const request = new ProviderCallTally();
    expect(request.asOf).toBeNull();
    const firstPage = request.snapshot(null);
    request.pin(10_000); // a relationship read pins the page the request follows
    expect(firstPage.asOf).toBe(10_000);
    expect(request.asOf).toBe(10_000);
    request.snapshot(5_000); // a page with a cursor: the request follows it from now on
    expect(request.asOf).toBe(5_000);
    const other = request.snapshot(null);
    other.pin(20_000);
    expect(other.asOf).toBe(20_000);
    expect(request.asOf).toBe(5_000);
  });

  it('a child scope records what its lists cost into its request, and keeps its own served window', () => {
    const request = new ProviderCallTally();
    const page = request.snapshot(null);
    page.recordSent('ALIBABA');
    page.recordCacheHit(1_200);
    page.recordCoalesced();
    page.recordServed(10_000);
    expect(request).toMatchObject({ actual: 1, byProvider: { ALIBABA: 1 }, cacheHits: 1, coalesced: 1, oldestAgeMs: 1_200 });
    expect(page.served).toBe(10_000);
  });
});
