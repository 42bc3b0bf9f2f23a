import type { Query } from '@tanstack/react-query';
import { readApiErrorMeta } from './apiErrorMeta.js';
import type { QueryInstallation } from './getQueryInstallation.js';
import { isSessionHandled } from './routeFailure.js';
import { toApiError } from './toApiError.js';

// TanStack's own option type, narrowed to what a default may be.
type AnyQuery = Query;
export type ThrowOnErrorChoice = boolean | ((error: Error, query: AnyQuery) => boolean) | undefined;

/**
 * The default `throwOnError` the installer sets: a first load that fails (no data yet) goes to
 * the screen's ApiErrorBoundary; a failed background refetch keeps the data on screen and goes
 * to the notification region instead. The app's own default, when it set one, decides instead
 * of the data rule. Never thrown: silent queries, cancellations, and authentication failures the
 * session wave handles (the screen stays mounted under the ReloginPrompt, so typed text survives).
 */
export function apiErrorThrowOnError(installation: QueryInstallation, appChoice: ThrowOnErrorChoice) {
  return (error: Error, query: AnyQuery): boolean => {
    const meta = readApiErrorMeta(query.meta);
    if (meta.silent === true) return false;
    const apiError = toApiError(error);
    if (apiError.category === 'cancelled' || isSessionHandled(installation, apiError, meta)) return false;
    if (typeof appChoice === 'function') return appChoice(error, query);
    if (typeof appChoice === 'boolean') return appChoice;
    return query.state.data === undefined;
  };
}
