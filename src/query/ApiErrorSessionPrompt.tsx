'use client';
import { useMemo } from 'react';
import { ApiErrorContext } from '../react/ApiErrorContext.js';
import { ReloginPrompt } from '../react/ReloginPrompt.js';
import { useApiErrorContext } from '../react/useApiErrorContext.js';
import { useApiErrorSessionPrompt } from './useApiErrorSessionPrompt.js';

export interface ApiErrorSessionPromptProps {
  className?: string | undefined;
}

/**
 * Renders ONE ReloginPrompt when the wave of 401s could not be fixed silently; after the person
 * signs in (or closes it) every query and mutation the wave held is sent again (or dropped).
 * The screen underneath stays mounted, so typed text survives.
 */
export function ApiErrorSessionPrompt({ className }: ApiErrorSessionPromptProps) {
  const { status, error, replay, dismiss } = useApiErrorSessionPrompt();
  const context = useApiErrorContext();
  // The wave already ran the one silent refresh; the prompt must not run another.
  const promptContext = useMemo(() => ({ ...context, canRefresh: false }), [context]);
  if (status !== 'needs-login' || !error) return null;
  return (
    <ApiErrorContext.Provider value={promptContext}>
      <ReloginPrompt error={error} onRetry={replay} onDismiss={dismiss} className={className} />
    </ApiErrorContext.Provider>
  );
}
