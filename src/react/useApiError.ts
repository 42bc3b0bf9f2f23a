'use client';
import type { ApiError } from '../model/types.js';
import type { CategoryPresentation } from './presentation.js';
import { useApiErrorModel } from './useApiErrorModel.js';
import type { UseApiErrorOptions } from './useApiErrorModel.js';
import { useSecondsLeft } from './useSecondsLeft.js';

/** What `useApiError` returns: everything needed to present an error without the kit's markup. */
export interface ApiErrorView {
  readonly error: ApiError | null;
  readonly title: string;
  readonly message: string;
  /** 0 when a retry makes sense now; counts down once a second to `retryAt`. */
  readonly secondsLeft: number;
  /** The result's refetch/reset, or `options.onRetry`. */
  readonly retry: () => void;
  /** Restores the session (silent refresh, else login), then retries. */
  readonly relogin: () => Promise<void>;
  readonly openSupport: () => void;
  // ---- beyond the contract ----
  readonly closeSupport: () => void;
  readonly supportOpen: boolean;
  /** The server's text when this category may show it (4xx about the request), else ''. */
  readonly serverMessage: string;
  /** Role and actions for the category (see CATEGORY_PRESENTATION); null without an error. */
  readonly presentation: CategoryPresentation | null;
  /** True when the category offers a retry and the wait (if any) is over. */
  readonly canRetry: boolean;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * The view model for an error: `useApiError(error)`, `useApiError(query)` or
 * `useApiError(mutation)`. A query/mutation result is recognized by shape and its
 * `refetch`/`reset` becomes `retry`. `useApiError(null)` gives `error: null` and empty texts.
 *
 * This hook re-renders once a second while `secondsLeft` counts; the kit's own components
 * instead render the digits in a small leaf, so only the leaf re-renders.
 */
export function useApiError(input: unknown, options?: UseApiErrorOptions): ApiErrorView {
  const model = useApiErrorModel(input, options);
  const secondsLeft = useSecondsLeft(model.retryAt);
  return {
    error: model.error,
    title: model.title,
    message: model.message,
    secondsLeft,
    retry: model.retry,
    relogin: model.relogin,
    openSupport: model.openSupport,
    closeSupport: model.closeSupport,
    supportOpen: model.supportOpen,
    serverMessage: model.serverMessage,
    presentation: model.presentation,
    canRetry: model.presentation?.actions.includes('retry') === true && secondsLeft === 0,
    dir: model.dir,
  };
}
