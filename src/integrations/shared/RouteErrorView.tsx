'use client';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import type { ApiErrorFallback, ApiErrorFallbackProps } from '../../react/ApiErrorBoundaryCore.js';
import { ApiErrorBannerFallback } from '../../react/ApiErrorBannerFallback.js';
import { FallbackGuard } from '../../react/FallbackGuard.js';
import { toApiError } from '../../react/toApiError.js';
import { useApiErrorContext } from '../../react/useApiErrorContext.js';

export interface RouteErrorViewProps {
  /** What the router caught, as it gave it. */
  error: unknown;
  /** The router's way of running the route again. */
  retry: () => void;
  fallback?: ApiErrorFallback | undefined;
}

function RenderFallback({ fallback, error, retry }: ApiErrorFallbackProps & { fallback: (props: ApiErrorFallbackProps) => ReactNode }) {
  return fallback({ error, retry });
}

/**
 * What `ApiErrorBoundary` shows for a caught error, for errors a router caught instead: the
 * router owns the boundary, so only the fallback and the report are ours. The report goes
 * through the provider's `onReport`, which reports each distinct error once.
 */
export function RouteErrorView({ error, retry, fallback }: RouteErrorViewProps) {
  const { translator, onReport } = useApiErrorContext();
  const apiError = toApiError(error); // memoized per input, so this is stable across renders
  const cancelled = apiError.category === 'cancelled';
  useEffect(() => {
    if (!cancelled) onReport(apiError);
  }, [apiError, cancelled, onReport]);
  if (cancelled) return null;
  const content =
    typeof fallback === 'function' ? (
      <RenderFallback fallback={fallback} error={apiError} retry={retry} />
    ) : fallback === undefined ? (
      <ApiErrorBannerFallback error={apiError} retry={retry} />
    ) : (
      fallback
    );
  return (
    <FallbackGuard text={translator.t('boundary.fallback')} dir={translator.dir}>
      {content}
    </FallbackGuard>
  );
}
