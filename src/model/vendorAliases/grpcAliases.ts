import type { AliasRows } from './aliasTable.js';

/**
 * gRPC status names (google.rpc.Status `status`, also Connect and Apollo-like servers).
 * INVALID_ARGUMENT is left out on purpose: Google sends it for a bad API key too, so the
 * dialect's ErrorInfo hint must be able to speak; the word 'invalid' and the 400 still make
 * it a request error otherwise.
 */
export const GRPC_ALIASES: AliasRows = {
  INTERNAL_ERROR: 'UNKNOWN INTERNAL DATA_LOSS',
  CONFLICT: 'ABORTED',
  RATE_LIMIT_EXCEEDED: 'RESOURCE_EXHAUSTED',
  INVALID_REQUEST: 'FAILED_PRECONDITION',
  INVALID_PARAMETER: 'OUT_OF_RANGE',
};
