import { redactUrl } from '../core/redact.js';

// Defence in depth for text that leaves the page (copy, email): the model already redacts
// URLs, but a server message may echo a header or a token back.
const PATTERNS: readonly [RegExp, string][] = [
  [/\b(bearer|basic|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]'],
  [/\b(authorization|cookie|set-cookie|x-api-key|api[_-]?key|password|secret|token)\s*[:=]\s*[^\s,;&]+/gi, '$1: [redacted]'],
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, '[redacted]'], // JWTs
];

/** Removes credentials that look like credentials from free text. */
export function scrubSecrets(text: string): string {
  return PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** A request URL fit for the support dialog: redacted again, defensively. */
export function safeRequestUrl(url: string | undefined): string {
  return typeof url === 'string' ? scrubSecrets(redactUrl(url)) : '';
}
