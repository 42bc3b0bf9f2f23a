'use client';
import { useEffect, useId, useMemo, useState } from 'react';
import { cx } from './cx.js';
import { ModalDialog } from './ModalDialog.js';
import { readResult } from './readResult.js';
import { shouldTrySilentRefresh, silentRefresh } from './silentRefresh.js';
import { toApiError } from './toApiError.js';
import type { ApiError } from '../model/types.js';
import { useApiErrorContext } from './useApiErrorContext.js';

export interface ReloginPromptProps {
  error: unknown;
  /** The failed work, run once when the session is back (after the silent refresh or the login). */
  onRetry?: (() => unknown) | undefined;
  /** Called when the person chooses "Not now" or presses Escape. */
  onDismiss?: (() => void) | undefined;
  className?: string | undefined;
}

type Phase = 'idle' | 'refreshing' | 'prompt' | 'signingIn' | 'failed' | 'done' | 'dismissed';

/**
 * For an authentication error: first the provider's `refreshSession`, silently and once (single
 * flight through the session coordinator; not again if a refresh just "worked" and the server
 * still said 401); only if that fails, a modal dialog OVER the current screen, which stays
 * mounted so nothing typed is lost. After the session is back, `onRetry` runs once.
 */
export function ReloginPrompt({ error, onRetry, onDismiss, className }: ReloginPromptProps) {
  const { translator, session, canRefresh } = useApiErrorContext();
  const parts = readResult(error);
  const retry = onRetry ?? parts.retry;
  const apiError = useMemo(() => (parts.error == null ? null : toApiError(parts.error)), [parts.error]);
  const ids = useId();

  // Phase belongs to one error: a new error starts over (adjusting state while rendering,
  // as React recommends instead of an effect).
  const [state, setState] = useState<{ error: ApiError | null; phase: Phase }>({ error: null, phase: 'idle' });
  let phase = state.phase;
  if (state.error !== apiError) {
    phase = !apiError || apiError.category !== 'authentication' ? 'idle' : shouldTrySilentRefresh(apiError, session, canRefresh) ? 'refreshing' : 'prompt';
    setState({ error: apiError, phase });
  }
  const setPhase = (next: Phase) => {
    setState((current) => (current.error === apiError ? { error: apiError, phase: next } : current));
  };

  useEffect(() => {
    if (phase !== 'refreshing') return;
    let active = true;
    void silentRefresh(session).then((ok) => {
      if (!active) return;
      setState((current) => (current.error === apiError ? { error: apiError, phase: ok ? 'done' : 'prompt' } : current));
      if (ok) retry?.();
    });
    return () => {
      active = false;
    };
    // retry is the latest failed work; a new function identity must not restart the refresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phase, apiError, session]);

  const signIn = async () => {
    setPhase('signingIn');
    const ok = await session.login();
    setPhase(ok ? 'done' : 'failed');
    if (ok) retry?.();
  };
  const dismiss = () => {
    setPhase('dismissed');
    onDismiss?.();
  };

  if (phase === 'refreshing') {
    return (
      <p className={cx('raek-relogin__status', className)} dir={translator.dir}>
        {translator.t('relogin.refreshing')}
      </p>
    );
  }
  if (phase !== 'prompt' && phase !== 'signingIn' && phase !== 'failed') return null;
  return (
    <ModalDialog
      titleId={`${ids}title`}
      descriptionId={`${ids}message`}
      className={cx('raek-dialog raek-relogin', className)}
      dir={translator.dir}
      onClose={dismiss}
    >
      <h2 id={`${ids}title`} className="raek-dialog__title">
        {translator.t('relogin.title')}
      </h2>
      <p id={`${ids}message`} className="raek-dialog__description">
        {translator.t('relogin.message')}
      </p>
      {/* Present from the start so the failure is announced when it appears. */}
      <p role="status" className="raek-relogin__failed">
        {phase === 'failed' ? translator.t('relogin.failed') : ''}
      </p>
      <div className="raek-dialog__actions">
        <button
          type="button"
          className="raek-button raek-button--primary"
          aria-disabled={phase === 'signingIn' || undefined}
          onClick={() => {
            if (phase !== 'signingIn') void signIn();
          }}
        >
          {translator.t('relogin.signIn')}
        </button>
        <button type="button" className="raek-button" onClick={dismiss}>
          {translator.t('relogin.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
