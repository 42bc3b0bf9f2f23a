'use client';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ApiErrorCategory } from '../model/types.js';
import { ApiErrorBoundaryCore } from './ApiErrorBoundaryCore.js';
import type { ApiErrorFallback } from './ApiErrorBoundaryCore.js';
import { reportsOnSight } from './reportsOnSight.js';
import { useApiErrorContext } from './useApiErrorContext.js';

export interface ApiErrorBoundaryProps {
  children?: ReactNode;
  /**
   * Replaces the default fallback (the error in words with its category's way out, as plain
   * buttons). An element, or a function:
   * `fallback={({ error, retry }) => <MyError error={error} onRetry={retry} />}`; the full
   * banner with its support dialog and re-login prompt is `fallback={ApiErrorBannerFallback}`.
   */
  fallback?: ApiErrorFallback | undefined;
  /** Any change resets the boundary, the first one too (a route change: `resetKeys={[pathname]}`). */
  resetKeys?: readonly unknown[] | undefined;
  /** Called after a reset (retry or resetKeys), e.g. to clear app state that caused the error. */
  onReset?: (() => void) | undefined;
  /** Catch only these categories; other errors go on to an outer boundary. */
  categories?: readonly ApiErrorCategory[] | undefined;
}

/**
 * Wraps a screen: catches errors thrown while rendering, including TanStack Query errors
 * (`throwOnError`, suspense), and shows the fallback that fits the category. Its retry
 * resets TanStack Query's error-boundary state and the boundary, so queries refetch, every time.
 *
 * Like every React error boundary it does not see errors in event handlers or async code:
 * send those with `useApiErrorBoundary().showBoundary(error)`. Cancelled requests render nothing.
 */
export function ApiErrorBoundary({ children, fallback, resetKeys, onReset, categories }: ApiErrorBoundaryProps) {
  const { reset } = useQueryErrorResetBoundary();
  const { translator, onReport, session } = useApiErrorContext();
  return (
    <ApiErrorBoundaryCore
      fallback={fallback}
      resetKeys={resetKeys}
      onReset={onReset}
      categories={categories}
      resetQuery={reset}
      report={(error) => {
        if (reportsOnSight(error, session)) onReport(error);
      }}
      fallbackText={translator.t('boundary.fallback')}
      dir={translator.dir}
    >
      {children}
    </ApiErrorBoundaryCore>
  );
}
