import type { RawFailure } from '../rawFailure.js';
import { errorName, getProp, getString } from '../safeAccess.js';

function hasOwn(value: object, key: string): boolean {
  try {
    return Object.hasOwn(value, key);
  } catch {
    return false;
  }
}

/**
 * TanStack Query's `CancelledError`, by shape (the class is not imported). v5 sets neither
 * `name` nor a useful prototype name after minification, but always has own `revert` and
 * `silent` props and the message 'CancelledError'.
 */
export function detectTanstackCancelled(error: unknown): RawFailure | undefined {
  if (!(error instanceof Error)) return undefined;
  const ctorName = getString(getProp(error, 'constructor'), 'name');
  if (errorName(error) === 'CancelledError' || ctorName === 'CancelledError') return { code: 'CANCELLED' };
  if (getString(error, 'message') === 'CancelledError') return { code: 'CANCELLED' };
  return hasOwn(error, 'revert') && hasOwn(error, 'silent') ? { code: 'CANCELLED' } : undefined;
}
