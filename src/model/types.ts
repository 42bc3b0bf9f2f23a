/**
 * The shared code model. Framework-free: nothing under src/model, src/messages or src/runtime imports React.
 * Names and meanings are fixed by the public contract.
 */

export type ApiErrorCategory =
  | 'connection'
  | 'authentication'
  | 'authorization'
  | 'request'
  | 'not_found'
  | 'conflict'
  | 'rate_limit'
  | 'server'
  | 'response'
  | 'integration'
  | 'configuration'
  | 'cancelled'
  | 'unknown';

/** The failed request as the support dialog may show it: method and a redacted path. */
export interface ApiErrorRequest {
  readonly method?: string;
  /** Path and query with secrets replaced by `[redacted]`; never a full URL with credentials. */
  readonly url?: string;
}

export interface ApiError {
  readonly category: ApiErrorCategory;
  /** Canonical code from API_ERROR_CODES, e.g. 'TOKEN_EXPIRED'. */
  readonly code: string;
  /** The code exactly as received: 'api_key_expired', 'API02002', 'ECONNREFUSED'. */
  readonly sourceCode?: string;
  /** HTTP status, when there was one. */
  readonly status?: number;
  /** Untrusted text from the server, trimmed and length-bounded. Render as text only. */
  readonly serverMessage?: string;
  readonly requestId?: string;
  /** Epoch ms before which a retry is pointless. Absolute so every countdown agrees. */
  readonly retryAt?: number;
  /** Dot paths relative to the submitted object (`address.city`, `items.0.sku`); {} when none. */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
  /** Would the same request, sent again later, likely succeed. */
  readonly retryable: boolean;
  /** What was normalized. */
  readonly cause: unknown;
  // ---- beyond the contract (additive) ----
  /** Epoch ms when the error was normalized; shown in the support dialog. */
  readonly occurredAt: number;
  /** Method and redacted URL of the failed request, when known. */
  readonly request?: ApiErrorRequest;
  /** True when the body was JSON wrapped in noise (PHP notices, HTML) and was recovered (WCPOS API04005). */
  readonly jsonRecovered?: boolean;
  /** Name of the dialect that understood the body, for debugging. */
  readonly dialect?: string;
}

export const API_ERROR_CATEGORIES: readonly ApiErrorCategory[] = /* @__PURE__ */ Object.freeze([
  'connection',
  'authentication',
  'authorization',
  'request',
  'not_found',
  'conflict',
  'rate_limit',
  'server',
  'response',
  'integration',
  'configuration',
  'cancelled',
  'unknown',
]);
