import { redactUrl, scrubSecretText } from '../model/redact.js';

/**
 * Removes credentials that look like credentials from free text. Defence in depth for text that
 * leaves the page (copy, email): the model already scrubs its own text, but an ApiError may have
 * been built elsewhere. One list of patterns, kept in core with the URL redaction.
 */
export function scrubSecrets(text: string): string {
  return scrubSecretText(text);
}

/** A request URL fit for the support dialog: redacted again, defensively. */
export function safeRequestUrl(url: string | undefined): string {
  return typeof url === 'string' ? scrubSecretText(redactUrl(url)) : '';
}
