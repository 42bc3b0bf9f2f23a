import { ApiResponseError, type ApiRequestLike } from './ApiResponseError.js';
import { bodyReportsFailure } from './bodyReportsFailure.js';
import { parseLenientJson } from './lenientJson.js';
import { readBoundedText } from './readBoundedText.js';

function strictJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * The common case in one call: the parsed JSON of a successful response, or a thrown
 * `ApiResponseError` for a failed status, a 2xx body that reports a failure, a 2xx body that is
 * not JSON, or a body that broke off mid-way. An empty 2xx body (204) gives `undefined`.
 * A success body is never repaired: lenient recovery only finds a failure body a PHP notice
 * preceded, never a fragment of data.
 *
 *   const user = await readJsonOrThrow<User>(await fetch('/api/me'));
 */
export async function readJsonOrThrow<T>(response: Response, request?: ApiRequestLike): Promise<T> {
  if (!response.ok) throw await ApiResponseError.fromResponse(response, request);
  const read = await readBoundedText(response, Number.POSITIVE_INFINITY);
  if ('error' in read) throw ApiResponseError.fromText(response, read.text, false, request, read.error);
  const { text } = read;
  if (text.trim() === '') return undefined as T;
  const parsed = strictJson(text);
  if (parsed) {
    if (bodyReportsFailure(parsed.value)) throw ApiResponseError.fromText(response, text, false, request);
    return parsed.value as T;
  }
  const recovered = parseLenientJson(text);
  if (recovered && bodyReportsFailure(recovered.value)) throw ApiResponseError.fromText(response, text, false, request);
  throw ApiResponseError.unreadable(response, text, request);
}
