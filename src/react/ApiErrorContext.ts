'use client';
import { createContext, type Context } from 'react';
import { pageClock } from '../runtime/clock.js';
import type { Clock } from '../runtime/clock.js';
import { createTranslator } from '../messages/createTranslator.js';
import type { Translator } from '../messages/types.js';
import { createSessionCoordinator } from '../runtime/session.js';
import type { SessionCoordinator } from '../runtime/session.js';
import type { ApiError } from '../model/types.js';

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

// The `@__PURE__` marks below let a bundler drop this default (and the translator, session and
// clock it holds) from an app that imports only the model from the root entry.

/** Without a provider: English, no session handlers, no reporting. */
export const DEFAULT_CONTEXT: ApiErrorContextValue = /* @__PURE__ */ Object.freeze({
  translator: /* @__PURE__ */ createTranslator(),
  session: /* @__PURE__ */ createSessionCoordinator(),
  canRefresh: false,
  support: /* @__PURE__ */ Object.freeze({}),
  onReport: () => undefined,
  clock: pageClock,
});

function namedContext(value: ApiErrorContextValue): Context<ApiErrorContextValue> {
  const context = createContext<ApiErrorContextValue>(value);
  context.displayName = 'ApiErrorContext';
  return context;
}

export const ApiErrorContext = /* @__PURE__ */ namedContext(DEFAULT_CONTEXT);
