import { ApiResponseError, type ApiRequestLike } from './ApiResponseError.js';
import { bodyReportsFailure } from './bodyReportsFailure.js';
import { parseLenientJson } from './lenientJson.js';

/**
 * The common case in one call: the parsed JSON of a successful response, or a thrown
 * `ApiResponseError` for a failed status, a 2xx body that reports a failure, or a 2xx body
 * that is not JSON. An empty 2xx body (204) gives `undefined`.
 *
 *   const user = await readJsonOrThrow<User>(await fetch('/api/me'));
 */
export async function readJsonOrThrow<T>(response: Response, request?: ApiRequestLike): Promise<T> {
  if (!response.ok) throw await ApiResponseError.fromResponse(response, request);
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw ApiResponseError.fromText(response, '', false, request);
  }
  if (text.trim() === '') return undefined as T;
  const parsed = parseLenientJson(text);
  if (!parsed || bodyReportsFailure(parsed.value)) throw ApiResponseError.fromText(response, text, false, request);
  return parsed.value as T;
}
