import type { ApiErrorCode } from './codes.js';
import type { HeaderReader } from './dialects/types.js';
import type { ApiErrorRequest } from './types.js';

/**
 * What one input family (a thrown error, a response, a body) tells the pipeline, before
 * dialects and classification. Every field is optional; detectors fill what they know.
 */
export interface RawFailure {
  /** Decided canonical code (transport failures know it outright). */
  readonly code?: ApiErrorCode;
  /** Code exactly as received (`ECONNREFUSED`, `ERR_NETWORK`); body codes come from dialects. */
  readonly sourceCode?: string;
  readonly status?: number;
  readonly headers?: HeaderReader;
  /** Parsed body (object, array) or text when it was not JSON; undefined when there was none. */
  readonly body?: unknown;
  /** Raw body text, when the body was text. */
  readonly bodyText?: string;
  readonly contentType?: string;
  readonly jsonRecovered?: boolean;
  readonly request?: ApiErrorRequest;
  /** A support reference the transport itself carries (Next.js' `digest`), before body and headers. */
  readonly requestId?: string;
}

export type TransportDetector = (error: unknown, depth: number) => RawFailure | undefined;
