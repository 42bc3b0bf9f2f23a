import { bodyFromText } from './bodyFromText.js';
import { MAX_BODY_TEXT_CHARS } from '../limits.js';
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
  /** What reading the body failed with when it broke off mid-way; kept as `cause`. */
  readonly bodyError?: unknown;
}

/** The `request` argument of `fromResponse`: a `Request` or just its method and URL. */
export type ApiRequestLike = Request | { readonly method?: string; readonly url?: string };

function copyHeaders(response: Response): Headers {
  try {
    // node-fetch's Headers is not the global class, but iterable the same way.
    return new Headers(response.headers);
  } catch {
    return new Headers();
  }
}

/** What the error keeps of the answer besides its body. */
function answerParts(response: Response, request: ApiRequestLike | undefined): ApiResponseErrorInit {
  let url = '';
  try {
    url = response.url;
  } catch {
    url = '';
  }
  return { status: response.status, statusText: response.statusText, headers: copyHeaders(response), url, request: requestInfo(request, url || undefined) };
}

/**
 * The error for an HTTP answer that failed: a non-2xx status, or a 2xx whose body reports a
 * failure or could not be read as expected. `normalizeApiError` turns it into the full model.
 */
export class ApiResponseError extends Error {
  override readonly name = 'ApiResponseError';
  /** What the normalizer looks for instead of `instanceof` (API_RESPONSE_ERROR_BRAND in apiResponseBrand.ts). */
  get 'raek:ApiResponseError'(): true {
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

  /** Set when the body broke off mid-way: the answer never fully arrived (a connection failure). */
  readonly bodyError?: unknown;

  constructor(init: ApiResponseErrorInit) {
    const broken = 'bodyError' in init;
    super(
      broken ? `The answer (status ${init.status}) broke off while its body was read` : `Request failed with status ${init.status}${init.statusText ? ` ${init.statusText}` : ''}`,
      broken ? { cause: init.bodyError } : undefined,
    );
    if (broken) this.bodyError = init.bodyError;
    this.status = init.status;
    this.statusText = init.statusText ?? '';
    this.headers = init.headers ?? new Headers();
    this.url = init.url ?? '';
    this.body = init.body;
    this.bodyText = (init.bodyText ?? '').slice(0, MAX_BODY_TEXT_CHARS);
    this.jsonRecovered = init.jsonRecovered ?? false;
    this.bodyTruncated = init.bodyTruncated ?? false;
    this.request = init.request;
    this.contentType = this.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
  }

  /**
   * Not a `Response`, though it has the fields routers look for (status, statusText, headers,
   * body): React Router takes any such thrown value for one and reads its body with `json()` or
   * `text()`. The body was read already, so these reject, with this error itself, which is what
   * the router then hands the route's error element, headers (Retry-After) and all.
   */
  json(): Promise<never> {
    return Promise.reject(this);
  }

  text(): Promise<never> {
    return Promise.reject(this);
  }

  /**
   * Reads the response (body bounded to 1 MiB, never throws) into an `ApiResponseError`.
   * JSON is parsed whatever the Content-Type claims when the text holds JSON (servers send
   * JSON as text/html), and recovered from PHP notices or HTML around it. Any Response-like
   * works (node-fetch's, whose body is a Node stream; one with only `text()`). A body that
   * breaks off mid-way keeps its failure as `cause`.
   */
  static async fromResponse(response: Response, request?: ApiRequestLike): Promise<ApiResponseError> {
    const read = await readBoundedText(response);
    return ApiResponseError.fromText(response, read.text, read.truncated, request, ...('error' in read ? [read.error] : []));
  }

  /**
   * A 2xx whose body is not the JSON that was expected: the text is kept as it is, never
   * searched for a fragment that parses (a success body is not repaired into data).
   */
  static unreadable(response: Response, text: string, request?: ApiRequestLike): ApiResponseError {
    return new ApiResponseError({ ...answerParts(response, request), body: text, bodyText: text });
  }

  /** Builds the error from a body already read as text (`bodyError`: the body broke off with it). */
  static fromText(response: Response, text: string, truncated: boolean, request?: ApiRequestLike, ...bodyError: [] | [unknown]): ApiResponseError {
    const { body, jsonRecovered } = bodyFromText(text);
    return new ApiResponseError({
      ...answerParts(response, request),
      body,
      bodyText: text,
      jsonRecovered,
      bodyTruncated: truncated,
      ...(bodyError.length > 0 && { bodyError: bodyError[0] }),
    });
  }
}
