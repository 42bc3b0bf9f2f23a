/** Named bounds. Everything read from the outside world is cut to these sizes. */
export const LIMITS = /* @__PURE__ */ Object.freeze({
  /** Bytes of a response body read by `ApiResponseError.fromResponse`. */
  maxBodyBytes: 1024 * 1024,
  /** Characters of body text kept on an `ApiResponseError`. */
  maxBodyTextChars: 64 * 1024,
  /** Characters of `serverMessage` and of each field message. */
  maxMessageChars: 500,
  maxRequestIdChars: 200,
  maxFieldKeys: 100,
  maxFieldKeyChars: 200,
  maxMessagesPerField: 20,
  /** Longest wait `retryAt` may promise: a week. */
  maxRetryDelayMs: 7 * 24 * 60 * 60 * 1000,
  /** Candidate start positions tried by the lenient JSON scanner (keeps it linear). */
  maxJsonRecoveryAttempts: 8,
  /** How deep `cause` chains are followed. */
  maxCauseDepth: 4,
  maxUrlChars: 2000,
});
