'use client';
import { useCallback, useSyncExternalStore } from 'react';
import { secondsUntil } from '../runtime/clock.js';
import { useApiErrorContext } from './useApiErrorContext.js';

const noop = (): void => undefined;

/**
 * Reads the page clock through useSyncExternalStore and returns `select(secondsLeft)`.
 * The result must be a primitive: React re-renders only when it changes, so a component that
 * selects `s === 0` renders once when the wait ends, not once a second.
 * Subscribes only while there is something to count, and lets go at zero.
 * `serverValue`, when given, is what the server renders and what hydration compares against:
 * the server's clock and the browser's differ by the time the page took to arrive, so a live
 * value there ("0:42" on the server, "0:39" in the browser) is a hydration mismatch.
 */
export function useCountdown<T extends string | number | boolean>(
  retryAt: number | undefined,
  select: (secondsLeft: number) => T,
  serverValue?: T,
): T {
  const { clock } = useApiErrorContext();
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (secondsUntil(retryAt, clock.now()) <= 0) return noop;
      let unsubscribe = clock.subscribe(() => {
        onChange();
        if (secondsUntil(retryAt, clock.now()) <= 0) {
          unsubscribe();
          unsubscribe = noop;
        }
      }, retryAt);
      return () => {
        unsubscribe();
      };
    },
    [clock, retryAt],
  );
  // React reads a snapshot twice in a row to check that it is stable. While the clock runs its
  // now() is the last tick; before (first renders, nothing subscribed yet) it is the live time,
  // and two live reads can straddle a second boundary: read it once per render instead.
  const renderTime = clock.now();
  const snapshot = (): T => select(secondsUntil(retryAt, clock.running() ? clock.now() : renderTime));
  const serverSnapshot = serverValue === undefined ? snapshot : (): T => serverValue;
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}
