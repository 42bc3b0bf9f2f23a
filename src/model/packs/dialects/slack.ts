import { defineDialect } from '../../dialects/defineDialect.js';
import { isRecord, list, wordCode } from '../../dialects/read.js';

/**
 * Slack Web API `{ok: false, error: 'invalid_auth', response_metadata?: {messages: [...]}}`,
 * sent with HTTP 200 except for rate limits (429 with Retry-After).
 */
export const slackDialect = /* @__PURE__ */ defineDialect('slack', (body) => {
  if (!isRecord(body) || body.ok !== false) return undefined;
  const sourceCode = wordCode(body.error);
  if (sourceCode === undefined) return undefined;
  const meta = isRecord(body.response_metadata) ? body.response_metadata : undefined;
  const messages = list(meta?.messages).filter((m): m is string => typeof m === 'string');
  return { sourceCode, message: messages.length > 0 ? messages.join(' ') : undefined };
});
