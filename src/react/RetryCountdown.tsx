'use client';
import type { Translator } from '../messages/types.js';
import { useCountdown } from './useCountdown.js';

export interface RetryCountdownProps {
  retryAt: number;
  translator: Translator;
  className?: string | undefined;
}

/**
 * The visible wait ("Try again in 0:42", "Try again at 15:40"): the one leaf that re-renders
 * each second. Its snapshot is the text itself, so a clock-time label renders once, not every tick.
 * aria-hidden: digits changing every second are noise to a screen reader (the announcer speaks instead).
 */
export function RetryCountdown({ retryAt, translator, className }: RetryCountdownProps) {
  // Server HTML and hydration show the plain label; the countdown starts once hydrated.
  const text = useCountdown(
    retryAt,
    (seconds) => translator.formatRetryWait(retryAt, retryAt - seconds * 1000).text,
    translator.t('retryButton.label'),
  );
  return (
    <span aria-hidden="true" className={className ?? 'raek-retry-button__countdown'}>
      {text}
    </span>
  );
}
