import { API_ERROR_CODES, type ApiErrorCode } from './codes.js';
import { codeKey } from './codeKey.js';
import { codeFromWords } from './codeWords.js';
import { resolveKnownCode } from './resolveCode.js';
import { genericStatusCode, SPECIFIC_STATUS_CODES } from './statusCodes.js';
import type { ApiErrorCategory } from './types.js';

/** What a body turned out to be, for answers that are not a usable error body. */
export type BodyKind = 'json' | 'html' | 'text' | 'empty' | 'none';

export interface ClassifyInput {
  readonly sourceCode?: string;
  readonly categoryHint?: ApiErrorCategory;
  readonly status?: number;
  /** Rate-limit headers show nothing left, or a Retry-After came with a 400/403. */
  readonly rateLimitEvidence?: boolean;
  readonly bodyKind: BodyKind;
}

/** The code that stands for a dialect's category hint when nothing more specific is known. */
const CATEGORY_CODES: Readonly<Record<ApiErrorCategory, ApiErrorCode>> = /* @__PURE__ */ Object.freeze({
  connection: 'NETWORK_ERROR',
  authentication: 'UNAUTHORIZED',
  authorization: 'FORBIDDEN',
  request: 'INVALID_REQUEST',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  rate_limit: 'RATE_LIMIT_EXCEEDED',
  server: 'INTERNAL_ERROR',
  response: 'INVALID_RESPONSE_FORMAT',
  integration: 'PLUGIN_NOT_FOUND',
  configuration: 'INVALID_SITE_CONFIGURATION',
  cancelled: 'CANCELLED',
  unknown: 'UNKNOWN_ERROR',
});

function fromHint(hint: ApiErrorCategory, candidates: readonly (ApiErrorCode | undefined)[]): ApiErrorCode {
  // Keep the most specific candidate that agrees with the hint (a 503 in 'server' stays SERVICE_UNAVAILABLE).
  const match = candidates.find((c) => c !== undefined && API_ERROR_CODES[c].category === hint);
  return match ?? CATEGORY_CODES[hint];
}

/** A 2xx answer that still ended up as an error: the body itself was the problem. */
function successBodyCode(kind: BodyKind): ApiErrorCode | undefined {
  if (kind === 'html') return 'INVALID_RESPONSE_FORMAT';
  if (kind === 'text') return 'MALFORMED_JSON';
  if (kind === 'empty') return 'MISSING_RESPONSE_DATA';
  return undefined;
}

/**
 * Statuses that settle the category whatever the body's code words say: APIs throttle with codes
 * that mean something else ('DENIED', 'access denied'). A code already in that category stays.
 */
const STATUS_FLOORS: Readonly<Partial<Record<number, ApiErrorCode>>> = Object.freeze({ 429: 'RATE_LIMIT_EXCEEDED' });

/** Picks the canonical code from the evidence, most specific first (see docs/model.md). */
export function classify(input: ClassifyInput): ApiErrorCode {
  const code = fromEvidence(input);
  const floor = input.status === undefined ? undefined : STATUS_FLOORS[input.status];
  return floor !== undefined && API_ERROR_CODES[code].category !== API_ERROR_CODES[floor].category ? floor : code;
}

function fromEvidence(input: ClassifyInput): ApiErrorCode {
  const { sourceCode, status, categoryHint } = input;
  const known = sourceCode === undefined ? undefined : resolveKnownCode(sourceCode);
  if (known) return known;
  const key = sourceCode === undefined ? '' : codeKey(sourceCode);
  const strongWord = key === '' ? undefined : codeFromWords(key, false);
  const specificStatus = status === undefined ? undefined : SPECIFIC_STATUS_CODES[status];
  const weakWord = key === '' ? undefined : codeFromWords(key, true);
  if (categoryHint && categoryHint !== 'unknown') return fromHint(categoryHint, [strongWord, specificStatus, weakWord]);
  if (input.rateLimitEvidence) return 'RATE_LIMIT_EXCEEDED';
  if (strongWord) return strongWord;
  if (specificStatus) return specificStatus;
  if (weakWord) return weakWord;
  if (status !== undefined && status >= 200 && status < 300) return successBodyCode(input.bodyKind) ?? 'UNKNOWN_ERROR';
  return (status === undefined ? undefined : genericStatusCode(status)) ?? 'UNKNOWN_ERROR';
}
