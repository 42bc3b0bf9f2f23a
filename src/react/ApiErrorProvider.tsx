'use client';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { pageClock } from '../runtime/clock.js';
import { createTranslator } from '../messages/createTranslator.js';
import { isLocaleLoaded, loadLocale, subscribeLocales } from '../messages/locales.js';
import type { MessageOverrides, TranslateFn } from '../messages/types.js';
import { retainFocusMemory } from '../runtime/focusMemory.js';
import { createSessionCoordinator } from '../runtime/session.js';
import type { ApiError } from '../model/types.js';
import { ApiErrorContext } from './ApiErrorContext.js';
import type { ApiErrorContextValue, ApiErrorSupport } from './ApiErrorContext.js';
import { useStableMessages } from './useStableMessages.js';

export interface ApiErrorProviderProps {
  /** BCP 47; falls back to the language, then `en`. Other locales than `en` load on demand. */
  locale?: string | undefined;
  /** Overrides of any text, per locale: `{ de: { 'retryButton.label': 'Nochmal' } }`. */
  messages?: MessageOverrides | undefined;
  /** Hands every text to the app's i18n; `undefined` keeps the kit's text. */
  translate?: TranslateFn | undefined;
  /** Silent token refresh; true when it worked. Run single-flight (also across tabs). */
  refreshSession?: (() => Promise<boolean>) | undefined;
  /**
   * Interactive re-login (the app's login dialog or page). Resolve `true` when signed in again,
   * `false` when the person cancelled (the prompt goes back to its first state, quietly), and
   * reject when signing in failed. While it is pending the kit's prompt steps aside.
   */
  requestLogin?: (() => Promise<boolean>) | undefined;
  support?: ApiErrorSupport | undefined;
  /** Reporting hook (Sentry...): once per distinct ApiError; a throw here is swallowed. */
  onReport?: ((error: ApiError) => void) | undefined;
  children?: ReactNode;
}

const EMPTY_SUPPORT: ApiErrorSupport = /* @__PURE__ */ Object.freeze({});

/** Configures every part of the kit below it. Everything also works without it, in English. */
export function ApiErrorProvider({
  locale,
  messages,
  translate,
  refreshSession,
  requestLogin,
  support,
  onReport,
  children,
}: ApiErrorProviderProps) {
  // Re-render when a lazily loaded catalog arrives: the snapshot flips once, to true.
  const loaded = useSyncExternalStore(
    subscribeLocales,
    () => locale === undefined || isLocaleLoaded(locale),
    () => locale === undefined || isLocaleLoaded(locale),
  );
  useEffect(() => {
    if (locale !== undefined && !loaded) void loadLocale(locale);
  }, [locale, loaded]);
  // createTranslator caches per (locale, messages, translate) and starts a new cache when a
  // catalog arrives; inline `messages` are made stable by content first. Pass a stable
  // `translate` (useCallback): a new function is a new translator.
  const stableMessages = useStableMessages(messages);
  const translator = createTranslator({ locale, messages: stableMessages, translate });

  const [session] = useState(() => createSessionCoordinator({ refreshSession, requestLogin }));
  // From the start: a re-login prompt that opens later gives focus back to where the person was.
  useEffect(() => retainFocusMemory(), []);
  useEffect(() => {
    session.setHandlers({ refreshSession, requestLogin });
  }, [session, refreshSession, requestLogin]);

  // The latest onReport, without making the context change when the app passes a new arrow.
  const reportRef = useRef(onReport);
  useEffect(() => {
    reportRef.current = onReport;
  }, [onReport]);
  const [reported] = useState(() => new WeakSet<ApiError>());
  const report = useCallback(
    (error: ApiError) => {
      // Once per distinct ApiError: many components show the same one, StrictMode runs effects twice.
      if (reported.has(error)) return;
      reported.add(error);
      try {
        reportRef.current?.(error);
      } catch {
        // A failing reporter must never take the error UI down with it.
      }
    },
    [reported],
  );

  // By value: an inline `support={{ email }}` must not re-render every consumer on each render.
  const email = support?.email;
  const url = support?.url;
  const stableSupport = useMemo(() => (email === undefined && url === undefined ? EMPTY_SUPPORT : { email, url }), [email, url]);

  const canRefresh = refreshSession !== undefined;
  const value = useMemo<ApiErrorContextValue>(
    () => ({
      translator,
      session,
      canRefresh,
      support: stableSupport,
      onReport: report,
      clock: pageClock,
    }),
    [translator, session, canRefresh, stableSupport, report],
  );
  // `.Provider` rather than React 19's `<Context value>`: the kit supports React 18 too.
  return <ApiErrorContext.Provider value={value}>{children}</ApiErrorContext.Provider>;
}
