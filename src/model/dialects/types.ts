import type { ApiErrorCode } from '../codes.js';
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
  /**
   * Where it runs among the kit's dialects: lower first (the ranks are listed in docs/dialects.md).
   * Without a rank an app's dialect runs before all of them, the most recently registered first.
   */
  readonly rank?: number;
}

/**
 * A vendor's knowledge, opt-in: the body formats it sends and the codes it uses. The codes map
 * only while the pack is registered; without it the vendor's failures are still classified from
 * status, headers, words and the generic reader.
 */
export interface ApiErrorDialectPack {
  readonly name: string;
  readonly dialects: readonly ApiErrorDialect[];
  /** Received code -> canonical code. Keys are matched as `codeKey` does: upper case, non-alphanumerics as '_'. */
  readonly codes?: Readonly<Record<string, ApiErrorCode>>;
}

/** What `registerApiErrorDialect` takes: dialects, packs, or lists of them (`allDialects`). */
export type ApiErrorDialectInput = ApiErrorDialect | ApiErrorDialectPack | readonly ApiErrorDialectInput[];
