'use client';
import type { ReactNode } from 'react';
import type { ApiErrorFallbackProps } from './ApiErrorBoundaryCore.js';
import type { ApiErrorAction } from './presentation.js';
import { useApiErrorModel } from './useApiErrorModel.js';
import { useRetryReady } from './useRetryReady.js';

/**
 * What `ApiErrorBoundary` shows when the app gives no `fallback`: the error in words and the
 * way out its category offers, as plain buttons, styled like the banner. Built only from what
 * `useApiError` needs anyway, so the boundary brings no banner, dialog or announcer code; the
 * full banner is `fallback={ApiErrorBannerFallback}` (docs/react.md). Server text is text only.
 */
export function BoundaryFallback({ error, retry }: ApiErrorFallbackProps) {
  const model = useApiErrorModel(error, { onRetry: retry });
  const ready = useRetryReady(model.error?.retryAt);
  const { presentation, translator } = model;
  if (!model.error || !presentation) return null;
  const button = (key: ApiErrorAction, label: string, onClick: () => unknown, disabled = false) => (
    <button key={key} type="button" className="raek-banner__action raek-button" disabled={disabled} onClick={() => void onClick()}>
      {translator.t(label)}
    </button>
  );
  // One row per action, as CATEGORY_PRESENTATION lists them; support without a dialog is the reference.
  const requestId = model.error.requestId;
  const actions: Record<ApiErrorAction, ReactNode> = {
    retry: button('retry', 'retryButton.label', model.retry, !ready),
    relogin: button('relogin', 'relogin.signIn', model.relogin),
    reload: button('reload', 'banner.reload', model.retry),
    support:
      requestId === undefined ? null : (
        <p key="support" className="raek-banner__reference">
          {translator.t('support.requestId')}: <code>{requestId}</code>
        </p>
      ),
  };
  return (
    <div className="raek-banner" role={presentation.role} dir={model.dir} data-category={model.error.category}>
      <div className="raek-banner__body">
        <p className="raek-banner__title">{model.title}</p>
        <p className="raek-banner__message">{model.message}</p>
        {model.serverMessage !== '' && <p className="raek-banner__server-message" dir="auto">{model.serverMessage}</p>}
      </div>
      {presentation.actions.length > 0 && <div className="raek-banner__actions">{presentation.actions.map((a) => actions[a])}</div>}
    </div>
  );
}
