import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClock, secondsUntil } from '../../src/runtime/clock.js';

describe('page clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-15T12:00:00.300Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs one timer for many subscribers, ticking on whole seconds', () => {
    const clock = createClock();
    const a = vi.fn();
    const b = vi.fn();
    const offA = clock.subscribe(a);
    const offB = clock.subscribe(b);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(705);
    expect(a).toHaveBeenCalledTimes(1);
    expect(new Date(clock.now()).getUTCMilliseconds()).toBeLessThan(50);
    vi.advanceTimersByTime(3000);
    expect(a).toHaveBeenCalledTimes(4);
    expect(b).toHaveBeenCalledTimes(4);
    offA();
    expect(vi.getTimerCount()).toBe(1);
    offB();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('no timer survives 1000 subscribe/unsubscribe pairs', () => {
    const clock = createClock();
    const offs = Array.from({ length: 1000 }, () => clock.subscribe(() => undefined));
    expect(vi.getTimerCount()).toBe(1);
    for (const off of offs) off();
    offs[0]!(); // a second unsubscribe is harmless
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reads live time when idle and the last tick while running', () => {
    const clock = createClock();
    expect(clock.now()).toBe(Date.now());
    const off = clock.subscribe(() => undefined);
    const at = clock.now();
    vi.advanceTimersByTime(200);
    expect(clock.now()).toBe(at);
    off();
  });

  it('computes whole seconds left, never negative, 0 for junk', () => {
    expect(secondsUntil(10_500, 10_000)).toBe(1);
    expect(secondsUntil(52_000, 10_000)).toBe(42);
    expect(secondsUntil(5_000, 10_000)).toBe(0);
    expect(secondsUntil(Number.NaN, 10_000)).toBe(0);
    expect(secondsUntil(undefined, 10_000)).toBe(0);
    expect(secondsUntil(Number.POSITIVE_INFINITY, 10_000)).toBe(0);
  });
});
