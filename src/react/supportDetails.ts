import type { Translator } from '../messages/types.js';
import type { ApiError } from '../model/types.js';
import { safeRequestUrl, scrubSecrets } from './scrubSecrets.js';

export interface SupportRow {
  readonly key: 'requestId' | 'code' | 'status' | 'time' | 'request' | 'serverMessage';
  readonly label: string;
  /** What the dialog shows. */
  readonly value: string;
  /** Machine-readable extra: the ISO time for <time dateTime>. */
  readonly iso?: string | undefined;
}

const isoOf = (ms: number): string | undefined => (Number.isFinite(ms) ? new Date(ms).toISOString() : undefined);

/**
 * The rows of the support dialog and the text of its Copy button. Everything here may leave
 * the page (clipboard, email), so the request URL and the server message are scrubbed again.
 * The 5xx server message appears here and nowhere else.
 */
export function supportDetails(error: ApiError, translator: Translator): { rows: SupportRow[]; text: string } {
  const rows: SupportRow[] = [
    { key: 'requestId', label: translator.t('support.requestId'), value: error.requestId ?? translator.t('support.noRequestId') },
    { key: 'code', label: translator.t('support.code'), value: error.sourceCode && error.sourceCode !== error.code ? `${error.code} (${error.sourceCode})` : error.code },
  ];
  if (error.status !== undefined) rows.push({ key: 'status', label: translator.t('support.status'), value: String(error.status) });
  const iso = isoOf(error.occurredAt);
  if (iso !== undefined) {
    rows.push({ key: 'time', label: translator.t('support.time'), value: translator.formatDateTime(error.occurredAt), iso });
  }
  const method = typeof error.request?.method === 'string' ? error.request.method.toUpperCase() : '';
  const url = safeRequestUrl(error.request?.url);
  if (method !== '' || url !== '') rows.push({ key: 'request', label: translator.t('support.request'), value: `${method} ${url}`.trim() });
  if (error.serverMessage) rows.push({ key: 'serverMessage', label: translator.t('support.serverMessage'), value: scrubSecrets(error.serverMessage) });

  const text = rows.map((row) => `${row.label}: ${row.value}${row.iso ? ` (${row.iso})` : ''}`).join('\n');
  return { rows, text };
}

/** Only http(s) URLs become links: never javascript:, data: or anything else a server could slip in. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url, globalThis.location?.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const EMAIL = /^[^\s@?&#:/]+@[^\s@?&#:/]+$/;

/** mailto: with the subject prefilled with the request id, or undefined for a bad address. */
export function supportMailto(email: string | undefined, subject: string, body: string): string | undefined {
  if (typeof email !== 'string' || !EMAIL.test(email)) return undefined;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
