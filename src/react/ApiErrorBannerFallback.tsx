'use client';
import { ApiErrorBanner } from './ApiErrorBanner.js';
import type { ApiErrorFallbackProps } from './ApiErrorBoundaryCore.js';
import { isSessionFailure } from '../model/sessionFailure.js';
import { ReloginPrompt } from './ReloginPrompt.js';

/**
 * The full fallback: the banner (retry countdown, support dialog, announcements), plus the
 * re-login prompt for a lost session. `<ApiErrorBoundary fallback={ApiErrorBannerFallback}>`.
 * Not the boundary's default, so a boundary with the app's own fallback ships none of it.
 */
export function ApiErrorBannerFallback({ error, retry }: ApiErrorFallbackProps) {
  return (
    <>
      <ApiErrorBanner error={error} onRetry={retry} />
      {isSessionFailure(error) && <ReloginPrompt error={error} onRetry={retry} />}
    </>
  );
}
