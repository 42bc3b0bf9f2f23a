'use client';
import { createContext } from 'react';
import { pageClock } from '../core/clock.js';
import type { Clock } from '../core/clock.js';
import { createTranslator } from '../core/messages/createTranslator.js';
import type { Translator } from '../core/messages/types.js';
import { createSessionCoordinator } from '../core/session.js';
import type { SessionCoordinator } from '../core/session.js';
import type { ApiError } from '../core/types.js';

/** Where people get help: shown in the support dialog. */
export interface ApiErrorSupport {
  readonly email?: string | undefined;
  /** Only `http:` and `https:` URLs become links. */
  readonly url?: string | undefined;
}

/**
 * What the provider shares with every part of the kit (components, the TanStack Query glue).
 * Internal but documented: read it through `useApiErrorContext()`.
 */
export interface ApiErrorContextValue {
  readonly translator: Translator;
  /** Single-flight refresh and login, shared by ReloginPrompt and the query glue. */
  readonly session: SessionCoordinator;
  /** True when the app gave `refreshSession`, so a silent refresh is worth trying. */
  readonly canRefresh: boolean;
  readonly support: ApiErrorSupport;
  /** Reports an error once per distinct ApiError; never throws. */
  readonly onReport: (error: ApiError) => void;
  /** The page clock every countdown reads. */
  readonly clock: Clock;
}

/** Without a provider: English, no session handlers, no reporting. */
export const DEFAULT_CONTEXT: ApiErrorContextValue = Object.freeze({
  translator: createTranslator(),
  session: createSessionCoordinator(),
  canRefresh: false,
  support: Object.freeze({}),
  onReport: () => undefined,
  clock: pageClock,
});

export const ApiErrorContext = createContext<ApiErrorContextValue>(DEFAULT_CONTEXT);
ApiErrorContext.displayName = 'ApiErrorContext';
