'use client';
import { useEffect, useRef } from 'react';

/** Calls `retry` when the browser comes back online (the 'online' event), while `enabled`. */
export function useRetryWhenOnline(enabled: boolean, retry: () => unknown): void {
  // The latest retry, read when the event fires. A ref, not useEffectEvent: that needs React 19.2,
  // and the kit supports React 18.
  const latest = useRef(retry);
  useEffect(() => {
    latest.current = retry;
  });
  useEffect(() => {
    if (!enabled || globalThis.window === undefined) return;
    const listener = () => {
      latest.current();
    };
    window.addEventListener('online', listener);
    return () => {
      window.removeEventListener('online', listener);
    };
  }, [enabled]);
}
