/**
 * Named bounds. Everything read from the outside world is cut to these sizes. Separate
 * constants, so a bundler puts the numbers where they are used; `LIMITS` lists them all.
 */

/** Bytes of a response body read by `ApiResponseError.fromResponse`. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Characters of body text kept on an `ApiResponseError`. */
export const MAX_BODY_TEXT_CHARS = 64 * 1024;
/** Characters of `serverMessage` and of each field message. */
export const MAX_MESSAGE_CHARS = 500;
export const MAX_REQUEST_ID_CHARS = 200;
export const MAX_FIELD_KEYS = 100;
export const MAX_FIELD_KEY_CHARS = 200;
export const MAX_MESSAGES_PER_FIELD = 20;
/** Longest wait `retryAt` may promise: a week. */
export const MAX_RETRY_DELAY_MS = 7 * 24 * 60 * 60 * 1000;
/** Candidate start positions tried by the lenient JSON scanner (keeps it linear). */
export const MAX_JSON_RECOVERY_ATTEMPTS = 8;
/** How deep `cause` chains are followed. */
export const MAX_CAUSE_DEPTH = 4;
export const MAX_URL_CHARS = 2000;

export const LIMITS = /* @__PURE__ */ Object.freeze({
  maxBodyBytes: MAX_BODY_BYTES,
  maxBodyTextChars: MAX_BODY_TEXT_CHARS,
  maxMessageChars: MAX_MESSAGE_CHARS,
  maxRequestIdChars: MAX_REQUEST_ID_CHARS,
  maxFieldKeys: MAX_FIELD_KEYS,
  maxFieldKeyChars: MAX_FIELD_KEY_CHARS,
  maxMessagesPerField: MAX_MESSAGES_PER_FIELD,
  maxRetryDelayMs: MAX_RETRY_DELAY_MS,
  maxJsonRecoveryAttempts: MAX_JSON_RECOVERY_ATTEMPTS,
  maxCauseDepth: MAX_CAUSE_DEPTH,
  maxUrlChars: MAX_URL_CHARS,
});
