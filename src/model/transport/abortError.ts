import type { ApiErrorCode } from '../codes.js';
import type { RawFailure } from '../rawFailure.js';
import { errorName, getProp, getString } from '../safeAccess.js';

/**
 * Error class names that say what happened: DOMException's and node-fetch's AbortError, axios'
 * CanceledError, timeout signals; the Stainless-generated SDKs (OpenAI, Anthropic, ...), which
 * leave `name` as 'Error', so their constructor's name is read too.
 */
const ABORT_NAMES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ Object.freeze({
  AbortError: 'CANCELLED',
  CanceledError: 'CANCELLED',
  APIUserAbortError: 'CANCELLED',
  TimeoutError: 'CONNECTION_TIMEOUT',
  APIConnectionTimeoutError: 'CONNECTION_TIMEOUT',
});

/**
 * Names of "no answer" errors that may wrap the real failure (`cause`, Stripe's `detail`); read
 * only after the wrapped error said nothing more specific.
 */
export const CONNECTION_NAMES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ Object.freeze({
  APIConnectionError: 'NETWORK_ERROR',
  StripeConnectionError: 'NETWORK_ERROR',
});

/**
 * superagent's `abort()` rejects with a plain Error `{message: 'Aborted', code: 'ABORTED'}`; read
 * by code and message together, as 'ABORTED' alone is also gRPC's word for a conflict.
 */
export function detectSuperagentAbort(error: unknown): RawFailure | undefined {
  const aborted = error instanceof Error && getString(error, 'code') === 'ABORTED' && getString(error, 'message') === 'Aborted';
  return aborted ? { code: 'CANCELLED', sourceCode: 'ABORTED' } : undefined;
}

export function detectAbortError(error: unknown, names: Readonly<Record<string, ApiErrorCode>> = ABORT_NAMES): RawFailure | undefined {
  for (const name of [errorName(error), getString(getProp(error, 'constructor'), 'name')]) {
    if (name !== undefined && Object.hasOwn(names, name)) {
      // got's TimeoutError keeps the Node code ('ETIMEDOUT'); DOMException's numeric code is not one.
      return { code: names[name], sourceCode: getString(error, 'code') };
    }
  }
  return undefined;
}
