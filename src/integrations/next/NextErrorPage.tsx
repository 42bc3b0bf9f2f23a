'use client';
import type { ApiErrorFallback } from '../../react/ApiErrorBoundaryCore.js';
import { RouteErrorView } from '../shared/RouteErrorView.js';

export interface NextErrorPageProps {
  /** What the segment threw. From a server component in production: a generic message and a `digest`. */
  error: unknown;
  /** Next's reset: clears the segment's error boundary and renders it again on the client. */
  reset: () => void;
  /** Next 16.2 and later: refetches the segment from the server and renders it again. */
  retry?: (() => void) | undefined;
  /** Replaces the default fallback, as on `ApiErrorBoundary`. */
  fallback?: ApiErrorFallback | undefined;
}

/**
 * The body of an App Router `error.tsx` (`export default NextErrorPage` is enough, since it
 * takes Next's props as they are) or of `global-error.tsx` inside its own html and body. A
 * server error whose message Next stripped keeps its `digest`, the key to the server's log
 * line, as the support reference (`ApiError.requestId`, shown in the support dialog).
 * Retry prefers `retry`: `reset` alone only re-renders on the client, so a server component
 * that failed would not be fetched again.
 */
export function NextErrorPage({ error, reset, retry, fallback }: NextErrorPageProps) {
  return <RouteErrorView error={error} retry={retry ?? reset} fallback={fallback} />;
}
