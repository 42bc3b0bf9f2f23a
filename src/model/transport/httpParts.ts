import { bodyFromText } from '../http/bodyFromText.js';
import { toHeaderReader } from '../http/headers.js';
import type { RawFailure } from '../rawFailure.js';
import { MAX_BODY_BYTES } from '../limits.js';
import { requestInfo } from '../http/requestInfo.js';
import { asHttpStatus, getProp } from '../safeAccess.js';

/** A body as a client library handed it over: text is parsed leniently, objects kept as they are. */
export function bodyParts(data: unknown): Pick<RawFailure, 'body' | 'bodyText' | 'jsonRecovered'> {
  // axios' responseType 'arraybuffer' (a Node Buffer or an ArrayBuffer): the error body is bytes.
  if (data instanceof ArrayBuffer) data = new Uint8Array(data);
  if (ArrayBuffer.isView(data) && typeof TextDecoder === 'function') {
    data = new TextDecoder().decode(new Uint8Array(data.buffer, data.byteOffset, Math.min(data.byteLength, MAX_BODY_BYTES)));
  }
  if (typeof data === 'string') {
    const { body, jsonRecovered } = bodyFromText(data);
    return { body, bodyText: data, jsonRecovered };
  }
  return data === undefined || data === null ? {} : { body: data };
}

/** Status, headers and content type of a `Response` or a response-like object (axios, got, ofetch, Shopify). */
export function responseParts(response: unknown): Pick<RawFailure, 'status' | 'headers' | 'contentType'> {
  // Shopify's HttpResponseError keeps the status as `response.code`.
  const status = asHttpStatus(getProp(response, 'status')) ?? asHttpStatus(getProp(response, 'statusCode')) ?? asHttpStatus(getProp(response, 'code'));
  const headers = toHeaderReader(getProp(response, 'headers'));
  const contentType = headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
  return { status, headers, contentType };
}

export function responseRequest(request: unknown, response: unknown): RawFailure['request'] {
  const url = getProp(response, 'url');
  return requestInfo(request, typeof url === 'string' ? url : undefined);
}
