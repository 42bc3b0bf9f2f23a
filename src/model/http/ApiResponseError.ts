import { API_RESPONSE_ERROR_BRAND } from './apiResponseBrand.js';
import { bodyFromText } from './bodyFromText.js';
import { LIMITS } from '../limits.js';
import { readBoundedText } from './readBoundedText.js';
import { requestInfo } from './requestInfo.js';
import type { ApiErrorRequest } from '../types.js';

export interface ApiResponseErrorInit {
  readonly status: number;
  readonly statusText?: string;
  readonly headers?: Headers;
  readonly url?: string;
  readonly body?: unknown;
  readonly bodyText?: string;
  readonly jsonRecovered?: boolean;
  readonly bodyTruncated?: boolean;
  readonly request?: ApiErrorRequest;
}

/** The `request` argument of `fromResponse`: a `Request` or just its method and URL. */
export type ApiRequestLike = Request | { readonly method?: string; readonly url?: string };

function copyHeaders(response: Response): Headers {
  try {
    return new Headers(response.headers);
  } catch {
    return new Headers();
  }
}

/**
 * The error for an HTTP answer that failed: a non-2xx status, or a 2xx whose body reports a
 * failure or could not be read as expected. `normalizeApiError` turns it into the full model.
 */
export class ApiResponseError extends Error {
  override readonly name = 'ApiResponseError';
  /** What the normalizer looks for instead of `instanceof` (see apiResponseBrand.ts). */
  get [API_RESPONSE_ERROR_BRAND](): true {
    return true;
  }
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly url: string;
  /** Parsed JSON (leniently), else the text; undefined for an empty body. */
  readonly body: unknown;
  /** Body text, bounded. */
  readonly bodyText: string;
  readonly jsonRecovered: boolean;
  readonly bodyTruncated: boolean;
  readonly request?: ApiErrorRequest;
  readonly contentType?: string;

  constructor(init: ApiResponseErrorInit) {
    super(`Request failed with status ${init.status}${init.statusText ? ` ${init.statusText}` : ''}`);
    this.status = init.status;
    this.statusText = init.statusText ?? '';
    this.headers = init.headers ?? new Headers();
    this.url = init.url ?? '';
    this.body = init.body;
    this.bodyText = (init.bodyText ?? '').slice(0, LIMITS.maxBodyTextChars);
    this.jsonRecovered = init.jsonRecovered ?? false;
    this.bodyTruncated = init.bodyTruncated ?? false;
    this.request = init.request;
    this.contentType = this.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
  }

  /**
   * Reads the response (body bounded to 1 MiB, never throws) into an `ApiResponseError`.
   * JSON is parsed whatever the Content-Type claims when the text holds JSON (servers send
   * JSON as text/html), and recovered from PHP notices or HTML around it.
   */
  static async fromResponse(response: Response, request?: ApiRequestLike): Promise<ApiResponseError> {
    const { text, truncated } = await readBoundedText(response);
    return ApiResponseError.fromText(response, text, truncated, request);
  }

  /** Builds the error from a body already read as text. */
  static fromText(response: Response, text: string, truncated: boolean, request?: ApiRequestLike): ApiResponseError {
    const headers = copyHeaders(response);
    const { body, jsonRecovered } = bodyFromText(text);
    let url = '';
    try {
      url = response.url;
    } catch {
      url = '';
    }
    return new ApiResponseError({
      status: response.status,
      statusText: response.statusText,
      headers,
      url,
      body,
      bodyText: text,
      jsonRecovered,
      bodyTruncated: truncated,
      request: requestInfo(request, url || undefined),
    });
  }
}
