import { LIMITS } from '../model/limits.js';

/**
 * The page clock: one timer for every countdown on the page. Framework-free.
 *
 * - One timer, started by the first subscriber and stopped by the last, so no timer
 *   survives the unmount of the last countdown.
 * - Ticks on whole wall-clock seconds, so every countdown on the page changes together.
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
  /** Calls the listener on every whole second while subscribed. Returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Epoch ms: the last tick while running (stable within a tick), else the live time. */
  now(): number;
  /** True while subscribed and ticking: `now()` is then the stable time of the last tick. */
  running(): boolean;
  /** Replace the timer seam (tests); returns the previous one. */
  setTimers(timers: ClockTimers): ClockTimers;
}

export function createClock(initial: ClockTimers = defaultClockTimers): Clock {
  let timers = initial;
  const listeners = new Set<() => void>();
  let timer: unknown;
  let running = false;
  let lastTick = 0;

  const schedule = (): void => {
    const now = timers.now();
    // Aim just past the next whole second so rounding never lands on the old second.
    const delay = 1000 - (((now % 1000) + 1000) % 1000) + 5;
    timer = timers.setTimeout(tick, delay);
  };

  const tick = (): void => {
    lastTick = timers.now();
    for (const listener of [...listeners]) listener();
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
    subscribe(listener) {
      // A wrapper per subscription, so the same function subscribed twice counts twice.
      const entry = (): void => {
        listener();
      };
      listeners.add(entry);
      if (!running) start();
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

// No wait is longer than the model allows, even when the system clock jumped backwards after
// retryAt was set (or an ApiError came from elsewhere): the countdown never shows weeks or years.
const MAX_SECONDS = Math.ceil(LIMITS.maxRetryDelayMs / 1000);

/** Whole seconds from `now` until `retryAt`, in [0, 7 days]; 0 for a missing or bad value. */
export function secondsUntil(retryAt: number | undefined, now: number): number {
  if (retryAt === undefined || !Number.isFinite(retryAt) || !Number.isFinite(now)) return 0;
  return Math.min(MAX_SECONDS, Math.max(0, Math.ceil((retryAt - now) / 1000)));
}

/** The one clock of the page. */
export const pageClock: Clock = /* @__PURE__ */ createClock();
