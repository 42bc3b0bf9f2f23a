import type { ApiErrorCategory } from '../types.js';

/** Read-only, case-insensitive view of response headers (Headers, axios headers, plain objects). */
export interface HeaderReader {
  get(name: string): string | undefined;
}

/** What a dialect sees besides the body. */
export interface DialectContext {
  readonly status?: number;
  readonly headers: HeaderReader;
  /** Lower-cased media type without parameters, e.g. 'application/problem+json'. */
  readonly contentType?: string;
}

/**
 * What a dialect could read from a body. Every field is optional: a dialect
 * reports only what its format carries; the normalizer decides the rest.
 */
export interface DialectResult {
  /** The code exactly as it appears in the body ('API02002', 'rest_forbidden', 'UNAUTHENTICATED'). */
  readonly sourceCode?: string;
  /** Human text from the body (untrusted; the normalizer trims and bounds it). */
  readonly message?: string;
  readonly requestId?: string;
  /** Keys are dot paths relative to the submitted object; see fieldPath.ts. */
  readonly fieldErrors?: Readonly<Record<string, readonly string[]>>;
  /** A retry delay carried in the body (seconds from now). */
  readonly retryAfterSeconds?: number;
  /** An HTTP status carried in the body ({code: 429}, {status: 404}, problem+json `status`). */
  readonly status?: number;
  /** When the format itself says what kind of failure it is (Stripe `type`, gRPC code). */
  readonly category?: ApiErrorCategory;
}

/** A body format. Detected by shape: `parse` returns undefined when the body is not its own. */
export interface ApiErrorDialect {
  readonly name: string;
  parse(body: unknown, context: DialectContext): DialectResult | undefined;
}
