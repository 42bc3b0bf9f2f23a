'use client';
import { useCountdown } from './useCountdown.js';

const isZero = (seconds: number): boolean => seconds === 0;

/** True once `retryAt` has passed (or when there is none). Re-renders once, when the wait ends. */
export function useRetryReady(retryAt: number | undefined): boolean {
  return useCountdown(retryAt, isZero);
}
