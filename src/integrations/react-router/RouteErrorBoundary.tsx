'use client';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRevalidator, useRouteError } from 'react-router';
import type { ApiErrorFallback } from '../../react/ApiErrorBoundaryCore.js';
import { RouteErrorView } from '../shared/RouteErrorView.js';

export interface RouteErrorBoundaryProps {
  /** Replaces the default fallback, as on `ApiErrorBoundary`: an element or `({ error, retry }) => …`. */
  fallback?: ApiErrorFallback | undefined;
}

/**
 * A React Router route's error UI: `ErrorBoundary` in framework mode (`export { RouteErrorBoundary
 * as ErrorBoundary }`), `errorElement: <RouteErrorBoundary />` in data mode. It shows what
 * `ApiErrorBoundary` would for the route's error (a loader's or action's thrown `Response`,
 * `data()` or error, a render error, the router's own 404), and its retry revalidates, so the
 * loaders really run again; when they succeed the router shows the route instead.
 */
export function RouteErrorBoundary({ fallback }: RouteErrorBoundaryProps) {
  const error = useRouteError();
  const { revalidate } = useRevalidator();
  // A render error may come from a suspense query: let it fetch again instead of rethrowing.
  const { reset } = useQueryErrorResetBoundary();
  const retry = () => {
    reset();
    void revalidate();
  };
  return <RouteErrorView error={error} retry={retry} fallback={fallback} />;
}
