import { normalizeApiError } from '../model/normalizeApiError.js';

export interface CaughtErrorInfo {
  readonly componentStack?: string | undefined;
}

/**
 * For React 19's `createRoot(el, { onCaughtError: logUnexpectedCaughtError })`.
 * React logs every error an error boundary catches with console.error, in production too; an
 * expected API failure that an `ApiErrorBoundary` shows to the person is not a bug, so it stays
 * quiet. Anything the kit cannot place (category `unknown`: a render bug, a TypeError) is still
 * logged, with its component stack, as React would.
 */
export function logUnexpectedCaughtError(error: unknown, errorInfo?: CaughtErrorInfo): void {
  if (normalizeApiError(error).category !== 'unknown') return;
  const stack = errorInfo?.componentStack;
  if (stack) console.error(error, `\nThe above error occurred in a component and was caught by an error boundary:${stack}`);
  else console.error(error);
}
