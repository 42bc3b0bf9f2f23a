'use client';
import { useCallback, useMemo, useState } from 'react';
import { toApiError } from './toApiError.js';

export interface UseApiErrorBoundaryResult {
  /** Sends an error to the nearest ApiErrorBoundary (from event handlers and async code). */
  showBoundary: (error: unknown) => void;
}

/**
 * React boundaries only see errors thrown while rendering; this hook rethrows a given error
 * on the next render so the nearest boundary catches it. A cancelled request is ignored.
 */
export function useApiErrorBoundary(): UseApiErrorBoundaryResult {
  const [state, setState] = useState<{ error: unknown } | null>(null);
  const showBoundary = useCallback((error: unknown) => {
    if (toApiError(error).category === 'cancelled') return;
    setState({ error });
  }, []);
  const result = useMemo(() => ({ showBoundary }), [showBoundary]);
  if (state !== null) throw state.error;
  return result;
}
