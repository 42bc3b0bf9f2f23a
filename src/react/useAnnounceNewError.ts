'use client';
import { useEffect, useRef } from 'react';
import { announce, retainAnnouncer } from '../runtime/announcer.js';

/**
 * Speaks `text` through the page announcer when an error appears where none was shown.
 * Why: a role="status" region inserted with its text already inside is not announced
 * (NVDA, VoiceOver), while the page region existed before, so its new text is.
 * While an error stays shown, changes inside the banner's own status region announce themselves.
 */
export function useAnnounceNewError(error: object | null, text: string, enabled: boolean): void {
  const shown = useRef<object | null>(null);
  useEffect(() => retainAnnouncer(), []);
  useEffect(() => {
    const wasShowing = shown.current !== null;
    shown.current = error;
    if (error && enabled && !wasShowing) announce(text);
  }, [error, text, enabled]);
}
