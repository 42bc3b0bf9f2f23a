// Row shape of the blind corpus: cases written from public API documentation, independently of
// the team's own corpus, each with what the contract's category definitions imply.
import type { ApiErrorCategory } from '../../../src/model/types.js';

/** The clock every row runs at: 2025-03-01T12:00:00Z. */
export const NOW_MS = 1740830400000;
export const NOW_S = NOW_MS / 1000;
/** An HTTP-date `seconds` from the test clock. */
export const httpDate = (seconds: number): string => new Date(NOW_MS + seconds * 1000).toUTCString();

export interface BlindExpect {
  readonly category: ApiErrorCategory;
  /** HTTP rows default to the row's status; thrown rows default to no status. */
  readonly status?: number | null;
  /** A string must match; null means none; omitted means not checked. */
  readonly sourceCode?: string | null;
  readonly requestId?: string | null;
  /** Seconds from NOW (±3 s); null means no retryAt; omitted means not checked. */
  readonly retryInSeconds?: number | null;
  /** Sorted dot-path keys; omitted means `[]`; 'skip' means not checked. */
  readonly fieldKeys?: readonly string[] | 'skip';
  /** Defaults to the category rule: connection, server, rate_limit and response are retryable. */
  readonly retryable?: boolean | 'skip';
  readonly jsonRecovered?: boolean;
}

export interface HttpRow {
  readonly name: string;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string goes as is; anything else is JSON.stringify'd (with a JSON content type unless set). */
  readonly body?: unknown;
  readonly expect: BlindExpect;
}

export interface ThrownRow {
  readonly name: string;
  readonly thrown: () => unknown;
  readonly expect: BlindExpect;
}

export type BlindRow = HttpRow | ThrownRow;

export const isThrownRow = (row: BlindRow): row is ThrownRow => 'thrown' in row;
