import { bodyReportsFailure } from '../http/bodyReportsFailure.js';
import { parseLenientJson } from '../http/lenientJson.js';
import { EMPTY_HEADERS } from '../http/headers.js';
import type { RawFailure } from '../rawFailure.js';
import { runDialects } from '../runDialects.js';
import { bodyParts } from './httpParts.js';

export interface UnparsedAnswer {
  readonly status?: number;
  readonly text?: string;
  readonly parts: Pick<RawFailure, 'headers' | 'contentType' | 'request'>;
}

function saysWhatItIs(text: string, parts: UnparsedAnswer['parts']): boolean {
  const result = runDialects(bodyParts(text).body, { headers: parts.headers ?? EMPTY_HEADERS, contentType: parts.contentType })?.result;
  return result !== undefined && (result.status !== undefined || result.sourceCode !== undefined || result.category !== undefined);
}

const isSuccess = (status: number | undefined): boolean => status === undefined || (status >= 200 && status < 300);

/**
 * An answer a client could not parse as the JSON it expected. A failure status keeps its text
 * (read leniently, as any failure body). A success body is never repaired into data: it is a
 * `response` error, unless a PHP notice or HTML hid a body that itself reports a failure.
 */
export function unparsedAnswer({ status, text, parts }: UnparsedAnswer): RawFailure {
  if (!isSuccess(status)) return { ...parts, status, ...bodyParts(text) };
  // Without a status (Stripe drops it), an error page or failure body still says what it is.
  if (status === undefined && text !== undefined && saysWhatItIs(text, parts)) return { ...parts, ...bodyParts(text) };
  const recovered = text === undefined ? undefined : parseLenientJson(text);
  if (recovered && bodyReportsFailure(recovered.value)) return { ...parts, status, body: recovered.value, bodyText: text, jsonRecovered: true };
  return { ...parts, status, code: text !== undefined && /^\s*</.test(text) ? 'INVALID_RESPONSE_FORMAT' : 'MALFORMED_JSON' };
}
