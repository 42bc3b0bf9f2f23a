// A builder for rows where every optional fact is pinned: an expectation left out means the
// model must leave that field out too (no source code, no request id, no retry time).
import type { ApiErrorCategory } from '../../../src/model/types.js';
import type { HttpRow } from './row.js';

interface StrictExpect {
  readonly category: ApiErrorCategory;
  readonly status?: number;
  readonly sourceCode?: string;
  readonly requestId?: string;
  /** Seconds from now until `retryAt`; absent means no `retryAt`. */
  readonly retryInSeconds?: number;
  readonly fieldKeys?: readonly string[];
  readonly retryable?: boolean;
}

/** Whether the contract calls a category worth retrying later (before any code-level detail). */
const RETRYABLE_CATEGORIES: ReadonlySet<ApiErrorCategory> = new Set(['connection', 'rate_limit', 'server', 'response', 'unknown']);

export const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'application/json' });
export const HTML_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'text/html; charset=utf-8' });
export const TEXT_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'text/plain; charset=utf-8' });
export const XML_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'application/xml' });

/**
 * One strict row. `status` in the expectation defaults to the HTTP status, `retryable` to
 * what the category implies, `fieldKeys` to none; rows override where the vendor differs.
 */
export function row(name: string, status: number, body: unknown, expect: StrictExpect, headers: Record<string, string> = {}): HttpRow {
  const contentType = typeof body === 'string' ? (/^\s*</.test(body) ? (/^\s*<\?xml|<Error/.test(body) ? XML_HEADERS : HTML_HEADERS) : TEXT_HEADERS) : JSON_HEADERS;
  return {
    name,
    status,
    headers: { ...contentType, ...headers },
    body,
    expect: {
      category: expect.category,
      status: expect.status ?? status,
      sourceCode: expect.sourceCode ?? null,
      requestId: expect.requestId ?? null,
      retryInSeconds: expect.retryInSeconds ?? null,
      fieldKeys: expect.fieldKeys ?? [],
      retryable: expect.retryable ?? (RETRYABLE_CATEGORIES.has(expect.category) || expect.retryInSeconds !== undefined),
    },
  };
}

/** A fixed server clock for rows whose headers carry absolute times. */
export const SERVER_DATE = 'Mon, 01 Jan 2024 00:00:00 GMT';
export const SERVER_EPOCH = Date.UTC(2024, 0, 1) / 1000;
