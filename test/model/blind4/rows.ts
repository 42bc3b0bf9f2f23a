// Row shape and clock helpers of the fourth blind corpus (headers of real vendors). The rows are
// the first corpus's HTTP rows; the clock is the same fixed NOW.
import { NOW_MS, NOW_S } from '../blind/blindRow.js';

export { httpDate, NOW_MS, NOW_S } from '../blind/blindRow.js';
export type { BlindExpect, HttpRow } from '../blind/blindRow.js';

/** Epoch seconds `seconds` from the test clock, as a header value. */
export const epoch = (seconds: number): string => String(NOW_S + seconds);
/** Epoch milliseconds `seconds` from the test clock, as a header value. */
export const epochMs = (seconds: number): string => String(NOW_MS + seconds * 1000);
/** An ISO 8601 / RFC 3339 timestamp `seconds` from the test clock. */
export const iso = (seconds: number): string => new Date(NOW_MS + seconds * 1000).toISOString();

export const HTML = { 'content-type': 'text/html; charset=utf-8' } as const;
export const TEXT = { 'content-type': 'text/plain; charset=utf-8' } as const;
