'use client';
import { isSessionFailure } from '../model/sessionFailure.js';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useBeforePaintEffect } from './useBeforePaintEffect.js';
import { cx } from './cx.js';
import { ModalDialog } from './ModalDialog.js';
import { readResult } from './readResult.js';
import { shouldTrySilentRefresh, silentRefresh } from './silentRefresh.js';
import { toApiError } from './toApiError.js';
import type { ApiError } from '../model/types.js';
import { lastFocused, restoreFocus, retainFocusMemory } from '../runtime/focusMemory.js';
import type { LoginOutcome } from '../runtime/session.js';
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

// What requestLogin's answer leads to: a cancel goes back to the first state, quietly.
const AFTER_SIGN_IN: Readonly<Record<LoginOutcome, Phase>> = { signedIn: 'done', cancelled: 'prompt', failed: 'failed' };

// Phases while the flow runs, and phases that end it (focus goes back to where the person was).
const ACTIVE: ReadonlySet<Phase> = new Set(['refreshing', 'prompt', 'signingIn', 'failed']);


/**
 * For an authentication error: first the provider's `refreshSession`, silently and once (single
 * flight through the session coordinator; not again if a refresh just "worked" and the server
 * still said 401); only if that fails, a modal dialog OVER the current screen, which stays
 * mounted so nothing typed is lost. After the session is back, `onRetry` runs once.
 * While the app's `requestLogin` runs, this dialog steps aside (never a dialog over a dialog);
 * a cancel brings it back as it first was, a failure says so. When the flow ends, focus goes
 * back to where the person was, even if the app's own login dialog dropped it on <body>.
 */
export function ReloginPrompt({ error, onRetry, onDismiss, className }: ReloginPromptProps) {
  const { translator, session, canRefresh, onReport } = useApiErrorContext();
  const parts = readResult(error);
  const retry = onRetry ?? parts.retry;
  const apiError = useMemo(() => (parts.error == null ? null : toApiError(parts.error)), [parts.error]);
  const ids = useId();

  // Phase belongs to one error: a new error starts over (adjusting state while rendering,
  // as React recommends instead of an effect).
  const [state, setState] = useState<{ error: ApiError | null; phase: Phase }>({ error: null, phase: 'idle' });
  let phase = state.phase;
  if (state.error !== apiError) {
    phase = !apiError || !isSessionFailure(apiError) ? 'idle' : shouldTrySilentRefresh(apiError, session, canRefresh) ? 'refreshing' : 'prompt';
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

  // Where the person was when the flow began: captured before the dialog takes focus.
  const origin = useRef<HTMLElement | null>(null);
  useEffect(() => retainFocusMemory(), []);
  useBeforePaintEffect(() => {
    const active = document.activeElement;
    if (ACTIVE.has(phase)) {
      if (origin.current) return;
      const here = active instanceof HTMLElement && active !== document.body && !active.closest('dialog') ? active : undefined;
      origin.current = here ?? lastFocused() ?? null;
      return;
    }
    const target = origin.current;
    origin.current = null;
    // Only where focus was lost: an app that placed it on purpose keeps its choice.
    if (target) restoreFocus(target);
  }, [phase]);
  const returnFocus = useCallback(() => origin.current, []);
  // The flow also ends when the app unmounts the prompt (the query bridge does, as soon as it
  // sends the held work again): focus goes back then too.
  useEffect(
    () => () => {
      const target = origin.current;
      origin.current = null;
      if (target) restoreFocus(target);
    },
    [],
  );

  const signIn = async () => {
    setPhase('signingIn');
    const outcome = await session.signIn();
    setPhase(AFTER_SIGN_IN[outcome]);
    if (outcome === 'signedIn') retry?.();
    if (outcome === 'failed' && apiError) onReport(apiError);
  };
  const dismiss = () => {
    setPhase('dismissed');
    // The person gave up on signing in: this failure is now one they could not recover from.
    if (apiError) onReport(apiError);
    onDismiss?.();
  };

  if (phase === 'refreshing') {
    return (
      <p className={cx('raek-relogin__status', className)} dir={translator.dir}>
        {translator.t('relogin.refreshing')}
      </p>
    );
  }
  // While the app's login runs, its own dialog or page is the one on screen.
  if (phase !== 'prompt' && phase !== 'failed') return null;
  return (
    <ModalDialog
      titleId={`${ids}title`}
      descriptionId={`${ids}message`}
      className={cx('raek-dialog raek-relogin', className)}
      dir={translator.dir}
      onClose={dismiss}
      returnFocus={returnFocus}
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
          onClick={() => {
            void signIn();
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
