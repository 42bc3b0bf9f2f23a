'use client';
import { useEffect, useEffectEvent } from 'react';

/** Calls `retry` when the browser comes back online (the 'online' event), while `enabled`. */
export function useRetryWhenOnline(enabled: boolean, retry: () => unknown): void {
  const onOnline = useEffectEvent(() => {
    retry();
  });
  useEffect(() => {
    if (!enabled || globalThis.window === undefined) return;
    const listener = () => {
      onOnline();
    };
    window.addEventListener('online', listener);
    return () => {
      window.removeEventListener('online', listener);
    };
  }, [enabled]);
}
