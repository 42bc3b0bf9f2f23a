'use client';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { ApiErrorFallback } from '../../react/ApiErrorBoundaryCore.js';
import { RouteErrorView } from '../shared/RouteErrorView.js';

export interface RouteErrorComponentProps {
  /** As `errorComponent`: what the route threw. */
  error?: unknown;
  /** As `errorComponent`: resets the route's error boundary. */
  reset?: (() => void) | undefined;
  /** As `notFoundComponent`: the router spreads the `notFound()` object into the props. */
  isNotFound?: boolean | undefined;
  data?: unknown;
  /** Replaces the default fallback, as on `ApiErrorBoundary`. */
  fallback?: ApiErrorFallback | undefined;
}

/**
 * A TanStack Router route's `errorComponent` (and, as well, its `notFoundComponent`): shows what
 * `ApiErrorBoundary` would for the route's error. Its retry resets TanStack Query's error state,
 * invalidates the router (loaders run again; a new match resets the boundary by itself) and
 * then resets the route's boundary, for errors that came from rendering.
 */
export function RouteErrorComponent({ error, reset, isNotFound, data, fallback }: RouteErrorComponentProps) {
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary().reset;
  const retry = () => {
    queryReset();
    void router.invalidate().finally(() => reset?.());
  };
  // One object per not-found: the model memoizes per input, so the report and announcement happen once.
  const notFound = useMemo(() => (isNotFound === true ? { isNotFound, data } : undefined), [isNotFound, data]);
  const caught = error === undefined ? notFound : error;
  return <RouteErrorView error={caught} retry={retry} fallback={fallback} />;
}
