import { getProp, safeIsArray } from '../safeAccess.js';

/** How many `details` entries are looked at: bodies come from the network. */
const MAX_DETAILS = 20;

/** 'type.googleapis.com/google.rpc.RequestInfo' (`@type`) and Connect's 'google.rpc.RequestInfo' (`type`). */
function isRequestInfo(detail: unknown): boolean {
  const type = getProp(detail, '@type') ?? getProp(detail, 'type');
  return typeof type === 'string' && type.slice(type.lastIndexOf('.') + 1) === 'RequestInfo';
}

/** The id in proto JSON (`requestId`, or `request_id` with proto names) or in Connect's `debug` form. */
function idOf(detail: unknown): unknown {
  const debug = getProp(detail, 'debug');
  return getProp(detail, 'requestId') ?? getProp(detail, 'request_id') ?? getProp(debug, 'requestId') ?? getProp(debug, 'request_id');
}

/**
 * A `google.rpc.RequestInfo` detail's request id, whatever envelope carries the `details` list:
 * google.rpc.Status under `error`, grpc-gateway's and Connect's top-level status, other envelopes.
 */
export function requestIdFromDetails(body: unknown): unknown {
  for (const details of [getProp(body, 'details'), getProp(getProp(body, 'error'), 'details')]) {
    if (!safeIsArray(details)) continue;
    // Index reads through getProp: a hostile array (a Proxy) must not make this throw.
    const length = getProp(details, 'length');
    const count = typeof length === 'number' ? Math.min(length, MAX_DETAILS) : 0;
    for (let i = 0; i < count; i++) {
      const detail = getProp(details, String(i));
      if (isRequestInfo(detail)) return idOf(detail);
    }
  }
  return undefined;
}
