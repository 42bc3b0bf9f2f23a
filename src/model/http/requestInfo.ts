import { MAX_URL_CHARS } from '../limits.js';
import { redactUrl } from '../redact.js';
import { getString } from '../safeAccess.js';
import type { ApiErrorRequest } from '../types.js';

/** Method and redacted URL from a `Request`, an axios config or `{ method, url }`. */
export function requestInfo(source: unknown, fallbackUrl?: string): ApiErrorRequest | undefined {
  const method = getString(source, 'method')?.trim().toUpperCase().slice(0, 16) || undefined;
  const rawUrl = getString(source, 'url') || fallbackUrl || undefined;
  const url = rawUrl ? redactUrl(rawUrl.slice(0, MAX_URL_CHARS)) : undefined;
  if (!method && !url) return undefined;
  return Object.freeze({ ...(method ? { method } : {}), ...(url ? { url } : {}) });
}
