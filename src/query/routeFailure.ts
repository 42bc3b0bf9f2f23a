import { isSessionFailure } from '../model/sessionFailure.js';
import type { ApiError } from '../model/types.js';
import type { ApiErrorMetaOptions } from './apiErrorMeta.js';
import type { QueryInstallation } from './getQueryInstallation.js';
import { toApiError } from './toApiError.js';

export interface FailedWork {
  readonly key: object;
  readonly meta: ApiErrorMetaOptions;
  /** Should a notice appear when meta does not say: background refetch yes, first load no. */
  readonly notifyByDefault: boolean;
  /** Session version read when the work was sent. */
  readonly version: number | undefined;
  /** Sends the same work again (refetch, or the mutation with its original variables). */
  readonly replay: () => void;
  /**
   * Safe to offer again from the notification region when the person puts off signing in: a
   * query's refetch. A mutation's own screen keeps its error and its own retry; offering it in
   * two places could send an order twice.
   */
  readonly idempotent?: boolean | undefined;
}

/** True when an authentication failure goes to the session wave instead of a boundary or notice. */
export function isSessionHandled(installation: QueryInstallation, error: ApiError, meta: ApiErrorMetaOptions): boolean {
  return (
    isSessionFailure(error) &&
    meta.auth !== 'refresh' && // the refresh request failing must never start another refresh
    meta.silent !== true &&
    installation.session?.canRestore() === true
  );
}

/** Where one final failure goes: nowhere, the session wave, or the notification region. */
export function routeFailure(installation: QueryInstallation, raw: unknown, work: FailedWork): void {
  const { meta } = work;
  if (meta.silent === true || meta.auth === 'refresh') return;
  const error = toApiError(raw);
  if (error.category === 'cancelled') return;
  if (isSessionHandled(installation, error, meta)) {
    installation.wave.handle(work.key, work.replay, work.version, error, work.idempotent === true);
    return;
  }
  if (!(meta.notify ?? work.notifyByDefault)) return;
  installation.notifications.notify(raw, { context: meta.context, retry: work.replay, retryKey: work.key });
  try {
    installation.onReport?.(error);
  } catch {
    // a reporting hook that throws must not break the cache listener
  }
}
