'use client';
import { useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { hasSummary, subscribeSummaries } from '../runtime/summaryRegistry.js';
import { cx } from './cx.js';
import { RetryButton } from './RetryButton.js';
import { SupportDialog } from './SupportDialog.js';
import { useAnnounceNewError } from './useAnnounceNewError.js';
import { useFocusHandOff } from './useFocusHandOff.js';
import { useApiErrorModel } from './useApiErrorModel.js';
import { useRetryWhenOnline } from './useRetryWhenOnline.js';

export interface ApiErrorBannerProps {
  /** Anything: a thrown value, an ApiError, or a TanStack Query query/mutation result. */
  error: unknown;
  /** What the retry action does (default: the query's refetch / mutation's reset, if given one). */
  onRetry?: (() => unknown) | undefined;
  /** Shows a Dismiss button. */
  onDismiss?: (() => void) | undefined;
  /** What Reload does for a conflict (default: the retry action when there is one, else reload the page). */
  onReload?: (() => void) | undefined;
  /** How often this error happened (deduplicated notices): "3 times". */
  count?: number | undefined;
  className?: string | undefined;
  /** Extra content below the message. */
  children?: ReactNode;
}

const reloadPage = () => {
  globalThis.location.reload();
};

/**
 * The error, said in words, with what can be done about it (from CATEGORY_PRESENTATION).
 * role="alert" when the person is blocked, role="status" otherwise. Renders nothing without
 * an error or for a cancelled request. Server text is rendered as text only.
 */
export function ApiErrorBanner({ error, onRetry, onDismiss, onReload, count, className, children }: ApiErrorBannerProps) {
  const model = useApiErrorModel(error, { onRetry });
  const { presentation, translator } = model;
  // An error summary on screen for the same failure speaks instead: one failure, one alert.
  const summarized = useSyncExternalStore(
    subscribeSummaries,
    () => hasSummary(model.error),
    () => false,
  );
  useAnnounceNewError(model.error, `${model.title}. ${model.message}`, presentation?.role === 'status' && !summarized);
  useRetryWhenOnline(presentation?.retryWhenOnline === true, model.retry);
  const handOffFocus = useFocusHandOff();
  if (!model.error || !presentation) return null;

  const actions: Record<string, ReactNode> = {
    retry: <RetryButton key="retry" error={model.error} onRetry={model.retry} className="raek-banner__action" />,
    relogin: (
      <button key="relogin" type="button" className="raek-banner__action raek-button" onClick={() => void model.relogin()}>
        {translator.t('relogin.signIn')}
      </button>
    ),
    support: (
      <SupportDialog key="support" error={model.error} openerClassName="raek-banner__action">
        {translator.t('banner.support')}
      </SupportDialog>
    ),
    reload: (
      <button
        key="reload"
        type="button"
        className="raek-banner__action raek-button"
        // The app's retry (a refetch) keeps the screen and what was typed; a page reload is the last resort.
        onClick={onReload ?? (model.hasRetry ? () => void model.retry() : reloadPage)}
      >
        {translator.t('banner.reload')}
      </button>
    ),
  };

  return (
    <div
      ref={handOffFocus}
      className={cx('raek-banner', className)}
      role={summarized ? undefined : presentation.role}
      data-summarized={summarized || undefined}
      dir={model.dir}
      data-category={model.error.category}
    >
      <div className="raek-banner__body">
        <p className="raek-banner__title">
          {model.title}
          {count !== undefined && count > 1 && <span className="raek-banner__count"> ({translator.t('banner.count', { count })})</span>}
        </p>
        <p className="raek-banner__message">{model.message}</p>
        {model.serverMessage !== '' && <p className="raek-banner__server-message" dir="auto">{model.serverMessage}</p>}
        {children}
      </div>
      <div className="raek-banner__actions">
        {/* A retry button that can do nothing would be a lie: shown only with something to retry. */}
        {presentation.actions.filter((action) => action !== 'retry' || model.hasRetry).map((action) => actions[action])}
        {onDismiss && (
          <button type="button" className="raek-banner__action raek-banner__dismiss raek-button" onClick={onDismiss}>
            {translator.t('banner.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
