import { isSessionFailure } from '../model/sessionFailure.js';
import type { ApiError, ApiErrorCategory } from '../model/types.js';

/** Something a person can do about an error. */
export type ApiErrorAction = 'retry' | 'relogin' | 'support' | 'reload';

export interface CategoryPresentation {
  /** `alert` interrupts (the person cannot go on without acting); `status` waits its turn. */
  readonly role: 'alert' | 'status';
  /** Actions in the order they appear. */
  readonly actions: readonly ApiErrorAction[];
  /** May the server's own message be shown to the person (as text)? 4xx about their request: yes. */
  readonly showServerMessage: boolean;
  /** Retry by itself when the browser comes back online. */
  readonly retryWhenOnline: boolean;
  /** Never presented (the client aborted on purpose). */
  readonly hidden: boolean;
}

const p = (
  role: CategoryPresentation['role'],
  actions: readonly ApiErrorAction[],
  extra: Partial<Pick<CategoryPresentation, 'showServerMessage' | 'retryWhenOnline' | 'hidden'>> = {},
): CategoryPresentation =>
  Object.freeze({ role, actions: Object.freeze(actions), showServerMessage: false, retryWhenOnline: false, hidden: false, ...extra });

/**
 * What each category gets. Data, not branches: components read this table.
 * 5xx server messages are never shown here (they may hold internals); the support dialog keeps them.
 */
export const CATEGORY_PRESENTATION: Readonly<Record<ApiErrorCategory, CategoryPresentation>> = /* @__PURE__ */ Object.freeze({
  // Nothing works offline: blocking, so alert; retried automatically when back online.
  connection: /* @__PURE__ */ p('alert', ['retry'], { retryWhenOnline: true }),
  authentication: /* @__PURE__ */ p('alert', ['relogin']),
  authorization: /* @__PURE__ */ p('alert', ['support']),
  request: /* @__PURE__ */ p('alert', [], { showServerMessage: true }),
  not_found: /* @__PURE__ */ p('status', ['support'], { showServerMessage: true }),
  conflict: /* @__PURE__ */ p('alert', ['reload'], { showServerMessage: true }),
  rate_limit: /* @__PURE__ */ p('status', ['retry']),
  server: /* @__PURE__ */ p('status', ['retry', 'support']),
  response: /* @__PURE__ */ p('status', ['retry', 'support']),
  // Text for whoever can fix the site; nothing the person can retry.
  integration: /* @__PURE__ */ p('alert', ['support']),
  configuration: /* @__PURE__ */ p('alert', ['support']),
  cancelled: /* @__PURE__ */ p('status', [], { hidden: true }),
  unknown: /* @__PURE__ */ p('status', ['retry', 'support']),
});

/** The presentation of a category; unknown strings get the `unknown` row. */
export function presentationOf(category: string): CategoryPresentation {
  return Object.hasOwn(CATEGORY_PRESENTATION, category)
    ? CATEGORY_PRESENTATION[category as ApiErrorCategory]
    : CATEGORY_PRESENTATION.unknown;
}

/** An app's key that expired or was revoked: the person cannot sign it back; support can help. */
const APP_CREDENTIAL_PRESENTATION: CategoryPresentation = /* @__PURE__ */ p('alert', ['support']);

/** The presentation of one error: its category's row, except where the code says otherwise. */
export function presentationFor(error: Pick<ApiError, 'category' | 'code'>): CategoryPresentation {
  return error.category === 'authentication' && !isSessionFailure(error) ? APP_CREDENTIAL_PRESENTATION : presentationOf(error.category);
}
