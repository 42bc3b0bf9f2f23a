'use client';
import type { ApiError } from '../model/types.js';
import { ApiErrorBanner } from './ApiErrorBanner.js';
import { ReloginPrompt } from './ReloginPrompt.js';

export interface ApiErrorFallbackProps {
  /** The caught error, normalized. */
  error: ApiError;
  /** Resets TanStack Query's error state and the boundary, so the screen renders (and fetches) again. */
  retry: () => void;
}

/** The boundary's fallback when the app gives none: the banner, plus the re-login prompt for a lost session. */
export function DefaultFallback({ error, retry }: ApiErrorFallbackProps) {
  return (
    <>
      <ApiErrorBanner error={error} onRetry={retry} />
      {error.category === 'authentication' && <ReloginPrompt error={error} onRetry={retry} />}
    </>
  );
}
