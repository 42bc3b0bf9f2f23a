import { getProp, isRecord, safeIsArray } from '../safeAccess.js';

/**
 * A 2xx body that still reports a failure, as several APIs answer errors with HTTP 200:
 * GraphQL `errors` without `data`, Slack `ok: false`, `success: false`, `status: 'error'`, and
 * Google Maps' `status: 'REQUEST_DENIED'` and its kin.
 */
export function bodyReportsFailure(body: unknown): boolean {
  if (!isRecord(body) || safeIsArray(body)) return false;
  if (getProp(body, 'ok') === false || getProp(body, 'success') === false) return true;
  const status = getProp(body, 'status');
  if (typeof status === 'string' && /^(error|fail(ed|ure)?|request_denied|over_\w*limit|invalid_request|not_found|unknown_error)$/i.test(status)) return true;
  const errors = getProp(body, 'errors');
  const data = getProp(body, 'data');
  return safeIsArray(errors) && errors.length > 0 && (data === undefined || data === null);
}
