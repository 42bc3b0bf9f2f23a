// The one row type of the corpus: a real failure, written from the vendor's or library's public
// documentation, and what the contract implies for it. HTTP rows go through a real `Response`
// and `ApiResponseError.fromResponse`; thrown rows are built as the library builds its error.
import type { ApiErrorCategory } from '../../../src/model/types.js';

/** The clock every row runs at: 2025-03-01T12:00:00Z. */
export const NOW_MS = 1740830400000;
export const NOW_S = NOW_MS / 1000;
/** An HTTP-date `seconds` from the test clock. */
export const httpDate = (seconds: number): string => new Date(NOW_MS + seconds * 1000).toUTCString();
/** Epoch seconds `seconds` from the test clock, as a header value. */
export const epoch = (seconds: number): string => String(NOW_S + seconds);
/** Epoch milliseconds `seconds` from the test clock, as a header value. */
export const epochMs = (seconds: number): string => String(NOW_MS + seconds * 1000);
/** An ISO 8601 / RFC 3339 timestamp `seconds` from the test clock. */
export const iso = (seconds: number): string => new Date(NOW_MS + seconds * 1000).toISOString();

export const HTML = { 'content-type': 'text/html; charset=utf-8' } as const;
export const TEXT = { 'content-type': 'text/plain; charset=utf-8' } as const;

export interface Expect {
  readonly category: ApiErrorCategory;
  /** The canonical code from API_ERROR_CODES; omitted means not checked. */
  readonly code?: string;
  /**
   * HTTP rows default to the row's status, thrown rows to none; 'skip' for answers whose real
   * status is itself in doubt (a 2xx body naming a status the kit does not read, an SDK's made-up 500).
   */
  readonly status?: number | null | 'skip';
  /** A string must match; null means none; omitted means not checked. */
  readonly sourceCode?: string | null;
  readonly requestId?: string | null;
  /** Seconds from NOW (±3 s); null means no retryAt; omitted means not checked. */
  readonly retryInSeconds?: number | null;
  /** Sorted dot-path keys; omitted means `[]`; 'skip' means not checked. */
  readonly fieldKeys?: readonly string[] | 'skip';
  /**
   * Defaults to the category rule (connection, server, rate_limit and response are retryable) or
   * to true when a retry time is expected.
   */
  readonly retryable?: boolean | 'skip';
  readonly jsonRecovered?: boolean;
}

interface RowBase {
  /** Unique across the whole corpus. */
  readonly name: string;
  /** The documentation page the payload was written from, where the row names one. */
  readonly source?: string;
  readonly expect: Expect;
}

export interface HttpRow extends RowBase {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string goes as is; anything else is JSON.stringify'd (with a JSON content type unless set). */
  readonly body?: unknown;
}

export interface ThrownRow extends RowBase {
  readonly thrown: () => unknown;
}

export type CorpusRow = HttpRow | ThrownRow;

export const isThrown = (row: CorpusRow): row is ThrownRow => 'thrown' in row;
