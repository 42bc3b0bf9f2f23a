import type { RawFailure } from '../rawFailure.js';
import { asHttpStatus, getProp, isRecord } from '../safeAccess.js';
import { bodyParts, responseParts, responseRequest } from './httpParts.js';

/**
 * Errors of other HTTP clients that carry a status: ofetch `FetchError` (`status`/`statusCode`,
 * `data`, `response`), got/superagent (`response.statusCode`, `response.body`), and similar.
 * Must be an Error: a plain body with a `status` field is a body, not a thrown client error.
 */
export function detectHttpErrorShape(error: unknown): RawFailure | undefined {
  if (!(error instanceof Error) || !isRecord(error)) return undefined;
  const response = getProp(error, 'response');
  const status =
    asHttpStatus(getProp(error, 'status')) ??
    asHttpStatus(getProp(error, 'statusCode')) ??
    responseParts(response).status;
  if (status === undefined) return undefined;
  const parts = isRecord(response) ? responseParts(response) : {};
  const data = getProp(error, 'data') ?? getProp(response, '_data') ?? getProp(response, 'data') ?? getProp(response, 'body');
  // A Response's `body` is a stream, not data: never read it here.
  const safeData = typeof ReadableStream !== 'undefined' && data instanceof ReadableStream ? undefined : data;
  return {
    ...parts,
    status,
    ...bodyParts(safeData),
    request: responseRequest(getProp(error, 'request') ?? getProp(error, 'options'), response),
  };
}
