import { API_ERROR_CODES } from '../model/codes.js';
import type { ApiErrorCode } from '../model/codes.js';
import { API_ERROR_CATEGORIES } from '../model/types.js';

/**
 * Codes whose way out differs from their category's message, so they carry a `.message` of
 * their own (every code has a `.title`; the rest take `category.<category>.message`).
 */
export const CODE_MESSAGE_CODES: readonly ApiErrorCode[] = /* @__PURE__ */ Object.freeze([
  'SSL_CERTIFICATE_ERROR',
  'DEVICE_OFFLINE',
  'INVALID_CREDENTIALS',
  'MISSING_API_KEY',
  'INVALID_API_KEY',
  'API_KEY_EXPIRED',
  'API_KEY_REVOKED',
  'ACCOUNT_SUSPENDED',
  'ACCOUNT_NOT_VERIFIED',
  'REQUEST_TOO_LARGE',
  'PAYMENT_REQUIRED',
  'STORE_NOT_FOUND',
  'QUOTA_EXCEEDED',
  'LIMIT_EXCEEDED',
  'NOT_IMPLEMENTED',
  'JSON_RECOVERY_ATTEMPTED',
  'WOOCOMMERCE_API_DISABLED',
  'WCPOS_PLUGIN_NOT_FOUND',
  'WCPOS_PLUGIN_OUTDATED',
  'WORDPRESS_API_DISABLED',
  'PLUGIN_NOT_FOUND',
  'INVALID_API_URL',
  'INVALID_SITE_CONFIGURATION',
] satisfies ApiErrorCode[]);

/** Every piece of component text, plural keys aside (those are keyed in each catalog). */
export const COMPONENT_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'retryButton.label', 'retryButton.countdown', 'retryButton.waitUntil', 'retryButton.waitTomorrow',
  'retryButton.waitDate', 'retryButton.announceWait', 'retryButton.announceReady', 'retryButton.retrying',
  'banner.dismiss', 'banner.reload', 'banner.support', 'banner.offline',
  'relogin.title', 'relogin.message', 'relogin.signIn', 'relogin.cancel', 'relogin.refreshing', 'relogin.failed',
  'support.open', 'support.title', 'support.intro', 'support.requestId', 'support.code', 'support.status',
  'support.time', 'support.request', 'support.serverMessage', 'support.copy', 'support.copied',
  'support.copyFailed', 'support.email', 'support.emailSubject', 'support.website', 'support.close',
  'support.noRequestId', 'fieldErrors.title', 'fieldErrors.prefix', 'boundary.fallback', 'notifications.label',
]);

let keys: readonly string[] | undefined;

/**
 * The order in which a shipped catalog lists its texts (see `CompactCatalog`): category
 * title and message, code titles in `API_ERROR_CODES` order, the code messages above, then
 * component text. Built from lists the kit holds anyway, so no catalog repeats the keys.
 */
export function catalogKeys(): readonly string[] {
  keys ??= Object.freeze([
    ...API_ERROR_CATEGORIES.flatMap((category) => [`category.${category}.title`, `category.${category}.message`]),
    ...Object.keys(API_ERROR_CODES).map((code) => `code.${code}.title`),
    ...CODE_MESSAGE_CODES.map((code) => `code.${code}.message`),
    ...COMPONENT_KEYS,
  ]);
  return keys;
}
