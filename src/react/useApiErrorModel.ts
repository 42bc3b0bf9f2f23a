'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Translator } from '../messages/types.js';
import type { ApiError } from '../model/types.js';
import { retryAtOf } from '../runtime/retryAtOf.js';
import { presentationFor, presentationOf } from './presentation.js';
import type { CategoryPresentation } from './presentation.js';
import { readResult } from './readResult.js';
import { reportsOnSight } from './reportsOnSight.js';
import { toApiError } from './toApiError.js';
import { useApiErrorContext } from './useApiErrorContext.js';
import { useOnline } from './useOnline.js';

export interface UseApiErrorOptions {
  /** What retry does for a raw error (a query/mutation result brings its own refetch/reset). */
  onRetry?: (() => unknown) | undefined;
}

/** The view model without the per-second countdown: what components build on. */
export interface ApiErrorModel {
  readonly error: ApiError | null;
  readonly title: string;
  readonly message: string;
  /** The server's text when the category allows showing it (4xx about the request), else ''. */
  readonly serverMessage: string;
  readonly presentation: CategoryPresentation | null;
  /** When a retry makes sense: the error's `retryAt`, or the assumed wait of a rate limit without one. */
  readonly retryAt: number | undefined;
  readonly dir: 'ltr' | 'rtl';
  readonly translator: Translator;
  readonly online: boolean;
  readonly retry: () => unknown;
  /** False when there is nothing to retry with (a raw error and no `onRetry`). */
  readonly hasRetry: boolean;
  readonly relogin: () => Promise<void>;
  readonly supportOpen: boolean;
  readonly openSupport: () => void;
  readonly closeSupport: () => void;
}

const noop = (): undefined => undefined;

function pickError(error: unknown): ApiError | null {
  if (error === null || error === undefined) return null;
  const apiError = toApiError(error);
  return presentationOf(apiError.category).hidden ? null : apiError;
}

export function useApiErrorModel(input: unknown, options: UseApiErrorOptions = {}): ApiErrorModel {
  const { translator, session, onReport } = useApiErrorContext();
  const online = useOnline();
  const parts = readResult(input);
  const error = useMemo(() => pickError(parts.error), [parts.error]);
  const [supportOpen, setSupportOpen] = useState(false);
  const retry = options.onRetry ?? parts.retry ?? noop;

  // Once per distinct error: the provider's reporter also dedupes across components.
  useEffect(() => {
    if (error && reportsOnSight(error, session)) onReport(error);
  }, [error, onReport, session]);

  const relogin = useCallback(async () => {
    if (await session.restore()) retry();
    else if (error) onReport(error); // the session could not be restored: the person is stuck
  }, [session, retry, error, onReport]);

  const presentation = error ? presentationFor(error) : null;
  const offline = !online && error?.category === 'connection';
  return {
    error,
    title: error ? translator.errorTitle(error) : '',
    message: error ? (offline ? translator.t('banner.offline') : translator.errorMessage(error)) : '',
    serverMessage: presentation?.showServerMessage ? (error?.serverMessage ?? '') : '',
    presentation,
    retryAt: retryAtOf(error),
    dir: translator.dir,
    translator,
    online,
    retry,
    hasRetry: retry !== noop,
    relogin,
    supportOpen,
    openSupport: useCallback(() => {
      setSupportOpen(true);
    }, []),
    closeSupport: useCallback(() => {
      setSupportOpen(false);
    }, []),
  };
}
