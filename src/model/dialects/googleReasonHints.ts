import type { ApiErrorCategory } from '../types.js';

/**
 * google.rpc.ErrorInfo reasons that say more than the gRPC status beside them: a bad API key
 * arrives as 400 INVALID_ARGUMENT, an exhausted quota sometimes as 403 PERMISSION_DENIED.
 */
export const GOOGLE_REASON_HINTS: Readonly<Record<string, ApiErrorCategory>> = /* @__PURE__ */ Object.freeze({
  API_KEY_INVALID: 'authentication',
  API_KEY_EXPIRED: 'authentication',
  API_KEY_SERVICE_BLOCKED: 'authorization',
  ACCESS_TOKEN_EXPIRED: 'authentication',
  ACCESS_TOKEN_TYPE_UNSUPPORTED: 'authentication',
  CREDENTIALS_MISSING: 'authentication',
  SERVICE_DISABLED: 'authorization',
  RATE_LIMIT_EXCEEDED: 'rate_limit',
  RESOURCE_EXHAUSTED: 'rate_limit',
});

export function googleReasonHint(reason: string | undefined): ApiErrorCategory | undefined {
  return reason !== undefined && Object.hasOwn(GOOGLE_REASON_HINTS, reason) ? GOOGLE_REASON_HINTS[reason] : undefined;
}
