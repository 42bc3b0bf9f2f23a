import type { ClockTimers } from '../../src/runtime/clock.js';

/** The clock's timer seam, driven by hand: every timer it holds is visible, and time moves only on `tick()`. */
export function fakeClockTimers(start: number): ClockTimers & { pending: () => number; tick: () => void } {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { callback: () => void; at: number }>();
  return {
    setTimeout(callback, ms) {
      nextId += 1;
      timers.set(nextId, { callback, at: now + ms });
      return nextId;
    },
    clearTimeout(id) {
      timers.delete(id as number);
    },
    now: () => now,
    pending: () => timers.size,
    /** Fires the earliest timer at its time. */
    tick() {
      const [id, timer] = [...timers].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || timer === undefined) throw new Error('no clock timer is pending');
      timers.delete(id);
      now = timer.at;
      timer.callback();
    },
  };
}
