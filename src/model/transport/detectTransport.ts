import { MAX_CAUSE_DEPTH } from '../limits.js';
import type { RawFailure, TransportDetector } from '../rawFailure.js';
import { getProp, isRecord } from '../safeAccess.js';
import { CONNECTION_NAMES, detectAbortError, detectSuperagentAbort } from './abortError.js';
import { detectApiResponseError } from './apiResponseError.js';
import { detectApolloError } from './apolloError.js';
import { detectAxiosError } from './axiosError.js';
import { detectFetchTypeError } from './fetchTypeError.js';
import { detectNodeSystemError } from './nodeSystemError.js';
import { detectOpenapiFetchResult } from './openapiFetchResult.js';
import { detectParseFailure } from './parseFailure.js';
import { detectPostgrestError } from './postgrestError.js';
import { detectRouterError } from './routerErrors.js';
import { detectRtkQueryError } from './rtkQueryError.js';
import { detectSdkError } from './sdkError.js';
import { detectTanstackCancelled } from './tanstackCancelled.js';
import { detectThrownResponse } from './thrownResponse.js';
import { detectTrpcClientError } from './trpcClientError.js';

/** Detectors in order, most specific shape first. Each returns undefined for what is not its own. */
const DETECTORS: readonly TransportDetector[] = /* @__PURE__ */ Object.freeze([
  detectApiResponseError,
  detectThrownResponse,
  // Before the client families: a body a client could not parse is one kind of failure, whoever reports it.
  detectParseFailure,
  detectAxiosError,
  detectTrpcClientError,
  (error, depth) => detectApolloError(error, depth, detectTransport),
  detectTanstackCancelled,
  (error) => detectAbortError(error),
  detectSuperagentAbort,
  detectFetchTypeError,
  detectRtkQueryError,
  detectOpenapiFetchResult,
  detectPostgrestError,
  // Before the status: Octokit reports a fetch that never got an answer as status 500 with the
  // network error as `cause`; a Node code anywhere in the chain says there was no usable answer.
  (error) => detectNodeSystemError(error),
  detectSdkError,
  // Last: router errors are plain objects (or an Error with only a digest) that no client made.
  detectRouterError,
]);

/**
 * Where wrappers keep the real failure: `cause` (ofetch, undici, apps), Slack's `original`,
 * Stripe's `detail`, supabase functions-js' `context`.
 */
const WRAPPED_KEYS = ['cause', 'original', 'detail', 'context'];

/** The raw failure of a thrown error or client error object; undefined when it is none of the known families. */
export function detectTransport(error: unknown, depth = 0): RawFailure | undefined {
  for (const detect of DETECTORS) {
    const found = detect(error, depth);
    if (found) return found;
  }
  if (error instanceof Error && depth < MAX_CAUSE_DEPTH) {
    for (const key of WRAPPED_KEYS) {
      const inner = getProp(error, key);
      const found = isRecord(inner) && inner !== (error as unknown) ? detectTransport(inner, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return detectAbortError(error, CONNECTION_NAMES);
}
