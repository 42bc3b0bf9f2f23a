'use client';
import { useEffect, useRef } from 'react';
import { secondsUntil } from '../runtime/clock.js';
import type { Translator } from '../messages/types.js';
import { announce, retainAnnouncer } from '../runtime/announcer.js';
import { useApiErrorContext } from './useApiErrorContext.js';
import { useCountdown } from './useCountdown.js';

/**
 * The step a wait is announced at (the HMRC timeout-dialog pattern): once an hour above an hour,
 * once a minute above a minute, then every 20 s, and 0 at the end. `role="timer"` is silent by
 * default, so the page announcer speaks instead.
 */
export function announceStep(seconds: number): number {
  if (seconds <= 0) return 0;
  const size = seconds > 3600 ? 3600 : seconds > 60 ? 60 : 20;
  return Math.ceil(seconds / size) * size;
}

export interface CountdownAnnouncerProps {
  retryAt: number | undefined;
  translator: Translator;
}

/** Renders nothing; re-renders only when the step changes and then speaks once. */
export function CountdownAnnouncer({ retryAt, translator }: CountdownAnnouncerProps) {
  const { clock } = useApiErrorContext();
  const step = useCountdown(retryAt, announceStep);
  const previous = useRef(0);

  useEffect(() => retainAnnouncer(), []);

  useEffect(() => {
    const before = previous.current;
    previous.current = step;
    if (step > 0) {
      const duration = translator.formatDuration(secondsUntil(retryAt, clock.now()) || step);
      announce(translator.t('retryButton.announceWait', { duration }));
    } else if (before > 0) {
      announce(translator.t('retryButton.announceReady'));
    }
  }, [step, retryAt, translator, clock]);

  return null;
}
