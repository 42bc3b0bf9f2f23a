// Row shape of the third blind corpus: the first corpus's rows, plus `status: 'skip'` for 2xx
// answers whose body names a status of its own that the kit does not read (monday.com's legacy
// top-level `status_code`; its GraphQL `extensions.status_code` is read and checked).
import type { BlindExpect } from '../blind/blindRow.js';

export { httpDate, NOW_MS, NOW_S } from '../blind/blindRow.js';

export interface Expect3 extends Omit<BlindExpect, 'status'> {
  readonly status?: number | null | 'skip';
}

export interface HttpRow3 {
  readonly name: string;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string goes as is; anything else is JSON.stringify'd (with a JSON content type unless set). */
  readonly body?: unknown;
  readonly expect: Expect3;
}

export interface ThrownRow3 {
  readonly name: string;
  readonly thrown: () => unknown;
  readonly expect: Expect3;
}

export type Row3 = HttpRow3 | ThrownRow3;

export const isThrown = (row: Row3): row is ThrownRow3 => 'thrown' in row;

export const TEXT = { 'content-type': 'text/plain; charset=utf-8' } as const;
export const HTML = { 'content-type': 'text/html; charset=utf-8' } as const;
