import { MAX_RETRY_DELAY_MS } from '../model/limits.js';

/**
 * The page clock: one timer for every countdown on the page. Framework-free.
 *
 * - One timer, started by the first subscriber and stopped by the last, so no timer
 *   survives the unmount of the last countdown.
 * - Each subscriber may name the instant its seconds count to (a countdown's `retryAt`); the
 *   timer then wakes at the next whole second of whichever wait is due first. A countdown thus
 *   changes on the seconds of its own wait and reaches zero at `retryAt`, not up to a second
 *   late. Subscribers without one count on whole wall-clock seconds.
 * - Countdowns compute from an absolute `retryAt` and `now()`, so a tab that slept shows
 *   the right value on its next tick; a visibility change ticks at once for the same reason.
 */

/** The timer functions the clock uses; replace them in tests or exotic hosts. */
export interface ClockTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  now(): number;
}

// Looked up on globalThis at call time (not captured at import) so vi.useFakeTimers(),
// installed after this module loaded, still drives the clock.
export const defaultClockTimers: ClockTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (id) => {
    globalThis.clearTimeout(id as ReturnType<typeof globalThis.setTimeout>);
  },
  now: () => Date.now(),
};

export interface Clock {
  /**
   * Calls the listener on every whole second (of `anchor`, epoch ms, when given: the seconds
   * before a `retryAt`; else of the wall clock) while subscribed. Returns the unsubscribe.
   */
  subscribe(listener: () => void, anchor?: number): () => void;
  /** Epoch ms: the last tick while running (stable within a tick), else the live time. */
  now(): number;
  /** True while subscribed and ticking: `now()` is then the stable time of the last tick. */
  running(): boolean;
  /** Replace the timer seam (tests); returns the previous one. */
  setTimers(timers: ClockTimers): ClockTimers;
}

export function createClock(initial: ClockTimers = defaultClockTimers): Clock {
  let timers = initial;
  // Listener -> the instant its seconds are counted from (0: wall-clock seconds).
  const listeners = new Map<() => void, number>();
  let timer: unknown;
  let running = false;
  let lastTick = 0;
  // When the pending timer fires (epoch ms).
  let dueAt = 0;

  // Milliseconds to the next whole second of `anchor` after `now` (in (0, 1000]).
  const untilNextSecond = (anchor: number, now: number): number => {
    const rest = (((anchor - now) % 1000) + 1000) % 1000;
    return rest === 0 ? 1000 : rest;
  };

  const schedule = (): void => {
    const now = timers.now();
    let delay = 1000;
    for (const anchor of listeners.values()) delay = Math.min(delay, untilNextSecond(anchor, now));
    // Land just past the boundary: some timers fire a millisecond early, and a countdown
    // rounding up on its old second would wait a whole extra second.
    setTimer(now, delay + 2);
  };

  const setTimer = (now: number, delay: number): void => {
    dueAt = now + delay;
    timer = timers.setTimeout(tick, delay);
  };

  const tick = (): void => {
    lastTick = timers.now();
    for (const listener of [...listeners.keys()]) listener();
    if (running) schedule();
  };

  const onVisibility = (): void => {
    if (!running) return;
    timers.clearTimeout(timer);
    tick();
  };

  const start = (): void => {
    running = true;
    lastTick = timers.now();
    schedule();
    globalThis.document?.addEventListener('visibilitychange', onVisibility);
  };

  const stop = (): void => {
    running = false;
    timers.clearTimeout(timer);
    timer = undefined;
    globalThis.document?.removeEventListener('visibilitychange', onVisibility);
  };

  return {
    subscribe(listener, anchor = 0) {
      // A wrapper per subscription, so the same function subscribed twice counts twice.
      const entry = (): void => {
        listener();
      };
      listeners.set(entry, Number.isFinite(anchor) ? anchor : 0);
      if (!running) {
        start();
      } else {
        // The new wait may have a second due before the timer already set (O(1): a page
        // mounting a thousand countdowns must not rescan them all each time).
        const now = timers.now();
        const delay = untilNextSecond(listeners.get(entry) ?? 0, now) + 2;
        if (now + delay < dueAt) {
          timers.clearTimeout(timer);
          setTimer(now, delay);
        }
      }
      return () => {
        if (!listeners.delete(entry)) return;
        if (listeners.size === 0 && running) stop();
      };
    },
    now() {
      return running ? lastTick : timers.now();
    },
    running() {
      return running;
    },
    setTimers(next) {
      const previous = timers;
      const wasRunning = running;
      if (wasRunning) stop();
      timers = next;
      if (wasRunning) start();
      return previous;
    },
  };
}

/** Whole seconds from `now` until `retryAt`, in [0, 7 days]; 0 for a missing or bad value. */
export function secondsUntil(retryAt: number | undefined, now: number): number {
  if (retryAt === undefined || !Number.isFinite(retryAt) || !Number.isFinite(now)) return 0;
  // No wait is longer than the model allows, even when the system clock jumped backwards after
  // retryAt was set (or an ApiError came from elsewhere): the countdown never shows weeks or years.
  return Math.min(Math.ceil(MAX_RETRY_DELAY_MS / 1000), Math.max(0, Math.ceil((retryAt - now) / 1000)));
}

/** The one clock of the page. */
export const pageClock: Clock = /* @__PURE__ */ createClock();
