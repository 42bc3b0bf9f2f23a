import { fieldPathFromSegments } from '../fieldPath.js';
import type { RawFailure } from '../rawFailure.js';
import { asHttpStatus, errorName, getProp, getString, isRecord, safeIsArray } from '../safeAccess.js';
import { responseParts, responseRequest } from './httpParts.js';

type FieldMessages = Record<string, string[]>;

/** Zod's flattened `fieldErrors` (tRPC's documented error formatter puts it in `data.zodError`). */
function flattened(data: unknown): FieldMessages | undefined {
  const fields = getProp(getProp(data, 'zodError'), 'fieldErrors');
  if (!isRecord(fields)) return undefined;
  const out: FieldMessages = {};
  for (const [key, messages] of Object.entries(fields)) {
    if (safeIsArray(messages)) out[key] = messages.filter((m): m is string => typeof m === 'string');
  }
  return out;
}

/** Without a formatter tRPC sends zod's issues as the message: a JSON array of `{ path, message }`. */
function issues(message: string | undefined): FieldMessages | undefined {
  if (!message?.trimStart().startsWith('[')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return undefined;
  }
  if (!safeIsArray(parsed)) return undefined;
  const out: FieldMessages = {};
  for (const issue of parsed) {
    const path = getProp(issue, 'path');
    const text = getString(issue, 'message');
    const key = safeIsArray(path) ? fieldPathFromSegments(path) : undefined;
    if (key && text) (out[key] ??= []).push(text);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * tRPC's `TRPCClientError` with an answer: `data` holds the tRPC code and HTTP status (and the
 * zod issues of a failed input), `meta.response` the Response. Rebuilt as the flat body the
 * dialects read (`{code, message, errors}`). Without `data` (no answer), the wrapped `cause` says it.
 */
export function detectTrpcClientError(error: unknown): RawFailure | undefined {
  if (errorName(error) !== 'TRPCClientError') return undefined;
  const data = getProp(error, 'data');
  const code = getString(data, 'code');
  if (code === undefined) return undefined;
  const response = getProp(getProp(error, 'meta'), 'response');
  const parts = isRecord(response) ? responseParts(response) : {};
  const message = getString(error, 'message');
  const errors = flattened(data) ?? issues(message);
  return {
    ...parts,
    status: asHttpStatus(getProp(data, 'httpStatus')) ?? parts.status,
    body: { code, ...(errors ? { message: 'Invalid input', errors } : { message }) },
    request: responseRequest(undefined, response),
  };
}
