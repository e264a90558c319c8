import { describe, expect, it } from 'vitest';
import { ProviderCallTally, withProviderCallTally } from '../../src/cache/call-tally';
import { currentListSnapshot, ListSnapshotScope, withListSnapshot } from '../../src/cache/list-snapshot';

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
    const tally = new ProviderCallTally();
    const firstPage = new ListSnapshotScope(null);
    const cursorPage = new ListSnapshotScope(5_000);
    const other = new ListSnapshotScope(null);
    withProviderCallTally(tally, () => {
      withListSnapshot(firstPage, () => undefined);
      expect(currentListSnapshot()).toBe(firstPage);
      withListSnapshot(cursorPage, () => undefined);
      withListSnapshot(other, () => expect(currentListSnapshot()).toBe(other));
      expect(currentListSnapshot()).toBe(cursorPage);
    });
    expect(currentListSnapshot()).toBeUndefined();
  });
});
