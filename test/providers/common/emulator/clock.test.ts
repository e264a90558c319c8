import { describe, expect, it } from 'vitest';
import { EmulatorClock, TransitionScheduler } from '../../../../src/providers/common/emulator/clock';

describe('EmulatorClock', () => {
  it('follows the wall clock plus what was advanced', () => {
    let wall = 1_000;
    const clock = new EmulatorClock(() => wall);
    clock.advance(500);
    wall = 2_000;
    expect(clock.now()).toBe(2_500);
  });

  it('stands still while frozen and moves only when advanced', () => {
    let wall = 1_000;
    const clock = new EmulatorClock(() => wall);
    clock.freeze();
    wall = 9_000;
    expect(clock.now()).toBe(1_000);
    clock.advance(250);
    expect(clock.now()).toBe(1_250);
    clock.unfreeze();
    expect(clock.now()).toBe(1_250);
    wall = 9_100;
    expect(clock.now()).toBe(1_350);
  });

  it('refuses to go backwards', () => {
    expect(() => new EmulatorClock().advance(-1)).toThrow(RangeError);
  });
});

describe('TransitionScheduler', () => {
  it('applies due transitions in time order when the clock has passed them, and only once', () => {
    const clock = new EmulatorClock(() => 0);
    clock.freeze(0);
    const scheduler = new TransitionScheduler(clock);
    const applied: string[] = [];
    scheduler.after(200, () => applied.push('b'));
    scheduler.after(100, () => applied.push('a'));
    scheduler.after(1_000, () => applied.push('late'));
    expect(scheduler.runDue()).toBe(0);
    clock.advance(250);
    expect(scheduler.runDue()).toBe(2);
    expect(scheduler.runDue()).toBe(0);
    expect(applied).toEqual(['a', 'b']);
    expect(scheduler.pendingCount()).toBe(1);
  });
});
