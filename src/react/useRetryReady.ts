'use client';
import { useCountdown } from './useCountdown.js';

const isZero = (seconds: number): boolean => seconds === 0;

/**
 * True once `retryAt` has passed (or when there is none). Re-renders once, when the wait ends.
 * Server HTML and hydration say "waiting" whenever there is a `retryAt`, whatever either clock
 * reads: the wait may end while the page is on its way, and the two renders must agree; the
 * live value follows right after hydration.
 */
export function useRetryReady(retryAt: number | undefined): boolean {
  return useCountdown(retryAt, isZero, retryAt === undefined);
}
