import { isSessionFailure } from '../model/sessionFailure.js';
import type { ApiError } from '../model/types.js';
import type { SessionCoordinator } from '../runtime/session.js';

/**
 * Whether showing an error is enough to report it. `onReport` is for what a person saw and
 * could not recover from: an authentication failure that the session can still restore (a
 * silent refresh, or the person signing in again) is reported only if restoring fails or the
 * person gives up; everything else is reported once, when it is first presented.
 */
export function reportsOnSight(error: ApiError, session: SessionCoordinator): boolean {
  return !isSessionFailure(error) || !session.canRestore();
}
