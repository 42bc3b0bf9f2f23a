import type { ApiErrorCode } from '../codes.js';
import type { RawFailure } from '../rawFailure.js';
import { errorName, getString } from '../safeAccess.js';
import { detectNodeSystemError } from './nodeSystemError.js';

/** The `TypeError` wordings browsers and fetch polyfills use for "no usable answer". */
export const FETCH_TYPE_ERROR_MESSAGES: readonly (readonly [RegExp, ApiErrorCode])[] = /* @__PURE__ */ Object.freeze([
  [/^Failed to fetch\b/i, 'NETWORK_ERROR'], // Chrome, also "Failed to fetch (api.example.com)"
  [/^NetworkError when attempting to fetch resource/i, 'NETWORK_ERROR'], // Firefox
  [/Internet connection appears to be offline/i, 'DEVICE_OFFLINE'], // Safari 16
  [/^Load failed$/i, 'NETWORK_ERROR'], // Safari 17+
  [/^Network request failed/i, 'NETWORK_ERROR'], // cross-fetch, React Native
  [/^cancelled$/i, 'CANCELLED'], // Safari 14: the page navigated away
  [/network connection was lost/i, 'CONNECTION_RESET'], // Safari
  [/hostname could not be found/i, 'DNS_RESOLUTION_FAILED'], // Safari
  [/^The request timed out\.?$/i, 'CONNECTION_TIMEOUT'], // Safari
  [/Could not connect to the server/i, 'CONNECTION_REFUSED'], // Safari
  [/^fetch failed$/i, 'NETWORK_ERROR'], // undici; the real reason is in `cause`
  [/^terminated$/i, 'CONNECTION_RESET'], // undici: the body broke off while it was read
  [/^network error$/i, 'CONNECTION_RESET'], // Chrome: the same, from response.text() / json()
  [/^Network Error$/i, 'NETWORK_ERROR'], // XHR-based clients
  // The request never left: the API URL itself is unusable (undici, Chrome, Firefox wordings).
  [/Failed to parse URL|^Invalid URL\b|is not a valid URL/i, 'INVALID_API_URL'],
]);

export function detectFetchTypeError(error: unknown): RawFailure | undefined {
  if (errorName(error) !== 'TypeError') return undefined;
  const message = getString(error, 'message')?.trim() ?? '';
  const row = FETCH_TYPE_ERROR_MESSAGES.find(([pattern]) => pattern.test(message));
  if (!row) return undefined;
  // undici: "fetch failed" with cause { code: 'ECONNREFUSED' } says more than the message.
  return detectNodeSystemError(error) ?? { code: row[1] };
}
