'use client';
import { useCountdown } from './useCountdown.js';

const identity = (seconds: number): number => seconds;

/**
 * Whole seconds until `retryAt` (0 when missing, past or not a number); re-renders once a
 * second while counting. Use it in a small leaf component: the caller re-renders every tick.
 */
export function useSecondsLeft(retryAt: number | undefined): number {
  return useCountdown(retryAt, identity);
}
