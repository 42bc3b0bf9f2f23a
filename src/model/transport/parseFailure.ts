import type { RawFailure } from '../rawFailure.js';
import { asHttpStatus, errorName, getProp, getString } from '../safeAccess.js';
import { responseParts, responseRequest } from './httpParts.js';
import { unparsedAnswer } from './unparsedAnswer.js';

/** Error names clients give a body they could not parse: got's ParseError, Apollo's ServerParseError. */
const PARSE_ERROR_NAMES: ReadonlySet<string> = new Set(['ParseError', 'ServerParseError']);

/**
 * A failed parse as each client reports it: its own parse error by name; axios'
 * ERR_BAD_RESPONSE with the SyntaxError as cause; superagent's SyntaxError with `rawResponse`;
 * a bare JSON SyntaxError (fetch's and ky's `.json()`: every engine names JSON in the message).
 */
function isParseFailure(error: unknown): boolean {
  const name = errorName(error);
  if (name !== undefined && PARSE_ERROR_NAMES.has(name)) return true;
  if (name === 'SyntaxError') return getProp(error, 'rawResponse') !== undefined || /JSON/.test(getString(error, 'message') ?? '');
  if (getProp(error, 'isAxiosError') === true && errorName(getProp(error, 'cause')) === 'SyntaxError') return true;
  return errorName(stripeException(error)) === 'SyntaxError';
}

/** Stripe's "Invalid JSON received" error keeps the SyntaxError (with `rawBody`) as `raw.exception`, and no status. */
const stripeException = (error: unknown): unknown => getProp(getProp(error, 'raw'), 'exception');

/** The raw text where each client keeps it: superagent `rawResponse`, Apollo `bodyText`, got `response.body`, axios `response.data`, Stripe `raw.exception.rawBody`. */
function rawText(error: unknown, response: unknown): string | undefined {
  for (const value of [getProp(error, 'rawResponse'), getProp(error, 'bodyText'), getProp(response, 'body'), getProp(response, 'data'), getProp(stripeException(error), 'rawBody')]) {
    if (typeof value === 'string') return value;
    if (value instanceof Uint8Array && typeof TextDecoder === 'function') return new TextDecoder().decode(value);
  }
  return undefined;
}

export function detectParseFailure(error: unknown): RawFailure | undefined {
  if (!(error instanceof Error) || !isParseFailure(error)) return undefined;
  const response = getProp(error, 'response');
  const fromResponse = responseParts(response);
  // superagent keeps status and headers on the error itself.
  const own = responseParts(error);
  const status = asHttpStatus(getProp(error, 'statusCode')) ?? fromResponse.status ?? own.status;
  const headers = response === undefined ? own : fromResponse;
  const request = responseRequest(getProp(error, 'config') ?? getProp(error, 'options'), response);
  return unparsedAnswer({ status, text: rawText(error, response), parts: { headers: headers.headers, contentType: headers.contentType, request } });
}
